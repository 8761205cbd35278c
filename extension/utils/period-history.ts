// "History": the figures of each period the officer viewed for their unit, kept in local storage
// (bounded, see shared/portal/history.ts) so the panel can show the change since the previous
// period and the pace to the plan's deadline. One part of the overlay, with its own error boundary.
import type { Lang } from '../../shared/messages/index.ts';
import {
  historyEntry, portalHistoryView, recordHistory, sameFigures,
  type PortalHistoryEntry, type PortalHistoryView, type PortalPeriod, type PortalSummary,
} from '../../shared/portal/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { periodHistoryItem } from './storage.ts';

export interface PeriodHistory {
  /** Reads what was kept (once, at start). */
  load(): Promise<void>;
  /** The figures on screen: kept when new or changed; the entry the view compares. */
  update(summary: PortalSummary, period: PortalPeriod | null, unitCode: string, planId: string, savedAt: string): void;
  /** The comparison for the figures on screen (this unit and period), or null when it has none. */
  view(plan: Plan | null, lang: Lang, unitCode: string | null, periodKey: string | null): PortalHistoryView | null;
}

export function createPeriodHistory(guard: (f: () => Promise<unknown>) => Promise<unknown>): PeriodHistory {
  let list: PortalHistoryEntry[] = [];
  let current: PortalHistoryEntry | null = null;
  return {
    async load() {
      const kept = await guard(() => periodHistoryItem.getValue());
      list = Array.isArray(kept) ? (kept as PortalHistoryEntry[]) : [];
    },
    update(summary, period, unitCode, planId, savedAt) {
      current = historyEntry(summary, period, unitCode, planId, savedAt);
      if (!current) return;
      const entry = current;
      const known = list.find((e) => e.unitCode === entry.unitCode && e.period.key === entry.period.key);
      if (known && sameFigures(known, entry)) return;
      list = recordHistory(list, entry);
      const snapshot = list;
      void guard(() => periodHistoryItem.setValue(snapshot));
    },
    view(plan, lang, unitCode, periodKey) {
      // Never the comparison of other figures than those on screen (another unit, another period).
      if (!current || current.unitCode !== unitCode || current.period.key !== periodKey) return null;
      return portalHistoryView(list, current, plan, lang);
    },
  };
}

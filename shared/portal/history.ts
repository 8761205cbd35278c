// The periods an officer has viewed for their unit (issue 11 §4): one entry per unit and period with
// the total, the six groups and the plan targets' actual values, kept on the officer's machine by
// the extension (bounded). From them: the change since the previous period of the same kind (a
// quarter against the quarter before, a year against the year before) per group and per target, and
// the pace to the plan's deadline with the periods helper's method (shared/trend/pace.ts).
import { formatNumber, msg, t, type Lang } from '../messages/index.ts';
import type { Plan } from '../schema/plan.ts';
import type { Period } from '../period/period.ts';
import { pace, paceDeadline } from '../trend/pace.ts';
import type { PortalPeriod } from './period.ts';
import { periodMessage } from './period.ts';
import type { PortalSummary } from './summary.ts';

export interface PortalHistoryEntry {
  unitCode: string;
  planId: string;
  period: PortalPeriod;
  /** ISO time the figures were read (from the payload's arrival, given by the caller). */
  savedAt: string;
  total: number | null;
  groups: Record<string, number | null>;
  /** Plan target id → the actual value (numbers and yes/no; null when not reported). */
  targets: Record<string, number | boolean | null>;
}

/** Bounds of what is kept: a few units (an officer may look at neighbours) and five years of months. */
export const HISTORY_MAX_UNITS = 5;
export const HISTORY_MAX_PERIODS_PER_UNIT = 60;

/** The entry for the figures on screen; null without a period (a period is what the history is about). */
export function historyEntry(summary: PortalSummary, period: PortalPeriod | null, unitCode: string, planId: string, savedAt: string): PortalHistoryEntry | null {
  if (!period) return null;
  return {
    unitCode,
    planId,
    period,
    savedAt,
    total: summary.total.score,
    groups: Object.fromEntries(summary.groups.map((g) => [g.code, g.score])),
    targets: Object.fromEntries(summary.targets.map((x) => [x.targetId, x.actual])),
  };
}

const sameSlot = (a: PortalHistoryEntry, b: PortalHistoryEntry) => a.unitCode === b.unitCode && a.period.key === b.period.key;

/** What the entry says, without when it was read: an unchanged re-read writes nothing. */
export function sameFigures(a: PortalHistoryEntry, b: PortalHistoryEntry): boolean {
  return sameSlot(a, b) && a.planId === b.planId && JSON.stringify([a.total, a.groups, a.targets]) === JSON.stringify([b.total, b.groups, b.targets]);
}

/**
 * The history with `entry` in it: it replaces the same unit and period (the latest reading wins),
 * keeps at most HISTORY_MAX_PERIODS_PER_UNIT periods per unit (the latest ones) and the
 * HISTORY_MAX_UNITS units read most recently. Ordered by unit, then period end.
 */
export function recordHistory(list: readonly PortalHistoryEntry[], entry: PortalHistoryEntry): PortalHistoryEntry[] {
  const all = [...list.filter((e) => !sameSlot(e, entry)), entry];
  const lastRead = new Map<string, string>();
  for (const e of all) if ((lastRead.get(e.unitCode) ?? '') < e.savedAt) lastRead.set(e.unitCode, e.savedAt);
  const units = [...lastRead.entries()].sort((a, b) => (a[1] < b[1] ? 1 : -1)).slice(0, HISTORY_MAX_UNITS).map(([u]) => u);
  const out: PortalHistoryEntry[] = [];
  for (const unit of units.sort()) {
    const mine = all.filter((e) => e.unitCode === unit).sort(byEnd);
    out.push(...mine.slice(-HISTORY_MAX_PERIODS_PER_UNIT));
  }
  return out;
}

function byEnd(a: PortalHistoryEntry, b: PortalHistoryEntry): number {
  const x = a.period.to ?? '';
  const y = b.period.to ?? '';
  return x < y ? -1 : x > y ? 1 : a.period.key < b.period.key ? -1 : a.period.key > b.period.key ? 1 : 0;
}

/** The latest earlier period of the same kind for the unit (a quarter before a quarter), or null. */
export function previousEntry(list: readonly PortalHistoryEntry[], current: PortalHistoryEntry): PortalHistoryEntry | null {
  const earlier = list
    .filter((e) => e.unitCode === current.unitCode && e.period.kind === current.period.kind && (e.period.to ?? '') < (current.period.to ?? ''))
    .sort(byEnd);
  return earlier.at(-1) ?? null;
}

export interface HistoryRow {
  /** GROUP code, TOTAL, or a plan target id. */
  code: string;
  label: string;
  previous: string;
  current: string;
  /** "+1,25", "−0,5", "0", or "—" when either side is unknown. */
  change: string;
  delta: number | null;
}

export interface HistoryPace {
  targetId: string;
  text: string;
  meets: boolean;
}

export interface PortalHistoryView {
  title: string;
  /** Column headings of the change table. */
  columns: string[];
  /** Shown when there is no earlier period of the same kind yet. */
  note: string | null;
  rows: HistoryRow[];
  pace: HistoryPace[];
  /** How the pace is computed, said once. */
  paceMethod: string | null;
}

/** A Period of the periods helper for a portal period (both give ISO first and last days). */
function asPeriod(p: PortalPeriod): Period {
  const label = { vi: t(periodMessage(p), 'vi'), en: t(periodMessage(p), 'en') };
  const kind = p.kind === 'range' ? 'range' : p.kind;
  return { kind, year: p.year ?? Number((p.to ?? '0').slice(0, 4)), index: p.quarter ?? p.month ?? null, start: p.from ?? '', end: p.to ?? '', key: `${p.from}..${p.to}`, label };
}

/**
 * The change since the previous period (groups, total, plan targets) and the pace of each numeric
 * target to the plan's deadline. Null when `current` is null. Every string already in `lang`.
 */
export function portalHistoryView(list: readonly PortalHistoryEntry[], current: PortalHistoryEntry | null, plan: Plan | null, lang: Lang): PortalHistoryView | null {
  if (!current) return null;
  const r = (key: string, params: Record<string, string | number | null> = {}) => t(msg(key, params), lang);
  const num = (n: number) => formatNumber(n, lang);
  const prev = previousEntry(list, current);
  const value = (v: number | boolean | null | undefined, percent: boolean) =>
    v === null || v === undefined ? '—' : typeof v === 'boolean' ? r(v ? 'ext.history.yes' : 'ext.history.no') : `${num(v)}${percent ? '%' : ''}`;
  const row = (code: string, label: string, a: number | boolean | null | undefined, b: number | boolean | null | undefined, percent = false): HistoryRow => {
    const delta = typeof a === 'number' && typeof b === 'number' ? Math.round((b - a) * 100) / 100 : null;
    const change = delta === null ? '—' : delta > 0 ? `+${num(delta)}` : delta < 0 ? `−${num(-delta)}` : '0';
    return { code, label, previous: value(a, percent), current: value(b, percent), change, delta };
  };
  const title = prev ? r('ext.history.title', { period: t(periodMessage(prev.period), lang) }) : r('ext.history.title-none');
  const rows: HistoryRow[] = [];
  if (prev) {
    rows.push(row('TOTAL', r('ext.history.total'), prev.total, current.total));
    for (const code of Object.keys(current.groups)) rows.push(row(code, r(`portal.group.${code}`), prev.groups[code], current.groups[code]));
    for (const target of plan?.targets ?? []) {
      if (!(target.id in current.targets)) continue;
      rows.push(row(target.id, `${target.id} ${target.label[lang]}`, prev.targets[target.id], current.targets[target.id], target.unit === 'percent'));
    }
  }

  // Pace: the periods of the same kind viewed so far, read at the plan's deadline.
  const paces: HistoryPace[] = [];
  let basis = 0;
  const deadline = plan ? paceDeadline(plan, asPeriod(current.period)) : null;
  if (plan && deadline) {
    const series = list.filter((e) => e.unitCode === current.unitCode && e.period.kind === current.period.kind && e.period.key !== current.period.key);
    for (const target of plan.targets) {
      if (typeof target.value !== 'number') continue;
      const points = [...series, current]
        .map((e) => ({ date: e.period.to ?? '', value: e.targets[target.id] }))
        .filter((p): p is { date: string; value: number } => typeof p.value === 'number' && p.date !== '');
      const p = pace(points, { value: target.value, comparator: target.comparator, unit: target.unit }, deadline);
      if (!p) continue;
      basis = Math.max(basis, p.basis);
      const by = `${deadline.slice(8, 10)}/${deadline.slice(5, 7)}/${deadline.slice(0, 4)}`;
      const goal = `${target.comparator} ${num(target.value)}${target.unit === 'percent' ? '%' : ''}`;
      paces.push({
        targetId: target.id,
        meets: p.meets,
        text: r('ext.history.pace', {
          target: target.id,
          projected: `${num(p.projected)}${target.unit === 'percent' ? '%' : ''}`,
          by,
          verdict: r(p.meets ? 'ext.history.pace.meets' : 'ext.history.pace.misses', { goal }),
        }),
      });
    }
  }
  return {
    title,
    columns: ['ext.history.col.item', 'ext.history.col.previous', 'ext.history.col.current', 'ext.history.col.change'].map((k) => r(k)),
    note: prev ? null : r('ext.history.none'),
    rows,
    pace: paces,
    paceMethod: paces.length > 0 ? r('ext.history.pace.method', { count: basis }) : null,
  };
}

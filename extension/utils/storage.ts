// Everything the extension keeps, in the browser's local storage only (never synced, never sent).
// Versioned items: `settings` moved to v2 when the province id was added (needed to load figures).
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../../shared/messages/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Indicator } from '../../shared/schema/indicator.ts';
import type { PortalPanelView } from '../../shared/portal/panel-view.ts';
import type { PortalSummary } from '../../shared/portal/summary.ts';
import type { PortalHistoryEntry } from '../../shared/portal/history.ts';
import { MAX_ID_CHARS, MAX_NAME_CHARS, MAX_SEEN_UNITS, clip } from './capture-protocol.ts';

export const DEFAULT_PLAN_ID = 'qd766-national';

/** v1 (first release): the unit code and the plan id only. */
export interface SettingsV1 {
  unit: string | null;
  plan: string;
}

export interface Settings {
  /** departmentCode of my unit (H44.104), or its department id when the portal gives no code. */
  unitCode: string | null;
  unitName: string | null;
  unitId: string | null;
  /** The province whose payloads contain my unit: the "Tải số liệu" action asks for it. */
  rootDepartmentId: string | null;
  planId: string;
  lang: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  unitCode: null,
  unitName: null,
  unitId: null,
  rootDepartmentId: null,
  planId: DEFAULT_PLAN_ID,
  lang: 'vi',
};

export function migrateSettingsV1(v1: SettingsV1): Settings {
  return { ...DEFAULT_SETTINGS, unitCode: v1.unit ?? null, planId: v1.plan || DEFAULT_PLAN_ID };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

/** Plans the user imported from JSON files (checked by the core's schema before they are kept). */
export const importedPlansItem = storage.defineItem<Plan[]>('local:importedPlans', { fallback: [], version: 1 });

export interface SeenUnit {
  id: string | null;
  code: string | null;
  name: string;
  level: string | null;
  type: string | null;
  rootDepartmentId: string | null;
}

/** Units seen in the portal's payloads, for the unit search of the options page. */
export const seenUnitsItem = storage.defineItem<SeenUnit[]>('local:seenUnits', { fallback: [], version: 1 });

export interface LastFigures {
  /** ISO time the figures were read. */
  savedAt: string;
  unitCode: string;
  planId: string;
  view: PortalPanelView;
  summary: PortalSummary;
}

/** The last figures seen for my unit: what the popup shows. */
export const lastFiguresItem = storage.defineItem<LastFigures | null>('local:lastFigures', { fallback: null, version: 1 });

/**
 * The chosen plan with the indicators it needs (its own and every portal-bound one), resolved by the
 * options page and the background: the content script reads this instead of bundling every plan.
 */
export interface ActivePlan {
  planId: string;
  plan: Plan;
  indicators: Indicator[];
}

export const activePlanItem = storage.defineItem<ActivePlan | null>('local:activePlan', { fallback: null, version: 1 });

export const panelCollapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

/** One seen unit with every text cut to its bound (a hostile payload cannot fill storage with one name). */
export function boundedUnit(u: SeenUnit): SeenUnit {
  return {
    id: clip(u.id, MAX_ID_CHARS), code: clip(u.code, MAX_ID_CHARS), name: clip(u.name, MAX_NAME_CHARS),
    level: clip(u.level, MAX_ID_CHARS), type: clip(u.type, MAX_ID_CHARS), rootDepartmentId: clip(u.rootDepartmentId, MAX_ID_CHARS),
  };
}

/**
 * Merges newly seen units into the list, keyed by id (else code), newest facts winning. At most
 * MAX_SEEN_UNITS are kept: the most recently seen ones.
 */
export function mergeSeenUnits(known: readonly SeenUnit[], fresh: readonly SeenUnit[]): SeenUnit[] {
  const key = (u: SeenUnit) => u.id ?? u.code ?? u.name;
  const byKey = new Map(known.map((u) => [key(u), boundedUnit(u)]));
  for (const raw of fresh) {
    const u = boundedUnit(raw);
    const old = byKey.get(key(u));
    // Re-inserted so that the map's order is "least recently seen first".
    byKey.delete(key(u));
    byKey.set(key(u), old ? {
      id: u.id ?? old.id, code: u.code ?? old.code, name: u.name || old.name, level: u.level ?? old.level,
      type: u.type ?? old.type, rootDepartmentId: u.rootDepartmentId ?? old.rootDepartmentId,
    } : u);
  }
  const all = [...byKey.values()];
  return all.length > MAX_SEEN_UNITS ? all.slice(all.length - MAX_SEEN_UNITS) : all;
}

/**
 * The figures of each period the officer viewed, per unit (issue 11 §4): what the panel compares
 * with. Bounded by recordHistory (a few units, five years of months).
 */
export const periodHistoryItem = storage.defineItem<PortalHistoryEntry[]>('local:periodHistory', { fallback: [], version: 1 });

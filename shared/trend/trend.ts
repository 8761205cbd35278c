// One unit followed over periods: each target's value and points per period, what changed since
// the previous period, which targets went backwards, and the pace to the plan's end. Pure.
import type { Comparator, Unit } from '../schema/common.ts';
import type { Plan } from '../schema/plan.ts';
import type { ItemStatus, Scorecard, Total } from '../schema/scorecard.ts';
import { comparePeriods, type Period } from '../period/period.ts';
import { unitKeyResolver, type UnitRef } from '../unit/identity.ts';
import { pace, paceDeadline } from './pace.ts';

export interface TrendEntry {
  card: Scorecard;
  period: Period;
  /** The file or spreadsheet (and sheet) the report came from. */
  source: string | null;
}

export interface TrendItem {
  targetId: string;
  label: { vi: string; en: string };
  unit: Unit;
  comparator: Comparator;
  target: number | boolean;
  actual: number | boolean | null;
  points: number | null;
  max: number | null;
  met: boolean | null;
  status: ItemStatus;
  /** Change of a number since the unit's previous period; null for the first period, yes/no or a missing value. */
  delta: number | null;
}

export interface TrendPeriod {
  period: Period;
  source: string | null;
  total: Total;
  items: TrendItem[];
  /** Validation errors of that report (values flagged as errors are not scored): shown as a mark. */
  errors: number;
}

export interface TargetChange {
  targetId: string;
  label: { vi: string; en: string };
  from: number | boolean | null;
  to: number | boolean | null;
  delta: number | null;
  pointsFrom: number | null;
  pointsTo: number | null;
  /** Moved away from the target (down for "≥", up for "≤"), or was met and no longer is. */
  backwards: boolean;
}

export interface PaceLine {
  targetId: string;
  label: { vi: string; en: string };
  projected: number;
  by: string;
  meets: boolean;
  method: 'linear';
  basis: number;
}

export interface UnitTrend {
  key: string;
  unit: UnitRef;
  /** Oldest first. */
  periods: TrendPeriod[];
  /** Previous period → latest period, per target whose value or points changed. */
  changes: TargetChange[];
  regressions: TargetChange[];
  pace: PaceLine[];
}

export interface TrendDuplicate {
  unitKey: string;
  unit: UnitRef;
  period: Period;
  /** Every source of that unit and period; none of them is used. */
  sources: string[];
}

export interface Trend {
  units: UnitTrend[];
  duplicates: TrendDuplicate[];
  /** Reports without a unit name or code: they cannot be followed. */
  unidentified: TrendEntry[];
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

function numberDelta(from: number | boolean | null, to: number | boolean | null): number | null {
  return typeof from === 'number' && typeof to === 'number' ? round(to - from) : null;
}

/** Whether a move from `from` to `to` is away from the target. */
export function wentBackwards(comparator: Comparator, from: number | boolean | null, to: number | boolean | null, metFrom: boolean | null, metTo: boolean | null): boolean {
  if (metFrom === true && metTo === false) return true;
  if (typeof from === 'boolean' || typeof to === 'boolean') return from === true && to === false;
  if (typeof from !== 'number' || typeof to !== 'number') return false;
  if (comparator === '>=' || comparator === '>') return to < from;
  if (comparator === '<=' || comparator === '<') return to > from;
  return false;
}

function trendItems(card: Scorecard, previous: Scorecard | null): TrendItem[] {
  const before = new Map((previous?.items ?? []).map((i) => [i.targetId, i]));
  return card.items.map((i) => ({
    targetId: i.targetId,
    label: i.label,
    unit: i.unit,
    comparator: i.comparator,
    target: i.target,
    actual: i.actual,
    points: i.points,
    max: i.max,
    met: i.met,
    status: i.status,
    delta: previous ? numberDelta(before.get(i.targetId)?.actual ?? null, i.actual) : null,
  }));
}

function changesBetween(previous: Scorecard, latest: Scorecard): TargetChange[] {
  const before = new Map(previous.items.map((i) => [i.targetId, i]));
  const out: TargetChange[] = [];
  for (const now of latest.items) {
    const was = before.get(now.targetId);
    if (!was) continue;
    if (was.actual === now.actual && was.points === now.points) continue;
    out.push({
      targetId: now.targetId,
      label: now.label,
      from: was.actual,
      to: now.actual,
      delta: numberDelta(was.actual, now.actual),
      pointsFrom: was.points,
      pointsTo: now.points,
      backwards: wentBackwards(now.comparator, was.actual, now.actual, was.met, now.met),
    });
  }
  return out;
}

function paceLines(periods: readonly TrendPeriod[], plan: Plan): PaceLine[] {
  const latest = periods[periods.length - 1];
  if (!latest || periods.length < 2) return [];
  const by = paceDeadline(plan, latest.period);
  if (by === null) return [];
  const out: PaceLine[] = [];
  for (const item of latest.items) {
    if (typeof item.target !== 'number' || item.status === 'not-applicable') continue;
    const points = periods.flatMap((p) => {
      const it = p.items.find((i) => i.targetId === item.targetId);
      return it && typeof it.actual === 'number' ? [{ date: p.period.end, value: it.actual }] : [];
    });
    const result = pace(points, { value: item.target, comparator: item.comparator, unit: item.unit }, by);
    if (result) out.push({ targetId: item.targetId, label: item.label, ...result });
  }
  return out;
}

/**
 * Reports grouped by unit (`Mã đơn vị`, else the normalised name; a name seen with a code joins
 * that code), ordered by period. The same unit and period twice is a duplicate: listed with every
 * source and left out of the unit's periods — never counted twice, never a guess which is right.
 */
export function buildTrend(entries: readonly TrendEntry[], plan: Plan): Trend {
  const resolve = unitKeyResolver(entries.map((e) => e.card.unit));
  const byUnit = new Map<string, TrendEntry[]>();
  const unidentified: TrendEntry[] = [];
  for (const e of entries) {
    const key = resolve(e.card.unit);
    if (key === null) {
      unidentified.push(e);
      continue;
    }
    const list = byUnit.get(key) ?? [];
    list.push(e);
    byUnit.set(key, list);
  }
  const duplicates: TrendDuplicate[] = [];
  const units: UnitTrend[] = [];
  for (const [key, list] of byUnit) {
    const byPeriod = new Map<string, TrendEntry[]>();
    for (const e of list) byPeriod.set(e.period.key, [...(byPeriod.get(e.period.key) ?? []), e]);
    const kept: TrendEntry[] = [];
    for (const same of byPeriod.values()) {
      // Two reports of one unit and period: which is right is unknown, so neither is used.
      if (same.length === 1) kept.push(same[0]!);
      else duplicates.push({ unitKey: key, unit: same[0]!.card.unit, period: same[0]!.period, sources: same.map((e) => e.source ?? '?') });
    }
    if (kept.length === 0) continue;
    kept.sort((a, b) => comparePeriods(a.period, b.period));
    const periods: TrendPeriod[] = kept.map((e, i) => ({
      period: e.period,
      source: e.source,
      total: e.card.total,
      items: trendItems(e.card, i > 0 ? kept[i - 1]!.card : null),
      errors: e.card.errors?.length ?? 0,
    }));
    const last = kept[kept.length - 1]!;
    const prev = kept.length > 1 ? kept[kept.length - 2]! : null;
    const changes = prev ? changesBetween(prev.card, last.card) : [];
    // The latest report names the unit: its code when any report gave one.
    const withCode = [...kept].reverse().find((e) => e.card.unit.code);
    units.push({
      key,
      unit: { code: withCode?.card.unit.code ?? null, name: last.card.unit.name ?? withCode?.card.unit.name ?? null },
      periods,
      changes,
      regressions: changes.filter((c) => c.backwards),
      pace: paceLines(periods, plan),
    });
  }
  units.sort((a, b) => (a.unit.name ?? a.key).localeCompare(b.unit.name ?? b.key, 'vi') || (a.key < b.key ? -1 : 1));
  return { units, duplicates, unidentified };
}

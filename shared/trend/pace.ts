// "At this pace": where a figure will be at a deadline if it keeps moving as it did lately.
// Method (stated to the officer): a straight line fitted (least squares) through the last
// periods' values — at most the last 3 — against their last days, read at the deadline. With
// fewer than two values there is no pace: nothing is shown rather than a guess.
import type { Comparator, Unit } from '../schema/common.ts';
import type { Plan } from '../schema/plan.ts';
import { dayNumber, type Period } from '../period/period.ts';

export interface PacePoint {
  /** ISO date the value is measured at (the period's last day). */
  date: string;
  value: number;
}

export interface PaceResult {
  /** The value the line reaches on `by` (a percent kept within 0–100; a count not below 0). */
  projected: number;
  by: string;
  meets: boolean;
  method: 'linear';
  /** How many periods the line is fitted on. */
  basis: number;
}

/** How many of the latest periods the line is fitted on. */
export const PACE_WINDOW = 3;

export function meetsTarget(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=': return value >= target;
    case '>': return value > target;
    case '<=': return value <= target;
    case '<': return value < target;
    default: return value === target;
  }
}

/**
 * The value projected at `by` from the last points (one per period, any order). Null with fewer
 * than two points on distinct days, or when `by` is not after the last point.
 */
export function pace(points: readonly PacePoint[], target: { value: number; comparator: Comparator; unit: Unit }, by: string): PaceResult | null {
  const sorted = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = sorted.slice(-PACE_WINDOW);
  if (last.length < 2) return null;
  const xs = last.map((p) => dayNumber(p.date));
  const ys = last.map((p) => p.value);
  const end = dayNumber(by);
  if (end <= xs[xs.length - 1]!) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  let projected = my + slope * (end - mx);
  if (target.unit === 'percent') projected = Math.min(100, Math.max(0, projected));
  else projected = Math.max(0, projected);
  projected = Math.round(projected * 100) / 100;
  return { projected, by, meets: meetsTarget(projected, target.comparator, target.value), method: 'linear', basis: last.length };
}

/**
 * The deadline a target's pace is read at: the last day of the plan's period (31/12 of
 * `period.to`). When the latest report is already at or past it, there is no time left: null.
 */
export function paceDeadline(plan: Plan, latest: Period): string | null {
  const end = `${String(plan.period.to).padStart(4, '0')}-12-31`;
  return end > latest.end ? end : null;
}

import type { Pillar } from '../schema/common.ts';
import { PILLARS } from '../schema/pillars.ts';
import type { ScoredItem, Total } from '../schema/scorecard.ts';

export type PillarTotal = Total & { pillar: Pillar; met: number; count: number };

/**
 * Points over the maximum of the items that apply. Items whose points are unknown (no rule, an
 * unknown framework rule, monitoring) stay out of both sums; missing items are in with 0 points.
 * Sums are not rounded: rounding is for display only.
 */
export function totalOf(items: readonly ScoredItem[]): Total {
  let points = 0;
  let max = 0;
  for (const item of items) {
    if (item.status === 'not-applicable' || item.points === null || item.max === null) continue;
    points += item.points;
    max += item.max;
  }
  return { points, max, percent: max > 0 ? (points / max) * 100 : null };
}

/** One total per pillar that has at least one applicable item, in the pillars' fixed order. */
export function pillarTotals(items: readonly ScoredItem[]): PillarTotal[] {
  const result: PillarTotal[] = [];
  for (const pillar of PILLARS) {
    // One pass per pillar, the sums of totalOf without a filtered copy of the items.
    let count = 0;
    let met = 0;
    let points = 0;
    let max = 0;
    for (const item of items) {
      if (item.pillar !== pillar || item.status === 'not-applicable') continue;
      count++;
      if (item.status === 'met') met++;
      if (item.points === null || item.max === null) continue;
      points += item.points;
      max += item.max;
    }
    if (count === 0) continue;
    result.push({ pillar, points, max, percent: max > 0 ? (points / max) * 100 : null, met, count });
  }
  // A scorecard keeps this for the run: an exact copy, not a list grown by push (room for 17).
  return result.slice();
}

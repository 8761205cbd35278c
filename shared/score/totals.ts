import type { Pillar } from '../schema/common.ts';
import type { ScoredItem, Total } from '../schema/scorecard.ts';

export type PillarTotal = Total & { pillar: Pillar; met: number; count: number };

/** A scorecard's total and pillar totals, and how many of its items have a gain. */
export interface ItemTotals {
  readonly total: Total;
  /** One total per pillar that has at least one applicable item, in the pillars' fixed order. */
  readonly pillars: PillarTotal[];
  /** Items that are not met, have no data or need fixing: those with a gain (gains.ts). */
  readonly withGain: number;
}

/**
 * Points over the maximum of the items that apply, for all of them and per pillar, in one pass.
 * Items whose points are unknown (no rule, an unknown framework rule, monitoring) stay out of both
 * sums; missing items are in with 0 points. Sums add the items in plan order and are not rounded:
 * rounding is for display only. `pillars`: the pillars the items can have, in PILLARS order;
 * `pillarAt[i]`: where item i's pillar is in that list (-1: none of them) — CompiledPlan.pillars
 * and pillarAt.
 */
export function itemTotals(items: readonly ScoredItem[], pillars: readonly Pillar[], pillarAt: readonly number[]): ItemTotals {
  // The scorecard keeps these objects: built once each, in their published key order, and added to in place.
  const byPillar = new Array<PillarTotal>(pillars.length);
  for (let p = 0; p < pillars.length; p++) byPillar[p] = { pillar: pillars[p]!, points: 0, max: 0, percent: null, met: 0, count: 0 };
  let points = 0;
  let max = 0;
  let withGain = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const status = item.status;
    if (status === 'not-applicable') continue;
    if (status !== 'met') withGain++;
    const pt = byPillar[pillarAt[i]!];
    if (pt !== undefined) {
      pt.count++;
      if (status === 'met') pt.met++;
    }
    const itemPoints = item.points;
    const itemMax = item.max;
    if (itemPoints === null || itemMax === null) continue;
    points += itemPoints;
    max += itemMax;
    if (pt !== undefined) {
      pt.points += itemPoints;
      pt.max += itemMax;
    }
  }
  let shown = 0;
  for (const pt of byPillar) {
    if (pt.count === 0) continue;
    pt.percent = pt.max > 0 ? (pt.points / pt.max) * 100 : null;
    shown++;
  }
  const total = { points, max, percent: max > 0 ? (points / max) * 100 : null };
  // A pillar whose every item does not apply has no total: dropped (rare), the list kept exact.
  return { total, pillars: shown === byPillar.length ? byPillar : byPillar.filter((pt) => pt.count > 0), withGain };
}

import type { Gain } from '../schema/scorecard.ts';
import type { ItemScore } from './item.ts';

/**
 * The not-met items ordered by what reaching their target would add: most points first, then most
 * attainment, then the plan's order. Points the rule cannot tell (unknown maximum) add 0 here.
 */
export function biggestGains(scores: readonly ItemScore[]): Gain[] {
  const gains = scores.flatMap(({ item, pointsIfMet }, order) => {
    if (item.status !== 'not-met') return [];
    const now = item.points ?? 0;
    const points = pointsIfMet === null || item.points === null ? 0 : Math.max(0, pointsIfMet - now);
    const attainment = Math.max(0, 1 - (item.attainment ?? 0));
    return [{ gain: { targetId: item.targetId, points, attainment, gap: item.gap }, order }];
  });
  gains.sort((a, b) => b.gain.points - a.gain.points || b.gain.attainment - a.gain.attainment || a.order - b.order);
  return gains.map((g) => g.gain);
}

import type { Plan } from '../schema/plan.ts';
import type { Gain } from '../schema/scorecard.ts';
import { conditionsOf } from './award.ts';
import type { CompiledPlan } from '../plan/compile.ts';
import type { CriterionResult } from './criteria.ts';
import type { ItemScore } from './item.ts';

const KIND = { 'not-met': 'not-met', missing: 'no-data', 'needs-fixing': 'needs-fixing' } as const;

/**
 * What would raise the unit most. First the criteria that block an award (a mandatory or award
 * criterion not answered "có": no points, but no award without it), in the plan's order; then every
 * item that is not met, has no data or needs fixing, by what reaching its target would add: most
 * points first, then most attainment, then the plan's order. Points the rule cannot tell (unknown
 * maximum) add 0 here.
 */
export function biggestGains(scores: readonly ItemScore[], blocking: readonly CriterionResult[] = []): Gain[] {
  const out: Gain[] = blocking.map((c) => ({ kind: 'criterion', targetId: c.criterionId, points: 0, attainment: 0, gap: null }));
  const gains: Gain[] = [];
  for (const { item, pointsIfMet } of scores) {
    if (item.status !== 'not-met' && item.status !== 'missing' && item.status !== 'needs-fixing') continue;
    const now = item.points ?? 0;
    const points = pointsIfMet === null || item.points === null ? 0 : Math.max(0, pointsIfMet - now);
    const attainment = Math.max(0, 1 - (item.attainment ?? 0));
    gains.push({ kind: KIND[item.status], targetId: item.targetId, points, attainment, gap: item.gap });
  }
  // Sorted by position so ties keep the plan's order (gains are pushed in plan order).
  const order = gains.map((_, k) => k);
  order.sort((a, b) => gains[b]!.points - gains[a]!.points || gains[b]!.attainment - gains[a]!.attainment || a - b);
  for (const k of order) out.push(gains[k]!);
  return out;
}

/**
 * The criteria an award rule of the plan needs (its own or the plan's mandatory ones) that are not "có",
 * inside all-of and one-of too; a one-of whose criteria already include a "có" blocks nothing.
 */
export function blockingCriteria(plan: Plan, criteria: readonly CriterionResult[], compiled?: CompiledPlan): CriterionResult[] {
  const yes = new Set(criteria.filter((c) => c.met === true).map((c) => c.criterionId));
  const needed = new Set<string>();
  for (const rule of plan.awards) {
    for (const c of conditionsOf(rule, plan, compiled)) {
      if (c.kind === 'criterion') needed.add(c.criterionId);
      else if (c.kind === 'all-of' || c.kind === 'one-of') {
        const ids = c.conditions.flatMap((l) => (l.kind === 'criterion' ? [l.criterionId] : []));
        if (c.kind === 'one-of' && ids.some((id) => yes.has(id))) continue;
        for (const id of ids) needed.add(id);
      }
    }
  }
  return criteria.filter((c) => c.met !== true && needed.has(c.criterionId));
}

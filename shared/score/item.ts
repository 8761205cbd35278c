import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan, Target } from '../schema/plan.ts';
import type { ItemValue } from '../schema/report.ts';
import type { ScoredItem } from '../schema/scorecard.ts';
import { pointsFor, ruleMax } from './points.ts';
import { evaluateTarget, evaluateValue, isYesNo, type EvaluateOptions, type TargetEvaluation } from './target.ts';

/** A scored item plus what scoring needs afterwards (gains), kept out of the public Scorecard. */
export interface ItemScore {
  item: ScoredItem;
  /** Points the item would have if it reached its target; null when unknown. */
  pointsIfMet: number | null;
}

export interface ItemContext {
  method: Plan['scoring']['method'];
  level: EvaluateOptions['level'];
  indicator: Indicator | undefined;
  /** The indicator rule's points at the target, worked out once per plan (compilePlan); computed when absent. */
  pointsAtTarget?: number | null;
  /** Validation errors about this target's row: its value is flagged and never scores. */
  errors?: readonly Issue[];
}

/**
 * One target scored: its evaluation, then its points.
 * - `points` method: the target's own points × attainment (basis `plan`), else the indicator's point
 *   rule on the actual figure (basis `framework`); no indicator → no points (basis `none`).
 * - `attainment` method: weight 1 × attainment (basis `equal-weight`), or the target's own
 *   points × attainment (basis `plan`).
 * A missing item (no data: not reported, or 0 ÷ 0) counts in the maximum with 0 points: not
 * reported is not achieved. A flagged item (`needs-fixing`: validation found an error in its row)
 * is scored like a missing one — its value is not believed — and carries the errors.
 */
export function scoreTarget(target: Target, value: ItemValue | undefined, ctx: ItemContext): ItemScore {
  const evaluated = evaluateTarget(target, value, { level: ctx.level });
  const errors = ctx.errors ?? [];
  const flagged = errors.length > 0 && evaluated.status !== 'not-applicable';
  const evaluation: TargetEvaluation = flagged
    ? { actual: null, met: null, attainment: null, gap: null, status: 'needs-fixing', denominatorZero: false }
    : evaluated;
  // One object per item, keys in the order of the published JSON; the label is the plan's own
  // object (shared, not copied: a scorecard refers to its plan for words).
  const item = {
    targetId: target.id,
    indicatorId: target.indicatorId,
    label: target.label,
    pillar: target.pillar,
    unit: target.unit,
    comparator: target.comparator,
    target: target.value,
    actual: evaluation.actual,
    met: evaluation.met,
    attainment: evaluation.attainment,
    status: evaluation.status,
    gap: evaluation.gap,
  } as ScoredItem;
  if (evaluation.status === 'missing') item.noData = evaluation.denominatorZero ? 'zero-denominator' : 'not-reported';
  if (flagged) item.errors = [...errors];
  const pointsIfMet = setPoints(item, target, evaluation, ctx);
  return { item, pointsIfMet };
}

/** Sets the item's points, max and basis (in that order); returns the points it would have if met. */
function setPoints(item: ScoredItem, target: Target, ev: TargetEvaluation, ctx: ItemContext): number | null {
  const weighted = target.points !== undefined || ctx.method === 'attainment';
  if (weighted) {
    const weight = target.points ?? 1;
    const pointsBasis = target.points !== undefined ? 'plan' : 'equal-weight';
    if (ev.status === 'not-applicable') return put(item, null, 0, pointsBasis, null);
    return put(item, weight * (ev.attainment ?? 0), weight, pointsBasis, weight);
  }
  const indicator = ctx.indicator;
  if (!indicator) {
    // No rule to apply: the item is shown, its points are unknown and stay out of the total.
    return put(item, null, null, 'none', null);
  }
  const rule = indicator.pointRule;
  if (ev.status === 'not-applicable') return put(item, null, 0, 'framework', null);
  const atTarget = ctx.pointsAtTarget !== undefined ? ctx.pointsAtTarget : pointsAtTarget(target, ctx.indicator);
  if (ev.status === 'missing' || ev.status === 'needs-fixing') {
    // Not reported (or not believed) = not achieved: 0 of a known maximum; an unknown or monitoring rule stays unscored.
    const max = ruleMax(rule);
    const known = rule.kind !== 'unknown' && rule.kind !== 'monitoring' && max !== null;
    return put(item, known ? 0 : null, max, 'framework', atTarget);
  }
  const r = pointsFor(rule, ev.actual, { denominatorZero: ev.denominatorZero, zeroDenominator: indicator.zeroDenominator });
  // A value the rule cannot read scores 0 of its maximum, like a missing one.
  const points = r.outcome === 'missing' && r.max !== null && rule.kind !== 'unknown' ? 0 : r.points;
  return put(item, points, r.max, 'framework', atTarget);
}

function put(item: ScoredItem, points: number | null, max: number | null, pointsBasis: ScoredItem['pointsBasis'], pointsIfMet: number | null): number | null {
  item.points = points;
  item.max = max;
  item.pointsBasis = pointsBasis;
  return pointsIfMet;
}

/** The rule's points for a figure exactly at the target (what reaching it would give). */
export function pointsAtTarget(target: Target, indicator: Indicator | undefined): number | null {
  const rule = indicator?.pointRule;
  if (!rule) return null;
  const atTarget = evaluateValue(target, isYesNo(target) ? true : (target.value as number));
  return pointsFor(rule, atTarget.actual).points;
}

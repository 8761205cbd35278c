import type { Level } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan, Target } from '../schema/plan.ts';
import type { ItemValue } from '../schema/report.ts';
import type { Gain, ScoredItem } from '../schema/scorecard.ts';
import { gainOf } from './gains.ts';
import { pointsFor, ruleMax, type PointsOptions } from './points.ts';
import {
  actualValue,
  appliesTo,
  attainmentOf,
  evaluateValue,
  gapOf,
  isYesNo,
  metBy,
  MISSING,
  NEEDS_FIXING,
  NO_DENOMINATOR,
  NOT_APPLICABLE,
  type TargetEvaluation,
} from './target.ts';

/**
 * What scoring knows of a target before it sees a report, worked out once per plan (compilePlan)
 * and shared by every report scored against it.
 */
export interface TargetBasis {
  readonly target: Target;
  /** The target's label as its items give it: a frozen copy of the plan's, shared by all its items. */
  readonly label: ScoredItem['label'];
  /**
   * The row read when the target's own code has none: its indicator's code (portal figures are
   * keyed by indicator), or null when that code is another target's own code, whose row it is.
   */
  readonly fallbackCode: string | null;
  /**
   * How its points are found: the target's own points (`plan`) or weight 1 (`equal-weight`, the
   * `attainment` method) × attainment; its indicator's rule (`framework`); no rule (`none`).
   */
  readonly pointsBasis: ScoredItem['pointsBasis'];
  /** The weight, for `plan` and `equal-weight`. */
  readonly weight: number;
  /** The indicator whose rule gives the points, for `framework` (the catalogue's own object). */
  readonly indicator: Indicator | null;
  /** Its zero-denominator policy, for the rule (frozen). */
  readonly pointsOptions: PointsOptions;
  /** What the item adds to the maximum when it applies (null: unknown). */
  readonly max: number | null;
  /** Points the item would have if it reached its target, when it applies; null when unknown. */
  readonly pointsIfMet: number | null;
}

/**
 * TargetBasis plus the results that do not depend on the report's own figures: the target's item
 * when it does not apply, has no data, or (yes/no) is answered "có" or "không", and the gains of
 * such items and of a flagged one. Built once, frozen, and shared by every scorecard of the run:
 * 3,321 scorecards keep one object each instead of one per report. Read-only, like the plan.
 */
export interface TargetScoring extends TargetBasis {
  readonly notApplicable: ScoredItem;
  readonly notReported: ScoredItem;
  /** 0 ÷ 0: no figure (`noData: 'zero-denominator'`). */
  readonly zeroDenominator: ScoredItem;
  /** A yes/no target answered "có" / "không"; null for a target with a figure. */
  readonly yes: ScoredItem | null;
  readonly no: ScoredItem | null;
  /** The gain of an item without data (not reported or 0 ÷ 0: the same gain). */
  readonly noDataGain: Gain;
  /** The gain of a flagged item: its errors are not part of it. */
  readonly needsFixingGain: Gain;
  /** The gain of a yes/no target answered "không"; null for a target with a figure. */
  readonly noGain: Gain | null;
}

/** A target's TargetScoring (frozen); `targetIds` are the plan's target ids. */
export function targetScoring(
  target: Target,
  method: Plan['scoring']['method'],
  indicator: Indicator | undefined,
  targetIds: ReadonlySet<string>,
): TargetScoring {
  const basis = targetBasis(target, method, indicator, targetIds);
  // Built by the very functions that build a report's items, so a shared item is the item the
  // report would have had (tests/shared/score/shared-items.test.ts).
  const notReported = Object.freeze(withoutValue(basis, MISSING, undefined));
  const yesNo = isYesNo(target);
  const no = yesNo ? Object.freeze(valueItem(basis, false)) : null;
  return Object.freeze({
    ...basis,
    notApplicable: Object.freeze(withoutValue(basis, NOT_APPLICABLE, undefined)),
    notReported,
    zeroDenominator: Object.freeze(withoutValue(basis, NO_DENOMINATOR, undefined)),
    yes: yesNo ? Object.freeze(valueItem(basis, true)) : null,
    no,
    noDataGain: Object.freeze(gainOf(notReported, basis.pointsIfMet)),
    needsFixingGain: Object.freeze(gainOf(withoutValue(basis, NEEDS_FIXING, []), basis.pointsIfMet)),
    noGain: no === null ? null : Object.freeze(gainOf(no, basis.pointsIfMet)),
  });
}

function targetBasis(target: Target, method: Plan['scoring']['method'], indicator: Indicator | undefined, targetIds: ReadonlySet<string>): TargetBasis {
  const fallbackCode = targetIds.has(target.indicatorId) ? null : target.indicatorId;
  const common = { target, label: Object.freeze({ ...target.label }), fallbackCode, pointsOptions: NO_OPTIONS };
  if (target.points !== undefined || method === 'attainment') {
    const weight = target.points ?? 1;
    const pointsBasis = target.points !== undefined ? 'plan' : 'equal-weight';
    return { ...common, pointsBasis, weight, indicator: null, max: weight, pointsIfMet: weight };
  }
  if (!indicator) return { ...common, pointsBasis: 'none', weight: 1, indicator: null, max: null, pointsIfMet: null };
  // Only a reported value reaches the rule, never a zero denominator (that is no data).
  const pointsOptions = Object.freeze({ denominatorZero: false, zeroDenominator: indicator.zeroDenominator });
  const max = ruleMax(indicator.pointRule);
  return { ...common, pointsOptions, pointsBasis: 'framework', weight: 1, indicator, max, pointsIfMet: pointsAtTarget(target, indicator) };
}

const NO_OPTIONS: PointsOptions = Object.freeze({});

/**
 * One target scored: its evaluation, then its points.
 * - `points` method: the target's own points × attainment (basis `plan`), else the indicator's point
 *   rule on the actual figure (basis `framework`); no indicator → no points (basis `none`).
 * - `attainment` method: weight 1 × attainment (basis `equal-weight`), or the target's own
 *   points × attainment (basis `plan`).
 * A missing item (no data: not reported, or 0 ÷ 0) counts in the maximum with 0 points: not
 * reported is not achieved. A flagged item (`needs-fixing`: `errors`, the validation errors about
 * its row, a list of its own that the item keeps) is scored like a missing one — its value is not
 * believed — and carries the errors. What reaching the target would add is `ts.pointsIfMet` for
 * every item that applies (gains.ts).
 */
export function scoreItem(ts: TargetScoring, value: ItemValue | undefined, level: Level | null, errors: Issue[] | undefined): ScoredItem {
  // The outcomes that carry none of the report's own figures are the compiled plan's shared items.
  if (!appliesTo(ts.target, level)) return ts.notApplicable;
  if (errors !== undefined && errors.length > 0) return withoutValue(ts, NEEDS_FIXING, errors);
  const found = actualValue(ts.target, value);
  if (found === 'missing') return ts.notReported;
  // The "no data" rule: 0 ÷ 0 is no figure, under every plan — the same as not reported.
  if (found === 'zero-denominator') return ts.zeroDenominator;
  if (found === true && ts.yes !== null) return ts.yes;
  if (found === false && ts.no !== null) return ts.no;
  return valueItem(ts, found);
}

/** The item of a reported value: evaluateValue field by field (no evaluation object per target per report). */
function valueItem(ts: TargetBasis, found: number | boolean): ScoredItem {
  const { target } = ts;
  const met = metBy(target, found);
  const attainment = attainmentOf(target, found, met);
  let points: number | null;
  if (ts.indicator !== null) {
    const rule = ts.indicator.pointRule;
    const r = pointsFor(rule, found, ts.pointsOptions);
    // A value the rule cannot read scores 0 of its maximum, like a missing one.
    points = r.outcome === 'missing' && r.max !== null && rule.kind !== 'unknown' ? 0 : r.points;
  } else {
    // weight × attainment; at weight 1 (equal weight) the attainment itself, which the item then
    // keeps as one number for both fields rather than two equal ones.
    points = ts.pointsBasis === 'none' ? null : ts.weight === 1 ? attainment : ts.weight * attainment;
  }
  const status = met ? 'met' : 'not-met';
  const { id: targetId, indicatorId, pillar, unit, comparator, value: targetValue } = target;
  const { label, max, pointsBasis } = ts;
  // Keys in the order of the published JSON; the label is the compiled plan's frozen copy (shared,
  // not copied per item).
  return { targetId, indicatorId, label, pillar, unit, comparator, target: targetValue, actual: found, met, attainment, status, gap: gapOf(target, found, met), points, max, pointsBasis };
}

/**
 * The item of a target without a usable value (not applicable, flagged, no data): `ev` says
 * which. `noData` or `errors` only when they apply, before the points; one literal per shape, so
 * each item is built whole rather than grown.
 */
function withoutValue(ts: TargetBasis, ev: TargetEvaluation, errors: Issue[] | undefined): ScoredItem {
  const { id: targetId, indicatorId, pillar, unit, comparator, value: targetValue } = ts.target;
  const { label } = ts;
  const { actual, met, attainment, status, gap } = ev;
  const { pointsBasis } = ts;
  const applies = status !== 'not-applicable';
  // A target that does not apply adds nothing to the maximum; one that applies without a value
  // (not reported, or not believed) is not achieved: 0 of its maximum — but a rule that is
  // unknown or monitoring only stays unscored.
  const max = applies || pointsBasis === 'none' ? ts.max : 0;
  let points: number | null = null;
  if (applies && pointsBasis !== 'none') {
    const rule = ts.indicator?.pointRule;
    if (rule === undefined) points = ts.weight * 0; // weight × attainment, with none
    else if (rule.kind !== 'unknown' && rule.kind !== 'monitoring' && max !== null) points = 0;
  }
  if (errors !== undefined) {
    return { targetId, indicatorId, label, pillar, unit, comparator, target: targetValue, actual, met, attainment, status, gap, errors, points, max, pointsBasis };
  }
  if (status === 'missing') {
    const noData = ev.denominatorZero ? 'zero-denominator' : 'not-reported';
    return { targetId, indicatorId, label, pillar, unit, comparator, target: targetValue, actual, met, attainment, status, gap, noData, points, max, pointsBasis };
  }
  return { targetId, indicatorId, label, pillar, unit, comparator, target: targetValue, actual, met, attainment, status, gap, points, max, pointsBasis };
}

/** The rule's points for a figure exactly at the target (what reaching it would give). */
export function pointsAtTarget(target: Target, indicator: Indicator | undefined): number | null {
  const rule = indicator?.pointRule;
  if (!rule) return null;
  const atTarget = evaluateValue(target, isYesNo(target) ? true : (target.value as number));
  return pointsFor(rule, atTarget.actual).points;
}

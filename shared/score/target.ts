import type { Level } from '../schema/common.ts';
import type { Target } from '../schema/plan.ts';
import type { ItemValue } from '../schema/report.ts';
import type { ItemStatus } from '../schema/scorecard.ts';
import { meets, nearlyEqual } from './compare.ts';
import { ratioValue, type RatioOptions } from '../ratio.ts';

/** How one target stands in one report, before any points. */
export interface TargetEvaluation {
  /** The typed value, or numerator ÷ denominator (× 100 for a percent); null when not reported
   * or when the denominator is 0 (0 ÷ 0 is no figure, whatever the policy makes of it). */
  actual: number | boolean | null;
  met: boolean | null;
  /** 0–1, null when missing or not applicable. */
  attainment: number | null;
  /** How far from the target in its unit, 0 when met, null when unknown. */
  gap: number | null;
  status: ItemStatus;
  /** The figure came from numerator ÷ denominator with a zero denominator. */
  denominatorZero: boolean;
}

export interface EvaluateOptions {
  /** The report's level (or the plan's when the report does not say). */
  level: Level | null;
}

/** Yes/no targets: the document states them as done / not done. */
export function isYesNo(target: Target): boolean {
  return target.value === true || target.unit === 'boolean';
}

/** The target's value as a number (yes/no targets have none). */
export function targetNumber(target: Target): number | null {
  return typeof target.value === 'number' ? target.value : null;
}

/** A report's figure for a target, or why there is none (a bare value: scoring reads one per target per report). */
export type ActualValue = number | boolean | 'missing' | 'zero-denominator';

const PERCENT: RatioOptions = Object.freeze({ percent: true });
const SHARE: RatioOptions = Object.freeze({ percent: false });

/** The figure a report gives for a target: the typed value first, else numerator and denominator. */
export function actualValue(target: Target, item: ItemValue | undefined): ActualValue {
  if (!item) return 'missing';
  if (isYesNo(target)) {
    const v = item.value;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v > 0;
    return 'missing';
  }
  if (typeof item.value === 'number') return Number.isFinite(item.value) ? item.value : 'missing';
  const { numerator: n, denominator: d } = item;
  // A count is the number itself; a denominator only makes sense for ratios.
  if (target.unit === 'count' && n !== null && Number.isFinite(n)) return n;
  // ratioResult's outcomes, without its result object.
  if (Number.isFinite(n) && d === 0) return 'zero-denominator';
  return ratioValue(n, d, target.unit === 'percent' ? PERCENT : SHARE) ?? 'missing';
}

/** Does the target apply to a report of this level? Targets without a level apply to all. */
export function appliesTo(target: Target, level: Level | null): boolean {
  return target.level === undefined || level === null || target.level === level;
}

// The evaluations that do not depend on the figure: one shared, frozen object each.
export const NOT_APPLICABLE: TargetEvaluation = Object.freeze({
  actual: null,
  met: null,
  attainment: null,
  gap: null,
  status: 'not-applicable',
  denominatorZero: false,
});
export const MISSING: TargetEvaluation = Object.freeze({ actual: null, met: null, attainment: null, gap: null, status: 'missing', denominatorZero: false });
export const NO_DENOMINATOR: TargetEvaluation = Object.freeze({ actual: null, met: null, attainment: null, gap: null, status: 'missing', denominatorZero: true });
/** A flagged value (validation found an error in its row): not believed, so not evaluated. */
export const NEEDS_FIXING: TargetEvaluation = Object.freeze({
  actual: null,
  met: null,
  attainment: null,
  gap: null,
  status: 'needs-fixing',
  denominatorZero: false,
});

export function evaluateTarget(target: Target, item: ItemValue | undefined, opts: EvaluateOptions): TargetEvaluation {
  if (!appliesTo(target, opts.level)) return NOT_APPLICABLE;
  const found = actualValue(target, item);
  if (found === 'missing') return MISSING;
  // The "no data" rule: 0 ÷ 0 is no figure, under every plan — the same as not reported (no
  // "met", no gap); the indicator's zero-denominator policy is the portal's, not the plan's.
  if (found === 'zero-denominator') return NO_DENOMINATOR;
  return evaluateValue(target, found);
}

/** Met, attainment and gap of a reported value. */
export function evaluateValue(target: Target, actual: number | boolean): TargetEvaluation {
  const met = metBy(target, actual);
  return {
    actual,
    met,
    attainment: attainmentOf(target, actual, met),
    gap: gapOf(target, actual, met),
    status: met ? 'met' : 'not-met',
    denominatorZero: false,
  };
}

// evaluateValue field by field, for scoring to build its item without an evaluation object.

/** Whether a reported value meets the target (yes/no targets: done, or a count above 0). */
export function metBy(target: Target, actual: number | boolean): boolean {
  if (isYesNo(target) || typeof actual === 'boolean') return actual === true || (typeof actual === 'number' && actual > 0);
  return meets(actual, target.comparator, targetNumber(target) ?? 1);
}

/** A reported value's attainment, 0–1 (yes/no: 1 or 0); `met` is metBy's. */
export function attainmentOf(target: Target, actual: number | boolean, met: boolean): number {
  if (isYesNo(target) || typeof actual === 'boolean') return met ? 1 : 0;
  return attainment(actual, target.comparator, targetNumber(target) ?? 1, met);
}

/** A reported value's gap to the target (0 when met; yes/no not met: unknown); `met` is metBy's. */
export function gapOf(target: Target, actual: number | boolean, met: boolean): number | null {
  if (met) return 0;
  if (isYesNo(target) || typeof actual === 'boolean') return null;
  return gapTo(actual, target.comparator, targetNumber(target) ?? 1);
}

/**
 * 0–1. "At least": actual ÷ target; "at most": target ÷ actual (an actual of 0 is fully there);
 * "equal": the smaller over the larger, so overshooting a "= 100%" counts as much as falling short.
 */
export function attainment(actual: number, comparator: Target['comparator'], target: number, met: boolean): number {
  if (met) return 1;
  return clampShare(shareOf(actual, comparator, target));
}

/** attainment before clamping: the share of the target reached, by comparator. */
function shareOf(actual: number, comparator: Target['comparator'], target: number): number {
  switch (comparator) {
    case '>=':
    case '>':
      return target > 0 ? actual / target : 0;
    case '<=':
    case '<':
      return actual <= 0 ? 1 : target / actual;
    case '=': {
      const hi = Math.max(Math.abs(actual), Math.abs(target));
      return hi === 0 || Math.sign(actual) * Math.sign(target) < 0 ? 0 : Math.min(Math.abs(actual), Math.abs(target)) / hi;
    }
  }
}

/**
 * A share clamped to 0–1; not a finite number (NaN, ±Infinity) gives 0. The same as
 * `Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0` (−0 gives +0), written as comparisons:
 * the result is the share itself or a small integer, with no intermediate number to box.
 */
function clampShare(r: number): number {
  if (r > 0) return r < 1 ? r : r === Infinity ? 0 : 1;
  return 0;
}

/** How far the value is from the target, in the target's unit (0 when on the right side). */
export function gapTo(actual: number, comparator: Target['comparator'], target: number): number {
  // Division noise at the target is no distance (a strict "> 90" at 89.99999999999999 is 0 away).
  if (nearlyEqual(actual, target)) return 0;
  switch (comparator) {
    case '>=':
    case '>':
      return Math.max(0, target - actual);
    case '<=':
    case '<':
      return Math.max(0, actual - target);
    case '=':
      return Math.abs(actual - target);
  }
}

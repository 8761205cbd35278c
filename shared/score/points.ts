import type { PointRule, ZeroDenominator } from '../schema/indicator.ts';
import { tolerance } from './compare.ts';
import { frozenSet } from '../frozen.ts';

/** What a rule made of one value. */
export type PointsOutcome =
  /** A number of points out of a known maximum. */
  | 'scored'
  /** The rule gives no points: monitoring only, or the framework's rule is unknown. */
  | 'not-scored'
  /** Nothing was reported (or a zero denominator counts as not reported). */
  | 'missing'
  /** A zero denominator drops the item from the maximum. */
  | 'not-applicable';

export interface PointsResult {
  /** null when the rule gives no number (monitoring, unknown rule, missing, not applicable). */
  points: number | null;
  /** What the item adds to the maximum: 0 for monitoring and not applicable, null when unknown. */
  max: number | null;
  outcome: PointsOutcome;
}

export interface PointsOptions {
  /** The ratio came from numerator ÷ denominator with a zero denominator: the policy decides. */
  denominatorZero?: boolean;
  /** The indicator's policy for a zero denominator; `missing` when not given. */
  zeroDenominator?: ZeroDenominator;
}

/** A value the rule reads: a ratio 0–100 (linear, capped), a count (steps) or a category. */
export type RuleInput = number | boolean | string | null;

/** The rule's maximum: null for an unknown maximum, 0 for monitoring. */
export function ruleMax(rule: PointRule): number | null {
  if (rule.kind === 'monitoring') return 0;
  return rule.max;
}

/**
 * Points a framework rule gives for one value. Points never exceed the maximum and never drop
 * below 0; they are not rounded (rounding is for display only, never inside sums).
 */
export function pointsFor(rule: PointRule, ratio: RuleInput, opts: PointsOptions = {}): PointsResult {
  const max = ruleMax(rule);
  if (rule.kind === 'monitoring') return { points: null, max: 0, outcome: 'not-scored' };
  if (opts.denominatorZero) {
    switch (opts.zeroDenominator ?? 'missing') {
      case 'not-applicable':
        return { points: null, max: 0, outcome: 'not-applicable' };
      case 'missing':
        return { points: null, max, outcome: 'missing' };
      case 'zero':
        return rule.kind === 'unknown' ? { points: null, max, outcome: 'not-scored' } : { points: 0, max, outcome: 'scored' };
      case 'full':
        return rule.kind === 'unknown' ? { points: null, max, outcome: 'not-scored' } : { points: max, max, outcome: 'scored' };
    }
  }
  if (ratio === null || (typeof ratio === 'number' && !Number.isFinite(ratio))) {
    return { points: null, max, outcome: 'missing' };
  }
  if (rule.kind === 'unknown') return { points: null, max, outcome: 'not-scored' };
  const raw = rawPoints(rule, ratio);
  // A value the rule cannot read (a word for a linear rule) is not a value for this rule.
  if (raw === null) return { points: null, max, outcome: 'missing' };
  return { points: clamp(raw, 0, rule.max), max: rule.max, outcome: 'scored' };
}

function rawPoints(rule: Exclude<PointRule, { kind: 'monitoring' | 'unknown' }>, value: number | boolean | string): number | null {
  switch (rule.kind) {
    case 'linear': {
      if (typeof value !== 'number') return null;
      return rule.max * Math.min(1, value / 100);
    }
    case 'capped': {
      if (typeof value !== 'number') return null;
      return rule.max * Math.min(1, value / rule.fullAt);
    }
    case 'steps': {
      if (typeof value !== 'number') return null;
      // The highest step reached; steps may be listed in any order.
      let best: { from: number; points: number } | null = null;
      for (const step of rule.steps) {
        if (value >= step.from - tolerance(step.from) && (best === null || step.from > best.from)) best = step;
      }
      return best?.points ?? 0;
    }
    case 'categorical': {
      const found = rule.categories.find((c) => sameCategory(c.value, value));
      return found?.points ?? 0;
    }
  }
}

const YES = frozenSet(['co', 'yes', 'true', 'x', 'dat', '1']);
const NO = frozenSet(['khong', 'no', 'false', 'chua', 'chua dat', 'khong dat', '0']);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** A category matches the value as officers write it: "Có" = true, case and accents ignored. */
function sameCategory(category: string | boolean, value: number | boolean | string): boolean {
  const asBool = (v: string | boolean | number): boolean | null => {
    if (typeof v === 'boolean') return v;
    const f = fold(String(v));
    if (YES.has(f)) return true;
    if (NO.has(f)) return false;
    return null;
  };
  if (typeof category === 'boolean' || typeof value === 'boolean') {
    const a = asBool(category);
    const b = asBool(value);
    return a !== null && a === b;
  }
  return fold(category) === fold(String(value));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

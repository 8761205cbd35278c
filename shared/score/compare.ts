import type { Comparator } from '../schema/common.ts';

/**
 * Tolerance for comparing an actual value with a target. A ratio computed by division can land a
 * hair off the exact figure (8.1 ÷ 9 × 100 = 89.99999999999999); such noise must not turn
 * "exactly at the target" into "not met". 1e-6 of the target's size is far below any figure an
 * officer can report (it would take a denominator of 10⁸) and far above floating-point noise.
 */
export const RELATIVE_EPSILON = 1e-6;

export function tolerance(target: number): number {
  return RELATIVE_EPSILON * Math.max(1, Math.abs(target));
}

/** a and b are the same figure up to division noise. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= tolerance(b);
}

/**
 * Does `actual` satisfy `comparator target`, exactly as the document words it: 80 meets "≥ 80" but
 * not "> 80"; a value within the tolerance of the target counts as equal to it.
 */
export function meets(actual: number, comparator: Comparator, target: number): boolean {
  const eps = tolerance(target);
  const diff = actual - target;
  switch (comparator) {
    case '>=':
      return diff >= -eps;
    case '>':
      return diff > eps;
    case '=':
      return Math.abs(diff) <= eps;
    case '<=':
      return diff <= eps;
    case '<':
      return diff < -eps;
  }
}

/** The comparator as people read it. */
export function comparatorSymbol(comparator: Comparator): string {
  return SYMBOLS[comparator];
}

const SYMBOLS: Readonly<Record<Comparator, string>> = Object.freeze({ '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' });

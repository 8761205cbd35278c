/**
 * numerator ÷ denominator, the one way the toolkit divides counts (validation, scoring, awards,
 * the portal):
 * - a count that is missing (null) or not a finite number gives no figure;
 * - a zero denominator is its own outcome: 0 ÷ 0 is "no data", never 0% and never 100%, and the
 *   caller says what it means (scoring: not reported; the portal: the indicator's policy);
 * - `percent`: (n ÷ d) × 100 (8.1 ÷ 9 × 100 is 89.99999999999999: comparisons use a tolerance),
 *   multiplied first instead when the quotient underflows to 0 or the product overflows; a share
 *   is the plain quotient;
 * - a negative denominator gives no figure when `negative: 'no-figure'` (counts typed into a report:
 *   the range rule names the cell), and is divided like any other number otherwise;
 * - a result that is not finite gives no figure; -0 reads as 0.
 */
export type RatioResult =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'zero-denominator' };

export interface RatioOptions {
  /** × 100 (a percent 0–100) rather than the share. */
  percent: boolean;
  /** What a negative denominator gives; 'divide' when not given. */
  negative?: 'no-figure' | 'divide';
}

export const NO_RATIO: RatioResult = Object.freeze({ kind: 'missing' });
export const ZERO_DENOMINATOR: RatioResult = Object.freeze({ kind: 'zero-denominator' });

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** The quotient (see above) as a number; null for no figure and for a zero denominator. */
export function ratioValue(numerator: number | null | undefined, denominator: number | null | undefined, opts: RatioOptions): number | null {
  if (!finite(numerator) || !finite(denominator) || denominator === 0) return null;
  if (denominator < 0 && opts.negative === 'no-figure') return null;
  let q: number;
  if (opts.percent) {
    q = (numerator / denominator) * 100;
    if ((q === 0 && numerator !== 0) || !Number.isFinite(q)) q = (numerator * 100) / denominator;
  } else {
    q = numerator / denominator;
  }
  return Number.isFinite(q) ? q + 0 : null; // + 0 turns -0 into 0
}

/** The quotient with its outcome: a value, no figure, or a zero denominator (both counts finite, denominator 0). */
export function ratioResult(numerator: number | null | undefined, denominator: number | null | undefined, opts: RatioOptions): RatioResult {
  if (finite(numerator) && denominator === 0) return ZERO_DENOMINATOR;
  const value = ratioValue(numerator, denominator, opts);
  return value === null ? NO_RATIO : { kind: 'value', value };
}

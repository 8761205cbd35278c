// The one numerator ÷ denominator of the toolkit (validation, scoring, awards, portal) and its edge cases.
import { describe, expect, it } from 'vitest';
import { NO_RATIO, ratioResult, ratioValue, ZERO_DENOMINATOR } from '../../shared/ratio.ts';
import { ratioOf } from '../../shared/portal/catalogue.ts';

const PERCENT = { percent: true };
const SHARE = { percent: false };

describe('ratioValue / ratioResult', () => {
  it('divides, × 100 for a percent', () => {
    expect(ratioValue(45, 60, PERCENT)).toBe(75);
    expect(ratioValue(45, 60, SHARE)).toBe(0.75);
    expect(ratioResult(45, 60, PERCENT)).toEqual({ kind: 'value', value: 75 });
  });

  it('divides before multiplying, as scoring always did (8,1 ÷ 9 × 100 is not exactly 90)', () => {
    const v = ratioValue(8.1, 9, PERCENT)!;
    expect(v).not.toBe(90);
    expect(v).toBeCloseTo(90, 10);
  });

  it('multiplies first when the quotient underflows to 0, so a tiny numerator is not read as 0%', () => {
    expect((5e-324 / 1e10) * 100).toBe(0);
    expect(ratioValue(5e-324, 1e10, PERCENT)).toBe(0); // still below the smallest double after × 100 ÷ 1e10
    const tiny = ratioValue(1e-320, 10, PERCENT)!;
    expect(tiny).toBeGreaterThan(0);
  });

  it('tells a zero denominator apart from a missing figure', () => {
    expect(ratioResult(0, 0, PERCENT)).toBe(ZERO_DENOMINATOR);
    expect(ratioResult(5, 0, SHARE)).toBe(ZERO_DENOMINATOR);
    expect(ratioValue(0, 0, PERCENT)).toBeNull();
    expect(ratioResult(null, 0, PERCENT)).toBe(NO_RATIO);
    expect(ratioResult(5, null, PERCENT)).toBe(NO_RATIO);
    expect(ratioResult(undefined, 5, PERCENT)).toBe(NO_RATIO);
  });

  it('gives no figure for counts or results that are not finite', () => {
    expect(ratioResult(Number.NaN, 5, PERCENT)).toBe(NO_RATIO);
    expect(ratioResult(5, Number.POSITIVE_INFINITY, PERCENT)).toBe(NO_RATIO);
    expect(ratioResult(Number.POSITIVE_INFINITY, 0, PERCENT)).toBe(NO_RATIO);
    expect(ratioValue(1e308, 1e-308, PERCENT)).toBeNull();
  });

  it('divides a negative denominator unless told it gives no figure', () => {
    expect(ratioValue(5, -10, PERCENT)).toBe(-50);
    expect(ratioValue(5, -10, { percent: true, negative: 'no-figure' })).toBeNull();
    expect(ratioValue(-5, 10, { percent: true, negative: 'no-figure' })).toBe(-50);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(ratioValue(-0, 7, PERCENT), 0)).toBe(true);
    expect(Object.is(ratioValue(0, -7, SHARE), 0)).toBe(true);
  });

  it('is what the portal recompute uses', () => {
    expect(ratioOf(3, 4)).toEqual({ ratio: 75, denominatorZero: false });
    expect(ratioOf(0, 0)).toEqual({ ratio: null, denominatorZero: true });
    expect(ratioOf(null, 0)).toEqual({ ratio: null, denominatorZero: false });
    expect(ratioOf(3, null)).toEqual({ ratio: null, denominatorZero: false });
  });
});

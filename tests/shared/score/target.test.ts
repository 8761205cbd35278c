import { describe, expect, it } from 'vitest';
import { meets } from '../../../shared/score/compare.ts';
import { evaluateTarget } from '../../../shared/score/target.ts';
import { item, target } from './helpers.ts';

const commune = { level: 'commune' as const };

describe('meets: the comparator exactly as worded', () => {
  it('80 meets "≥ 80" but not "> 80"; 79.99 meets neither', () => {
    expect(meets(80, '>=', 80)).toBe(true);
    expect(meets(80, '>', 80)).toBe(false);
    expect(meets(80.5, '>', 80)).toBe(true);
    expect(meets(79.99, '>=', 80)).toBe(false);
  });
  it('division noise at the target counts as the target', () => {
    expect(meets(80.0000001, '>=', 80)).toBe(true);
    expect(meets(79.9999999, '>=', 80)).toBe(true);
    expect(meets(80.0000001, '>', 80)).toBe(false);
    expect(meets(80.0000001, '=', 80)).toBe(true);
    expect(meets(79.9999999, '<', 80)).toBe(false);
  });
  it('≤, < and =', () => {
    expect(meets(10, '<=', 10)).toBe(true);
    expect(meets(10, '<', 10)).toBe(false);
    expect(meets(9, '<', 10)).toBe(true);
    expect(meets(100, '=', 100)).toBe(true);
    expect(meets(99, '=', 100)).toBe(false);
  });
});

describe('evaluateTarget', () => {
  it('computes a percent from numerator ÷ denominator × 100, exactly at the target meets', () => {
    // 8.1 / 9 * 100 is 89.99999999999999 in floating point.
    const ev = evaluateTarget(target({ id: 'a', value: 90 }), item('a', { numerator: 8.1, denominator: 9 }), commune);
    expect(ev.actual).not.toBe(90);
    expect(ev.actual).toBeCloseTo(90, 10);
    expect(ev).toMatchObject({ met: true, attainment: 1, gap: 0, status: 'met' });
  });

  it('prefers the typed value over numerator and denominator', () => {
    const ev = evaluateTarget(target({ id: 'a' }), item('a', { value: 90, numerator: 1, denominator: 10 }), commune);
    expect(ev.actual).toBe(90);
  });

  it('"> 80" is not met at exactly 80 (gap 0, attainment capped at 1)', () => {
    const ev = evaluateTarget(target({ id: 'a', comparator: '>' }), item('a', { value: 80 }), commune);
    expect(ev).toMatchObject({ met: false, status: 'not-met', attainment: 1, gap: 0 });
  });

  it('below an "at least" target: attainment actual ÷ target, gap in the unit', () => {
    const ev = evaluateTarget(target({ id: 'a', value: 80 }), item('a', { numerator: 60, denominator: 100 }), commune);
    expect(ev.met).toBe(false);
    expect(ev.attainment).toBeCloseTo(0.75, 12);
    expect(ev.gap).toBeCloseTo(20, 12);
  });

  it('"at most" targets: target ÷ actual, an actual of 0 is fully there', () => {
    const t = target({ id: 'd', comparator: '<=', value: 5, unit: 'days' });
    expect(evaluateTarget(t, item('d', { value: 10 }), commune)).toMatchObject({ met: false, attainment: 0.5, gap: 5 });
    expect(evaluateTarget(t, item('d', { value: 5 }), commune)).toMatchObject({ met: true, attainment: 1, gap: 0 });
    expect(evaluateTarget(t, item('d', { value: 0 }), commune)).toMatchObject({ met: true, attainment: 1 });
    const strict = target({ id: 's', comparator: '<', value: 5, unit: 'days' });
    expect(evaluateTarget(strict, item('s', { value: 5 }), commune)).toMatchObject({ met: false, gap: 0 });
  });

  it('"=" targets: 1 when met, else the nearer over the farther', () => {
    const t = target({ id: 'e', comparator: '=', value: 100 });
    expect(evaluateTarget(t, item('e', { value: 100 }), commune).attainment).toBe(1);
    expect(evaluateTarget(t, item('e', { value: 90 }), commune)).toMatchObject({ met: false, attainment: 0.9, gap: 10 });
    expect(evaluateTarget(t, item('e', { value: 125 }), commune)).toMatchObject({ met: false, attainment: 0.8, gap: 25 });
  });

  it('counts are taken as they are (numerator alone is the count)', () => {
    const t = target({ id: 'c', value: 3, unit: 'count' });
    expect(evaluateTarget(t, item('c', { numerator: 4 }), commune)).toMatchObject({ actual: 4, met: true });
    expect(evaluateTarget(t, item('c', { value: 2 }), commune)).toMatchObject({ actual: 2, met: false, gap: 1 });
  });

  it('yes/no targets: met 1, not met 0, no numeric gap', () => {
    const t = target({ id: 'y', value: true, unit: 'boolean', assessment: 'yes-no', comparator: '=' });
    expect(evaluateTarget(t, item('y', { value: true }), commune)).toMatchObject({ actual: true, met: true, attainment: 1, gap: 0 });
    expect(evaluateTarget(t, item('y', { value: false }), commune)).toMatchObject({ actual: false, met: false, attainment: 0, gap: null });
    expect(evaluateTarget(t, item('y', { value: null }), commune).status).toBe('missing');
  });

  it('missing values are never 0: no row, empty row, numerator without denominator', () => {
    const t = target({ id: 'a' });
    for (const ev of [
      evaluateTarget(t, undefined, commune),
      evaluateTarget(t, item('a', {}), commune),
      evaluateTarget(t, item('a', { numerator: 5 }), commune),
      evaluateTarget(t, item('a', { value: true }), commune),
    ]) {
      expect(ev).toMatchObject({ actual: null, met: null, attainment: null, gap: null, status: 'missing' });
    }
  });

  it('a target for another level does not apply', () => {
    const district = target({ id: 'h', value: 75, level: 'district' });
    const communeTarget = target({ id: 'x', value: 50, level: 'commune' });
    const value = item('h', { value: 60 });
    expect(evaluateTarget(district, value, { level: 'commune' }).status).toBe('not-applicable');
    expect(evaluateTarget(communeTarget, item('x', { value: 60 }), { level: 'commune' }).status).toBe('met');
    expect(evaluateTarget(district, value, { level: 'district' }).status).toBe('not-met');
  });

  it('zero denominator is no data under every plan: no verdict, no gap, never a figure', () => {
    const t = target({ id: 'a' });
    const zero = item('a', { numerator: 0, denominator: 0 });
    expect(evaluateTarget(t, zero, commune)).toEqual({
      actual: null,
      met: null,
      attainment: null,
      gap: null,
      status: 'missing',
      denominatorZero: true,
    });
  });
});

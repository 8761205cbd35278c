import { describe, expect, it } from 'vitest';
import { PointRule } from '../../../shared/schema/indicator.ts';
import { pointsFor, ruleMax } from '../../../shared/score/points.ts';

describe('pointsFor: every rule kind', () => {
  it('linear: max × min(1, ratio/100), never above the maximum nor below 0', () => {
    const rule = { kind: 'linear', max: 6 } as const;
    expect(pointsFor(rule, 50)).toEqual({ points: 3, max: 6, outcome: 'scored' });
    expect(pointsFor(rule, 100).points).toBe(6);
    expect(pointsFor(rule, 130).points).toBe(6);
    expect(pointsFor(rule, -5).points).toBe(0);
    expect(pointsFor(rule, 0).points).toBe(0);
  });

  it('capped: full points from fullAt percent', () => {
    const rule = { kind: 'capped', max: 12, fullAt: 80 } as const;
    expect(pointsFor(rule, 40).points).toBe(6);
    expect(pointsFor(rule, 80).points).toBe(12);
    expect(pointsFor(rule, 95).points).toBe(12);
    expect(pointsFor(rule, 79.9).points).toBeCloseTo(11.985, 10);
  });

  it('steps: the highest step reached, in any listed order; below every step gives 0', () => {
    const rule = PointRule.parse({
      kind: 'steps',
      max: 20,
      steps: [
        { from: 2, points: 10 },
        { from: 4, points: 20 },
        { from: 1, points: 5 },
        { from: 3, points: 15 },
      ],
    });
    expect(pointsFor(rule, 0).points).toBe(0);
    expect(pointsFor(rule, 1).points).toBe(5);
    expect(pointsFor(rule, 3).points).toBe(15);
    expect(pointsFor(rule, 3.5).points).toBe(15);
    expect(pointsFor(rule, 9).points).toBe(20);
  });

  it('steps never give more than the maximum even when a step says so', () => {
    expect(pointsFor(PointRule.parse({ kind: 'steps', max: 5, steps: [{ from: 0, points: 8 }] }), 3).points).toBe(5);
  });

  it('categorical: booleans match có/không words, strings match ignoring case and accents', () => {
    const yesNo = PointRule.parse({ kind: 'categorical', max: 4, categories: [{ value: true, points: 4 }, { value: false, points: 0 }] });
    expect(pointsFor(yesNo, true).points).toBe(4);
    expect(pointsFor(yesNo, false).points).toBe(0);
    expect(pointsFor(yesNo, 'Có').points).toBe(4);
    const grade = PointRule.parse({
      kind: 'categorical',
      max: 10,
      categories: [
        { value: 'Chủ tịch', points: 10 },
        { value: 'Phó Chủ tịch', points: 5 },
      ],
    });
    expect(pointsFor(grade, 'chu tich').points).toBe(10);
    expect(pointsFor(grade, ' Phó  Chủ tịch ').points).toBe(5);
    expect(pointsFor(grade, 'Khác').points).toBe(0);
  });

  it('monitoring: never scored, adds nothing to the maximum', () => {
    expect(pointsFor({ kind: 'monitoring' }, 70)).toEqual({ points: null, max: 0, outcome: 'not-scored' });
    expect(ruleMax({ kind: 'monitoring' })).toBe(0);
  });

  it('unknown: points null, the maximum as known (or null, never guessed)', () => {
    expect(pointsFor({ kind: 'unknown', max: 12 }, 70)).toEqual({ points: null, max: 12, outcome: 'not-scored' });
    expect(pointsFor({ kind: 'unknown', max: null }, 70)).toEqual({ points: null, max: null, outcome: 'not-scored' });
  });

  it('a missing value is not reported, never 0 points', () => {
    expect(pointsFor({ kind: 'linear', max: 6 }, null)).toEqual({ points: null, max: 6, outcome: 'missing' });
    expect(pointsFor({ kind: 'linear', max: 6 }, Number.NaN).outcome).toBe('missing');
    // A word where a ratio is needed is not a ratio either.
    expect(pointsFor({ kind: 'linear', max: 6 }, 'nhiều').outcome).toBe('missing');
  });
});

describe('pointsFor: zero denominator policies', () => {
  const rule = { kind: 'linear', max: 6 } as const;
  it('zero → 0 points of the maximum', () => {
    expect(pointsFor(rule, null, { denominatorZero: true, zeroDenominator: 'zero' })).toEqual({ points: 0, max: 6, outcome: 'scored' });
  });
  it('full → the maximum (no petitions: 6 points on the portal)', () => {
    expect(pointsFor(rule, null, { denominatorZero: true, zeroDenominator: 'full' })).toEqual({ points: 6, max: 6, outcome: 'scored' });
  });
  it('not-applicable → dropped from the maximum', () => {
    expect(pointsFor(rule, null, { denominatorZero: true, zeroDenominator: 'not-applicable' })).toEqual({
      points: null,
      max: 0,
      outcome: 'not-applicable',
    });
  });
  it('missing (also the default) → not reported', () => {
    expect(pointsFor(rule, null, { denominatorZero: true, zeroDenominator: 'missing' }).outcome).toBe('missing');
    expect(pointsFor(rule, null, { denominatorZero: true }).outcome).toBe('missing');
  });
  it('an unknown rule stays unscored whatever the policy', () => {
    expect(pointsFor({ kind: 'unknown', max: 4 }, null, { denominatorZero: true, zeroDenominator: 'full' }).points).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { catalogue, indicator, plan, report } from './helpers.ts';

describe('biggest gains', () => {
  it('orders items not met or without data by points gained, then attainment, with the gap', () => {
    const p = plan({
      targets: [
        { id: 'small', value: 80, points: 2 },
        { id: 'big', value: 80, points: 10 },
        { id: 'done', value: 80, points: 20 },
        { id: 'far', value: 80, points: 2 },
        { id: 'absent', value: 80, points: 30 },
      ],
    });
    const card = scoreReportWith(
      report({ small: { value: 60 }, big: { value: 60 }, done: { value: 85 }, far: { value: 20 } }),
      p,
      catalogue(),
    );
    // An item not reported is a gain too: reaching its target adds all 30 of its points.
    expect(card.gains.map((g) => [g.targetId, g.kind])).toEqual([
      ['absent', 'no-data'],
      ['big', 'not-met'],
      ['far', 'not-met'],
      ['small', 'not-met'],
    ]);
    expect(card.gains[0]).toEqual({ kind: 'no-data', targetId: 'absent', points: 30, attainment: 1, gap: null });
    expect(card.gains[1]).toEqual({ kind: 'not-met', targetId: 'big', points: 2.5, attainment: 0.25, gap: 20 });
    expect(card.gains[2]!.points).toBeCloseTo(1.5, 12);
    expect(card.gains[2]!.gap).toBe(60);
  });

  it('uses the framework rule at the target: reaching 80% on a linear rule gives 80% of the maximum', () => {
    const indicators = catalogue(
      indicator({ id: 'lin', pointRule: { kind: 'linear', max: 10 } }),
      indicator({ id: 'cap', pointRule: { kind: 'capped', max: 10, fullAt: 80 } }),
      indicator({ id: 'unk', pointRule: { kind: 'unknown', max: null } }),
    );
    const p = plan({ scoring: { method: 'points' }, targets: [{ id: 'lin' }, { id: 'cap' }, { id: 'unk' }] });
    const card = scoreReportWith(report({ lin: { value: 40 }, cap: { value: 40 }, unk: { value: 40 } }), p, indicators);
    expect(card.gains.map((g) => [g.targetId, g.points])).toEqual([
      ['cap', 5],
      ['lin', 4],
      ['unk', 0],
    ]);
  });
});

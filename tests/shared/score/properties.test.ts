import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Comparator, Level, Pillar, Unit } from '../../../shared/schema/common.ts';
import type { Indicator, PointRule } from '../../../shared/schema/indicator.ts';
import type { ItemValue, Report } from '../../../shared/schema/report.ts';
import { Scorecard } from '../../../shared/schema/scorecard.ts';
import { pointsFor } from '../../../shared/score/points.ts';
import { rankScorecards } from '../../../shared/score/rank.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { evaluateTarget } from '../../../shared/score/target.ts';
import { indicator, plan, target, type TargetInput } from './helpers.ts';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const anyNumber = fc.oneof(finite, fc.double(), fc.constantFrom(0, 80, 100, Number.NaN, Infinity, -0));
const maxPoints = fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true });

const rule: fc.Arbitrary<PointRule> = fc.oneof(
  maxPoints.map((max) => ({ kind: 'linear' as const, max })),
  fc.record({ max: maxPoints, fullAt: fc.double({ min: 0.01, max: 100, noNaN: true }) }).map((r) => ({ kind: 'capped' as const, ...r })),
  fc
    .record({ max: maxPoints, steps: fc.array(fc.record({ from: finite, points: maxPoints }), { minLength: 1, maxLength: 5 }) })
    .map((r) => ({ kind: 'steps' as const, ...r })),
  fc
    .record({
      max: maxPoints,
      categories: fc.array(fc.record({ value: fc.oneof(fc.boolean(), fc.string()), points: maxPoints }), { minLength: 1, maxLength: 4 }),
    })
    .map((r) => ({ kind: 'categorical' as const, ...r })),
  fc.constant({ kind: 'monitoring' as const }),
  fc.option(maxPoints, { nil: null }).map((max) => ({ kind: 'unknown' as const, max })),
);

const ruleInput = fc.oneof(anyNumber, fc.boolean(), fc.string(), fc.constant(null));
const policy = fc.constantFrom('zero', 'full', 'not-applicable', 'missing' as const);

const targetArb: fc.Arbitrary<TargetInput> = fc.record({
  id: fc.constantFrom('t1', 't2', 't3', 't4', 'constructor'),
  indicatorId: fc.constantFrom('i1', 'i2', 'i3', 'nope'),
  pillar: fc.constantFrom(...Pillar.options),
  comparator: fc.constantFrom(...Comparator.options),
  value: fc.oneof(fc.constant(true as const), finite, fc.constantFrom(0, 50, 80, 100)),
  unit: fc.constantFrom(...Unit.options),
  level: fc.option(fc.constantFrom(...Level.options), { nil: undefined }),
  points: fc.option(maxPoints, { nil: undefined }),
});

const itemArb = (code: string): fc.Arbitrary<ItemValue> =>
  fc.record({
    code: fc.constant(code),
    numerator: fc.option(anyNumber, { nil: null }),
    denominator: fc.option(fc.oneof(anyNumber, fc.constant(0)), { nil: null }),
    value: fc.option(fc.oneof(anyNumber, fc.boolean()), { nil: null }),
    evidence: fc.constant(null),
    row: fc.constant(null),
  });

const reportArb: fc.Arbitrary<Report> = fc
  .uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4', 'i1', 'i2', 'c1', 'constructor', '__proto__', 'x'), { maxLength: 8 })
  .chain((codes) => fc.tuple(...codes.map(itemArb)))
  .chain((items) =>
    fc.record({
      unit: fc.record({
        name: fc.option(fc.string(), { nil: null }),
        code: fc.option(fc.string(), { nil: null }),
        level: fc.option(fc.constantFrom(...Level.options), { nil: null }),
      }),
      period: fc.option(fc.string(), { nil: null }),
      planId: fc.constant(null),
      sheet: fc.constant(null),
      items: fc.constant(Object.fromEntries(items.map((i) => [i.code, i]))),
    }),
  );

const indicatorsArb = fc
  .tuple(rule, rule, rule, policy, policy, policy)
  .map(([r1, r2, r3, z1, z2, z3]): ReadonlyMap<string, Indicator> =>
    new Map([
      ['i1', indicator({ id: 'i1', pointRule: r1, zeroDenominator: z1 })],
      ['i2', indicator({ id: 'i2', pointRule: r2, zeroDenominator: z2 })],
      ['i3', indicator({ id: 'i3', pointRule: r3, zeroDenominator: z3 })],
    ]),
  );

const source = { document: 'KH' };
const planArb = fc
  .record({
    method: fc.constantFrom('attainment', 'points' as const),
    targets: fc.uniqueArray(targetArb, { selector: (t) => t.id, maxLength: 5 }),
    level: fc.constantFrom(...Level.options),
    min: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ method, targets, level, min }) =>
    plan({
      level,
      scoring: { method },
      targets,
      criteria: [{ id: 'c1', group: 'collective', label: { vi: 'Có đăng ký', en: 'Registered' }, mandatory: true, source }],
      awards: [
        {
          id: 'gk',
          award: { vi: 'Giấy khen', en: 'Certificate' },
          recipient: 'collective',
          conditions: [{ kind: 'min-percent', min }, { kind: 'all-targets-met' }, { kind: 'indicator', code: 'i1', comparator: '>=', value: 50, label: { vi: 'I1', en: 'I1' } }],
          quota: 2,
          source,
        },
      ],
    }),
  );

describe('properties', () => {
  it('points never exceed the maximum and are never negative', () => {
    fc.assert(
      fc.property(rule, ruleInput, fc.boolean(), policy, (r, input, zero, zeroDenominator) => {
        const result = pointsFor(r, input, { denominatorZero: zero, zeroDenominator });
        if (result.points !== null) {
          expect(result.points).toBeGreaterThanOrEqual(0);
          expect(result.max).not.toBeNull();
          expect(result.points).toBeLessThanOrEqual(result.max!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('attainment stays within [0, 1], and is 1 whenever the target is met', () => {
    fc.assert(
      fc.property(targetArb, itemArb('t1'), fc.constantFrom(...Level.options), (t, value, level) => {
        const ev = evaluateTarget(target(t), value, { level });
        if (ev.attainment !== null) {
          expect(ev.attainment).toBeGreaterThanOrEqual(0);
          expect(ev.attainment).toBeLessThanOrEqual(1);
        }
        if (ev.met === true) expect(ev.attainment).toBe(1);
        if (ev.gap !== null) expect(ev.gap).toBeGreaterThanOrEqual(0);
        // Missing is never 0: no verdict without a figure, a zero denominator included.
        if (ev.actual === null) expect(ev.met).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('scoreReport never throws on random reports and always gives a valid card with points ≤ maximum', () => {
    fc.assert(
      fc.property(planArb, reportArb, indicatorsArb, (p, r, indicators) => {
        const card = scoreReportWith(r, p, indicators);
        Scorecard.parse(card);
        expect(card.total.points).toBeLessThanOrEqual(card.total.max + 1e-9 * Math.max(1, card.total.max));
        for (const item of card.items) {
          if (item.points !== null && item.max !== null) expect(item.points).toBeLessThanOrEqual(item.max + 1e-12);
        }
        if (card.total.percent !== null) {
          expect(card.total.percent).toBeGreaterThanOrEqual(0);
          expect(card.total.percent).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the ranking does not depend on the order of the cards', () => {
    const cardsArb = fc.tuple(planArb, indicatorsArb).chain(([p, indicators]) =>
      fc.array(reportArb, { minLength: 1, maxLength: 7 }).map((reports) => ({ p, cards: reports.map((r) => scoreReportWith(r, p, indicators)) })),
    );
    fc.assert(
      fc.property(
        cardsArb.chain(({ p, cards }) =>
          fc.shuffledSubarray(cards, { minLength: cards.length, maxLength: cards.length }).map((shuffled) => ({ p, cards, shuffled })),
        ),
        ({ p, cards, shuffled }) => {
          expect(rankScorecards(shuffled, p)).toEqual(rankScorecards(cards, p));
        },
      ),
      { numRuns: 200 },
    );
  });
});

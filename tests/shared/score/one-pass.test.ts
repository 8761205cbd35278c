// Scoring builds a scorecard with as few passes and objects as it can: the total and the pillar
// totals in one pass over the items, award rules that check the same conditions as an earlier rule
// reuse its reasons, the award block names its cells without a list of places. Each must give
// exactly what the plain way gives: checked here against the plain way, written out.
import { describe, expect, it } from 'vitest';
import { indicatorById, plans } from '../../../shared/data/index.ts';
import { compilePlan } from '../../../shared/plan/compile.ts';
import { PILLARS } from '../../../shared/schema/pillars.ts';
import { Issue } from '../../../shared/schema/issue.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import type { ScoredItem, Scorecard } from '../../../shared/schema/scorecard.ts';
import { evaluateAwardRule, sameData } from '../../../shared/score/award.ts';
import { errorPlaces, reportErrors } from '../../../shared/score/flags.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { isYesNo } from '../../../shared/score/target.ts';
import { awardRule, catalogue, plan, report, type ItemInput } from './helpers.ts';

/** The total, the plain way: the applicable items with known points, in plan order. */
function plainTotal(items: readonly ScoredItem[]) {
  let points = 0;
  let max = 0;
  for (const item of items) {
    if (item.status === 'not-applicable' || item.points === null || item.max === null) continue;
    points += item.points;
    max += item.max;
  }
  return { points, max, percent: max > 0 ? (points / max) * 100 : null };
}

/** The pillar totals, the plain way: each pillar's applicable items filtered out, then summed. */
function plainPillars(items: readonly ScoredItem[]) {
  return PILLARS.flatMap((pillar) => {
    const mine = items.filter((i) => i.pillar === pillar && i.status !== 'not-applicable');
    if (mine.length === 0) return [];
    return [{ pillar, ...plainTotal(mine), met: mine.filter((i) => i.status === 'met').length, count: mine.length }];
  });
}

/** A report for `p` with figures that vary by `seed`: blanks, 0 ÷ 0, yes/no answers, ratios. */
function varied(p: Plan, seed: number, level: Plan['level'] | null = p.level) {
  const items: Record<string, ItemInput> = {};
  p.targets.forEach((t, i) => {
    const k = (seed * 7 + i * 13) % 6;
    if (k === 0) return;
    if (isYesNo(t)) items[t.id] = { value: k % 2 === 0 };
    else if (k === 1) items[t.id] = { numerator: 0, denominator: 0 };
    else items[t.id] = { numerator: (seed * 31 + i * 17) % 97, denominator: 97 };
  });
  p.criteria.forEach((c, i) => {
    if ((seed + i) % 3 !== 2) items[c.id] = { value: (seed + i) % 3 === 0 };
  });
  return report(items, { level }, { planId: p.id });
}

function expectPlainTotals(card: Scorecard) {
  // Key for key, in the published order.
  expect(JSON.stringify(card.total)).toBe(JSON.stringify(plainTotal(card.items)));
  expect(JSON.stringify(card.pillars)).toBe(JSON.stringify(plainPillars(card.items)));
}

describe('the total and the pillar totals, in one pass', () => {
  for (const p of plans) {
    it(`${p.id}: the same figures as the plain sums, at every level`, () => {
      const compiled = compilePlan(p, p.level, { indicators: indicatorById });
      for (const level of ['province', 'district', 'commune', null] as const) {
        for (let seed = 0; seed < 6; seed++) expectPlainTotals(scoreReport(varied(p, seed, level), p, { compiled }));
      }
    });
  }

  it('drops a pillar whose every target does not apply to the report', () => {
    const p = plan({
      targets: [
        { id: 'a', pillar: 'kinh-te-so' },
        { id: 'b', pillar: 'chinh-quyen-so', level: 'district' },
        { id: 'c', pillar: 'xa-hoi-so' },
      ],
    });
    const card = scoreReportWith(report({ a: { value: 90 }, b: { value: 50 }, c: { value: 70.5 } }), p, catalogue());
    expect(card.pillars.map((t) => t.pillar)).toEqual(['kinh-te-so', 'xa-hoi-so']);
    expectPlainTotals(card);
  });

  it('keeps the plan order of the items inside each sum (floating-point sums depend on it)', () => {
    const p = plan({
      targets: [
        { id: 'a', pillar: 'xa-hoi-so', points: 0.1 },
        { id: 'b', pillar: 'chinh-quyen-so', points: 0.2 },
        { id: 'c', pillar: 'xa-hoi-so', points: 0.7 },
        { id: 'd', pillar: 'chinh-quyen-so', points: 0.3 },
      ],
    });
    const card = scoreReportWith(report({ a: { value: 33 }, b: { value: 71 }, c: { value: 80 }, d: { value: 9.5 } }), p, catalogue());
    expectPlainTotals(card);
  });
});

const source = { document: 'KH thi đua' };
type Rule = Plan['awards'][number];

describe('award rules that check the same conditions', () => {
  const rule = awardRule;
  const same: Rule['conditions'] = [
    { kind: 'criterion', criterionId: 'dang-ky' },
    { kind: 'indicator', code: 'a', comparator: '>=', value: 90, label: { vi: 'Chỉ tiêu a đạt 90%', en: 'Target a at 90%' } },
    { kind: 'min-percent', min: 80 },
  ];
  const p = plan({
    targets: [{ id: 'a' }, { id: 'b' }],
    criteria: [{ id: 'dang-ky', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, mandatory: true, source }],
    awards: [
      rule('bang-khen', same),
      rule('giay-khen', structuredClone(same), { proposal: true }),
      rule('ca-nhan', structuredClone(same), { recipient: 'individual' }),
      rule('khac', [
        { kind: 'all-of', conditions: [{ kind: 'min-percent', min: 50 }, { kind: 'criterion', criterionId: 'dang-ky' }, { kind: 'min-targets-met', min: 100 }] },
        { kind: 'one-of', conditions: [{ kind: 'min-percent', min: 95 }, { kind: 'all-targets-met' }] },
      ]),
    ],
  });

  it('are found when the plan is compiled (by content, not by object)', () => {
    const compiled = compilePlan(p, p.level, { indicators: catalogue() });
    // The individuals' rule checks the same list (its group adds no mandatory criterion), but never
    // for the same reports as the collectives' rule: it is checked on its own (the last case below).
    expect(compiled.sameConditionsAs).toEqual([-1, 0, 0, -1]);
  });

  const reports = {
    'failing every condition': report({ a: { value: 40 }, b: { value: 10 }, 'dang-ky': { value: false } }),
    'failing one': report({ a: { value: 95 }, b: { value: 30 }, 'dang-ky': { value: true } }),
    'passing all': report({ a: { value: 95 }, b: { value: 90 }, 'dang-ky': { value: true } }),
    'blocked by an error': report({ a: { value: 40 }, b: { value: 90 } }),
    'of another group': report({ a: { value: 40 } }, { group: 'individual' }),
  };
  const error = Issue.parse({ code: 'out-of-range', severity: 'error', location: { row: 5, column: 5, a1: 'E5' }, itemCode: 'b', message: { key: 'x' } });

  for (const [name, r] of Object.entries(reports)) {
    it(`give each rule the reasons it gets checked on its own: ${name}`, () => {
      const issues = name === 'blocked by an error' ? [error] : [];
      const compiled = compilePlan(p, p.level, { indicators: catalogue() });
      const card = scoreReport(r, p, { compiled, indicators: catalogue(), issues });
      // Each rule evaluated alone, without the compiled plan.
      const blocked = card.award.rules[0]!.reasons.find((m) => m.key === 'score.award.blocked-by-errors');
      const input = { plan: p, report: r, items: card.items, total: card.total, criteria: card.criteria, blocked };
      p.awards.forEach((rule, i) => {
        expect(JSON.stringify(card.award.rules[i])).toBe(JSON.stringify(evaluateAwardRule(rule, input)));
      });
      // Each rule has a list of its own, every place filled (the list is cut to the reasons given).
      expect(card.award.rules[1]!.reasons).not.toBe(card.award.rules[0]!.reasons);
      for (const result of card.award.rules) expect(Object.keys(result.reasons)).toHaveLength(result.reasons.length);
    });
  }
});

describe('sameData', () => {
  it('compares plan data by content', () => {
    expect(sameData({ kind: 'min-percent', min: 80 }, { kind: 'min-percent', min: 80 })).toBe(true);
    expect(sameData([{ a: [1, 'x', null] }], [{ a: [1, 'x', null] }])).toBe(true);
    expect(sameData({ kind: 'min-percent', min: 80 }, { min: 80, kind: 'min-percent' })).toBe(true);
    expect(sameData({ min: 80 }, { min: 81 })).toBe(false);
    expect(sameData({ min: 0 }, { min: -0 })).toBe(false);
    expect(sameData({ min: Number.NaN }, { min: Number.NaN })).toBe(true);
    expect(sameData({ value: Infinity }, { value: null })).toBe(false);
    expect(sameData({ label: undefined }, {})).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
  });
});

/** errorPlaces the plain way: a list of distinct places, the first five joined. */
function plainPlaces(errors: readonly Issue[]): string {
  const places: string[] = [];
  for (const e of errors) {
    const what = e.itemCode ?? e.location.field ?? e.code;
    const where = e.location.a1 ? `${what} (${e.location.a1})` : what;
    if (!places.includes(where)) places.push(where);
  }
  const shown = places.slice(0, 5).join(', ');
  return places.length > 5 ? `${shown}, … (+${places.length - 5})` : shown;
}

describe('where the errors are (the award block reason)', () => {
  const issue = (itemCode: string | null, a1: string | null, field?: string, code = 'out-of-range'): Issue =>
    Issue.parse({ code, severity: 'error', location: { row: 1, column: 1, a1, field }, itemCode, message: { key: 'x' } });

  it('lists each place once, the first five, and counts the rest', () => {
    const lists: Issue[][] = [
      [],
      [issue('CT-01', 'E4')],
      [issue('CT-01', 'E4'), issue('CT-01', 'E4'), issue('CT-02', 'E5')],
      [issue(null, 'B4', 'Kỳ báo cáo'), issue(null, null, undefined, 'period-missing'), issue('CT-01', null), issue('CT-01', '')],
      Array.from({ length: 9 }, (_, i) => issue(`CT-0${i % 7}`, `E${i % 7}`)),
      Array.from({ length: 40 }, (_, i) => issue(`CT-${i % 23}`, i % 5 === 0 ? null : `E${i % 23}`)),
      // Different parts that spell the same place are one place, as the words say.
      [issue('X (B4)', null), issue('X', 'B4'), issue('X', 'B4)'), issue('X (B4', ')')],
    ];
    for (const errors of lists) expect(errorPlaces(errors)).toBe(plainPlaces(errors));
  });
});

describe("the report's errors, as the scorecard keeps them", () => {
  const error = Issue.parse({ code: 'out-of-range', severity: 'error', location: { row: 1, column: 1, a1: 'E1' }, itemCode: 'a', message: { key: 'x' } });
  const warning = { ...error, severity: 'warning' as const };

  it('are a list of its own, errors only, in report order', () => {
    const own = [error, warning, { ...error, itemCode: 'b' }];
    const r = { ...report({}), errors: own };
    const kept = reportErrors(r);
    expect(kept).toEqual([own[0], own[2]]);
    expect(kept[0]).toBe(own[0]);
    expect(reportErrors({ ...r, errors: [error] })).not.toBe(r.errors);
    expect(reportErrors(report({}))).toEqual([]);
  });
});

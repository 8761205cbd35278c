import { describe, expect, it } from 'vitest';
import { Scorecard } from '../../../shared/schema/scorecard.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { catalogue, indicator, plan, report } from './helpers.ts';

const none = catalogue();

describe('scoreReport: attainment method (plans without points)', () => {
  const p = plan({
    targets: [
      { id: 'met', value: 80 },
      { id: 'half', value: 80, pillar: 'kinh-te-so' },
      { id: 'gone', value: 50, pillar: 'kinh-te-so' },
      { id: 'yn', value: true, unit: 'boolean', assessment: 'yes-no', comparator: '=', pillar: 'xa-hoi-so' },
    ],
  });
  const card = scoreReportWith(
    report({ met: { numerator: 85, denominator: 100 }, half: { value: 60 }, yn: { value: false } }),
    p,
    none,
  );

  it('gives each applicable target 1 × attainment; missing counts 0 in the maximum', () => {
    expect(card.items.map((i) => [i.targetId, i.points, i.max, i.pointsBasis, i.status])).toEqual([
      ['met', 1, 1, 'equal-weight', 'met'],
      ['half', 0.75, 1, 'equal-weight', 'not-met'],
      ['gone', 0, 1, 'equal-weight', 'missing'],
      ['yn', 0, 1, 'equal-weight', 'not-met'],
    ]);
    expect(card.total).toEqual({ points: 1.75, max: 4, percent: 43.75 });
  });

  it('keeps the missing item visible as missing, its actual null, never 0', () => {
    const gone = card.items.find((i) => i.targetId === 'gone')!;
    expect(gone).toMatchObject({ actual: null, met: null, attainment: null, status: 'missing' });
  });

  it('totals each pillar over its applicable items, in the fixed pillar order', () => {
    expect(card.pillars).toEqual([
      { pillar: 'chinh-quyen-so', points: 1, max: 1, percent: 100, met: 1, count: 1 },
      { pillar: 'kinh-te-so', points: 0.75, max: 2, percent: 37.5, met: 0, count: 2 },
      { pillar: 'xa-hoi-so', points: 0, max: 1, percent: 0, met: 0, count: 1 },
    ]);
  });

  it('is a valid Scorecard', () => {
    expect(() => Scorecard.parse(card)).not.toThrow();
  });

  it('uses the target’s own points × attainment when the plan gives them (basis plan)', () => {
    const weighted = plan({ targets: [{ id: 'a', value: 80, points: 10 }, { id: 'b', value: 80 }] });
    const c = scoreReportWith(report({ a: { value: 40 }, b: { value: 80 } }), weighted, none);
    expect(c.items.map((i) => [i.points, i.max, i.pointsBasis])).toEqual([
      [5, 10, 'plan'],
      [1, 1, 'equal-weight'],
    ]);
    expect(c.total.percent).toBeCloseTo((6 / 11) * 100, 12);
  });
});

describe('scoreReport: level-specific targets (Ninh Hải: ≥ 75% district, ≥ 50% commune)', () => {
  const p = plan({
    level: 'district',
    targets: [
      { id: 'dvc-huyen', indicatorId: 'dvc-phat-sinh', value: 75, level: 'district' },
      { id: 'dvc-xa', indicatorId: 'dvc-phat-sinh', value: 50, level: 'commune' },
    ],
  });

  it('scores a commune against the commune target only (row found by indicator code)', () => {
    const card = scoreReportWith(report({ 'dvc-phat-sinh': { value: 60 } }, { level: 'commune' }), p, none);
    expect(card.items.map((i) => i.status)).toEqual(['not-applicable', 'met']);
    expect(card.total).toEqual({ points: 1, max: 1, percent: 100 });
  });

  it('scores the district against the district target', () => {
    const card = scoreReportWith(report({ 'dvc-phat-sinh': { value: 60 } }, { level: 'district' }), p, none);
    expect(card.items.map((i) => i.status)).toEqual(['not-met', 'not-applicable']);
    expect(card.total.percent).toBeCloseTo(80, 12);
  });

  it('reads a report without a level at the plan’s level, so both targets never count', () => {
    const card = scoreReportWith(report({ 'dvc-phat-sinh': { value: 60 } }, { level: null }), p, none);
    expect(card.items.filter((i) => i.status !== 'not-applicable')).toHaveLength(1);
    expect(card.unit.level).toBeNull();
  });
});

describe('scoreReport: points method (framework rules)', () => {
  const indicators = catalogue(
    indicator({ id: 'lin', pointRule: { kind: 'linear', max: 6 } }),
    indicator({ id: 'cap', pointRule: { kind: 'capped', max: 12, fullAt: 80 } }),
    indicator({ id: 'unk', pointRule: { kind: 'unknown', max: null } }),
    indicator({ id: 'unk12', pointRule: { kind: 'unknown', max: 12 } }),
    indicator({ id: 'mon', pointRule: { kind: 'monitoring' } }),
    indicator({ id: 'full', pointRule: { kind: 'linear', max: 6 }, zeroDenominator: 'full' }),
    indicator({ id: 'na', pointRule: { kind: 'linear', max: 4 }, zeroDenominator: 'not-applicable' }),
    indicator({ id: 'zero', pointRule: { kind: 'linear', max: 3 }, zeroDenominator: 'zero' }),
  );
  const p = plan({
    scoring: { method: 'points' },
    targets: [
      { id: 'lin', value: 100 },
      { id: 'cap', value: 80 },
      { id: 'unk', value: 80 },
      { id: 'unk12', value: 80 },
      { id: 'mon', value: 0 },
      { id: 'own', indicatorId: 'lin', value: 80, points: 10 },
      { id: 'full', value: 100 },
      { id: 'na', value: 100 },
      { id: 'zero', value: 100 },
      { id: 'nocat', value: 80 },
      { id: 'lost', indicatorId: 'lin', value: 100 },
    ],
  });
  const card = scoreReportWith(
    report({
      lin: { numerator: 50, denominator: 100 },
      cap: { value: 40 },
      unk: { value: 90 },
      unk12: { value: 90 },
      mon: { value: 30 },
      own: { value: 60 },
      full: { numerator: 0, denominator: 0 },
      na: { numerator: 0, denominator: 0 },
      zero: { numerator: 0, denominator: 0 },
      nocat: { value: 90 },
    }),
    p,
    indicators,
  );
  const byId = (id: string) => card.items.find((i) => i.targetId === id)!;

  it('applies each indicator’s rule to the actual ratio', () => {
    expect(byId('lin')).toMatchObject({ points: 3, max: 6, pointsBasis: 'framework' });
    expect(byId('cap')).toMatchObject({ points: 6, max: 12, pointsBasis: 'framework' });
  });

  it('leaves unknown rules out with points null, whatever is known of the maximum', () => {
    expect(byId('unk')).toMatchObject({ points: null, max: null, status: 'met' });
    expect(byId('unk12')).toMatchObject({ points: null, max: 12 });
  });

  it('monitoring items are shown, never scored', () => {
    expect(byId('mon')).toMatchObject({ points: null, max: 0 });
  });

  it('the target’s own points win over the rule (× attainment)', () => {
    expect(byId('own')).toMatchObject({ points: 7.5, max: 10, pointsBasis: 'plan' });
  });

  it('zero denominators are no data whatever the indicator policy: 0 of the maximum, no verdict', () => {
    expect(byId('full')).toMatchObject({ points: 0, max: 6, status: 'missing', noData: 'zero-denominator', met: null });
    expect(byId('na')).toMatchObject({ points: 0, max: 4, status: 'missing', noData: 'zero-denominator', met: null });
    expect(byId('zero')).toMatchObject({ points: 0, max: 3, status: 'missing', noData: 'zero-denominator', met: null, gap: null });
  });

  it('an indicator missing from the catalogue gives no points (basis none)', () => {
    expect(byId('nocat')).toMatchObject({ points: null, max: null, pointsBasis: 'none', status: 'met' });
  });

  it('a missing item counts 0 of its known maximum', () => {
    expect(byId('lost')).toMatchObject({ points: 0, max: 6, status: 'missing' });
  });

  it('sums only known points over known maxima of applicable items', () => {
    // lin 3/6 + cap 6/12 + own 7.5/10 + full 0/6 + na 0/4 + zero 0/3 + lost 0/6
    expect(card.total.points).toBeCloseTo(16.5, 12);
    expect(card.total.max).toBe(47);
    expect(card.total.percent).toBeCloseTo((16.5 / 47) * 100, 12);
    expect(() => Scorecard.parse(card)).not.toThrow();
  });
});

describe('scoreReport: purity', () => {
  it('does not change its inputs and gives the same card twice', () => {
    const p = plan({ targets: [{ id: 'a' }, { id: 'b', value: true, unit: 'boolean', assessment: 'yes-no' }] });
    const r = report({ a: { numerator: 1, denominator: 2 }, b: { value: true } });
    const before = JSON.stringify([p, r]);
    const first = scoreReportWith(r, p, none);
    expect(JSON.stringify([p, r])).toBe(before);
    expect(scoreReportWith(r, p, none)).toEqual(first);
  });

  it('gives no percent when nothing can be scored', () => {
    const card = scoreReportWith(report({}), plan({ scoring: { method: 'points' }, targets: [{ id: 'x' }] }), none);
    expect(card.total).toEqual({ points: 0, max: 0, percent: null });
  });
});

describe('scoreReport: criteria', () => {
  it('reads the có/không rows of the plan’s criteria', () => {
    const source = { document: 'KH' };
    const p = plan({
      criteria: [
        { id: 'dang-ky', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, mandatory: true, source },
        { id: 'sang-kien', group: 'collective', label: { vi: 'Có sáng kiến', en: 'Has initiatives' }, mandatory: false, source },
        { id: 'bao-cao', group: 'collective', label: { vi: 'Báo cáo đúng hạn', en: 'Reports on time' }, mandatory: false, source },
      ],
    });
    const card = scoreReportWith(report({ 'dang-ky': { value: true }, 'sang-kien': { value: false } }), p, none);
    expect(card.criteria.map((c) => [c.criterionId, c.met, c.mandatory])).toEqual([
      ['dang-ky', true, true],
      ['sang-kien', false, false],
      ['bao-cao', null, false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { both } from '../../../shared/messages/index.ts';
import { parsePeriod, type Period } from '../../../shared/period/period.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { pace, paceDeadline } from '../../../shared/trend/pace.ts';
import { buildTrend, wentBackwards, type TrendEntry } from '../../../shared/trend/trend.ts';
import { historyLimit } from '../../../shared/validate/outlier.ts';
import { catalogue, plan as makePlan, report } from '../score/helpers.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { check } from '../validate/helpers.ts';
import { plan as fixturePlan } from '../validate/plan-fixture.ts';

/** The fixture plan's commune template with T1's `Giá trị` filled (rows found by code, not fixed). */
function t1Grid(value: number) {
  const { grid, layout } = reportTemplate(fixturePlan, { level: 'commune', unitName: 'Xã Một', unitCode: 'X.01', period: '2024' });
  const row = layout.rows.find((r) => r.code === 'T1')!;
  grid[row.row - 1]![layout.table.columns.value - 1] = value;
  return grid;
}

const period = (text: string): Period => {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(text);
  return p.period;
};

const PLAN = makePlan({
  period: { from: 2025, to: 2025, label: '2025' },
  targets: [
    { id: 'a', value: 80, unit: 'percent' },
    { id: 'b', comparator: '<=', value: 5, unit: 'days' },
    { id: 'c', comparator: '=', value: true, unit: 'boolean', assessment: 'yes-no' },
  ],
});

function entry(unit: { name: string; code?: string | null }, periodText: string, items: Record<string, number | boolean | null>, source: string): TrendEntry {
  const r = report(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { value: v }])), { name: unit.name, code: unit.code ?? null }, { period: periodText });
  return { card: scoreReportWith(r, PLAN, catalogue()), period: period(periodText), source };
}

describe('buildTrend', () => {
  const entries = [
    entry({ name: 'Xã Hải An', code: 'HA' }, 'Quý 3/2025', { a: 60, b: 6, c: true }, 'hai-an-q3.csv'),
    entry({ name: 'UBND xã Hải An' }, '6 tháng đầu năm 2025', { a: 50, b: 4, c: true }, 'hai-an-h1.xlsx'),
    entry({ name: 'xa hai an' }, 'Quý 1/2025', { a: 40, b: 7, c: false }, 'hai-an-q1.csv'),
    entry({ name: 'Phường Đông', code: 'PD' }, 'Tháng 10/2025', { a: 90, b: 3, c: true }, 'dong-10.csv'),
    entry({ name: 'Phường Đông', code: 'PD' }, 'Tháng 9/2025', { a: 95, b: 3, c: true }, 'dong-9.csv'),
    entry({ name: 'Phường Đông', code: 'PD' }, 'đến 30/09/2025', { a: 99, b: 3, c: true }, 'dong-9 (1).csv'),
  ];
  const trend = buildTrend(entries, PLAN);

  it('groups names written differently under one unit and orders its periods', () => {
    expect(trend.units.map((u) => [u.unit.name, u.unit.code, u.periods.map((p) => p.period.label.vi)])).toEqual([
      ['Phường Đông', 'PD', ['Tháng 9/2025', 'Đến 30/09/2025', 'Tháng 10/2025']],
      ['Xã Hải An', 'HA', ['Quý 1/2025', '6 tháng đầu năm 2025', 'Quý 3/2025']],
    ]);
    expect(trend.units[1]!.periods.map((p) => p.source)).toEqual(['hai-an-q1.csv', 'hai-an-h1.xlsx', 'hai-an-q3.csv']);
  });

  it('"Tháng 9/2025" and "đến 30/09/2025" are different periods; the same period twice is a duplicate, neither copy used', () => {
    const dup = buildTrend([...entries, entry({ name: 'Xã Hải An', code: 'HA' }, 'Quý III/2025', { a: 61 }, 'hai-an-q3 (1).csv')], PLAN);
    expect(dup.duplicates.map((d) => [d.unitKey, d.period.label.vi, d.sources])).toEqual([['code:HA', 'Quý 3/2025', ['hai-an-q3.csv', 'hai-an-q3 (1).csv']]]);
    const haiAn = dup.units.find((u) => u.key === 'code:HA')!;
    expect(haiAn.periods.map((p) => p.period.label.vi)).toEqual(['Quý 1/2025', '6 tháng đầu năm 2025']);
    expect(trend.duplicates).toEqual([]);
    expect(trend.units[0]!.periods).toHaveLength(3);
  });

  it('gives the change since the previous period and the targets that went backwards', () => {
    const haiAn = trend.units[1]!;
    expect(haiAn.changes.map((c) => [c.targetId, c.from, c.to, c.delta, c.backwards])).toEqual([
      ['a', 50, 60, 10, false],
      ['b', 4, 6, 2, true],
    ]);
    expect(haiAn.regressions.map((c) => c.targetId)).toEqual(['b']);
    expect(haiAn.periods[1]!.items.find((i) => i.targetId === 'c')!.delta).toBeNull();
    expect(haiAn.periods[0]!.items.every((i) => i.delta === null)).toBe(true);
    const dong = trend.units[0]!;
    expect(dong.regressions.map((c) => [c.targetId, c.from, c.to])).toEqual([['a', 99, 90]]);
  });

  it('projects the pace to the plan end from the last periods, and says whether it meets the target', () => {
    const haiAn = trend.units[1]!;
    const a = haiAn.pace.find((p) => p.targetId === 'a')!;
    expect(a.by).toBe('2025-12-31');
    expect(a.method).toBe('linear');
    expect(a.basis).toBe(3);
    expect(a.projected).toBeGreaterThan(60);
    expect(a.projected).toBeLessThan(80);
    expect(a.meets).toBe(false);
    expect(haiAn.pace.some((p) => p.targetId === 'c')).toBe(false);
  });

  it('a unit with one period has no changes and no pace', () => {
    const one = buildTrend([entries[3]!], PLAN).units[0]!;
    expect(one.changes).toEqual([]);
    expect(one.pace).toEqual([]);
  });

  it('reports without a name or code are set aside, not merged', () => {
    const r = report({ a: { value: 1 } }, { name: null, code: null }, { period: 'Năm 2025' });
    const t = buildTrend([{ card: scoreReportWith(r, PLAN, catalogue()), period: period('Năm 2025'), source: 'x.csv' }], PLAN);
    expect(t.units).toEqual([]);
    expect(t.unidentified.map((e) => e.source)).toEqual(['x.csv']);
  });
});

describe('pace', () => {
  const target = { value: 80, comparator: '>=' as const, unit: 'percent' as const };
  it('is a straight line through two points read at the deadline', () => {
    const result = pace([{ date: '2025-03-31', value: 40 }, { date: '2025-06-30', value: 60 }], target, '2025-12-31');
    // 20 points in 91 days; 184 days more → 60 + 20 × 184 / 91 = 100.4 → a percent stops at 100.
    expect(result).toEqual({ projected: 100, by: '2025-12-31', meets: true, method: 'linear', basis: 2 });
    const slow = pace([{ date: '2025-03-31', value: 40 }, { date: '2025-06-30', value: 45 }], target, '2025-12-31')!;
    expect(slow.projected).toBeCloseTo(45 + (5 * 184) / 91, 2);
    expect(slow.meets).toBe(false);
  });
  it('uses only the last three periods', () => {
    const r = pace([{ date: '2024-12-31', value: 0 }, { date: '2025-03-31', value: 50 }, { date: '2025-06-30', value: 50 }, { date: '2025-09-30', value: 50 }], target, '2025-12-31')!;
    expect(r.projected).toBe(50);
    expect(r.basis).toBe(3);
  });
  it('shows nothing with fewer than two points or no time left', () => {
    expect(pace([{ date: '2025-06-30', value: 60 }], target, '2025-12-31')).toBeNull();
    expect(pace([{ date: '2025-03-31', value: 40 }, { date: '2025-12-31', value: 60 }], target, '2025-12-31')).toBeNull();
    expect(paceDeadline(PLAN, period('Năm 2025'))).toBeNull();
    expect(paceDeadline(PLAN, period('Quý 2/2025'))).toBe('2025-12-31');
  });
  it('a "≤" target is met when the line goes down far enough', () => {
    const r = pace([{ date: '2025-03-31', value: 10 }, { date: '2025-06-30', value: 8 }], { value: 5, comparator: '<=', unit: 'days' }, '2025-12-31')!;
    expect(r.meets).toBe(true);
  });
  it('backwards depends on the direction of the target', () => {
    expect(wentBackwards('>=', 50, 40, false, false)).toBe(true);
    expect(wentBackwards('<=', 5, 3, true, true)).toBe(false);
    expect(wentBackwards('=', true, false, true, false)).toBe(true);
  });
});

describe('outlier against the unit’s own history', () => {
  it('historyLimit needs two past changes, then 3 × the median change (at least a sixth of the fixed limit)', () => {
    expect(historyLimit(true, [50, 52], 30)).toBeNull();
    expect(historyLimit(true, [50, 52, 54, 56], 30)).toEqual({ limit: 6, typical: 2 });
    expect(historyLimit(true, [50, 50, 50], 30)).toEqual({ limit: 5, typical: 0 });
  });

  it('a 20-point jump is unusual for a unit that moves 2 points a period (the fixed 30 would let it pass)', () => {
    const grid = t1Grid;
    const history = [check(grid(50), []).report, check(grid(52), []).report];
    const previous = check(grid(54), []).report;
    const { issues } = check(grid(74), ['outlier'], { previous, history });
    expect(issues.map((i) => [i.code, i.location.field, i.itemCode])).toEqual([['outlier-change', 'Giá trị', 'T1']]);
    expect(both(issues[0]!.message).en).toContain('moved 20 percentage points since the previous report (54% → 74%), while over its last 3 reports this unit usually moved about 2 points');
    expect(check(grid(74), ['outlier'], { previous }).issues).toEqual([]);
  });

  it('a unit whose figure swings widely is not asked about a jump within its usual swings', () => {
    const grid = t1Grid;
    const history = [check(grid(10), []).report, check(grid(50), []).report];
    const previous = check(grid(15), []).report;
    expect(check(grid(55), ['outlier'], { previous, history }).issues).toEqual([]);
    expect(check(grid(55), ['outlier'], { previous }).issues.map((i) => i.code)).toEqual(['outlier-change']);
  });
});

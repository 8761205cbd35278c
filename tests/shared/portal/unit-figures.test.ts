import { describe, expect, it } from 'vitest';
import {
  figuresForUnit, unitsSeen, searchUnits, improvementPriorities, portalReport, portalSummary, rankAmong,
  parsePortalPayload, type PortalPayload,
} from '../../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../../shared/data/index.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { fixture, NATIONAL, PHU_THO, parseFixture, phuThoPayloads, requests } from '../../support/portal/fixtures.ts';

const HY_CUONG = 'H44.104';
const HY_CUONG_ID = '019d2be3-6ab4-74ce-8a81-2639f02edb61';

describe('figures of one unit from the six group payloads', () => {
  const payloads = phuThoPayloads();

  it('knows every unit, with codes filled in for the groups that give none', () => {
    const units = unitsSeen(payloads);
    expect(units).toHaveLength(164);
    expect(units.find((u) => u.id === HY_CUONG_ID)).toMatchObject({ code: HY_CUONG, name: 'UBND xã Hy Cương', level: 'COMMUNE' });
    expect(searchUnits(units, 'hy cuong').map((u) => u.code)).toEqual([HY_CUONG]);
    expect(searchUnits(units, 'h44.104')[0]!.code).toBe(HY_CUONG);
    expect(searchUnits(units, 'Thanh tra').map((u) => u.code)).toContain('H44.23');
  });

  it('gives the six groups, the total as their sum and the rank among communes', () => {
    const f = figuresForUnit(payloads, HY_CUONG, { indicators })!;
    expect(f.unit).toMatchObject({ id: HY_CUONG_ID, code: HY_CUONG });
    expect(f.period?.key).toBe('2026');
    expect(f.groups.map((g) => [g.code, g.score, g.max])).toEqual([
      ['CKMB', 7.96, 18], ['TDGQ', 16.12, 20], ['CLGQ', 6.4, 12], ['TTTT', 6.87, 10], ['MDHL', 17.37, 18], ['MDSH', 9.52, 22],
    ]);
    // 7.96 + 16.12 + 6.4 + 6.87 + 17.37 + 9.52 = 64.24
    expect(f.total).toMatchObject({ score: 64.24, max: 100, source: 'sum-of-groups' });
    // The rank, recomputed here straight from the raw JSON: communes whose six scores add up to more.
    const sums = new Map<string, number>();
    const add = (id: string, s: number) => sums.set(id, (sums.get(id) ?? 0) + s);
    const communes = new Set<string>();
    for (const [ep, name] of Object.entries(PHU_THO)) {
      const d = fixture(name).data;
      for (const r of d.children ?? d.evaluation) {
        add(r.departmentId, r.score ?? r.totalScore);
        if (r.level === 'COMMUNE' || r.departmentLevel === 'COMMUNE') communes.add(r.departmentId);
        void ep;
      }
    }
    const totals = [...communes].map((id) => Math.round(sums.get(id)! * 100) / 100);
    expect(f.total.rankOf).toBe(148);
    expect(totals).toHaveLength(148);
    expect(f.total.rank).toBe(1 + totals.filter((t) => t > 64.24).length);
    // Recomputed where the rule is known; CLGQ stays unknown
    // Recomputed as the portal does it: each metric rounded to 2 decimals, then added (16.119663 → 16.12).
    expect(f.groups.find((g) => g.code === 'TDGQ')?.computed).toBe(16.12);
    expect(f.groups.find((g) => g.code === 'TTTT')?.computed).toBe(6.87);
    expect(f.groups.find((g) => g.code === 'CLGQ')?.computed).toBeNull();
    expect(f.counts['dvc-progress-tree']).toMatchObject({ totalReceived: 3443, totalOnTime: 2775 });
  });

  it('finds the unit by its id as well, and nothing for an unknown unit', () => {
    expect(figuresForUnit(payloads, HY_CUONG_ID)?.unit.code).toBe(HY_CUONG);
    expect(figuresForUnit(payloads, 'H99.999')).toBeNull();
  });

  it('lists what to improve first, with the points each would recover', () => {
    const f = figuresForUnit(payloads, HY_CUONG, { indicators })!;
    const p = improvementPriorities(f, 5);
    expect(p.map((x) => x.code)).toEqual(['PUBLISH_ON_TIME', 'CLGQ', 'PUBLIC_UPDATE_ON_TIME', 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'DVC_PROGRESS_ON_TIME']);
    expect(p[0]!.gain).toBe(6);
    expect(p[1]!.gain).toBeCloseTo(12 - 6.4, 9);
    expect(p[4]!.gain).toBeCloseTo(20 - 16.119663, 5);
  });

  it('a new period replaces the old one: no number from the previous period remains', () => {
    // The province asks for Q3: only the progress group has answered so far.
    const q3 = fixture(PHU_THO['dvc-progress-tree']);
    const row = q3.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG);
    Object.assign(row, { totalReceived: 1000, totalOnTime: 900, ratio: 90, score: 18 });
    const req = { ...(requests[PHU_THO['dvc-progress-tree']] as object), timeType: 'quarter', quarter: 3 };
    const next = parsePortalPayload('dvc-progress-tree', q3, req, { indicators }) as PortalPayload;
    const f = figuresForUnit([...payloads, next], HY_CUONG, { indicators })!;
    expect(f.period?.key).toBe('2026-Q3');
    expect(f.groups.find((g) => g.code === 'TDGQ')?.score).toBe(18);
    expect(f.groups.filter((g) => g.score !== null).map((g) => g.code)).toEqual(['TDGQ']);
    expect(f.total.score).toBeNull();
    // The year can still be asked for explicitly
    expect(figuresForUnit([...payloads, next], HY_CUONG, { period: '2026' })?.total.score).toBe(64.24);
  });

  it('leaves out per-procedure drill-downs', () => {
    const one = parsePortalPayload('dvc-progress-tree', fixture(PHU_THO['dvc-progress-tree']), { timeType: 'year', year: 2026, formalityId: 'X' }) as PortalPayload;
    expect(one.formalityId).toBe('X');
    expect(figuresForUnit([one], HY_CUONG)).toBeNull();
  });
});

describe('the national ranking', () => {
  it('takes the total and the rank among the 34 provinces from service-results', () => {
    const p = parseFixture('service-results', NATIONAL);
    const raw = fixture(NATIONAL).data.evaluation as { departmentCode: string; totalScore: number }[];
    const phuTho = raw.find((r) => r.departmentCode === 'H44')!;
    const f = figuresForUnit([p], 'H44')!;
    expect(f.total).toMatchObject({ score: phuTho.totalScore, max: 100, source: 'service-results', rankOf: 34 });
    expect(f.total.rank).toBe(1 + raw.filter((r) => r.totalScore > phuTho.totalScore).length);
    expect(f.groups.every((g) => g.score !== null)).toBe(true);
  });

  it('ranks ties together', () => {
    expect(rankAmong(5, [9, 5, 5, 3])).toBe(2);
    expect(rankAmong(3, [9, 5, 5, 3])).toBe(4);
  });
});

describe('figures → Report → the plan', () => {
  const payloads = phuThoPayloads();
  const f = figuresForUnit(payloads, HY_CUONG, { indicators })!;

  it('gives every target bound to the portal its figure, and nothing else', () => {
    const plan = getPlan('van-phuc-2023-2025')!;
    const report = portalReport(f, plan, indicatorById);
    expect(report.unit).toEqual({ name: 'UBND xã Hy Cương', code: HY_CUONG, level: 'commune' });
    expect(report.period).toBe('Năm 2026');
    expect(Object.keys(report.items).sort()).toEqual(['DOSSIER_RECEIVING_SATISFACTION', 'ONLINE_PAYMENT_FORMALITY_TRANSACTION', 'ORIGINAL_RESULT_AVAILABLE']);
    expect(report.items.ORIGINAL_RESULT_AVAILABLE).toMatchObject({ numerator: 2564, denominator: 3443, value: null });
    expect(report.items.ORIGINAL_RESULT_AVAILABLE!.evidence).toBe('Cổng DVCQG · dossier-digitized · 2026');
  });

  it('scores the unit against the plan: actual / target / met', () => {
    const plan = getPlan('van-phuc-2023-2025')!;
    const card = scoreReport(portalReport(f, plan, indicatorById), plan);
    const s = portalSummary(f, card, plan, indicatorById);
    const byId = Object.fromEntries(s.targets.map((x) => [x.targetId, x]));
    // 2775 / 3443 = 80.598…% against ≥ 90%
    expect(byId['CQS-02']!.met).toBe(false);
    expect(byId['CQS-02']!.actual).toBeCloseTo(80.598315, 5);
    // 2564 / 3443 = 74.4699…% against 100%
    expect(byId['CQS-07']).toMatchObject({ indicatorId: 'ORIGINAL_RESULT_AVAILABLE', target: 100, met: false });
    expect(byId['CQS-07']!.actual).toBeCloseTo(74.469939, 5);
    // the commune row has no channel counts: not reported, never 0
    expect(byId['CQS-09']).toMatchObject({ actual: null, met: null });
    // 16 / 40 = 40% against ≥ 80%
    expect(byId['CQS-10']).toMatchObject({ actual: 40, target: 80, met: false });
  });

  it('the JSON summary keeps the issue’s field names', () => {
    const plan = getPlan('hung-dao-2023')!;
    const card = scoreReport(portalReport(f, plan, indicatorById), plan);
    const s = portalSummary(f, card, plan, indicatorById);
    expect(Object.keys(s)).toEqual(['unit', 'period', 'total', 'groups', 'metrics', 'targets']);
    expect(s.unit).toEqual({ code: HY_CUONG, name: 'UBND xã Hy Cương' });
    expect(s.period).toBe('2026');
    expect(s.total).toEqual({ score: 64.24, max: 100, rank: f.total.rank });
    expect(s.groups[1]!).toEqual({ code: 'TDGQ', score: 16.12, max: 20 });
    expect(Object.keys(s.metrics[0]!)).toEqual(['code', 'numerator', 'denominator', 'ratio', 'score', 'max']);
    expect(s.targets.find((x) => x.targetId === 'CQS-04')).toMatchObject({ indicatorId: 'DOSSIER_RECEIVING_SATISFACTION', target: 80, met: true });
  });
});

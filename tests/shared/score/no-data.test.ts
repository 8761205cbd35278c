// The "no data" rule, one for every plan: a target left blank, a portal metric the portal does not
// give, and a zero denominator (0 ÷ 0) are each "no data" — never met, never "short by", 0 points of
// a known maximum (unknown maxima stay unknown), shown the same way — whatever the plan or the
// indicator's zero-denominator policy.
import { describe, expect, it } from 'vitest';
import { indicatorById, plans } from '../../../shared/data/index.ts';
import { portalReport } from '../../../shared/portal/report.ts';
import type { UnitPortalFigures } from '../../../shared/portal/unit-figures.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import type { ScoredItem } from '../../../shared/schema/scorecard.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { scorecardView } from '../../../shared/score/view.ts';
import { report } from './helpers.ts';

/** Ratio targets: the ones a numerator ÷ denominator can answer. */
const ratioTargets = (p: Plan) => p.targets.filter((t) => t.unit === 'percent' && t.value !== true);

function noDataShape(i: ScoredItem) {
  return { status: i.status, met: i.met, attainment: i.attainment, gap: i.gap, actual: i.actual, points: i.points, max: i.max };
}

describe('"no data" is one rule under every plan', () => {
  for (const p of plans) {
    it(`${p.id}: a blank target and a 0 ÷ 0 target are scored and shown the same way`, () => {
      const targets = ratioTargets(p);
      expect(targets.length).toBeGreaterThan(0);
      const level = p.level;
      const blank = scoreReport(report({}, { level }, { planId: p.id }), p);
      const zero = scoreReport(
        report(Object.fromEntries(targets.map((t) => [t.id, { numerator: 0, denominator: 0 }])), { level }, { planId: p.id }),
        p,
      );
      const views = { blank: scorecardView(blank, p, 'vi'), zero: scorecardView(zero, p, 'vi') };
      for (const t of targets) {
        const b = blank.items.find((i) => i.targetId === t.id)!;
        const z = zero.items.find((i) => i.targetId === t.id)!;
        if (b.status === 'not-applicable') continue;
        expect(noDataShape(z), `${p.id} ${t.id}`).toEqual(noDataShape(b));
        expect(z).toMatchObject({ status: 'missing', met: null, gap: null, actual: null, noData: 'zero-denominator' });
        expect(b.noData).toBe('not-reported');
        // 0 of a known maximum: no data is not achieved, and never more than 0.
        if (z.max !== null && z.max > 0) expect(z.points).toBe(0);
        const vb = views.blank.pillars.flatMap((x) => x.items).find((i) => i.targetId === t.id)!;
        const vz = views.zero.pillars.flatMap((x) => x.items).find((i) => i.targetId === t.id)!;
        expect([vz.statusLabel, vz.gapText, vz.pointsText, vz.barPercent]).toEqual([vb.statusLabel, vb.gapText, vb.pointsText, vb.barPercent]);
        expect(vz.gapText).toBeNull();
        expect(vz.actualText).toBe('mẫu số bằng 0 — chưa có số liệu');
        expect(vb.actualText).toBe('chưa báo cáo');
      }
      expect(zero.total).toEqual(blank.total);
    });
  }

  it('QĐ 766 and a commune plan agree: neither says "Đạt" nor "còn thiếu" for 0 ÷ 0', () => {
    for (const p of plans) {
      const t = ratioTargets(p)[0]!;
      const card = scoreReport(report({ [t.id]: { numerator: 0, denominator: 0 } }, { level: t.level ?? p.level }, { planId: p.id }), p);
      const view = scorecardView(card, p, 'vi').pillars.flatMap((x) => x.items).find((i) => i.targetId === t.id)!;
      expect(view.statusLabel, p.id).toBe('Chưa báo cáo');
      expect(view.gapText, p.id).toBeNull();
      expect(view.met, p.id).toBeNull();
    }
  });

  it('a portal metric the portal does not give is no data, exactly as a blank cell', () => {
    const p = plans.find((x) => x.id === 'qd766-national')!;
    const figs: UnitPortalFigures = {
      unit: { code: 'H99', name: 'Tỉnh Thử', type: 'PROVINCE', level: 'PROVINCE' } as UnitPortalFigures['unit'],
      period: null,
      total: { score: null, max: 100, rank: null, rankOf: null, source: null, provenance: null },
      groups: [],
      metrics: [],
      counts: {},
      endpoints: [],
      notices: [],
    };
    const fromPortal = scoreReport(portalReport(figs, p, indicatorById), p);
    const blank = scoreReport(report({}, { level: fromPortal.unit.level }, { planId: p.id }), p);
    expect(fromPortal.items.map(noDataShape)).toEqual(blank.items.map(noDataShape));
    expect(fromPortal.items.every((i) => i.status === 'missing' || i.status === 'not-applicable')).toBe(true);
  });
});

// Scoring against the bundled plans and indicator catalogue (shared/data), with the default catalogue.
import { describe, expect, it } from 'vitest';
import { deadlinesDue } from '../../../shared/plan/deadlines.ts';
import { getPlan, plans } from '../../../shared/data/index.ts';
import { both } from '../../../shared/messages/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { Scorecard } from '../../../shared/schema/scorecard.ts';
import { rankScorecards } from '../../../shared/score/rank.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { scorecardView } from '../../../shared/score/view.ts';
import { report, type ItemInput } from './helpers.ts';

function mustPlan(id: string): Plan {
  const p = getPlan(id);
  if (!p) throw new Error(`bundled plan ${id} is missing`);
  return p;
}

/** A report meeting every target exactly at its value. */
function meetingAll(p: Plan): Record<string, ItemInput> {
  return Object.fromEntries(
    p.targets.map((t) => {
      if (t.value === true) return [t.id, { value: true }];
      const value = t.comparator === '>' ? t.value + 1 : t.comparator === '<' ? t.value - 1 : t.value;
      return [t.id, { value }];
    }),
  );
}

const rendered = (text: string) => expect(text).not.toMatch(/score\.|\{\w+\}/);

describe('bundled plans', () => {
  it('holds the five seed plans and the national QĐ 766 plan', () => {
    expect(plans.length).toBeGreaterThanOrEqual(6);
  });

  for (const p of plans) {
    describe(p.id, () => {
      it('scores an empty report: everything missing, nothing thrown, a valid card', () => {
        const card = scoreReport(report({}, { level: p.level }, { planId: p.id }), p);
        expect(() => Scorecard.parse(card)).not.toThrow();
        expect(card.items.every((i) => i.status === 'missing' || i.status === 'not-applicable')).toBe(true);
        expect(card.items.every((i) => i.actual === null)).toBe(true);
        expect(card.total.points).toBe(0);
      });

      it('scores a report meeting every target: all applicable items met, full known points', () => {
        const card = scoreReport(report(meetingAll(p), { level: p.level }, { planId: p.id }), p);
        const applicable = card.items.filter((i) => i.status !== 'not-applicable');
        expect(applicable.every((i) => i.status === 'met')).toBe(true);
        if (card.total.percent !== null) expect(card.total.percent).toBeCloseTo(100, 9);
        // Nothing left to gain on targets; only criteria the award needs (not answered here) remain.
        expect(card.gains.filter((g) => g.kind !== 'criterion')).toEqual([]);
      });

      it('renders fully in both languages', () => {
        const card = scoreReport(report({}, { level: p.level }, { planId: p.id }), p);
        for (const lang of ['vi', 'en'] as const) {
          const view = scorecardView(card, p, lang, { today: '2025-11-25' });
          const texts = [
            view.title,
            view.total.text,
            ...view.notes,
            ...view.pillars.flatMap((x) => [x.label, x.pointsText, x.metText, ...x.items.flatMap((i) => [i.actualText, i.targetText, i.statusLabel, i.pointsText])]),
            ...view.award.reasons,
            ...view.award.rules.flatMap((r) => r.reasons),
            ...view.deadlines.flatMap((d) => [d.dateText, d.daysLeftText]),
          ];
          texts.forEach(rendered);
        }
      });
    });
  }
});

describe('Ninh Hải 2023 (district plan with commune targets)', () => {
  const p = mustPlan('ninh-hai-2023');

  it('scores a commune against "≥ 50%" and the district against "≥ 75%"', () => {
    const items = { 'TC-03A': { value: 60 }, 'TC-03B': { value: 60 } };
    const commune = scoreReport(report(items, { level: 'commune' }), p);
    const district = scoreReport(report(items, { level: 'district' }), p);
    const status = (c: typeof commune, id: string) => c.items.find((i) => i.targetId === id)!.status;
    expect([status(commune, 'TC-03A'), status(commune, 'TC-03B'), status(commune, 'TC-04')]).toEqual(['not-applicable', 'met', 'not-applicable']);
    expect([status(district, 'TC-03A'), status(district, 'TC-03B')]).toEqual(['not-met', 'not-applicable']);
  });

  it('gives the Giấy khen to at most 3 collectives and reports a tie at the boundary', () => {
    const unit = (code: string, share: number, criteria = true) =>
      scoreReport(
        report(
          // TD-03 (the provincial plan's tasks done well) is required since issue 13: section IV.2.
          { ...meetingAll(p), 'TC-06': { value: share }, 'TD-01': { value: criteria }, 'TD-02': { value: true }, 'TD-03': { value: true } },
          { level: 'commune', code, name: `Xã ${code}` },
        ),
        p,
      );
    const cards = [unit('A', 50), unit('B', 40), unit('C', 30), unit('D', 30), unit('E', 50, false)];
    const ranking = rankScorecards(cards, p);
    expect(ranking.entries.map((e) => [e.card.unit.code, e.rank])).toEqual([
      ['A', 1],
      ['E', 1],
      ['B', 3],
      ['C', 4],
      ['D', 4],
    ]);
    const giayKhen = ranking.awards.find((a) => a.ruleId === 'KT-01')!;
    // E has no plan to launch the movement (TD-01): not eligible, so C and D tie for the third place.
    expect(giayKhen.recipients.map((u) => u.code)).toEqual(['A', 'B']);
    expect(giayKhen.undecided.map((u) => u.code)).toEqual(['C', 'D']);
    expect(ranking.messages.map((m) => m.key)).toEqual(['score.rank.quota-tie']);
    const e = cards[4]!;
    expect(both(e.award.reasons[0]!).vi).toMatch(/^chưa có kế hoạch phát động hoặc văn bản triển khai/);
  });

  it('lists the "before" deadlines with the day before as the last day', () => {
    const due = deadlinesDue(p, '2023-11-10');
    expect(due[0]).toMatchObject({ id: 'HAN-01', lastDay: '2023-11-14', daysLeft: 4, status: 'upcoming' });
  });
});

describe('Vạn Phúc 2023–2025 (award needs ≥ 90% of the provincial DTI points)', () => {
  const p = mustPlan('van-phuc-2023-2025');
  const criteria = { 'TT-01': { value: true }, 'TT-02': { value: true }, 'TT-03': { value: true }, 'TT-04': { value: true } };

  it('is eligible at 90% and says what is missing at 86%', () => {
    const at90 = scoreReport(report({ ...criteria, 'dti-ty-le-diem': { value: 90 } }), p);
    expect(at90.award.eligible).toBe(true);
    const at86 = scoreReport(report({ ...criteria, 'dti-ty-le-diem': { numerator: 86, denominator: 100 }, 'TT-01': { value: false } }), p);
    expect(at86.award.eligible).toBe(false);
    const reasons = at86.award.reasons.map((m) => both(m).vi);
    expect(reasons).toEqual([
      'chưa đăng ký thi đua thực hiện Phong trào thi đua Chuyển đổi số của huyện',
      expect.stringMatching(/: đạt 86, cần ≥ 90$/),
    ]);
  });

  it('says "quý III/2024" for the mid-term review', () => {
    const view = scorecardView(scoreReport(report({}), p), p, 'vi', { today: '2024-09-20' });
    expect(view.deadlines.map((d) => [d.dateText, d.daysLeftText])).toContainEqual(['hạn quý III/2024', 'còn 10 ngày']);
  });
});

describe('Hải An 2025–2030 yearly deadlines', () => {
  it('takes next year’s "before 20/5" once this year’s has passed', () => {
    const due = deadlinesDue(mustPlan('hai-an-2025-2030'), '2026-05-25', { horizonDays: 365 });
    expect(due.find((d) => d.id === 'HAN-04')).toMatchObject({ date: '2027-05-20', lastDay: '2027-05-19' });
    expect(due.find((d) => d.id === 'HAN-03')).toMatchObject({ date: '2026-12-10', lastDay: '2026-12-09' });
  });
});

describe('QĐ 766 national plan (points from the framework rules)', () => {
  const p = mustPlan('qd766-national');

  it('leaves rules with an unknown maximum out of the total and says "chưa rõ"', () => {
    const card = scoreReport(report(meetingAll(p), { level: 'national' }), p);
    const unknown = card.items.filter((i) => i.points === null && i.max === null);
    expect(unknown.map((i) => i.targetId)).toEqual(expect.arrayContaining(['ONLINE_SERVICE_PROVISION', 'ONLINE_DOSSIER_RATE']));
    expect(card.total.percent).toBeCloseTo(100, 9);
    const view = scorecardView(card, p, 'vi');
    const item = view.pillars.flatMap((x) => x.items).find((i) => i.targetId === 'ONLINE_SERVICE_PROVISION')!;
    expect(item).toMatchObject({ pointsText: 'chưa rõ điểm', pointsUnknown: true });
  });

  it('a zero denominator is no data, as under every plan: 0 of the maximum, no verdict, no gap', () => {
    for (const id of ['PETITION_PROCESSING_ON_TIME', 'PUBLISH_ON_TIME']) {
      const card = scoreReport(report({ [id]: { numerator: 0, denominator: 0 } }, { level: 'national' }), p);
      expect(card.items.find((i) => i.targetId === id)).toMatchObject({
        points: 0,
        max: 6,
        status: 'missing',
        noData: 'zero-denominator',
        met: null,
        gap: null,
        actual: null,
      });
    }
  });

  it('scores a ratio on the linear rule: 75% on-time publication gives 4,5 of 6', () => {
    const card = scoreReport(report({ PUBLISH_ON_TIME: { numerator: 3, denominator: 4 } }, { level: 'national' }), p);
    expect(card.items.find((i) => i.targetId === 'PUBLISH_ON_TIME')).toMatchObject({ actual: 75, points: 4.5, max: 6 });
  });
});

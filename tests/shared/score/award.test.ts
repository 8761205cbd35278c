import { describe, expect, it } from 'vitest';
import { both } from '../../../shared/messages/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { negateVi } from '../../../shared/score/award.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { catalogue, plan, report } from './helpers.ts';

const source = { document: 'KH thi đua' };
const criteria: Plan['criteria'] = [
  { id: 'dang-ky', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered for the movement' }, mandatory: true, source },
  { id: 'sang-kien', group: 'collective', label: { vi: 'Có sáng kiến, giải pháp', en: 'Has initiatives' }, mandatory: false, source },
];
const award = (conditions: Plan['awards'][number]['conditions'], extra: Partial<Plan['awards'][number]> = {}) => ({
  id: 'giay-khen',
  award: { vi: 'Giấy khen Chủ tịch UBND huyện', en: 'Certificate of merit of the district chairman' },
  recipient: 'collective' as const,
  conditions,
  source,
  ...extra,
});

// Five equal-weight targets; the report meets a chosen number of them.
function scored(conditions: Plan['awards'][number]['conditions'], items: Record<string, object>, extra = {}) {
  const p = plan({
    targets: [{ id: 't1' }, { id: 't2' }, { id: 't3' }, { id: 't4' }, { id: 't5' }],
    criteria,
    awards: [award(conditions, extra)],
  });
  return scoreReportWith(report(items), p, catalogue());
}

const reasons = (card: ReturnType<typeof scored>) => card.award.reasons.map(both);

describe('award eligibility', () => {
  const allMet = { t1: { value: 90 }, t2: { value: 90 }, t3: { value: 90 }, t4: { value: 90 }, t5: { value: 90 }, 'dang-ky': { value: true } };

  it('is eligible when every condition holds, with no reasons', () => {
    const card = scored([{ kind: 'min-percent', min: 90 }, { kind: 'all-targets-met' }], allMet);
    expect(card.award.eligible).toBe(true);
    expect(card.award.reasons).toEqual([]);
    expect(card.award.rules).toHaveLength(1);
  });

  it('min-percent says what was reached and what is needed', () => {
    // 4 met + 0.3 of the fifth = 4.3 / 5 = 86%
    const card = scored([{ kind: 'min-percent', min: 90 }], { ...allMet, t5: { value: 24 } });
    expect(card.award.eligible).toBe(false);
    expect(reasons(card)).toEqual([{ vi: 'đạt 86%, cần ≥ 90%', en: '86% reached, ≥ 90% needed' }]);
  });

  it('exactly at the minimum percent is eligible', () => {
    // 4.5 / 5 = 90%
    expect(scored([{ kind: 'min-percent', min: 90 }], { ...allMet, t5: { value: 40 } }).award.eligible).toBe(true);
  });

  it('a mandatory criterion answered "không" reads as "chưa …"', () => {
    const card = scored([], { ...allMet, 'dang-ky': { value: false } });
    expect(reasons(card)).toEqual([{ vi: 'chưa đăng ký thi đua', en: 'not met: Registered for the movement' }]);
  });

  it('an unanswered criterion says "chưa báo cáo"', () => {
    const card = scored([{ kind: 'criterion', criterionId: 'sang-kien' }], allMet);
    expect(card.award.eligible).toBe(false);
    expect(reasons(card)).toEqual([
      { vi: 'chưa báo cáo: Có sáng kiến, giải pháp', en: 'not reported: Has initiatives' },
    ]);
  });

  it('lists a criterion only once when the rule also names a mandatory one', () => {
    const card = scored([{ kind: 'criterion', criterionId: 'dang-ky' }], { ...allMet, 'dang-ky': { value: null } });
    expect(card.award.reasons).toHaveLength(1);
  });

  it('indicator conditions compare the reported value with the threshold', () => {
    const condition = {
      kind: 'indicator' as const,
      code: 'dti-ty-le',
      comparator: '>=' as const,
      value: 90,
      label: { vi: 'Tỷ lệ điểm DTI tỉnh', en: 'Share of the provincial DTI points' },
    };
    const low = scored([condition], { ...allMet, 'dti-ty-le': { numerator: 172, denominator: 200 } });
    expect(reasons(low)).toEqual([
      { vi: 'Tỷ lệ điểm DTI tỉnh: đạt 86, cần ≥ 90', en: 'Share of the provincial DTI points: 86 reached, ≥ 90 needed' },
    ]);
    expect(scored([condition], { ...allMet, 'dti-ty-le': { value: 90 } }).award.eligible).toBe(true);
    const none = scored([condition], allMet);
    expect(none.award.eligible).toBe(false);
    expect(reasons(none)[0]!.vi).toBe('Tỷ lệ điểm DTI tỉnh: chưa báo cáo (cần ≥ 90)');
  });

  it('an indicator condition can read a scored target', () => {
    const condition = { kind: 'indicator' as const, code: 't1', comparator: '>' as const, value: 95, label: { vi: 'T1', en: 'T1' } };
    expect(scored([condition], allMet).award.eligible).toBe(false);
    expect(scored([condition], { ...allMet, t1: { value: 96 } }).award.eligible).toBe(true);
  });

  it('all-targets-met counts the not met and the not reported', () => {
    const card = scored([{ kind: 'all-targets-met' }], { ...allMet, t2: { value: 10 }, t3: { value: null } });
    expect(reasons(card)).toEqual([
      { vi: 'chưa đạt hết chỉ tiêu: 1 chưa đạt, 1 chưa báo cáo', en: 'not every target met: 1 not met, 1 not reported' },
    ]);
  });

  it('an award with only descriptive conditions is not claimed eligible', () => {
    const p = plan({ awards: [award([], { recipient: 'individual' })] });
    const card = scoreReportWith(report({ a: { value: 99 } }, { group: 'individual' }), p, catalogue());
    expect(card.award.rules[0]).toMatchObject({ eligible: false, status: 'not-eligible' });
    expect(both(card.award.rules[0]!.reasons[0]!).vi).toContain('hội đồng thi đua');
    // The individual's own rule is the headline, and it is not eligible.
    expect(card.award).toMatchObject({ eligible: false, status: 'not-eligible', ruleId: 'giay-khen' });
    // A report of a cơ quan, đơn vị (no `Đối tượng`): no rule is for it, and the headline says so.
    const agency = scoreReportWith(report({ a: { value: 99 } }), p, catalogue());
    expect(agency.award).toMatchObject({ eligible: false, status: 'not-applicable', ruleId: null });
    expect(both(agency.award.reasons[0]!).vi).toBe('kế hoạch không có hình thức khen thưởng cho đối tượng cơ quan, đơn vị');
  });

  it('the best rule of the report\'s own group decides the headline, every rule is kept', () => {
    // (Before issue 13 the first collective rule decided, so this card read "not eligible".)
    const p = plan({
      targets: [{ id: 't1' }],
      criteria,
      awards: [
        award([{ kind: 'min-percent', min: 50 }], { id: 'ca-nhan', recipient: 'individual' }),
        award([{ kind: 'min-percent', min: 100 }], { id: 'tap-the' }),
        award([{ kind: 'min-percent', min: 10 }], { id: 'tap-the-2' }),
      ],
    });
    const card = scoreReportWith(report({ t1: { value: 60 }, 'dang-ky': { value: true } }), p, catalogue());
    expect(card.award.rules.map((r) => [r.ruleId, r.eligible, r.status])).toEqual([
      ['ca-nhan', false, 'not-applicable'],
      ['tap-the', false, 'not-eligible'],
      ['tap-the-2', true, 'eligible'],
    ]);
    expect(card.award).toMatchObject({ eligible: true, status: 'eligible', ruleId: 'tap-the-2', reasons: [] });
    // With only the 100% rule left for collectives, the headline names its reason.
    const strict = plan({ targets: [{ id: 't1' }], criteria, awards: [award([{ kind: 'min-percent', min: 100 }], { id: 'tap-the' })] });
    const low = scoreReportWith(report({ t1: { value: 60 }, 'dang-ky': { value: true } }), strict, catalogue());
    expect(low.award.eligible).toBe(false);
    expect(both(low.award.reasons[0]!).vi).toBe('đạt 75%, cần ≥ 100%');
  });
});

describe('negateVi', () => {
  it('turns "Có <verb>"/"Đã …" into "chưa …", "Có <noun>" into "chưa có …", others into "chưa đạt: …"', () => {
    expect(negateVi('Có đăng ký thi đua')).toBe('chưa đăng ký thi đua');
    expect(negateVi('đã hoàn thành nhiệm vụ')).toBe('chưa hoàn thành nhiệm vụ');
    expect(negateVi('Có sáng kiến, giải pháp')).toBe('chưa có sáng kiến, giải pháp');
    expect(negateVi('Có Kế hoạch phát động')).toBe('chưa có kế hoạch phát động');
    expect(negateVi('Có UBND xã chủ trì')).toBe('chưa có UBND xã chủ trì');
    expect(negateVi('Báo cáo đúng hạn')).toBe('chưa đạt: Báo cáo đúng hạn');
  });
});

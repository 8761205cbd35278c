// Issue 13: the award decisions of the five seed plans, as the documents mean them, on made-up reports.
// Each case came out differently before (see the issue); the comment says what it used to read.
import { describe, expect, it } from 'vitest';
import { deadlinesDue } from '../../../shared/plan/deadlines.ts';
import { getPlan } from '../../../shared/data/index.ts';
import { both } from '../../../shared/messages/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import type { ReportGroup } from '../../../shared/schema/report.ts';
import { rankScorecards } from '../../../shared/score/rank.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { scorecardView } from '../../../shared/score/view.ts';
import { report, type ItemInput } from './helpers.ts';

function mustPlan(id: string): Plan {
  const p = getPlan(id);
  if (!p) throw new Error(`bundled plan ${id} is missing`);
  return p;
}

const yes = { value: true };
const no = { value: false };
const answers = (ids: string[], value: ItemInput = yes): Record<string, ItemInput> => Object.fromEntries(ids.map((id) => [id, value]));

/** Every target reported, none met (a number just short of the target; "không" for yes/no ones). */
function noneMet(p: Plan, level: Plan['level']): Record<string, ItemInput> {
  return Object.fromEntries(
    p.targets.filter((t) => t.level === undefined || t.level === level).map((t) => [t.id, t.value === true ? no : { value: 0 }]),
  );
}

const ruleStatus = (card: ReturnType<typeof scoreReport>, id: string) => card.award.rules.find((r) => r.ruleId === id)?.status;

describe('Ninh Hải: the award rests on results and on TD-03, not on paperwork alone', () => {
  const p = mustPlan('ninh-hai-2023');
  const paperwork = answers(['TD-01', 'TD-02']);
  const commune = (items: Record<string, ItemInput>, code: string) =>
    scoreReport(report(items, { level: 'commune', code, name: `Xã ${code}` }, { planId: p.id }), p);

  it('a commune with 0/5 targets and TD-03 = không is not eligible (it used to be)', () => {
    const card = commune({ ...noneMet(p, 'commune'), ...paperwork, 'TD-03': no }, 'A');
    expect(card.award).toMatchObject({ eligible: false, status: 'not-eligible', ruleId: 'KT-01' });
    expect(card.award.reasons.map((m) => both(m).vi).join(' | ')).toMatch(/QĐ 56/);
  });

  it('a commune that left a target without a result is not eligible: results count', () => {
    const items: Record<string, ItemInput> = { ...noneMet(p, 'commune'), ...paperwork, 'TD-03': yes };
    delete items['TC-06'];
    const card = commune(items, 'A');
    expect(card.award.eligible).toBe(false);
    expect(card.award.reasons.map((m) => both(m))).toEqual([
      {
        vi: 'khen thưởng căn cứ kết quả thực hiện chỉ tiêu: còn 1 chỉ tiêu chưa có kết quả',
        en: 'the award rests on the targets’ results: 1 target(s) have no result',
      },
    ]);
  });

  it('rank gives no certificate to a commune with TD-03 = không, even when three or fewer qualify', () => {
    const cards = [
      commune({ ...noneMet(p, 'commune'), ...paperwork, 'TD-03': no }, 'A'),
      commune({ ...noneMet(p, 'commune'), ...paperwork, 'TD-03': yes }, 'B'),
    ];
    const giayKhen = rankScorecards(cards, p).awards.find((a) => a.ruleId === 'KT-01')!;
    expect(giayKhen.eligible).toBe(1);
    expect(giayKhen.recipients.map((u) => u.code)).toEqual(['B']);
  });
});

describe('Hải An: each target group has its own rule', () => {
  const p = mustPlan('hai-an-2025-2030');
  const common = answers(['TT-01', 'TT-02', 'TT-03', 'TT-04', 'TT-05']);
  const score = (group: ReportGroup | undefined, items: Record<string, ItemInput>) =>
    scoreReport(report(items, { level: 'commune', ...(group ? { group } : {}) }, { planId: p.id }), p);

  it('an individual with CN-01 only is not eligible: one of CN-02/CN-03 is needed (only CN-01 was checked)', () => {
    const card = score('individual', answers(['CN-01']));
    expect(card.award).toMatchObject({ eligible: false, ruleId: 'KT-04' });
    const reason = both(card.award.reasons[0]!);
    expect(reason.vi).toMatch(/^chưa đạt điều kiện nào trong 2 điều kiện \(cần ít nhất một\): /);
    expect(reason.vi).toContain('(CN-02)');
    expect(reason.en).toContain('(CN-03)');
  });

  it('an individual with CN-01 and CN-03 is eligible', () => {
    const card = scoreReport(report({ ...answers(['CN-01', 'CN-03']), 'CN-02': no }, { group: 'individual' }), p);
    expect(card.award).toMatchObject({ eligible: true, status: 'eligible', ruleId: 'KT-04', reasons: [] });
  });

  it('a resident under "khác" with KHAC-01 is eligible, without the civil servants\' CN-01 (was refused)', () => {
    const card = score('other', answers(['KHAC-01']));
    expect(card.award).toMatchObject({ eligible: true, status: 'eligible', ruleId: 'KT-05' });
    expect(ruleStatus(card, 'KT-04')).toBe('not-applicable');
    expect(card.criteria.map((c) => c.criterionId)).toEqual(['KHAC-01']);
  });

  it('a xóm meeting its conditions reads eligible in the headline (it read "not eligible")', () => {
    const card = score('village', { ...common, ...answers(['XOM-01', 'XOM-02', 'XOM-03', 'XOM-04']) });
    expect(card.award).toMatchObject({ eligible: true, status: 'eligible', ruleId: 'KT-02' });
    const view = scorecardView(card, p, 'vi');
    expect(view.award.award).toBe('Giấy khen Chủ tịch UBND xã');
    expect(view.award.statusLabel).toBe('Đủ điều kiện');
    expect(view.group).toBe('Đối tượng: thôn, xóm');
  });

  it('a xóm cannot pass the agency rule, and is not asked the agency\'s or the enterprises\' criteria', () => {
    const card = score('village', { ...common, ...answers(['PB-01', 'PB-02']) });
    expect(ruleStatus(card, 'KT-01')).toBe('not-applicable');
    expect(card.award.eligible).toBe(false);
    const asked = card.criteria.map((c) => c.criterionId);
    expect(asked).toEqual(['TT-01', 'TT-02', 'TT-03', 'TT-04', 'TT-05', 'XOM-01', 'XOM-02', 'XOM-03', 'XOM-04']);
    // The view shows the xóm's own rule only.
    expect(scorecardView(card, p, 'en').award.rules.map((r) => r.ruleId)).toEqual(['KT-02']);
  });

  it('a report that does not say its group is a cơ quan, đơn vị: the agency rule', () => {
    const card = score(undefined, { ...common, ...answers(['PB-01', 'PB-02']) });
    expect(card.unit.group).toBe('agency');
    expect(card.award).toMatchObject({ eligible: true, ruleId: 'KT-01' });
  });

  it('an enterprise that is not in IT can meet its rule honestly (DN-01 and DN-03); one that ticks neither cannot', () => {
    const nonIt = score('enterprise', { ...common, ...answers(['DN-01', 'DN-03']) });
    expect(nonIt.award).toMatchObject({ eligible: true, ruleId: 'KT-03' });
    const it = score('enterprise', { ...common, ...answers(['DN-01', 'DN-02']) });
    expect(it.award.eligible).toBe(true);
    const neither = score('enterprise', { ...common, ...answers(['DN-01']), 'DN-02': no });
    expect(neither.award.eligible).toBe(false);
    expect(both(neither.award.reasons[0]!).vi).toMatch(/Made in Việt Nam/);
  });
});

describe('Vạn Phúc: the provincial Bằng khen can only be proposed', () => {
  const p = mustPlan('van-phuc-2023-2025');
  const criteria = answers(['TT-01', 'TT-02', 'TT-03', 'TT-04']);

  it('a commune meeting the conditions is eligible for the district Giấy khen and "có thể đề nghị" for the Bằng khen', () => {
    const card = scoreReport(report({ ...criteria, 'dti-ty-le-diem': { value: 95 } }), p);
    expect(ruleStatus(card, 'KT-01')).toBe('eligible');
    expect(card.award.rules.find((r) => r.ruleId === 'KT-02')).toMatchObject({ eligible: false, status: 'proposable', reasons: [] });
    expect(card.award).toMatchObject({ eligible: true, ruleId: 'KT-01' });
    const vi = scorecardView(card, p, 'vi').award.rules.find((r) => r.ruleId === 'KT-02')!;
    const en = scorecardView(card, p, 'en').award.rules.find((r) => r.ruleId === 'KT-02')!;
    expect([vi.statusLabel, en.statusLabel]).toEqual(['Có thể đề nghị', 'May be proposed']);
    expect(vi.proposal).toBe(true);
  });

  it('ranking never gives the proposal a place: only the Giấy khen is allocated', () => {
    const card = scoreReport(report({ ...criteria, 'dti-ty-le-diem': { value: 95 } }), p);
    const ranking = rankScorecards([card], p);
    expect(ranking.awards.map((a) => a.ruleId)).toEqual(['KT-01']);
    expect(ranking.entries[0]!.awards).toEqual(['KT-01']);
  });

  it('an individual can receive the commune chairman\'s Giấy khen (it was missing) and be proposed for the Bằng khen', () => {
    const card = scoreReport(report(answers(['CN-01', 'CN-02']), { group: 'individual' }), p);
    expect(card.award.rules.map((r) => [r.ruleId, r.status])).toEqual([
      ['KT-01', 'not-applicable'],
      ['KT-02', 'not-applicable'],
      ['KT-03', 'eligible'],
      ['KT-05', 'eligible'],
      ['KT-04', 'proposable'],
    ]);
    expect(card.award.rules.find((r) => r.ruleId === 'KT-05')!.award.vi).toBe('Giấy khen của Chủ tịch UBND xã');
  });

  it('a proposal whose conditions fail is simply not eligible, with its reasons', () => {
    const card = scoreReport(report({ ...criteria, 'TT-01': no, 'dti-ty-le-diem': { value: 95 } }), p);
    expect(card.award.rules.find((r) => r.ruleId === 'KT-02')).toMatchObject({ status: 'not-eligible', eligible: false });
  });
});

describe('Hưng Đạo: the missing targets, "khoảng 10%" and Ngày Chuyển đổi số', () => {
  const p = mustPlan('hung-dao-2023');

  it('scores 2.1 (CSDL quốc gia) and 2.4 (giám sát, ứng cứu sự cố) as có/không targets', () => {
    const card = scoreReport(report({ 'CQS-14': yes, 'ATTT-05': no }), p);
    expect(card.items.find((i) => i.targetId === 'CQS-14')?.status).toBe('met');
    expect(card.items.find((i) => i.targetId === 'ATTT-05')?.status).toBe('not-met');
  });

  it('shows the "khoảng 10%" note next to the target', () => {
    const view = scorecardView(scoreReport(report({}), p), p, 'vi');
    const item = view.pillars.flatMap((x) => x.items).find((i) => i.targetId === 'KTS-01')!;
    expect(item.note).toMatch(/khoảng 10%/);
    expect(view.pillars.flatMap((x) => x.items).find((i) => i.targetId === 'CQS-01')!.label).toContain('(trừ hồ sơ mật)');
  });

  it('lists the yearly 26/3 Ngày Chuyển đổi số among the deadlines', () => {
    const due = deadlinesDue(p, '2024-03-20');
    expect(due.map((d) => [d.id, d.date])).toContainEqual(['HAN-01', '2024-03-26']);
  });
});

describe('Cát Nê: V.2 commendation and the 100% online services target', () => {
  const p = mustPlan('cat-ne-2024');

  it('a collective that reports every result may be proposed, never reads "eligible"', () => {
    const all = Object.fromEntries(p.targets.map((t) => [t.id, t.value === true ? yes : { value: t.value }]));
    const card = scoreReport(report(all), p);
    expect(card.award).toMatchObject({ eligible: false, status: 'proposable', ruleId: 'KT-01' });
    expect(scorecardView(card, p, 'vi').award.statusLabel).toBe('Có thể đề nghị');
    expect(card.items.find((i) => i.targetId === 'CT-11')?.status).toBe('met');
  });

  it('a collective with a missing result is not proposed', () => {
    const card = scoreReport(report({ 'CT-01': yes }), p);
    expect(card.award.status).toBe('not-eligible');
  });
});

describe('notes and movement reach the view', () => {
  it('Vạn Phúc: "Từ năm 2023" beside CQS-03, the movement and the rule notes', () => {
    const p = mustPlan('van-phuc-2023-2025');
    const view = scorecardView(scoreReport(report({}), p), p, 'vi');
    expect(view.pillars.flatMap((x) => x.items).find((i) => i.targetId === 'CQS-03')!.note).toBe('Từ năm 2023.');
    expect(view.movement).toBe('Chuyển đổi số giai đoạn 2023 – 2025');
    const kt02 = view.award.rules.find((r) => r.ruleId === 'KT-02')!;
    expect(kt02.note).toMatch(/nếu có/);
    expect(kt02.conditions.join(' | ')).toMatch(/đăng ký thi đua.*\(TT-01\)/);
  });
});

// @vitest-environment happy-dom
// Issue 13 in the shared scorecard DOM (extension panel, Sheets sidebar, CLI HTML): target group,
// movement, target notes, proposal status and rule notes are all on the page.
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Report } from '../../shared/schema/report.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { scorecardView } from '../../shared/score/view.ts';
import { renderScorecardView } from '../../ui/scorecard-dom.ts';

function mustPlan(id: string): Plan {
  const p = getPlan(id);
  if (!p) throw new Error(`bundled plan ${id} is missing`);
  return p;
}

function reportOf(items: Record<string, number | boolean>, unit: Partial<Report['unit']> = {}): Report {
  return {
    unit: { name: 'UBND xã Vạn Phúc', code: 'VP', level: 'commune', ...unit },
    period: '2024',
    planId: null,
    sheet: null,
    items: Object.fromEntries(
      Object.entries(items).map(([code, value]) => [code, { code, numerator: null, denominator: null, value, evidence: null, row: null }]),
    ),
  };
}

describe('renderScorecardView: awards as the documents mean them', () => {
  it('Vạn Phúc: movement, "Từ năm 2023", Giấy khen eligible and the Bằng khen "Có thể đề nghị" with its note', () => {
    const p = mustPlan('van-phuc-2023-2025');
    const card = scoreReport(reportOf({ 'TT-01': true, 'TT-02': true, 'TT-03': true, 'TT-04': true, 'dti-ty-le-diem': 95 }), p);
    const node = renderScorecardView(document, scorecardView(card, p, 'vi'));
    expect(node.querySelector('.cds-movement')?.textContent).toBe('Phong trào: Chuyển đổi số giai đoạn 2023 – 2025');
    expect(node.querySelector('p.cds-meta')?.textContent).toContain('Đối tượng: cơ quan, đơn vị');
    expect(node.querySelector('tr[data-target-id="CQS-03"] .cds-item-note')?.textContent).toBe('Từ năm 2023.');
    expect(node.querySelector('tr[data-target-id="CQS-04"]')?.textContent).toContain('(trừ hồ sơ mật)');
    const box = node.querySelector('.cds-award')!;
    expect(box.getAttribute('data-status')).toBe('eligible');
    expect(box.querySelector('p')?.textContent).toBe('Giấy khen của Chủ tịch UBND huyện — Đủ điều kiện');
    const proposal = box.querySelector('li[data-rule-id="KT-02"]')!;
    expect(proposal.getAttribute('data-status')).toBe('proposable');
    expect(proposal.textContent).toContain('Bằng khen của Chủ tịch UBND tỉnh (đề nghị) — Có thể đề nghị');
    expect(proposal.textContent).not.toContain('Đủ điều kiện');
    expect(proposal.querySelector('.cds-award-note')?.textContent).toMatch(/nếu có/);
    // Rules for individuals are not shown on a collective's card.
    expect(box.querySelector('li[data-rule-id="KT-03"]')).toBeNull();
  });

  it('Hưng Đạo in English: the "khoảng 10%" note is beside its target', () => {
    const p = mustPlan('hung-dao-2023');
    const node = renderScorecardView(document, scorecardView(scoreReport(reportOf({ 'KTS-01': 9 }), p), p, 'en'));
    expect(node.querySelector('tr[data-target-id="KTS-01"] .cds-item-note')?.textContent).toMatch(/khoảng 10%/);
  });
});

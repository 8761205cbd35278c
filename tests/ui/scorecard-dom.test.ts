// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderScorecardView, clampPercent } from '../../ui/scorecard-dom.ts';
import { scorecardView } from '../../shared/score/view.ts';
import { scoreReportWith } from '../../shared/score/score-report.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Report } from '../../shared/schema/report.ts';

const source = { document: 'Kế hoạch thử' };
const plan: Plan = {
  id: 'thu-nghiem',
  title: { vi: 'Kế hoạch CĐS xã Thử Nghiệm', en: 'Test commune plan' },
  locality: { name: 'xã Thử Nghiệm' },
  level: 'commune',
  period: { from: 2026, to: 2026, label: '2026' },
  scoring: { method: 'attainment' },
  targets: [
    { id: 'T1', indicatorId: 'ORIGINAL_RESULT_AVAILABLE', label: { vi: '100% kết quả giải quyết TTHC được số hóa', en: '100% results digitised' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 100, unit: 'percent', assessment: 'quantitative', source },
    { id: 'T2', indicatorId: 'DOSSIER_RECEIVING_SATISFACTION', label: { vi: 'Hài lòng ≥ 80%', en: 'Satisfaction ≥ 80%' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 80, unit: 'percent', assessment: 'quantitative', source },
  ],
  criteria: [{ id: 'C1', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, mandatory: true, source }],
  awards: [{ id: 'A1', award: { vi: 'Giấy khen', en: 'Certificate' }, recipient: 'collective', conditions: [{ kind: 'all-targets-met' }], source }],
  deadlines: [{ id: 'D1', label: { vi: 'Báo cáo năm', en: 'Annual report' }, date: '2026-12-10', precision: 'day', kind: 'by', source }],
  source,
};
const report: Report = {
  unit: { name: 'UBND xã Thử Nghiệm', code: 'H44.999', level: 'commune' },
  period: 'Năm 2026',
  planId: plan.id,
  sheet: null,
  items: {
    T1: { code: 'T1', numerator: 7248, denominator: 10000, value: null, evidence: null, row: null },
    T2: { code: 'T2', numerator: 9139, denominator: 10000, value: null, evidence: null, row: null },
  },
};

function render(evilTitle?: string) {
  const p = evilTitle ? { ...plan, title: { vi: evilTitle, en: evilTitle } } : plan;
  const card = scoreReportWith(report, p, new Map());
  return renderScorecardView(document, scorecardView(card, p, 'vi', { today: '2026-12-05' }));
}

describe('renderScorecardView', () => {
  it('renders total, pillar items with status words, criteria, award, gains and deadlines', () => {
    const node = render();
    document.body.replaceChildren(node);
    expect(node.querySelector('h2')?.textContent).toBe('Kế hoạch CĐS xã Thử Nghiệm');
    // T1 attainment 0.7248 + T2 1 = 1.7248 of 2 → 86.24%
    expect(node.querySelector('[data-testid="cds-total"]')?.textContent).toBe('1,72/2 điểm (86,24%)');
    const rows = [...node.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-target-id'))).toEqual(['T1', 'T2']);
    expect(rows[0]!.textContent).toContain('72,48%');
    // status is told by words and a symbol, not by colour alone
    expect(rows[0]!.querySelector('.cds-status')?.textContent).toBe('✗ Chưa đạt');
    expect(rows[0]!.textContent).toContain('còn thiếu 27,52%');
    expect(rows[1]!.querySelector('.cds-status')?.textContent).toBe('✓ Đạt');
    expect(node.querySelector('[data-criterion-id="C1"]')?.textContent).toContain('Chưa trả lời');
    expect(node.querySelector('.cds-award')?.getAttribute('data-eligible')).toBe('false');
    // the gains list names the not-met target first
    expect(node.querySelector('ol li[data-target-id="T1"]')?.textContent).toContain('100% kết quả giải quyết TTHC được số hóa');
    expect(node.textContent).toContain('Báo cáo năm');
    const fill = node.querySelector('.cds-bar-fill') as HTMLElement;
    expect(fill.style.width).toBe('86.24%');
  });

  it('inserts data as text, never as markup', () => {
    const evil = '<img src=x onerror="globalThis.pwned=1">';
    const node = render(evil);
    expect(node.querySelector('img')).toBeNull();
    expect(node.querySelector('h2')?.textContent).toBe(evil);
  });

  it('keeps bars inside 0–100 whatever the number', () => {
    expect(clampPercent(150)).toBe(100);
    expect(clampPercent(-3)).toBe(0);
    expect(clampPercent(null)).toBe(0);
    expect(clampPercent(Number.NaN)).toBe(0);
  });
});

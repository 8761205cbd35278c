// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { renderPortalPanel } from '../../ui/portal-panel-dom.ts';
import { figuresForUnit, portalPanelView, portalReport } from '../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../shared/data/index.ts';
import { msg } from '../../shared/messages/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { phuThoPayloads } from '../support/portal/fixtures.ts';

const payloads = phuThoPayloads();

function viewFor(unitCode: string | null, lang: 'vi' | 'en' = 'vi', notices = [] as ReturnType<typeof msg>[]) {
  const plan = getPlan('hung-dao-2023')!;
  const figs = unitCode ? figuresForUnit(payloads, unitCode, { indicators }) : null;
  const card = figs ? scoreReport(portalReport(figs, plan, indicatorById), plan) : null;
  return portalPanelView({ lang, unitCode, figs, card, plan, indicators: indicatorById, readAt: '14:05 26/09/2026', notices });
}

describe('the overlay panel (happy-dom)', () => {
  it('shows the total, rank, six groups, the plan’s targets and what to improve first', () => {
    const node = renderPortalPanel(document, viewFor('H44.104'), { floating: true, onLoad: () => {}, onOptions: () => {} });
    document.body.replaceChildren(node);
    expect(node.getAttribute('data-state')).toBe('ready');
    expect(node.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('Chỉ số 766: 64,24 / 100');
    expect(node.querySelector('[data-testid="rank"]')?.textContent).toMatch(/^Hạng \d+\/148 trong tỉnh$/);
    expect([...node.querySelectorAll('[data-group]')].map((g) => [g.getAttribute('data-group'), g.querySelector('.cds-bar-value')?.textContent])).toEqual([
      ['CKMB', '7,96/18'], ['TDGQ', '16,12/20'], ['CLGQ', '6,4/12'], ['TTTT', '6,87/10'], ['MDHL', '17,37/18'], ['MDSH', '9,52/22'],
    ]);
    // Hưng Đạo: satisfaction ≥ 80% is met by 80,6%; results digitised 100% is not (74,47%)
    const sat = node.querySelector('tr[data-target-id="CQS-04"]')!;
    expect(sat.querySelectorAll('td')[1]?.textContent).toBe('80,6%');
    expect(sat.querySelector('.cds-status')?.textContent).toBe('✓ Đạt');
    expect(node.querySelector('tr[data-target-id="CQS-11"] .cds-status')?.textContent).toBe('✗ Chưa đạt');
    expect(node.querySelector('[data-testid="priorities"] li')?.textContent).toBe('Tỷ lệ thủ tục hành chính công bố đúng hạn: +6 điểm');
    expect(node.querySelector('[data-testid="period"]')?.textContent).toBe('Năm 2026 · đọc lúc 14:05 26/09/2026');
    expect(node.querySelector('button[data-action="load"]')?.textContent).toBe('Tải số liệu cho đơn vị của tôi');
  });

  it('is keyboard accessible: a real button with aria-expanded, Escape folds it', () => {
    const onToggle = vi.fn();
    const node = renderPortalPanel(document, viewFor('H44.104'), { floating: true, collapsed: false, onToggle });
    document.body.replaceChildren(node);
    const toggle = node.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('cds-panel-body');
    toggle.click();
    expect(onToggle).toHaveBeenLastCalledWith(true);
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onToggle).toHaveBeenCalledTimes(2);
    const folded = renderPortalPanel(document, viewFor('H44.104'), { floating: true, collapsed: true, onToggle });
    expect(folded.getAttribute('data-collapsed')).toBe('true');
    expect(folded.querySelector('button[data-action="toggle"]')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('asks for a unit, waits for figures, shows notices as alerts', () => {
    expect(renderPortalPanel(document, viewFor(null), { floating: true }).querySelector('[data-testid="message"]')?.textContent).toContain('Chưa chọn đơn vị');
    const waiting = renderPortalPanel(document, viewFor('H99.1'), { floating: true });
    expect(waiting.getAttribute('data-state')).toBe('waiting');
    const notice = msg('portal.format-changed', { group: 'Số hóa hồ sơ (dossier-digitized)' });
    const node = renderPortalPanel(document, viewFor('H44.104', 'vi', [notice]), { floating: true });
    const alert = node.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
  });

  it('speaks English when asked', () => {
    const node = renderPortalPanel(document, viewFor('H44.104', 'en'), { floating: false });
    expect(node.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('766 index: 64.24 / 100');
    expect(node.querySelector('[data-testid="priorities"] li')?.textContent).toBe('Share of administrative procedures published on time: +6 points');
    expect(node.querySelector('button[data-action="toggle"]')).toBeNull();
  });

  it('inserts portal text as text only', () => {
    const view = viewFor('H44.104');
    const evil = { ...view, unitText: '<img src=x onerror=alert(1)>', notices: ['<b>x</b>'] };
    const node = renderPortalPanel(document, evil, { floating: true });
    expect(node.querySelector('img, b')).toBeNull();
    expect(node.querySelector('[data-testid="unit"]')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('collapsed, it is one chip button with the total, the rank and "n/m chỉ tiêu đạt" that expands', () => {
    const onToggle = vi.fn();
    const node = renderPortalPanel(document, viewFor('H44.104'), { floating: true, collapsed: true, onToggle });
    document.body.replaceChildren(node);
    const chip = node.querySelector<HTMLButtonElement>('button.cds-chip')!;
    expect(chip.getAttribute('data-action')).toBe('toggle');
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(node.querySelector('[data-testid="chip-total"]')?.textContent).toBe('64,24/100');
    expect(node.querySelector('[data-testid="chip-rank"]')?.textContent).toMatch(/^Hạng \d+\/148$/);
    // Hưng Đạo: 4 targets measured on the portal, the satisfaction one met
    expect(node.querySelector('[data-testid="chip-met"]')?.textContent).toBe('1/4 chỉ tiêu đạt');
    // the full sentence (with the targets entered in the report) is the chip's accessible name
    expect(chip.getAttribute('aria-label')).toMatch(/1 trong 4 chỉ tiêu đo trên Cổng đã đạt; \d+ chỉ tiêu khác nhập trong báo cáo/);
    // nothing else of the panel is drawn
    expect(node.querySelector('[data-testid="groups"]')).toBeNull();
    chip.click();
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('says where each figure comes from: period, numerator/denominator, the rule', () => {
    const node = renderPortalPanel(document, viewFor('H44.104'), { floating: true, onShowRow: () => true });
    document.body.replaceChildren(node);
    expect(node.querySelector('[data-testid="total-source"]')?.textContent).toBe('Năm 2026 · cộng điểm sáu nhóm Cổng công bố');
    const tdgq = node.querySelector('[data-group="TDGQ"] [data-testid="group-source"]')!;
    expect(tdgq.textContent).toContain('Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn 80,6% → 16,12/20 điểm');
    expect(tdgq.querySelector('[data-testid="source-counts"]')?.textContent).toBe('Tử số 2.775 · Mẫu số 3.443');
    expect(tdgq.querySelector('[data-testid="source-rule"]')?.textContent).toBe('Điểm 766: 20 × tử số ÷ mẫu số');
    const ora = node.querySelector('tr[data-target-id="CQS-11"] [data-testid="target-source"]')!;
    expect(ora.textContent).toContain('Năm 2026 · Cổng DVCQG · nhóm Số hóa hồ sơ');
    expect(ora.querySelector('[data-testid="source-counts"]')?.textContent).toBe('Tử số 2.564 · Mẫu số 3.443');
    expect(ora.textContent).toContain('Mẫu số: Số hồ sơ đã hoàn thành của các TTHC phải trả kết quả bằng văn bản, giấy tờ');
    // every cell names its column, for the stacked cards of narrow layouts
    expect([...node.querySelectorAll('tr[data-target-id="CQS-11"] td[data-label]')].map((td) => td.getAttribute('data-label'))).toEqual(['Thực tế', 'Mục tiêu', 'Kết quả']);
    // a long label keeps its whole text in the title
    const label = node.querySelector('tr[data-target-id="CQS-11"] .cds-clamp')!;
    expect(label.getAttribute('title')).toBe(label.textContent);
  });

  it('scrolls to the unit’s row on request, and says so when the page has none', () => {
    let found = false;
    const node = renderPortalPanel(document, viewFor('H44.104'), { floating: true, onShowRow: () => found });
    document.body.replaceChildren(node);
    const button = node.querySelector<HTMLButtonElement>('button[data-action="show-row"]')!;
    button.click();
    expect(node.querySelector('.cds-show-row [role="status"]')?.textContent).toBe('Không thấy dòng của đơn vị trong bảng đang hiển thị trên trang.');
    found = true;
    button.click();
    expect(node.querySelector('.cds-show-row [role="status"]')?.textContent).toBe('');
  });

  it('lists the plan’s targets the portal cannot measure as “nhập trong báo cáo”, with the way to the report', () => {
    const plan = getPlan('hung-dao-2023')!;
    const view = viewFor('H44.104');
    const portalBound = plan.targets.filter((x) => indicatorById.get(x.indicatorId)?.portal).length;
    expect(view.targets.length + view.unmeasured.length).toBe(plan.targets.length - (plan.targets.length - portalBound - view.unmeasured.length));
    expect(view.unmeasured.length).toBeGreaterThan(0);
    const onReport = vi.fn();
    const node = renderPortalPanel(document, view, { floating: true, onReport });
    document.body.replaceChildren(node);
    const section = node.querySelector('[data-testid="unmeasured"]')!;
    expect(section.querySelector('h3')?.textContent).toBe(`Chỉ tiêu nhập trong báo cáo (${view.unmeasured.length})`);
    const items = [...section.querySelectorAll('li[data-target-id]')];
    expect(items.map((li) => li.getAttribute('data-target-id'))).toEqual(view.unmeasured.map((u) => u.targetId));
    for (const li of items) expect(li.querySelector('.cds-status')?.textContent).toBe('nhập trong báo cáo');
    // none of them is also among the measured targets
    for (const u of view.unmeasured) expect(view.targets.some((x) => x.targetId === u.targetId)).toBe(false);
    section.querySelector<HTMLButtonElement>('button[data-action="report"]')!.click();
    expect(onReport).toHaveBeenCalledTimes(1);
    // with a report link set: a link that opens it, never a non-https one
    const linked = renderPortalPanel(document, view, { floating: true, reportUrl: 'https://docs.google.com/spreadsheets/d/abc/edit' });
    const a = linked.querySelector<HTMLAnchorElement>('[data-testid="unmeasured"] a[data-action="report"]')!;
    expect(a.getAttribute('href')).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    const bad = renderPortalPanel(document, view, { floating: true, reportUrl: 'javascript:alert(1)' });
    expect(bad.querySelector('a[data-action="report"]')).toBeNull();
  });

  it('speaks English in the chip and the sources', () => {
    const node = renderPortalPanel(document, viewFor('H44.104', 'en'), { floating: true, collapsed: true });
    expect(node.querySelector('[data-testid="chip-met"]')?.textContent).toBe('1/4 targets met');
    const open = renderPortalPanel(document, viewFor('H44.104', 'en'), { floating: true });
    expect(open.querySelector('[data-group="TDGQ"] [data-testid="source-rule"]')?.textContent).toBe('766 points: 20 × numerator ÷ denominator');
    expect(open.querySelector('[data-testid="unmeasured"] .cds-status')?.textContent).toBe('entered in the report');
  });
});

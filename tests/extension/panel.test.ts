// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { renderPortalPanel } from '../../ui/portal-panel-dom.ts';
import { figuresForUnit, portalPanelView, portalReport } from '../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../shared/data/index.ts';
import { msg } from '../../shared/messages/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { phuThoPayloads } from '../portal/helpers.ts';

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
});

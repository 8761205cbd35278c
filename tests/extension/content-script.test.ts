// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu"}
// The content script itself, in happy-dom with the fake browser: captured payloads reach the panel
// in its shadow root; a message of the wrong shape or origin is ignored; an invalidated context
// (extension updated under the page) leaves a notice instead of a broken panel.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { activePlanFor } from '../../extension/utils/active-plan.ts';
import { CAPTURE_SOURCE, PROTOCOL_VERSION } from '../../extension/utils/capture-protocol.ts';
import { activePlanItem, DEFAULT_SETTINGS, lastFiguresItem, seenUnitsItem, settingsItem } from '../../extension/utils/storage.ts';
import { fixtureText, PHU_THO, requests } from '../portal/helpers.ts';

const ORIGIN = 'https://dichvucong.gov.vn';

function post(data: unknown, origin = ORIGIN) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: window }));
}

function payload(ep: string, file: string) {
  return { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: `${ORIGIN}/api/v1/reporting/evaluation/${ep}`, status: 201, request: JSON.stringify(requests[file]), body: fixtureText(file), at: performance.now() };
}

const shadow = () => document.querySelector('cds-portal-panel')?.shadowRoot ?? null;

describe('the portal content script', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('')));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, unitCode: 'H44.104', unitName: 'UBND xã Hy Cương', planId: 'van-phuc-2023-2025' });
    await activePlanItem.setValue(activePlanFor('van-phuc-2023-2025', []));
  });

  it('turns captured payloads into the panel, remembers units and the last figures', async () => {
    const script = (await import('../../extension/entrypoints/portal.content/index.ts')).default;
    const ctx = new ContentScriptContext('portal-test');
    await script.main(ctx);
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="message"]')?.textContent).toContain('Chưa có số liệu cho H44.104'));

    // Not from the page's origin, or not our shape: ignored
    post(payload('dvc-progress-tree', PHU_THO['dvc-progress-tree']), 'https://evil.example');
    post({ ...payload('dvc-progress-tree', PHU_THO['dvc-progress-tree']), source: 'x' });
    expect(shadow()?.querySelector('[data-testid="total"]')).toBeNull();

    for (const [ep, f] of Object.entries(PHU_THO)) post(payload(ep, f));
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('Chỉ số 766: 64,24 / 100'));
    expect(shadow()?.querySelector('tr[data-target-id="CQS-07"] td:nth-child(2)')?.textContent).toBe('74,47%');
    await vi.waitFor(async () => expect((await seenUnitsItem.getValue()).length).toBe(164));
    await vi.waitFor(async () => expect((await lastFiguresItem.getValue())?.summary.total.score).toBe(64.24));

    ctx.notifyInvalidated();
    expect(document.querySelector('cds-portal-panel')).toBeNull();
    expect(document.querySelector('[data-cds-invalidated]')?.textContent).toBe('Tiện ích vừa được cập nhật — tải lại trang để tiếp tục.');
  });
});

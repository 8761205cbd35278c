// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu"}
// The content script itself, in happy-dom with the fake browser: payloads that arrive over the
// capture script's private port reach the panel; anything a page script posts (window messages, a
// second port offered later) is ignored; an invalidated context (extension updated under the page)
// leaves a notice instead of a broken panel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CAPTURE_SOURCE, CHANNEL_OFFER, PROTOCOL_VERSION } from '../../extension/utils/capture-protocol.ts';
import { lastFiguresItem, seenUnitsItem } from '../../extension/utils/storage.ts';
import { fixtureText, PHU_THO, requests } from '../support/portal/fixtures.ts';
import { freshPortalPage, hyCuongOnVanPhuc, panelRoot, startContentScript } from './content-script-harness.ts';

const ORIGIN = 'https://dichvucong.gov.vn';

function payload(ep: string, file: string) {
  return { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: `${ORIGIN}/api/v1/reporting/evaluation/${ep}`, status: 201, request: JSON.stringify(requests[file]), body: fixtureText(file), at: performance.now() };
}

describe('the portal content script', () => {
  let ports: MessagePort[] = [];
  beforeEach(async () => {
    freshPortalPage();
    await hyCuongOnVanPhuc();
  });
  afterEach(() => {
    for (const p of ports) p.close();
    ports = [];
  });

  it('reads the capture script’s port only; forged window messages and a later port change nothing', async () => {
    const ctx = new ContentScriptContext('portal-test');
    const { capture } = await startContentScript(ctx);
    ports.push(capture);
    await vi.waitFor(() => expect(panelRoot()?.querySelector('[data-testid="message"]')?.textContent).toContain('Chưa có số liệu cho H44.104'));

    // A page script posts well-formed captures on the window, from the right origin: ignored.
    for (const [ep, f] of Object.entries(PHU_THO)) window.dispatchEvent(new MessageEvent('message', { data: payload(ep, f), origin: ORIGIN, source: window }));
    // …and offers its own port, as if it were the capture script: refused (the real one was taken).
    const forged = new MessageChannel();
    ports.push(forged.port1, forged.port2);
    const taken = !window.dispatchEvent(new MessageEvent(CHANNEL_OFFER, { ports: [forged.port2], cancelable: true }));
    expect(taken).toBe(false);
    // the forged port's message is delivered (to the test's own listener, nobody else took the port)
    const delivered = new Promise((r) => { forged.port2.onmessage = r; });
    forged.port1.postMessage(payload('dvc-progress-tree', PHU_THO['dvc-progress-tree']));
    await delivered;
    expect(panelRoot()?.querySelector('[data-testid="total"]')).toBeNull();

    // Over the private port, a payload of another origin is ignored; the page's own payloads are read.
    capture.postMessage({ ...payload('dvc-progress-tree', PHU_THO['dvc-progress-tree']), url: 'https://evil.example/api/v1/reporting/evaluation/dvc-progress-tree' });
    for (const [ep, f] of Object.entries(PHU_THO)) capture.postMessage(payload(ep, f));
    await vi.waitFor(() => expect(panelRoot()?.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('Chỉ số 766: 64,24 / 100'));
    expect(panelRoot()?.querySelector('tr[data-target-id="CQS-07"] td:nth-child(2)')?.textContent).toBe('74,47%');
    await vi.waitFor(async () => expect((await seenUnitsItem.getValue()).length).toBe(164));
    await vi.waitFor(async () => expect((await lastFiguresItem.getValue())?.summary.total.score).toBe(64.24));

    ctx.notifyInvalidated();
    expect(document.querySelector('cds-portal-panel')).toBeNull();
    expect(document.querySelector('[data-cds-invalidated]')?.textContent).toBe('Tiện ích vừa được cập nhật — tải lại trang để tiếp tục.');
  });
});

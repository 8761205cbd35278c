// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu"}
// The content script reads my unit's rows strictly (issue 8 §3): my row of one group in a changed
// shape gives "portal changed" for that group in the panel and no number for it or the total; the
// other groups are shown, and the seen-units list (collected in idle time) is still complete.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CAPTURE_SOURCE, PROTOCOL_VERSION } from '../../extension/utils/capture-protocol.ts';
import { seenUnitsItem } from '../../extension/utils/storage.ts';
import { fixture, fixtureText, PHU_THO, requests } from '../support/portal/fixtures.ts';
import { freshPortalPage, hyCuongOnVanPhuc, panelRoot, startContentScript } from './content-script-harness.ts';

const ORIGIN = 'https://dichvucong.gov.vn';

describe('my unit’s row in a changed shape', () => {
  let port: MessagePort | null = null;
  beforeEach(async () => {
    freshPortalPage();
    await hyCuongOnVanPhuc();
  });
  afterEach(() => port?.close());

  it('shows “portal changed” for that group and no number for it or the total', async () => {
    const { capture } = await startContentScript(new ContentScriptContext('portal-unit-row'));
    port = capture;
    for (const [ep, f] of Object.entries(PHU_THO)) {
      let body = fixtureText(f);
      if (ep === 'dvc-progress-tree') {
        const b = fixture(f);
        b.data.children.find((c: { departmentCode: string }) => c.departmentCode === 'H44.104').totalOnTime = '2775';
        body = JSON.stringify(b);
      }
      capture.postMessage({ source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: `${ORIGIN}/api/v1/reporting/evaluation/${ep}`, status: 201, request: JSON.stringify(requests[f]), body, at: 1 });
    }
    await vi.waitFor(() => expect(panelRoot()?.querySelector('[data-group="MDSH"] .cds-bar-value')?.textContent).toBe('9,52/22'));
    const notices = [...(panelRoot()?.querySelectorAll('[data-testid="notice"]') ?? [])].map((n) => n.textContent);
    expect(notices).toEqual(['Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Tiến độ giải quyết (dvc-progress-tree)']);
    expect(panelRoot()?.querySelector('[data-group="TDGQ"] .cds-bar-value')?.textContent).toBe('—/20');
    expect(panelRoot()?.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('Chỉ số 766: — / 100');
    // The other units of that payload are listed all the same.
    await vi.waitFor(async () => expect((await seenUnitsItem.getValue()).length).toBe(164));
  });
});

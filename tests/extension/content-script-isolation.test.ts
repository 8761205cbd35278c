// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu"}
// One failing part of the overlay does not take the others down (issue 9 §5, issue 8 §1): here the
// badge throws on every call, and the panel, the unit memory and the popup memory still work; the
// loader keeps the groups that answered when one group fails.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CAPTURE_SOURCE, PROTOCOL_VERSION } from '../../extension/utils/capture-protocol.ts';
import { failedParts, isolate, isolateAsync } from '../../extension/utils/isolate.ts';
import { loadFigures } from '../../extension/utils/load-figures.ts';
import { lastFiguresItem, seenUnitsItem } from '../../extension/utils/storage.ts';
import { yearPeriod } from '../../shared/portal/index.ts';
import { fixtureText, PHU_THO, requests } from '../support/portal/fixtures.ts';
import { hyCuongOnVanPhuc, panelRoot, startContentScript } from './content-script-harness.ts';

vi.mock('../../extension/utils/rank-badge.ts', async (original) => ({
  ...(await original<typeof import('../../extension/utils/rank-badge.ts')>()),
  placeBadge: () => {
    throw new Error('badge broken');
  },
}));

const ORIGIN = 'https://dichvucong.gov.vn';

describe('error boundaries', () => {
  it('isolate reports a throwing part and lets the caller go on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(isolate('a', () => 1)).toBe(1);
    expect(isolate('b', () => { throw new Error('boom'); })).toBeUndefined();
    expect(await isolateAsync('c', async () => { throw new Error('late'); })).toBeUndefined();
    expect(failedParts.get('b')).toBe('boom');
    expect(failedParts.get('c')).toBe('late');
  });

  it('the loader keeps the six groups that answered when one fails (Promise.allSettled)', async () => {
    const fetchImpl = vi.fn(async (url: string | URL | Request) => {
      if (String(url).endsWith('/transparency')) throw new TypeError('Failed to fetch');
      return new Response('{"code":"OK","data":{},"message":"OK"}', { status: 201 });
    }) as unknown as typeof fetch;
    const r = await loadFigures(ORIGIN, 'root', yearPeriod(2026), fetchImpl);
    expect(r.responses).toHaveLength(6);
    expect(r.failures).toEqual([{ endpoint: 'transparency', reason: 'Failed to fetch' }]);
  });
});

describe('a broken badge does not take the panel down', () => {
  let port: MessagePort | null = null;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await hyCuongOnVanPhuc();
  });
  afterEach(() => port?.close());

  it('panel, unit memory and popup memory still work', async () => {
    const { capture } = await startContentScript(new ContentScriptContext('portal-isolation'));
    port = capture;
    for (const [ep, f] of Object.entries(PHU_THO)) {
      capture.postMessage({ source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: `${ORIGIN}/api/v1/reporting/evaluation/${ep}`, status: 201, request: JSON.stringify(requests[f]), body: fixtureText(f), at: 1 });
    }
    await vi.waitFor(() => expect(panelRoot()?.querySelector('[data-testid="total"] .cds-total-value')?.textContent).toBe('Chỉ số 766: 64,24 / 100'));
    expect(failedParts.get('badge')).toBe('badge broken');
    await vi.waitFor(async () => expect((await seenUnitsItem.getValue()).length).toBe(164));
    await vi.waitFor(async () => expect((await lastFiguresItem.getValue())?.summary.total.score).toBe(64.24));
  });
});

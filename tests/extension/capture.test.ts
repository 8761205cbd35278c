// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCapturedPayload, isEvaluationUrl, isPortalPage, CAPTURE_SOURCE, CHANNEL_HELLO, CHANNEL_OFFER, PROTOCOL_VERSION, type CapturedPayload } from '../../extension/utils/capture-protocol.ts';

const ORIGIN = 'https://dichvucong.gov.vn';

describe('capture protocol', () => {
  const good: CapturedPayload = { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: `${ORIGIN}/api/v1/reporting/evaluation/transparency`, status: 201, request: '{}', body: '{}', at: 1 };

  it('accepts only the exact message shape', () => {
    expect(asCapturedPayload(good)).toEqual(good);
    expect(asCapturedPayload({ ...good, source: 'someone-else' })).toBeNull();
    expect(asCapturedPayload({ ...good, version: 2 })).toBeNull();
    expect(asCapturedPayload({ ...good, body: { not: 'text' } })).toBeNull();
    expect(asCapturedPayload({ ...good, request: 5 })).toBeNull();
    expect(asCapturedPayload({ ...good, url: 'x'.repeat(5000) })).toBeNull();
    expect(asCapturedPayload('a string')).toBeNull();
    expect(asCapturedPayload(null)).toBeNull();
  });

  it('recognises the evaluation API on the same origin only, and the portal page', () => {
    expect(isEvaluationUrl('/api/v1/reporting/evaluation/dvc-progress-tree', ORIGIN)).toBe(true);
    expect(isEvaluationUrl('https://evil.example/api/v1/reporting/evaluation/x', ORIGIN)).toBe(false);
    expect(isEvaluationUrl('/api/v1/reporting/formalities', ORIGIN)).toBe(false);
    expect(isPortalPage('https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu')).toBe(true);
    expect(isPortalPage('https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu/chi-tiet?x=1')).toBe(true);
    expect(isPortalPage('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')).toBe(false);
    expect(isPortalPage('https://dichvucong.gov.vn.evil.example/danh-gia-chat-luong-phuc-vu')).toBe(false);
  });
});

describe('the main-world capture script', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands its private port over once, passes fetch through untouched and reports over the port only', async () => {
    const answer = () => new Response('{"code":"OK","data":{},"message":"OK"}', { status: 201 });
    let last: Response | null = null;
    const pageFetch = vi.fn(async () => (last = answer()));
    vi.stubGlobal('fetch', pageFetch);
    window.fetch = pageFetch as unknown as typeof fetch;
    const windowPosts = vi.spyOn(window, 'postMessage');
    // happy-dom's MessagePort is not the class of Node's MessageChannel ports (in a browser they are one)
    vi.stubGlobal('MessagePort', Object.getPrototypeOf(new MessageChannel().port1).constructor);
    // The content script's side: take the offered port by cancelling the offer.
    let port: MessagePort | null = null;
    const take = (e: Event) => {
      port = (e as MessageEvent).ports[0] ?? null;
      e.preventDefault();
    };
    window.addEventListener(CHANNEL_OFFER, take);
    const script = (await import('../../extension/entrypoints/capture.content.ts')).default;
    script.main({} as never);
    window.removeEventListener(CHANNEL_OFFER, take);
    expect(port).not.toBeNull();
    const received: unknown[] = [];
    port!.onmessage = (e: MessageEvent) => void received.push(e.data);

    // Offered once: a page script that asks again gets nothing.
    let again = false;
    window.addEventListener(CHANNEL_OFFER, () => { again = true; });
    window.dispatchEvent(new Event(CHANNEL_HELLO));
    expect(again).toBe(false);

    // A page script replaces the natives after the capture script started: it changes nothing.
    const realText = Response.prototype.text;
    Response.prototype.text = async function () {
      return '{"code":"OK","data":{"forged":true},"message":"OK"}';
    };
    const realPost = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function () { /* swallow */ };
    try {
      const init = { method: 'POST', body: '{"timeType":"year","year":2026}' };
      const res = await window.fetch('/api/v1/reporting/evaluation/transparency', init);
      // The page gets exactly its own response object
      expect(res).toBe(last);
      expect(pageFetch).toHaveBeenCalledWith('/api/v1/reporting/evaluation/transparency', init);
      await vi.waitFor(() => expect(received).toHaveLength(1));
    } finally {
      Response.prototype.text = realText;
      MessagePort.prototype.postMessage = realPost;
    }
    expect(asCapturedPayload(received[0])).toMatchObject({ status: 201, request: '{"timeType":"year","year":2026}', body: '{"code":"OK","data":{},"message":"OK"}' });
    expect(windowPosts).not.toHaveBeenCalled();

    // Other calls are not looked at: only the next evaluation call is reported after them.
    await window.fetch('/api/v1/reporting/formalities', { method: 'POST', body: '{}' });
    await window.fetch('/uploads/x.json?/api/v1/reporting/evaluation/service-results', { method: 'POST', body: '{}' });
    await window.fetch('/api/v1/reporting/evaluation/dossier-digitized', { method: 'POST', body: '{"n":2}' });
    await vi.waitFor(() => expect(received).toHaveLength(2));
    expect(asCapturedPayload(received[1])?.url).toBe('https://dichvucong.gov.vn/api/v1/reporting/evaluation/dossier-digitized');
    port!.close();
  });
});

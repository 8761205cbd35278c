// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCapturedPayload, isEvaluationUrl, isPortalPage, CAPTURE_SOURCE, PROTOCOL_VERSION, type CapturedPayload } from '../../extension/utils/capture-protocol.ts';

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

  it('passes fetch requests and responses through untouched and posts the evaluation bodies', async () => {
    const answer = new Response('{"code":"OK","data":{},"message":"OK"}', { status: 201 });
    const pageFetch = vi.fn(async () => answer);
    vi.stubGlobal('fetch', pageFetch);
    window.fetch = pageFetch as unknown as typeof fetch;
    const posted: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void posted.push(m));
    const script = (await import('../../extension/entrypoints/capture.content.ts')).default;
    script.main({} as never);

    const init = { method: 'POST', body: '{"timeType":"year","year":2026}' };
    const res = await window.fetch('/api/v1/reporting/evaluation/transparency', init);
    // The page gets exactly its own response object, still readable
    expect(res).toBe(answer);
    expect(await res.text()).toBe('{"code":"OK","data":{},"message":"OK"}');
    expect(pageFetch).toHaveBeenCalledWith('/api/v1/reporting/evaluation/transparency', init);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(asCapturedPayload(posted[0])).toMatchObject({ status: 201, request: '{"timeType":"year","year":2026}', body: '{"code":"OK","data":{},"message":"OK"}' });

    // Other calls are not looked at
    await window.fetch('/api/v1/reporting/formalities', { method: 'POST', body: '{}' });
    await new Promise((r) => setTimeout(r, 10));
    expect(posted).toHaveLength(1);
  });
});

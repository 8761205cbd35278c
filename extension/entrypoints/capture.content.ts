// Runs in the page's own JavaScript world, before the portal's application starts. It wraps fetch
// and XMLHttpRequest to SEE the evaluation API's responses: requests and responses are passed on
// untouched (the response is cloned before it is read). Each body is handed to the content script
// with postMessage to this page's origin only. Nothing else is read, nothing is sent anywhere.
import {
  CAPTURE_SOURCE, CONTENT_SOURCE, PROTOCOL_VERSION, isEvaluationUrl, type CapturedPayload,
} from '../utils/capture-protocol.ts';

export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const marker = Symbol.for('cds-portal-capture');
    const w = window as unknown as Record<symbol, boolean>;
    if (w[marker]) return;
    w[marker] = true;

    const origin = location.origin;
    // The content script may start after the first responses: keep the latest few for a replay.
    const recent: CapturedPayload[] = [];

    const post = (url: string, status: number, request: string | null, body: string) => {
      const msg: CapturedPayload = { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url, status, request, body, at: performance.now() };
      recent.push(msg);
      if (recent.length > 20) recent.shift();
      window.postMessage(msg, origin);
    };

    window.addEventListener('message', (e: MessageEvent) => {
      const d = e.data as { source?: unknown; version?: unknown; kind?: unknown } | null;
      if (e.source !== window || e.origin !== origin || !d || d.source !== CONTENT_SOURCE || d.version !== PROTOCOL_VERSION || d.kind !== 'replay') return;
      for (const m of recent) window.postMessage(m, origin);
    });

    const bodyText = (body: unknown): string | null => (typeof body === 'string' ? body : null);

    const originalFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const result = originalFetch.apply(this, [input, init] as [RequestInfo | URL, RequestInit | undefined]);
      try {
        const url = input instanceof Request ? input.url : String(input instanceof URL ? input.href : input);
        if (isEvaluationUrl(url, origin)) {
          const requestText = init?.body !== undefined ? Promise.resolve(bodyText(init.body)) : input instanceof Request ? input.clone().text().catch(() => null) : Promise.resolve(null);
          result
            .then((res) => Promise.all([requestText, res.clone().text()]).then(([req, text]) => post(new URL(url, origin).href, res.status, req, text)))
            .catch(() => undefined);
        }
      } catch {
        // Observing must never break the page's own call.
      }
      return result;
    } as typeof window.fetch;

    const xhrUrl = new WeakMap<XMLHttpRequest, string>();
    const originalOpen = XMLHttpRequest.prototype.open;
    const originalSend = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        xhrUrl.set(this, String(args[1]));
      } catch {
        /* keep the page's call intact */
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const url = xhrUrl.get(this);
        if (url && isEvaluationUrl(url, origin)) {
          const req = bodyText(body);
          this.addEventListener('load', () => {
            try {
              const text = this.responseType === '' || this.responseType === 'text' ? this.responseText : this.responseType === 'json' ? JSON.stringify(this.response) : null;
              if (text !== null) post(new URL(url, origin).href, this.status, req, text);
            } catch {
              /* ignore */
            }
          });
        }
      } catch {
        /* keep the page's call intact */
      }
      return originalSend.call(this, body);
    };
  },
});

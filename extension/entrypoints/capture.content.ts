// Runs in the page's own JavaScript world at document_start, before any of the page's scripts. It
// wraps fetch and XMLHttpRequest to SEE the evaluation API's responses: requests and responses are
// passed on untouched (the response is cloned before it is read). The bodies go to the extension's
// content script over a private MessageChannel handed over before the page's scripts exist, so no
// other script of the page can post figures to the extension. Every native function it relies on
// is kept here first: a page script that later replaces fetch, Response.prototype.text, the XHR
// getters or MessagePort.prototype.postMessage cannot change what is reported.
import {
  CAPTURE_SOURCE, CHANNEL_HELLO, CHANNEL_OFFER, EVALUATION_PATH, MAX_BODY_CHARS, MAX_REQUEST_CHARS, MAX_URL_CHARS,
  PROTOCOL_VERSION, type CapturedPayload,
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

    // Native references, taken before any page script runs.
    const apply = Reflect.apply;
    // The prototype's native getter (browsers define these as accessors; a plain read where none exists).
    const getter = (proto: object, name: string) =>
      (Object.getOwnPropertyDescriptor(proto, name)?.get ?? function (this: Record<string, unknown>) { return this[name]; }) as (this: unknown) => unknown;
    const nativeFetch = window.fetch;
    const then = Promise.prototype.then;
    const resolved = Promise.resolve.bind(Promise) as <T>(v: T) => Promise<T>;
    const responseClone = Response.prototype.clone;
    const responseText = Response.prototype.text;
    const responseStatus = getter(Response.prototype, 'status');
    const requestClone = Request.prototype.clone;
    const requestText = Request.prototype.text;
    const requestUrl = getter(Request.prototype, 'url');
    const NativeRequest = Request;
    const hasInstance = Function.prototype[Symbol.hasInstance];
    const xhrOpen = XMLHttpRequest.prototype.open;
    const xhrSend = XMLHttpRequest.prototype.send;
    const xhrText = getter(XMLHttpRequest.prototype, 'responseText');
    const xhrStatus = getter(XMLHttpRequest.prototype, 'status');
    const xhrType = getter(XMLHttpRequest.prototype, 'responseType');
    const xhrState = getter(XMLHttpRequest.prototype, 'readyState');
    const listen = EventTarget.prototype.addEventListener;
    // The window's own methods, bound now (the same natives, whatever the page assigns later).
    const windowListen = window.addEventListener.bind(window);
    const windowUnlisten = window.removeEventListener.bind(window);
    const windowDispatch = window.dispatchEvent.bind(window);
    const portPost = MessagePort.prototype.postMessage;
    const NativeURL = URL;
    const NativeMessageEvent = MessageEvent;
    const urlHref = getter(URL.prototype, 'href');
    const urlOrigin = getter(URL.prototype, 'origin');
    const urlPath = getter(URL.prototype, 'pathname');
    const now = performance.now.bind(performance);
    const mapGet = WeakMap.prototype.get;
    const mapSet = WeakMap.prototype.set;
    const origin = location.origin;

    // The private channel: port2 goes to the first listener that takes it (the content script,
    // which also runs at document_start); taken once, it is never offered again.
    const channel = new MessageChannel();
    let handed = false;
    const offer = () => {
      if (handed) return;
      const event = new NativeMessageEvent(CHANNEL_OFFER, { ports: [channel.port2], cancelable: true });
      // The content script cancels the offer to say it took the port.
      if (!windowDispatch(event)) {
        handed = true;
        windowUnlisten(CHANNEL_HELLO, offer);
      }
    };
    windowListen(CHANNEL_HELLO, offer);
    offer();

    /** The absolute URL when it is this origin's evaluation API, else null. */
    const evaluationUrl = (url: string): string | null => {
      try {
        const u = new NativeURL(url, origin);
        // A first filter only: the content script checks the address again in its own world.
        if (apply(urlOrigin, u, []) !== origin || !`${apply(urlPath, u, []) as string}`.startsWith(EVALUATION_PATH)) return null;
        const href = apply(urlHref, u, []) as string;
        return href.length <= MAX_URL_CHARS ? href : null;
      } catch {
        return null;
      }
    };

    const post = (url: string, status: number, request: string | null, body: string) => {
      if (body.length > MAX_BODY_CHARS) return;
      const req = request !== null && request.length <= MAX_REQUEST_CHARS ? request : null;
      const msg: CapturedPayload = { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url, status, request: req, body, at: now() };
      apply(portPost, channel.port1, [msg]);
    };

    const bodyText = (body: unknown): string | null => (typeof body === 'string' ? body : null);
    // A real Request: the ordinary instanceof (the saved native, not a page's Symbol.hasInstance) and
    // the native url getter, which throws for anything else.
    const isRequest = (input: unknown): boolean => {
      if (typeof input !== 'object' || input === null || !apply(hasInstance, NativeRequest, [input])) return false;
      try {
        return typeof apply(requestUrl, input, []) === 'string';
      } catch {
        return false;
      }
    };

    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      let url: string | null = null;
      let requestBody: Promise<string | null> = resolved(null);
      let args: [RequestInfo | URL, RequestInit | undefined] = [input, init];
      try {
        if (isRequest(input)) {
          url = evaluationUrl(apply(requestUrl, input, []) as string);
          if (url && init?.body === undefined) {
            requestBody = apply(then, apply(requestText, apply(requestClone, input, []), []), [undefined, () => null]) as Promise<string | null>;
          }
        } else {
          // Read the address once and pass that same text on: an object that answers differently
          // the second time cannot make the figures of one address pass for another's.
          const text = `${input as string}`;
          args = [text, init];
          url = evaluationUrl(text);
        }
        if (url && init?.body !== undefined) requestBody = resolved(bodyText(init.body));
      } catch {
        url = null;
      }
      const result = apply(nativeFetch, this, args) as Promise<Response>;
      if (url) {
        const at = url;
        // Registered before the page gets the promise: the clone is made before the page reads the body.
        apply(then, result, [(res: Response) => {
          const copy = apply(responseClone, res, []) as Response;
          const status = apply(responseStatus, res, []) as number;
          apply(then, requestBody, [(req: string | null) =>
            apply(then, apply(responseText, copy, []), [(text: string) => post(at, status, req, text), () => undefined]),
          ]);
        }, () => undefined]);
      }
      return result;
    } as typeof window.fetch;

    const xhrUrl = new WeakMap<XMLHttpRequest, string>();
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const text = `${args[1] as string}`;
        args[1] = text;
        const url = evaluationUrl(text);
        if (url) apply(mapSet, xhrUrl, [this, url]);
      } catch {
        /* keep the page's call intact */
      }
      return apply(xhrOpen, this, args);
    } as typeof XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const url = apply(mapGet, xhrUrl, [this]) as string | undefined;
        if (url) {
          const req = bodyText(body);
          const xhr = this;
          let done = false;
          apply(listen, xhr, ['load', () => {
            try {
              // A synthetic `load` of an unfinished request, or a parsed JSON response the page may
              // have changed before this listener ran, is not read.
              if (done || apply(xhrState, xhr, []) !== 4) return;
              const type = apply(xhrType, xhr, []);
              if (type !== '' && type !== 'text') return;
              done = true;
              post(url, apply(xhrStatus, xhr, []) as number, req, apply(xhrText, xhr, []) as string);
            } catch {
              /* ignore */
            }
          }]);
        }
      } catch {
        /* keep the page's call intact */
      }
      return apply(xhrSend, this, [body]);
    };
  },
});

// The content script's end of the private channel to the main-world capture script. Payloads are
// accepted from that port only: a page script can post window messages, dispatch events and call
// the page's fetch as it likes, none of it reaches the panel. The port is taken once, at
// document_start, before the page has any script of its own.
import { CHANNEL_HELLO, CHANNEL_OFFER, PORTAL_ORIGIN, asCapturedPayload, isEvaluationUrl, type CapturedPayload } from './capture-protocol.ts';

export interface CaptureChannel {
  /** The capture script's port was taken. */
  readonly connected: boolean;
  close(): void;
}

/**
 * Takes the capture script's port (now, or when the capture script starts just after) and hands
 * every well-formed payload of this origin's evaluation API to `onPayload`. An offer is taken only
 * while the document has no script of its own yet, and only the first one.
 */
export function openCaptureChannel(win: Window, onPayload: (p: CapturedPayload) => void, origin: string = PORTAL_ORIGIN): CaptureChannel {
  let port: MessagePort | null = null;
  const doc = win.document;
  const onOffer = (event: Event) => {
    const ports = (event as MessageEvent).ports;
    if (port || !ports || ports.length !== 1) return;
    if (doc.getElementsByTagName('script').length > 0) return;
    port = ports[0]!;
    event.preventDefault();
    event.stopImmediatePropagation();
    win.removeEventListener(CHANNEL_OFFER, onOffer, true);
    port.onmessage = (e: MessageEvent) => {
      const p = asCapturedPayload(e.data);
      if (p && isEvaluationUrl(p.url, origin)) onPayload(p);
    };
  };
  win.addEventListener(CHANNEL_OFFER, onOffer, true);
  // The capture script may have started first: ask it to offer again (it offers only until taken).
  win.dispatchEvent(new Event(CHANNEL_HELLO));
  return {
    get connected() {
      return port !== null;
    },
    close() {
      win.removeEventListener(CHANNEL_OFFER, onOffer, true);
      port?.close();
      port = null;
    },
  };
}

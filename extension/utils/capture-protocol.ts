// The messages between the main-world capture script and the content script. The capture script
// runs in the page's own JavaScript world, so it stays tiny and imports nothing but this file.

export const CAPTURE_SOURCE = 'cds-portal-capture';
export const CONTENT_SOURCE = 'cds-portal-content';
export const PROTOCOL_VERSION = 1;
export const PORTAL_ORIGIN = 'https://dichvucong.gov.vn';
export const EVALUATION_PATH = '/api/v1/reporting/evaluation/';
export const PORTAL_PAGE_PATH = '/danh-gia-chat-luong-phuc-vu';

/** Bounds that keep a hostile or broken page from making the extension parse anything huge. */
export const MAX_BODY_CHARS = 40_000_000;
export const MAX_REQUEST_CHARS = 100_000;
export const MAX_URL_CHARS = 2_048;

/**
 * The private channel's hand-over, both at document_start before any page script: the capture
 * script dispatches CHANNEL_OFFER (a MessageEvent carrying one port) and the content script takes it
 * by cancelling the event; a content script that starts second asks with CHANNEL_HELLO.
 */
export const CHANNEL_OFFER = 'cds-portal-capture-offer';
export const CHANNEL_HELLO = 'cds-portal-capture-hello';

/** What the extension keeps of the units it saw: enough for a national list, never unbounded. */
export const MAX_SEEN_UNITS = 5_000;
/** Longest name, code or id kept from a payload (real names are under 120 characters). */
export const MAX_NAME_CHARS = 200;
export const MAX_ID_CHARS = 64;

/** The text cut to `max` characters (null stays null). */
export function clip(s: string, max: number): string;
export function clip(s: string | null, max: number): string | null;
export function clip(s: string | null, max: number): string | null {
  return s === null ? null : s.length > max ? s.slice(0, max) : s;
}

/** A captured response: what the page asked for and what it got, as text. */
export interface CapturedPayload {
  source: typeof CAPTURE_SOURCE;
  version: typeof PROTOCOL_VERSION;
  kind: 'payload';
  url: string;
  status: number;
  request: string | null;
  body: string;
  /** performance.now() when the body was read (same clock in both worlds). */
  at: number;
}

export function isEvaluationUrl(url: string, origin: string): boolean {
  try {
    const u = new URL(url, origin);
    return u.origin === origin && u.pathname.startsWith(EVALUATION_PATH);
  } catch {
    return false;
  }
}

export function isPortalPage(url: string | URL): boolean {
  try {
    const u = new URL(url);
    return u.origin === PORTAL_ORIGIN && (u.pathname === PORTAL_PAGE_PATH || u.pathname.startsWith(`${PORTAL_PAGE_PATH}/`));
  } catch {
    return false;
  }
}

/** Shape check of a message event's data: exact source, version and field types, bounded sizes. */
export function asCapturedPayload(data: unknown): CapturedPayload | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.source !== CAPTURE_SOURCE || d.version !== PROTOCOL_VERSION || d.kind !== 'payload') return null;
  if (typeof d.url !== 'string' || d.url.length > MAX_URL_CHARS) return null;
  if (typeof d.status !== 'number' || !Number.isInteger(d.status)) return null;
  if (d.request !== null && (typeof d.request !== 'string' || d.request.length > MAX_REQUEST_CHARS)) return null;
  if (typeof d.body !== 'string' || d.body.length > MAX_BODY_CHARS) return null;
  if (typeof d.at !== 'number' || !Number.isFinite(d.at)) return null;
  return { source: CAPTURE_SOURCE, version: PROTOCOL_VERSION, kind: 'payload', url: d.url, status: d.status, request: d.request as string | null, body: d.body, at: d.at };
}

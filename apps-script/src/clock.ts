// "Today" for deadlines. The core has no clock; the add-on asks the browser (the officer's own
// calendar day, sent by the sidebar) and falls back to the date in Việt Nam (UTC+7, no summer time).
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2025-06-01 14:05", Việt Nam time: when a period was saved or a status changed. */
export function nowInVietnam(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function todayOr(fromClient: unknown): string {
  if (typeof fromClient === 'string' && ISO_DAY.test(fromClient)) return fromClient;
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

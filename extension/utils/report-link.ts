// The link to my unit's report spreadsheet (the targets the portal cannot measure are entered there),
// kept in local storage only. Only https links are kept: the panel opens it in a new tab.
import { storage } from 'wxt/utils/storage';

export const reportLinkItem = storage.defineItem<string | null>('local:reportLink', { fallback: null, version: 1 });

/** The trimmed link when it is a valid https URL, '' for an empty field, null when refused. */
export function checkReportLink(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  try {
    const url = new URL(s);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A Google spreadsheet named on the command line: its id and, from a URL's `#gid=`, one sheet. */
export interface SpreadsheetRef {
  id: string;
  /** The sheet the URL pointed at (`gid`), tried first. */
  gid: number | null;
}

const ID = /^[A-Za-z0-9_-]+$/;

/**
 * `https://docs.google.com/spreadsheets/d/<id>/edit#gid=<gid>` (any variant with `/d/<id>`) or a
 * bare id. Returns null for anything else, so a typo is reported instead of sent to Google.
 */
export function parseSpreadsheetRef(text: string): SpreadsheetRef | null {
  const input = text.trim();
  if (ID.test(input)) return { id: input, gid: null };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  const match = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url.pathname);
  if (!match?.[1]) return null;
  const gidText = /(?:^|[#&?])gid=(\d+)/.exec(url.hash + url.search)?.[1];
  return { id: match[1], gid: gidText === undefined ? null : Number(gidText) };
}

import { msg, t } from '../messages/index.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { cliError } from '../errors.ts';
import type { SheetsClient } from './client.ts';
import { quoteSheetName } from './range.ts';
import { withRetry, type RetryPolicy } from './retry.ts';

/**
 * Writes the ranking grid to one sheet of a spreadsheet (`cds rank --write <id>`): creates the
 * sheet when missing, clears it when `cds` wrote it (isOwnedRanking), writes the values RAW (a unit named "=1+1" stays text). Only this
 * command asks for the read-write scope.
 */
export async function writeRankingSheet(client: SheetsClient, spreadsheetId: string, sheetTitle: string, grid: RawValue[][], retry: RetryPolicy): Promise<void> {
  const meta = await withRetry(() => client.api.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }), retry);
  const exists = (meta.data.sheets ?? []).some((s) => s.properties?.title === sheetTitle);
  if (!exists) {
    await withRetry(
      () => client.api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [{ addSheet: { properties: { title: sheetTitle } } }] } }),
      retry,
    );
  } else {
    // Only a sheet `cds` wrote (its A1 is the ranking title, as the add-on marks its sheets) or an
    // empty one is replaced: an officer's own sheet of that name is never cleared.
    const read = await withRetry(() => client.api.spreadsheets.values.batchGet({ spreadsheetId, ranges: [quoteSheetName(sheetTitle)] }), retry);
    const values = read.data.valueRanges?.[0]?.values ?? [];
    if (!isOwnedRanking(values)) throw cliError('safety.sheet-not-ours', { sheet: sheetTitle });
    await withRetry(() => client.api.spreadsheets.values.clear({ spreadsheetId, range: quoteSheetName(sheetTitle), requestBody: {} }), retry);
  }
  await withRetry(
    () =>
      client.api.spreadsheets.values.update({
        spreadsheetId,
        range: `${quoteSheetName(sheetTitle)}!A1`,
        valueInputOption: 'RAW',
        requestBody: { majorDimension: 'ROWS', values: grid.map((row) => row.map((v) => (v === null ? '' : v))) },
      }),
    retry,
  );
}

/** The ownership mark: A1 starts with the ranking title `cds` writes there (either language). */
const RANKING_MARKS = [t(msg('cli.rank.title'), 'vi'), t(msg('cli.rank.title'), 'en')];

/** A sheet `cds rank --write` made, or an empty one: nothing of the officer's would be lost. */
export function isOwnedRanking(values: readonly (readonly unknown[])[]): boolean {
  const filled = values.some((row) => row.some((v) => v !== '' && v !== null && v !== undefined));
  if (!filled) return true;
  const a1 = values[0]?.[0];
  return typeof a1 === 'string' && RANKING_MARKS.some((m) => a1.startsWith(m));
}

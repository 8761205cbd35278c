import type { RawValue } from '../../shared/schema/report.ts';
import type { SheetsClient } from './client.ts';
import { quoteSheetName } from './range.ts';
import { withRetry, type RetryPolicy } from './retry.ts';

/**
 * Writes the ranking grid to one sheet of a spreadsheet (`cds rank --write <id>`): creates the
 * sheet when missing, clears it, writes the values RAW (a unit named "=1+1" stays text). Only this
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

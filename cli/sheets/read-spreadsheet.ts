import type { RawValue } from '../../shared/schema/report.ts';
import { serialToIso } from '../../shared/parse/date.ts';
import { formatDate } from '../../shared/messages/index.ts';
import type { SheetGrid } from '../io/read-xlsx.ts';
import { rectangular } from '../io/grid.ts';
import { percentText } from '../io/percent-text.ts';
import type { SheetsClient } from './client.ts';
import { quoteSheetName } from './range.ts';
import { withRetry, type RetryPolicy } from './retry.ts';
import type { SpreadsheetRef } from './spreadsheet-ref.ts';

export interface SpreadsheetGrids {
  title: string | null;
  sheets: SheetGrid[];
}

/** Number-format types that change how a typed number must be read. */
type FormatKind = 'PERCENT' | 'DATE' | 'DATE_TIME';

interface SheetMeta {
  title: string;
  /** "row,column" (0-based) → the cell's number format, for percent and date cells only. */
  formats: Map<string, FormatKind>;
}

/** Fields of the first call: sheet names and the number-format TYPE of each cell, nothing else. */
const META_FIELDS =
  'properties.title,sheets(properties(sheetId,title),data(startRow,startColumn,rowData(values(effectiveFormat(numberFormat(type))))))';

/**
 * One spreadsheet in two calls (each retried on 429/5xx):
 *
 * 1. `spreadsheets.get` with a field mask that returns the sheet names and, per cell, only the
 *    number-format type (no values). With `--sheet-name` it is limited to that sheet.
 * 2. ONE `values.batchGet` for the report range(s): every sheet, whole (a fixed A1:Z200 box could
 *    cut a long report silently). The caller takes the first sheet with the report layout, the
 *    URL's `#gid=` sheet first.
 *
 * Render option, chosen deliberately: `UNFORMATTED_VALUE` + `dateTimeRenderOption: SERIAL_NUMBER`.
 * Typed numbers are exact and independent of the spreadsheet's locale, whereas FORMATTED_VALUE
 * hands over "1,000" (one thousand in an en_US sheet, one in a vi_VN one) and display rounding
 * ("85%" for 85,4%). But a typed number loses what the officer sees in two cases, which the
 * formats of call 1 restore:
 * - a percent-formatted cell holds its fraction: "100%" arrives as 1, which the core would read as
 *   1% (its share rule only turns values strictly below 1 into percents). It becomes the displayed
 *   text "100%" / "85,5%" — the same as the XLSX reader does with Excel's percent formats;
 * - a date cell holds a serial number nobody can tell from a count: it becomes dd/mm/yyyy.
 */
export async function readSpreadsheet(
  client: SheetsClient,
  ref: SpreadsheetRef,
  sheetName: string | undefined,
  retry: RetryPolicy,
): Promise<SpreadsheetGrids> {
  const meta = await withRetry(
    () =>
      client.api.spreadsheets.get({
        spreadsheetId: ref.id,
        fields: META_FIELDS,
        includeGridData: true,
        ...(sheetName !== undefined ? { ranges: [quoteSheetName(sheetName)] } : {}),
      }),
    retry,
  );
  const title = meta.data.properties?.title ?? null;
  const found = (meta.data.sheets ?? []).filter((s) => s.properties?.title);
  // The sheet the URL points at first; then workbook order.
  found.sort((a, b) => Number(b.properties?.sheetId === ref.gid) - Number(a.properties?.sheetId === ref.gid));
  const sheets: SheetMeta[] = found
    .filter((s) => sheetName === undefined || s.properties?.title === sheetName)
    .map((s) => ({ title: s.properties?.title ?? '', formats: formatMap(s.data ?? []) }));
  if (sheets.length === 0) return { title, sheets: [] };

  const response = await withRetry(
    () =>
      client.api.spreadsheets.values.batchGet({
        spreadsheetId: ref.id,
        ranges: sheets.map((s) => quoteSheetName(s.title)),
        majorDimension: 'ROWS',
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }),
    retry,
  );
  const ranges = response.data.valueRanges ?? [];
  return {
    title,
    // valueRanges come back in request order; a whole-sheet range starts at A1.
    sheets: sheets.map((sheet, i) => ({
      name: sheet.title,
      grid: rectangular((ranges[i]?.values ?? []).map((row, r) => (row ?? []).map((value, c) => toRaw(value, sheet.formats.get(`${r},${c}`))))),
    })),
  };
}

interface GridDataLike {
  startRow?: number | null;
  startColumn?: number | null;
  rowData?: { values?: { effectiveFormat?: { numberFormat?: { type?: string | null } | null } | null }[] | null }[] | null;
}

function formatMap(blocks: GridDataLike[]): Map<string, FormatKind> {
  const formats = new Map<string, FormatKind>();
  for (const block of blocks) {
    const top = block.startRow ?? 0;
    const left = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((row, r) => {
      (row.values ?? []).forEach((cell, c) => {
        const type = cell.effectiveFormat?.numberFormat?.type;
        if (type === 'PERCENT' || type === 'DATE' || type === 'DATE_TIME') formats.set(`${top + r},${left + c}`, type);
      });
    });
  }
  return formats;
}

function toRaw(value: unknown, format: FormatKind | undefined): RawValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (format === 'PERCENT') return percentText(value);
    if (format === 'DATE' || format === 'DATE_TIME') {
      const iso = serialToIso(value);
      return iso === null ? value : formatDate(iso);
    }
    return value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

// Sheet cells → the core's raw values, in one batch: getValues for exact numbers, getDisplayValues
// for what a number's format says (a percent cell holds the fraction) and for dates.
import type { RawValue } from '../../shared/schema/report.ts';
import type { CellValue, SheetLike, SpreadsheetLike } from './gas.ts';

export interface SheetGrid {
  name: string;
  grid: RawValue[][];
  rows: number;
  columns: number;
}

/** Up to 12 significant digits, written with a decimal comma so the core never reads it as thousands. */
function percentText(fraction: number): string {
  const n = Number((fraction * 100).toPrecision(12));
  const s = String(n);
  return s.includes('e') ? s : `${s.replace('.', ',')}%`;
}

/**
 * One cell as the core reads it:
 * - blank → null; text, numbers and check boxes as they are; error values (#DIV/0!) stay text;
 * - a number shown with % → "85,5%": the core then knows it is a percent (0.855 alone would be
 *   ambiguous with a typed 0,855);
 * - a date → the text the officer sees (the report layout has no date cells).
 */
export function toRaw(value: CellValue, shown: string): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return shown.trim().endsWith('%') ? percentText(value) : value;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return shown;
}

export function readSheet(sheet: SheetLike): SheetGrid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const grid = values.map((line, r) => line.map((v, c) => toRaw(v, shown[r]?.[c] ?? '')));
  return { name: sheet.getName(), grid, rows: values.length, columns: values[0]?.length ?? 0 };
}

/** `base`, `base (2)`, `base (3)`… the first name no sheet has. */
export function freeSheetName(book: SpreadsheetLike, base: string): string {
  const taken = new Set(book.getSheets().map((s) => s.getName()));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}

/**
 * A sheet the add-on writes in full (Kết quả, Xếp hạng, Kế hoạch): `base` or `base (n)` whose A1
 * starts with `marker`, or a new one. A sheet of the same name that the officer made is never
 * overwritten.
 */
export function ownedSheet(book: SpreadsheetLike, base: string, marker: string): SheetLike {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = book.getSheetByName(name);
    if (sheet === null) {
      // insertSheet activates the new sheet: the officer stays where they were.
      const active = book.getActiveSheet();
      const created = book.insertSheet(name);
      active.activate();
      return created;
    }
    const a1 = sheet.getRange(1, 1).getValues()[0]?.[0];
    if (typeof a1 === 'string' && a1.startsWith(marker)) return sheet;
  }
}

/** Grows the sheet so a block of `rows` × `columns` from A1 fits (getRange throws outside it). */
export function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Rectangular text grid from ragged lines (setValues needs every line the same length). */
export function rectangle(lines: RawValue[][], width?: number): (string | number | boolean)[][] {
  const w = width ?? Math.max(1, ...lines.map((l) => l.length));
  return lines.map((l) => Array.from({ length: w }, (_, i) => {
    const v = l[i];
    return v === null || v === undefined ? '' : v;
  }));
}

/**
 * Text written by setValues is parsed like typing ("2025" becomes a number, "=…" a formula,
 * "1/2/2025" a date). A leading apostrophe keeps it text; Sheets does not show or store it.
 */
export function asText(s: string): string {
  return /^[=+\-0-9.,'%]/.test(s) || /^\s/.test(s) ? `'${s}` : s;
}

// Sheet cells → the core's raw values, in one batch: getValues for exact numbers, getNumberFormats
// for whether a number is a percent (a real % format holds the fraction; a literal "%" does not),
// getDisplayValues for the text of dates.
import type { RawValue } from '../../shared/schema/report.ts';
import type { CellValue, SheetLike, SpreadsheetLike } from './gas.ts';
import { isPercentFormat, percentText } from '../../shared/parse/percent-text.ts';

export interface SheetGrid {
  name: string;
  grid: RawValue[][];
  rows: number;
  columns: number;
}

// The one percent-text helper, shared with the CLI: "85,5%", "1.234,5%" (Vietnamese notation).
export { isPercentFormat };

/** A date or time as text the core can never read as a number ("1/2/2025", "12:30"). */
function dateText(d: Date): string {
  const p = (n: number) => (n < 10 ? `0${n}` : String(n));
  // Sheets' day zero (30/12/1899) carries a time alone.
  if (d.getFullYear() <= 1899) return `${d.getHours()}:${p(d.getMinutes())}`;
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

/**
 * One cell as the core reads it:
 * - blank → null; text, numbers and check boxes as they are; error values (#DIV/0!, #N/A,
 *   #ERROR!) stay text, and the core says the formula must be fixed;
 * - a number in a percent format → "85,5%": the core then knows it is a percent (0.855 alone would
 *   be ambiguous with a typed 0,855); a number in a literal-% format (`0"%"`) is already the
 *   percent → "85%";
 * - a date or time (an officer's "1/2" or "12:30" that Sheets turned into one) → its text when that
 *   shows a date, else a dated text: a date in a number-formatted cell shows its serial number
 *   ("4.605.400%"), which must never be read as a figure.
 */
export function toRaw(value: CellValue, shown: string, format = ''): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (isPercentFormat(format)) return percentText(value);
    // A literal % (or no format known but a % shown): the number is the percent itself.
    if (shown.trim().endsWith('%')) return format === '' ? percentText(value) : percentText(value / 100);
    return value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return /\d[/:.-]\d/.test(shown) && !/^[-+]?[\d.,\s]+%?$/.test(shown.trim()) ? shown : dateText(value as Date);
  }
  return shown;
}

export function readSheet(sheet: SheetLike): SheetGrid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const grid = values.map((line, r) => line.map((v, c) => toRaw(v, shown[r]?.[c] ?? '', formats[r]?.[c] ?? '')));
  return { name: sheet.getName(), grid, rows: values.length, columns: values[0]?.length ?? 0 };
}

/** Sheet names are unique regardless of case in Sheets: "BÁO CÁO" and "Báo cáo" are one name. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/** The sheet of that name, case aside (never relying on getSheetByName's own case rule). */
export function findSheet(book: SpreadsheetLike, name: string): SheetLike | null {
  return book.getSheets().find((s) => sameSheetName(s.getName(), name)) ?? null;
}

/** `base`, `base (2)`, `base (3)`… the first name no sheet has, in any case. */
export function freeSheetName(book: SpreadsheetLike, base: string): string {
  const taken = book.getSheets().map((s) => s.getName());
  const free = (name: string) => !taken.some((t) => sameSheetName(t, name));
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base} (${n})`)) return `${base} (${n})`;
}

/**
 * A sheet the add-on writes in full (Kết quả, Xếp hạng, Kế hoạch): `base` or `base (n)` whose A1
 * starts with `marker`, or a new one. A sheet of the same name that the officer made is never
 * overwritten.
 */
export function ownedSheet(book: SpreadsheetLike, base: string, marker: string): SheetLike {
  const sheets = book.getSheets();
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    // Case aside: an officer's "KẾT QUẢ" takes the name "Kết quả" (Sheets refuses both).
    const sheet = sheets.find((s) => sameSheetName(s.getName(), name)) ?? null;
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

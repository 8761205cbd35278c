/**
 * A text cell as a spreadsheet will not run it. Excel, LibreOffice and Google Sheets treat a cell
 * that starts with = + - @ (or a tab / carriage return before one) as a formula when a CSV file is
 * opened: `=HYPERLINK(...)` in a unit name would run on the officer's machine. Such text gets a
 * leading apostrophe (OWASP "CSV injection"), which spreadsheets show as plain text. Numbers and
 * yes/no stay as they are: they are written by the toolkit, never formulas.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvSafeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

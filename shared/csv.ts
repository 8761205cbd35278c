/**
 * The one CSV writer of the toolkit (CLI files, plan tables, the extension's CSV export): cells
 * quoted where needed, CRLF lines and a UTF-8 BOM so Excel opens Vietnamese letters correctly.
 * Text that would start a formula when a spreadsheet opens the file (= + - @, or a tab / carriage
 * return before one) gets a leading apostrophe (OWASP "CSV injection"), which spreadsheets show as
 * plain text: `=HYPERLINK(…)` in a unit name never runs on the officer's machine. Numbers are
 * written by the toolkit and are never formulas.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null;

/** Text as a spreadsheet will not run it. */
export function csvSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: blank for null, có/không for yes/no unless the caller maps them first. */
export function csvCell(value: CsvValue, sep = ','): string {
  if (value === null) return '';
  const s = typeof value === 'string' ? csvSafeText(value) : typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value);
  const needsQuotes = s.includes(sep) || /["\r\n]/.test(s) || s !== s.trim() || (sep === ',' && s.includes(';'));
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole grid as CSV text with its BOM; `sep` is `;` where Excel expects it (Vietnamese locale). */
export function toCsv(rows: readonly (readonly CsvValue[])[], sep = ','): string {
  return '\uFEFF' + rows.map((row) => row.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

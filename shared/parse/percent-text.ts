import { formatNumber } from '../messages/format.ts';

/**
 * A percent-formatted spreadsheet cell as the core should read it. Excel, Sheets and the Sheets API
 * store 85,5% as the fraction 0.855; the fraction alone is ambiguous for the core (1 would read as
 * 1%, 0.005 as 0,5% or 50%?), the text the cell shows is not. The CLI (XLSX, Sheets API) and the
 * add-on both turn such a cell into this text.
 */

/**
 * The text a percent cell shows, in Vietnamese notation: 0.855 → "85,5%", 1 → "100%",
 * 12.345 → "1.234,5%". 12 significant digits drop float noise (0.855 × 100 = 85.49999999999999),
 * then up to 10 decimals; never an exponent, which the core would not read as a percent.
 */
export function percentText(fraction: number): string {
  const percent = fraction * 100;
  const clean = Number.isFinite(percent) ? Number(percent.toPrecision(12)) : percent;
  return `${formatNumber(clean, 'vi', 10)}%`;
}

/**
 * Whether a number format scales by 100: an unquoted, unescaped `%` in the format's first section
 * (the one for positive numbers). Formats imported from Excel often carry a literal one —
 * `0"%"`, `0\%`, `0.0"%"` — that shows 85 as "85%" without scaling.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const section = format.split(';')[0] ?? '';
  return section.replace(/"[^"]*"?/g, '').replace(/\\./g, '').includes('%');
}

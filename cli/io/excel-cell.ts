import type { RawValue } from '../../shared/schema/report.ts';
import { isPercentFormat, percentText } from '../../shared/parse/percent-text.ts';

/**
 * One ExcelJS cell value → the raw value the core reads, the way the officer sees the cell:
 * numbers stay numbers, dates become dd/mm/yyyy, formulas give their cached result, rich text and
 * hyperlinks their plain text, error values their code ('#DIV/0!').
 *
 * A number in a percent-formatted cell (stored 0.855, shown "85,5%") becomes the text the officer
 * sees, in Vietnamese notation ("85,5%"): the stored fraction alone cannot tell 0,5% from 50%.
 */
export function excelCellToRaw(value: unknown, numFmt: string | undefined): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return isPercentFormat(numFmt) ? percentText(value) : value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return String(v.error);
    if (Array.isArray(v.richText)) return richText(v.richText);
    // Formulas (plain or shared): the result Excel saved with the file. No result → blank.
    if ('formula' in v || 'sharedFormula' in v) return excelCellToRaw(v.result, numFmt);
    if ('text' in v) {
      // Hyperlink: its text may itself be rich text.
      const text = v.text;
      if (typeof text === 'object' && text !== null && Array.isArray((text as { richText?: unknown }).richText)) {
        return richText((text as { richText: unknown[] }).richText);
      }
      return text === undefined || text === null || text === '' ? null : String(text);
    }
  }
  return String(value);
}

function richText(runs: unknown[]): RawValue {
  const text = runs.map((run) => String((run as { text?: unknown }).text ?? '')).join('');
  return text === '' ? null : text;
}

/** ExcelJS reads date cells as UTC midnight of the calendar day. */
function dateText(date: Date): RawValue {
  if (Number.isNaN(date.getTime())) return null;
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A format with a `%` outside quoted literals and escapes ("0.0%", "0%;[Red]-0%"): shared with the add-on. */
export { isPercentFormat };

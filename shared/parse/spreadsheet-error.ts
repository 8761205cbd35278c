import { frozenSet } from '../frozen.ts';
/**
 * Error values that Google Sheets, Excel and LibreOffice write into a cell. A formula that failed
 * is not a number and not a blank: the officer has to fix the formula.
 */
const SPREADSHEET_ERRORS: ReadonlySet<string> = frozenSet([
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  'ERR:502',
  'ERR:504',
  'ERR:522',
]);

/** The error code when the (trimmed) text is a spreadsheet error value, else null. */
export function spreadsheetError(text: string): string | null {
  const first = text.charCodeAt(0);
  if (first !== 35 /* # */ && first !== 69 /* E */ && first !== 101 /* e */) return null;
  const upper = text.toUpperCase();
  return SPREADSHEET_ERRORS.has(upper) ? upper : null;
}

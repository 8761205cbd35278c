// The value parsers in one place: numbers (Vietnamese and English formats, percent shares),
// yes/no answers, dates. Each lives in its own file; see there for the documented rules.
export { parseNumber, readNumberText, type NumberOptions } from './number.ts';
export { parseBoolean } from './boolean.ts';
export { parseDate, serialToIso } from './date.ts';
export { BLANK, type Parsed, type ParseErrorCode, type ParseNote } from './parsed.ts';
export { spreadsheetError } from './spreadsheet-error.ts';
export { toA1, columnName } from './a1.ts';

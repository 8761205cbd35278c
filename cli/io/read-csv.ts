import Papa from 'papaparse';
import type { RawValue } from '../../shared/schema/report.ts';
import { detectDelimiter } from './csv-delimiter.ts';

/**
 * A CSV report as a grid of raw cells. UTF-8 with or without BOM, `,` `;` or tab. Every field stays
 * the text the officer typed ("85,5", "có"): the core reads Vietnamese numbers, not the CLI.
 * An empty field is a blank cell (null).
 */
export function readCsvGrid(text: string): RawValue[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((field): RawValue => (field === '' ? null : field)));
  // Papa keeps the empty line after the last newline; a blank last row carries nothing.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === null)) rows.pop();
  return rows;
}

/** Bytes of a CSV file → text. UTF-8 only (Excel's "CSV UTF-8" and every modern tool). */
export function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

import Papa from 'papaparse';
import type { RawValue } from '../../shared/schema/report.ts';
import { detectDelimiter } from './csv-delimiter.ts';

/** Beyond these a CSV file is no report (a report is a few dozen rows of 7 columns). */
export const CSV_LIMITS = { rows: 1_000_000, columns: 500 };

export class CsvTooLarge extends Error {
  constructor() {
    super('csv-too-large');
  }
}

/**
 * A CSV report as a grid of raw cells. UTF-8 with or without BOM, `,` `;` or tab. Every field stays
 * the text the officer typed ("85,5", "có"): the core reads Vietnamese numbers, not the CLI.
 * An empty field is a blank cell (null). Rows are taken one at a time (Papa's `step`), so a huge
 * file stops at the row limit (CsvTooLarge) instead of being parsed whole first.
 */
export function readCsvGrid(text: string, limits: { rows: number; columns: number } = CSV_LIMITS): RawValue[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: RawValue[][] = [];
  let tooLarge = false;
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: false,
    step: (result, parser) => {
      const fields = result.data;
      if (rows.length >= limits.rows || fields.length > limits.columns) {
        tooLarge = true;
        parser.abort();
        return;
      }
      rows.push(fields.map((field): RawValue => (field === '' ? null : field)));
    },
  });
  if (tooLarge) throw new CsvTooLarge();
  // Papa keeps the empty line after the last newline; a blank last row carries nothing.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === null)) rows.pop();
  return rows;
}

/** Bytes of a UTF-8 CSV file → text (other encodings: cli/io/decode-text.ts). */
export function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

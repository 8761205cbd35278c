import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { RawValue } from '../../shared/schema/report.ts';
import { detectDelimiter } from './csv-delimiter.ts';
import { streamEncoding, type StreamEncoding } from './decode-text.ts';

/** Beyond these a CSV file is no report (a report is a few dozen rows of 7 columns). */
export const CSV_LIMITS = { rows: 1_000_000, columns: 500 };

export class CsvTooLarge extends Error {
  constructor() {
    super('csv-too-large');
  }
}

/**
 * Rows taken one at a time, up to the limits. Blank rows are only counted until a row with text
 * follows them (then they are placed), so the thousands of empty rows a spreadsheet export can end
 * with never take memory; a blank last row carries nothing.
 */
class GridBuilder {
  readonly rows: RawValue[][] = [];
  tooLarge = false;
  private readonly limits: { rows: number; columns: number };
  /** Blank rows not placed yet, as runs of [field count, rows]. */
  private blank: [number, number][] = [];
  private blankCount = 0;
  constructor(limits: { rows: number; columns: number }) {
    this.limits = limits;
  }

  /** false once the file is beyond the limits (the caller stops reading). */
  add(fields: string[]): boolean {
    if (this.rows.length + this.blankCount >= this.limits.rows || fields.length > this.limits.columns) {
      this.tooLarge = true;
      return false;
    }
    if (fields.every((field) => field === '')) {
      const last = this.blank[this.blank.length - 1];
      if (last && last[0] === fields.length) last[1]++;
      else this.blank.push([fields.length, 1]);
      this.blankCount++;
      return true;
    }
    for (const [width, count] of this.blank) for (let i = 0; i < count; i++) this.rows.push(new Array<RawValue>(width).fill(null));
    this.blank = [];
    this.blankCount = 0;
    // A copy of each longer field: a substring would keep the whole piece of text it came from.
    this.rows.push(fields.map((field): RawValue => (field === '' ? null : field.length < 13 ? field : Buffer.from(field, 'utf8').toString('utf8'))));
    return true;
  }

  finish(): RawValue[][] {
    if (this.tooLarge) throw new CsvTooLarge();
    // Blank rows still pending are the file's last rows: they carry nothing.
    return this.rows;
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
  const grid = new GridBuilder(limits);
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: false,
    step: (result, parser) => {
      if (!grid.add(result.data)) parser.abort();
    },
  });
  return grid.finish();
}

/** The file's bytes are not the encoding its first bytes promised: read it whole instead. */
class NotStreamable extends Error {}

/** Enough of the file to tell its encoding (decode-text.ts looks at 4 KB). */
const PREFIX_BYTES = 64 * 1024;
/** Enough text to find the delimiter on its first 50 lines, as Papa guesses line endings on 1 MB. */
const SAMPLE_CHARS = 1024 * 1024;

/** The file's text in pieces, decoded as it is read; NotStreamable when it is not that encoding. */
async function* decodedPieces(path: string, encoding: StreamEncoding): AsyncGenerator<string> {
  const utf8 = encoding.encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
  const wide = utf8 ? null : iconv.getDecoder(encoding.encoding);
  let skip = encoding.skip;
  const decode = (bytes: Uint8Array, last: boolean): string => {
    try {
      if (utf8) return last ? utf8.decode(bytes) : utf8.decode(bytes, { stream: true });
      return wide!.write(Buffer.from(bytes)) + (last ? (wide!.end() ?? '') : '');
    } catch {
      throw new NotStreamable();
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: PREFIX_BYTES }) as AsyncIterable<Buffer>) {
    const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const text = decode(bytes, false);
    if (text !== '') yield text;
  }
  const rest = decode(new Uint8Array(0), true);
  if (rest !== '') yield rest;
}

/** The first bytes of a file (fewer when the file is shorter). */
async function firstBytes(path: string, count: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A CSV report file read as it streams from disk: decoded piece by piece (the encoding judged from
 * its first bytes, cli/io/decode-text.ts), parsed row by row (Papa's `step`), and no longer read
 * once it passes the limits (CsvTooLarge). Neither the file's bytes nor its whole text are held.
 * Returns null when the file must be read whole instead: a legacy encoding (Windows-1258, TCVN3),
 * which decodeReportText tells apart on the whole text, or bytes that stop being UTF-8 later on.
 */
export async function readCsvFile(path: string, limits: { rows: number; columns: number } = CSV_LIMITS): Promise<RawValue[][] | null> {
  const encoding = streamEncoding(await firstBytes(path, PREFIX_BYTES));
  if (encoding === null) return null;
  const pieces = decodedPieces(path, encoding);
  // The first piece is large enough to find the delimiter the way readCsvGrid does on the whole text.
  let first = '';
  try {
    for (let next = await pieces.next(); ; next = await pieces.next()) {
      if (next.done) break;
      first += next.value;
      if (first.length >= SAMPLE_CHARS) break;
    }
  } catch (error) {
    if (error instanceof NotStreamable) return null;
    throw error;
  }
  if (first.charCodeAt(0) === 0xfeff) first = first.slice(1);
  const grid = new GridBuilder(limits);
  const input = Readable.from(
    (async function* () {
      if (first !== '') yield first;
      yield* pieces;
    })(),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(input, {
        delimiter: detectDelimiter(first),
        skipEmptyLines: false,
        step: (result, parser) => {
          if (!grid.add(result.data)) parser.abort();
        },
        complete: () => resolve(),
        error: (error) => reject(error),
      });
    });
  } catch (error) {
    if (error instanceof NotStreamable) return null;
    throw error;
  } finally {
    input.destroy();
  }
  return grid.finish();
}

/** Bytes of a UTF-8 CSV file → text (other encodings: cli/io/decode-text.ts). */
export function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

import type { RawValue } from '../../shared/schema/report.ts';
import { Readable } from 'node:stream';
import { cliError } from '../errors.ts';
import { excelCellToRaw } from './excel-cell.ts';
import { columnLetters, XLSX_LIMITS, type GuardedXlsx } from './xlsx-guard.ts';

export interface SheetGrid {
  /** The sheet's name; null for a CSV file, which has no sheets. */
  name: string | null;
  grid: RawValue[][];
}

/**
 * Every worksheet of an XLSX file as a grid of raw cells, in workbook order. Cells hidden under a
 * merge are blank (only the top-left cell of a merged range holds the value), as in Google Sheets.
 * Only the rows and cells that exist are visited (a formatted column or a far-away cell does not
 * make the reader walk millions of empty cells); cli/io/xlsx-guard.ts has refused oversized files
 * before this runs. Large workbooks (given the guard's findings) are read row by row.
 */
export async function readXlsxSheets(bytes: Uint8Array, guard?: { path: string; guarded: GuardedXlsx }): Promise<SheetGrid[]> {
  const large = (g: GuardedXlsx) => g.inflatedBytes > STREAM_ABOVE_BYTES || g.mergedCells > STREAM_ABOVE_MERGED_CELLS;
  if (guard && guard.guarded.streamable && large(guard.guarded)) return streamXlsxSheets(bytes, guard);
  return readWholeXlsx(bytes);
}

/**
 * Workbooks whose parts inflate beyond this are read row by row (streamXlsxSheets); smaller ones
 * (every real report) by exceljs' full reader, which alone gives a formula's error code
 * ('#DIV/0!') and whatever else the streaming reader leaves out.
 */
export const STREAM_ABOVE_BYTES = 2 * 1024 * 1024;
/**
 * Merged ranges covering more cells than this are also read by streaming: the full reader makes a
 * cell for each covered cell (a 1 KB file merging A1:ALL50000 ran it out of memory past 4 GB),
 * the streaming reader blanks only the cells that exist.
 */
export const STREAM_ABOVE_MERGED_CELLS = 100_000;

/** The whole workbook loaded by exceljs, then walked cell by cell. */
export async function readWholeXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  // exceljs takes half a second to load: only commands that open an XLSX file pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs' types predate Uint8Array-backed Buffers; a Buffer view shares the bytes.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  for (const worksheet of workbook.worksheets) {
    const grid: RawValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? null : excelCellToRaw(cell.value, cell.numFmt);
      });
      while (grid.length < rowNumber - 1) grid.push([]);
      grid[rowNumber - 1] = trimRow(cells);
    });
    while (grid.length > 0 && (grid[grid.length - 1] ?? []).length === 0) grid.pop();
    sheets.push({ name: worksheet.name, grid });
  }
  return sheets;
}

/** Trailing blanks carry nothing (formatting alone makes exceljs count a column). */
function trimRow(row: RawValue[]): RawValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}

/** "B12" → [12, 2]. */
function cellAt(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return [0, 0];
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), column];
}

/**
 * Cells hidden under a merge are blank, as the full reader gives them. Only cells that exist are
 * visited, whatever the range claims.
 */
function blankMerged(grid: RawValue[][], ranges: readonly string[]): void {
  for (const range of ranges) {
    const [from, to] = range.split(':');
    const [top, left] = cellAt(from ?? '');
    const [bottom, right] = cellAt(to ?? '');
    for (let r = top; r <= Math.min(bottom, grid.length); r++) {
      const row = grid[r - 1];
      if (!row) continue;
      for (let c = left; c <= Math.min(right, row.length); c++) if (r !== top || c !== left) row[c - 1] = null;
    }
  }
}

/**
 * Every worksheet as readXlsxSheets gives it, read row by row with exceljs' streaming reader
 * (`stream.xlsx.WorkbookReader`): no workbook model is built, only the grid of raw values. A sheet
 * that passes the row or column limit stops the read there (exit 2, the guard's message). Merged
 * ranges and sheet order come from the guard, which has read the parts (the streaming reader has
 * neither). A formula whose saved result is an error gives '#ERROR!' (the streaming reader keeps no
 * error code): an error all the same, never a number.
 */
export async function streamXlsxSheets(
  bytes: Uint8Array,
  guard: { path: string; guarded: GuardedXlsx },
  limits: { rows: number; columns: number } = XLSX_LIMITS,
): Promise<SheetGrid[]> {
  const { default: ExcelJS } = await import('exceljs');
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = await utf8WorkbookReader(ExcelJS.stream.xlsx.WorkbookReader, input, guard.guarded.workbookParts);
  const sheets: SheetGrid[] = [];
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const grid: RawValue[][] = [];
      let rowNumber = 0;
      for await (const row of worksheet) {
        // A row without its number follows the one before, as in the full reader.
        rowNumber = Number.isFinite(row.number) && row.number > 0 ? row.number : rowNumber + 1;
        const cells: RawValue[] = [];
        let widest = 0;
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          widest = Math.max(widest, column);
          if (column > limits.columns) return;
          while (cells.length < column - 1) cells.push(null);
          cells[column - 1] = streamedCell(cell.value, cell.numFmt, (cell.model as { result?: unknown }).result);
        });
        if (rowNumber > limits.rows || widest > limits.columns) {
          throw cliError('safety.sheet-too-large', {
            path: guard.path,
            sheet: name,
            cell: `${columnLetters(Math.max(widest, 1))}${rowNumber}`,
            rows: rowNumber,
            columns: widest,
            maxRows: limits.rows,
            maxColumns: limits.columns,
          });
        }
        while (grid.length < rowNumber - 1) grid.push([]);
        grid[rowNumber - 1] = cells;
      }
      blankMerged(grid, guard.guarded.merges.get(name) ?? []);
      for (let r = 0; r < grid.length; r++) grid[r] = trimRow(grid[r]!);
      while (grid.length > 0 && (grid[grid.length - 1] ?? []).length === 0) grid.pop();
      sheets.push({ name, grid });
    }
  } finally {
    input.destroy();
  }
  const order = guard.guarded.sheetOrder;
  const rank = (name: string | null) => (order.indexOf(name ?? '') < 0 ? order.length : order.indexOf(name ?? ''));
  return sheets.sort((a, b) => rank(a.name) - rank(b.name));
}

type WorkbookReaderClass = typeof import('exceljs').stream.xlsx.WorkbookReader;
type Part = Readable;
/** The private steps of exceljs 4.4.0's streaming reader that read a part (pinned version). */
interface ReaderSteps {
  _parseRels(entry: Part): Promise<void>;
  _parseWorkbook(entry: Part): Promise<void>;
  _parseSharedStrings(entry: Part): AsyncGenerator<unknown>;
  _parseStyles(entry: Part): Promise<void>;
  _parseWorksheet(pieces: AsyncIterable<Uint8Array | string>, sheetNo: string): Generator<unknown>;
}

/**
 * exceljs' streaming reader, with two of its flaws worked around:
 * - it decodes each 16 KB piece of a part on its own, so a Vietnamese letter cut between two pieces
 *   comes out as "��" (exceljs issues #2063, #2084; fix PR #1665 unmerged): sheets are handed to it
 *   as text decoded across pieces;
 * - a worksheet met in the archive before the shared strings (Excel and exceljs write them after)
 *   is copied to a temporary file on disk, left there, and read before the styles when those come
 *   later: the workbook-wide parts (which the guard has already inflated) are read first, so every
 *   sheet streams straight from the archive with its strings and number formats known.
 */
async function utf8WorkbookReader(Base: WorkbookReaderClass, input: Readable, parts: Map<string, Uint8Array>): Promise<InstanceType<WorkbookReaderClass>> {
  const Steps = Base as unknown as new (input: Readable, options: object) => ReaderSteps;
  const skip = async (): Promise<void> => {};
  class Utf8WorkbookReader extends Steps {
    /** The parts every sheet depends on, read from the guard's copy (the archive's are skipped). */
    async readWorkbookParts(): Promise<void> {
      // In 64 KB pieces: exceljs gathers the parser's events for a whole piece before using them.
      const text = (name: string) => Readable.from(utf8Text(pieces(parts.get(name) ?? new Uint8Array(0))));
      await super._parseRels(text('xl/_rels/workbook.xml.rels'));
      await super._parseWorkbook(text('xl/workbook.xml'));
      if (parts.has('xl/sharedStrings.xml')) for await (const _ of super._parseSharedStrings(text('xl/sharedStrings.xml'))) void _;
      else (this as unknown as { sharedStrings: unknown[] }).sharedStrings = [];
      if (parts.has('xl/styles.xml')) await super._parseStyles(text('xl/styles.xml'));
    }
    override _parseRels = skip;
    override _parseWorkbook = skip;
    override _parseStyles = skip;
    override _parseSharedStrings = async function* (): AsyncGenerator<unknown> {};
    override _parseWorksheet(pieces: AsyncIterable<Uint8Array | string>, sheetNo: string) {
      return super._parseWorksheet(utf8Text(pieces), sheetNo);
    }
  }
  const options = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' };
  const reader = new Utf8WorkbookReader(input, options);
  await reader.readWorkbookParts();
  return reader as unknown as InstanceType<WorkbookReaderClass>;
}

function* pieces(bytes: Uint8Array, size = 64 * 1024): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Byte pieces → text, a letter cut between two pieces joined whole. */
async function* utf8Text(pieces: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const piece of pieces) {
    const text = typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The streaming reader reads a formula's error result as NaN (then drops it): keep it an error. */
function streamedCell(value: unknown, numFmt: string | undefined, result: unknown): RawValue {
  if (typeof value === 'object' && value !== null && 'formula' in value && Number.isNaN(result)) return '#ERROR!';
  return excelCellToRaw(value, numFmt);
}

import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { cliError, CliError, errorText, fileErrorMessage } from '../errors.ts';
import { decodeReportText } from './decode-text.ts';
import { CSV_LIMITS, CsvTooLarge, readCsvFile, readCsvGrid } from './read-csv.ts';
import { readXlsxSheets, type SheetGrid } from './read-xlsx.ts';
import { guardXlsx } from './xlsx-guard.ts';

export const REPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** No report file is this big; a bigger one is refused before it is read into memory. */
export const MAX_REPORT_BYTES = 100 * 1024 * 1024;

/**
 * The sheets of a report file (one nameless sheet for CSV). Throws CliError (exit 2) when it cannot:
 * a missing file, an unknown format, a hostile or oversized file (cli/io/xlsx-guard.ts, CSV_LIMITS),
 * an encoding it cannot read (cli/io/decode-text.ts).
 */
export async function readReportFile(path: string): Promise<SheetGrid[]> {
  let head: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_REPORT_BYTES) {
      const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
      throw cliError('safety.file-too-large', { path, size: mb(size), limit: mb(MAX_REPORT_BYTES) });
    }
    head = await fileHead(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileErrorMessage(error, path));
  }
  const ext = extname(path).toLowerCase();
  // An XLSX file is a zip archive ("PK\x03\x04"), whatever its name says.
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (ext === '.xlsx' || isZip) {
    const bytes = await readWhole(path);
    const guarded = guardXlsx(bytes, path);
    try {
      return await readXlsxSheets(bytes, { path, guarded });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw cliError('cli.file.bad-xlsx', { path, reason: errorText(error) });
    }
  }
  if (ext === '.xls' || (head[0] === 0xd0 && head[1] === 0xcf)) throw cliError('cli.file.old-xls', { path });
  if (ext === '.csv' || ext === '.txt' || ext === '') {
    try {
      // Streamed from disk; a legacy-encoded file (small by nature) is read whole and decoded.
      const streamed = await readCsvFile(path);
      if (streamed) return [{ name: null, grid: streamed }];
      return [{ name: null, grid: readCsvGrid(decodeReportText(await readWhole(path), path).text) }];
    } catch (error) {
      if (error instanceof CsvTooLarge) throw cliError('safety.csv-too-large', { path, maxRows: CSV_LIMITS.rows, maxColumns: CSV_LIMITS.columns });
      if (error instanceof CliError) throw error;
      throw new CliError(fileErrorMessage(error, path));
    }
  }
  throw cliError('cli.file.unknown-format', { path });
}

/** The first bytes of a file: enough to tell a zip or an old .xls from text. */
async function fileHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readWhole(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, path));
  }
}

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { cliError, CliError, errorText, fileErrorMessage } from '../errors.ts';
import { decodeReportText } from './decode-text.ts';
import { CSV_LIMITS, CsvTooLarge, readCsvGrid } from './read-csv.ts';
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
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_REPORT_BYTES) {
      const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
      throw cliError('safety.file-too-large', { path, size: mb(size), limit: mb(MAX_REPORT_BYTES) });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileErrorMessage(error, path));
  }
  const ext = extname(path).toLowerCase();
  // An XLSX file is a zip archive ("PK\x03\x04"), whatever its name says.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === '.xlsx' || isZip) {
    guardXlsx(bytes, path);
    try {
      return await readXlsxSheets(bytes);
    } catch (error) {
      throw cliError('cli.file.bad-xlsx', { path, reason: errorText(error) });
    }
  }
  if (ext === '.xls' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw cliError('cli.file.old-xls', { path });
  if (ext === '.csv' || ext === '.txt' || ext === '') {
    const { text } = decodeReportText(bytes, path);
    try {
      return [{ name: null, grid: readCsvGrid(text) }];
    } catch (error) {
      if (error instanceof CsvTooLarge) throw cliError('safety.csv-too-large', { path, maxRows: CSV_LIMITS.rows, maxColumns: CSV_LIMITS.columns });
      throw error;
    }
  }
  throw cliError('cli.file.unknown-format', { path });
}

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { cliError, CliError, fileErrorMessage } from '../errors.ts';
import { decodeCsv, readCsvGrid } from './read-csv.ts';
import { readXlsxSheets, type SheetGrid } from './read-xlsx.ts';

export const REPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** The sheets of a report file (one nameless sheet for CSV). Throws CliError (exit 2) when it cannot. */
export async function readReportFile(path: string): Promise<SheetGrid[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, path));
  }
  const ext = extname(path).toLowerCase();
  // An XLSX file is a zip archive ("PK\x03\x04"), whatever its name says.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === '.xlsx' || isZip) {
    try {
      return await readXlsxSheets(bytes);
    } catch (error) {
      throw cliError('cli.file.bad-xlsx', { path, reason: (error as Error)?.message ?? String(error) });
    }
  }
  if (ext === '.xls' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw cliError('cli.file.old-xls', { path });
  if (ext === '.csv' || ext === '.txt' || ext === '') return [{ name: null, grid: readCsvGrid(decodeCsv(bytes)) }];
  throw cliError('cli.file.unknown-format', { path });
}

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { CliError, cliError, fileErrorMessage } from '../errors.ts';
import { REPORT_EXTENSIONS } from './report-file.ts';
import { parseSpreadsheetRef, type SpreadsheetRef } from '../sheets/spreadsheet-ref.ts';

/** One report to read: a local file or a Google spreadsheet. */
export type ReportSource = { kind: 'file'; path: string; label: string } | { kind: 'sheet'; ref: SpreadsheetRef; label: string };

/**
 * Files and folders given on the command line plus `--sheet` / `--sheets-list` → the reports to
 * read, in the order given (a folder's reports sorted by name). A path that does not exist stops
 * the command (exit 2): it is a typing mistake, not a bad report.
 */
export async function collectSources(
  cwd: string,
  paths: readonly string[],
  sheets: readonly string[],
  sheetsListFile: string | undefined,
): Promise<{ sources: ReportSource[]; many: boolean; skipped: string[] }> {
  const sources: ReportSource[] = [];
  const skipped: string[] = [];
  // A folder or a list asks for several reports even when it holds one: the output is a list.
  let many = sheetsListFile !== undefined;
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new CliError(fileErrorMessage(error, given));
    }
    if (info.isDirectory()) {
      many = true;
      const all = (await readdir(path)).sort((a, b) => a.localeCompare(b, 'vi'));
      const names = all.filter(isReportFileName);
      // Other files (.docx, .pdf, images) are listed by name as skipped, never silently dropped.
      for (const name of all) if (!isReportFileName(name) && !name.startsWith('.') && !name.startsWith('~$')) skipped.push(join(given, name));
      if (names.length === 0) throw cliError('cli.folder.empty', { path: given });
      for (const name of names) sources.push({ kind: 'file', path: join(path, name), label: join(given, name) });
    } else {
      sources.push({ kind: 'file', path, label: given });
    }
  }
  const sheetArgs = [...sheets];
  if (sheetsListFile !== undefined) sheetArgs.push(...(await readSheetsList(resolve(cwd, sheetsListFile), sheetsListFile)));
  for (const arg of sheetArgs) {
    const ref = parseSpreadsheetRef(arg);
    if (ref === null) throw cliError('cli.sheets.bad-ref', { ref: arg });
    sources.push({ kind: 'sheet', ref, label: arg });
  }
  return { sources, many: many || sources.length > 1, skipped };
}

/** Report files in a folder: CSV and XLSX, not hidden files nor Excel's `~$` lock files. */
export function isReportFileName(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$')) return false;
  return (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** One spreadsheet URL or id a line; blank lines and `#` comments (whole-line or trailing) skipped. */
export function parseSheetsList(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

async function readSheetsList(path: string, given: string): Promise<string[]> {
  try {
    return parseSheetsList(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(fileErrorMessage(error, given));
  }
}

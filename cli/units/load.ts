import type { Message } from '../../shared/schema/issue.ts';
import { CliError, errorText } from '../errors.ts';
import { msg } from '../../shared/messages/index.ts';
import type { ReportSource } from '../io/inputs.ts';
import { readReportFile } from '../io/report-file.ts';
import type { SheetGrid } from '../io/read-xlsx.ts';
import { sheetsErrorMessage } from '../sheets/api-error.ts';
import { createSheetsClient, type SheetsAuthOptions, type SheetsClient } from '../sheets/client.ts';
import { mapLimit } from '../sheets/pool.ts';
import { readSpreadsheet } from '../sheets/read-spreadsheet.ts';
import { DEFAULT_RETRY, type RetryPolicy } from '../sheets/retry.ts';

/** One report source after reading: its sheets, or why it could not be read. */
export interface LoadedSource {
  source: ReportSource;
  /** The spreadsheet's title (Google Sheets), shown next to the id. */
  title: string | null;
  sheets: SheetGrid[];
  error: Message | null;
}

export interface LoadOptions {
  /** `--sheet-name`: read that sheet only. */
  sheetName?: string;
  /** Spreadsheets read at once (`--concurrency`). Local files are read one after the other. */
  concurrency: number;
  auth: Omit<SheetsAuthOptions, 'write'>;
  sleep: (ms: number) => Promise<void>;
  retry?: Partial<Omit<RetryPolicy, 'sleep'>>;
}

/**
 * Reads every source. A source that fails (missing file, 403, no such sheet…) becomes a result with
 * its reason: one bad spreadsheet never stops the others. The Google client is created only when
 * a spreadsheet is among the sources.
 */
export async function loadSources(sources: readonly ReportSource[], opts: LoadOptions): Promise<LoadedSource[]> {
  let client: Promise<SheetsClient> | null = null;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry, sleep: opts.sleep };
  return mapLimit(sources, Math.max(1, opts.concurrency), async (source) => {
    if (source.kind === 'file') {
      try {
        const sheets = pickSheet(await readReportFile(source.path), opts.sheetName);
        const missing = sheets.length === 0 && opts.sheetName !== undefined;
        return { source, title: null, sheets, error: missing ? msg('cli.file.no-such-sheet', { path: source.label, sheet: opts.sheetName ?? '' }) : null };
      } catch (error) {
        return { source, title: null, sheets: [], error: error instanceof CliError ? error.detail : msg('cli.file.unreadable', { path: source.label, reason: errorText(error) }) };
      }
    }
    client ??= createSheetsClient({ ...opts.auth, write: false });
    let ready: SheetsClient;
    try {
      ready = await client;
    } catch (error) {
      // A bad key file concerns every spreadsheet: the command cannot run.
      if (error instanceof CliError) throw error;
      throw new CliError(msg('cli.sheets.no-credentials', {}));
    }
    try {
      const read = await readSpreadsheet(ready, source.ref, opts.sheetName, retry);
      return { source, title: read.title, sheets: read.sheets, error: null };
    } catch (error) {
      const email = await ready.accountEmail();
      return { source, title: null, sheets: [], error: sheetsErrorMessage(error, { id: source.ref.id, email, sheetName: opts.sheetName }) };
    }
  });
}

/** With `--sheet-name`, only that sheet of a workbook (a CSV has one nameless sheet: kept). */
function pickSheet(sheets: SheetGrid[], name: string | undefined): SheetGrid[] {
  if (name === undefined) return sheets;
  return sheets.filter((s) => s.name === null || s.name === name);
}

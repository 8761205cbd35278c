import type { Command } from 'commander';
import type { Report } from '../../shared/schema/report.ts';
import type { CliIo, CommandContext } from '../context.ts';
import { CliError, cliError } from '../errors.ts';
import { collectSources, type ReportSource } from '../io/inputs.ts';
import { parseConcurrency } from '../options.ts';
import type { PlanChoice } from '../plan-choice.ts';
import { analyseUnit, type UnitResult } from '../units/analyse.ts';
import { coreRun } from '../../shared/plan/core-run.ts';
import { loadSources, type LoadedSource } from '../units/load.ts';
import { loginAuth } from '../auth/login.ts';
import { both } from '../messages/index.ts';
import type { Issue } from '../../shared/schema/issue.ts';

/** Options shared by `validate`, `score` and `rank`: where the reports come from. */
export interface ReportOptions {
  sheet?: string[];
  sheetsList?: string;
  sheetName?: string;
  keyFile?: string;
  accessToken?: string;
  concurrency?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addReportOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <url-or-id>', 'bảng tính Google, lặp lại được / Google spreadsheet (URL or id); repeatable', collect)
    .option('--sheets-list <file>', 'tệp danh sách bảng tính / file with one spreadsheet URL or id a line (# comments)')
    .option('--sheet-name <name>', 'chỉ đọc trang tính này / read this sheet of each workbook')
    .option('--key-file <file>', 'khóa tài khoản dịch vụ / service account JSON key')
    .option('--access-token <token>', 'mã truy cập OAuth2 / OAuth2 access token (or GOOGLE_OAUTH_ACCESS_TOKEN)')
    .option('--concurrency <n>', 'số bảng tính đọc đồng thời / spreadsheets read at once, 1-16 (default 4)');
}

/**
 * Reads every source with the credentials at hand: the token or key file given (option, then
 * GOOGLE_OAUTH_ACCESS_TOKEN), else the stored `cds login` sign-in when a spreadsheet is read.
 */
export async function loadWithCredentials(io: CliIo, sources: readonly ReportSource[], opts: ReportOptions): Promise<LoadedSource[]> {
  const accessToken = opts.accessToken ?? io.env.GOOGLE_OAUTH_ACCESS_TOKEN;
  const rootUrl = io.env.CDS_SHEETS_API_ROOT;
  // The stored `cds login` sign-in, when no token or key file is given and a spreadsheet is read.
  const login = accessToken || opts.keyFile || !sources.some((s) => s.kind === 'sheet') ? null : await loginAuth(io.env, io.cwd);
  const loaded = await loadSources(sources, {
    ...(opts.sheetName !== undefined ? { sheetName: opts.sheetName } : {}),
    concurrency: parseConcurrency(opts.concurrency),
    auth: {
      ...(accessToken ? { accessToken } : {}),
      ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
      ...(rootUrl ? { rootUrl } : {}),
      ...(login ? { userAuth: { client: login.client, email: login.email } } : {}),
    },
    sleep: io.sleep,
  });
  await login?.flush();
  return loaded;
}

export interface ReadUnitsResult {
  units: UnitResult[];
  /** Several reports were asked for (several inputs, a folder, a list): output is a list. */
  many: boolean;
  /** Files of a folder that are not reports (.docx, .pdf, images): listed by name, not read. */
  skipped: string[];
  /** The sources as read, in the order of `units` (a second pass can re-check them, e.g. with a unit's history). */
  loaded: LoadedSource[];
}

/**
 * Reads, locates, validates (and scores) every report named by the arguments and options. With
 * one report, a report that cannot be checked at all stops the command (exit 2); with several,
 * it is one failed result among the others.
 */
export async function readUnits(
  ctx: CommandContext,
  inputs: readonly string[],
  opts: ReportOptions,
  choice: PlanChoice,
  analysis: { score: boolean; previous?: Report },
): Promise<ReadUnitsResult> {
  const { io } = ctx;
  const { sources, many, skipped } = await collectSources(io.cwd, inputs, opts.sheet ?? [], opts.sheetsList);
  if (sources.length === 0) throw cliError('cli.no-inputs', {});
  const loaded = await loadWithCredentials(io, sources, opts);
  const core = coreRun(); // each plan compiled once for all the files
  const units = loaded.map((l) => analyseUnit(l, choice, { ...analysis, core }));
  const only = units[0];
  if (!many && only?.error) {
    const details = only.issues.filter((i) => i.severity === 'error').map((i) => `  ${issueLine(i)}`);
    throw new CliError(only.error, 2, details);
  }
  return { units, many, skipped, loaded };
}

/** 1 when any report has errors or could not be checked, else 0. */
export function unitsExitCode(units: readonly UnitResult[]): number {
  // A file refused as hostile or oversized (safety.* messages) is a command that could not run.
  if (units.some((u) => u.error !== null && u.error.key.startsWith('safety.'))) return 2;
  return units.some((u) => u.error !== null || !u.valid) ? 1 : 0;
}

/** One issue on one line in both languages, for stderr. */
export function issueLine(issue: Issue): string {
  const text = both(issue.message);
  const where = issue.location.a1 ?? issue.location.field;
  return `${where ? where + ': ' : ''}${text.vi} / ${text.en}`;
}

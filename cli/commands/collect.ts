// `cds collect`: a district's collection round. Each commune's report is read from its Google
// spreadsheet and kept as one local file per unit and period (CSV or XLSX) — the district's own
// record — so `trend`, `rank` and `score` then work offline on the folder. A status table says,
// per listed spreadsheet: submitted, missing (not filled in / not found), invalid (not a report,
// another plan, no period or unit, a duplicate), not shared (403, with the account to share with).
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { both, msg, t } from '../messages/index.ts';
import type { Message } from '../../shared/schema/issue.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { periodSlug, type Period } from '../../shared/period/period.ts';
import { normaliseUnitCode, normaliseUnitName, unitKeyResolver } from '../../shared/unit/identity.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { rectangular } from '../io/grid.ts';
import { collectSources } from '../io/inputs.ts';
import { readCsvGrid, decodeCsv } from '../io/read-csv.ts';
import { readXlsxSheets } from '../io/read-xlsx.ts';
import { writeCsvText } from '../io/write-csv.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { choosePlan } from '../plan-choice.ts';
import { makeTable } from '../render/table.ts';
import { L } from '../render/text.ts';
import { fitLine, terminalWidth } from '../render/width.ts';
import { analyseUnit, type UnitResult } from '../units/analyse.ts';
import type { LoadedSource } from '../units/load.ts';
import { coreRun } from '../../shared/plan/core-run.ts';
import { loadWithCredentials } from './report-options.ts';

export type CollectStatus = 'submitted' | 'missing' | 'invalid' | 'not-shared' | 'failed';

export interface CollectResult {
  source: string;
  title: string | null;
  status: CollectStatus;
  unit: { name: string | null; code: string | null } | null;
  period: Period | null;
  /** The local file written or kept (relative to the working folder as given by --out). */
  file: string | null;
  /** Validation errors in a submitted report (it is kept; `validate`/`rank` will flag it). */
  errors: number;
  reason: Message | null;
  /** What happened to the local file: written, unchanged, or kept because it differs (no --force). */
  write: 'written' | 'unchanged' | 'kept-different' | null;
  /** The note the list gives for that line (`# Xã Hải An`), if any. */
  listed?: string | null;
}

/** Line of the list (URL or id, as `--sheets-list` reads it) → its trailing `# note`. */
async function listNotes(path: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return notes;
  }
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const m = /^(.*?)\s+#\s*(.+)$/.exec(line.trim());
    if (m && m[1] && !m[1].startsWith('#')) notes.set(m[1].trim(), m[2]!.trim());
  }
  return notes;
}

interface CollectOptions {
  sheet?: string[];
  sheetsList?: string;
  sheetName?: string;
  out: string;
  format: string;
  plan?: string;
  force?: boolean;
  json?: boolean;
  keyFile?: string;
  accessToken?: string;
  concurrency?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerCollectCommand(program: Command, ctx: CommandContext): void {
  program
    .command('collect')
    .description('tải báo cáo của các đơn vị từ Google Sheets về thư mục / fetch each unit’s report from Google Sheets into a folder')
    .option('--sheets-list <file>', 'tệp danh sách bảng tính, mỗi dòng một liên kết / file with one spreadsheet URL or id a line')
    .option('--sheet <url-or-id>', 'bảng tính Google, lặp lại được / Google spreadsheet; repeatable', collect)
    .requiredOption('--out <folder>', 'thư mục lưu / folder to keep the reports in')
    .option('--format <csv|xlsx>', 'định dạng tệp / file format', 'csv')
    .option('--plan <id-or-file>', 'kế hoạch (mặc định: kế hoạch ghi trong báo cáo) / plan (default: the one each report names)')
    .option('--sheet-name <name>', 'chỉ đọc trang tính này / read this sheet of each workbook')
    .option('--force', 'thay tệp đã lưu khi bảng tính đã đổi / replace a kept file when the spreadsheet changed')
    .option('--json', 'xuất JSON / JSON output')
    .option('--key-file <file>', 'khóa tài khoản dịch vụ / service account JSON key')
    .option('--access-token <token>', 'mã truy cập OAuth2 (ưu tiên biến GOOGLE_OAUTH_ACCESS_TOKEN) / OAuth2 access token (prefer GOOGLE_OAUTH_ACCESS_TOKEN)')
    .option('--concurrency <n>', 'số bảng tính đọc đồng thời / spreadsheets read at once, 1-16 (default 4)')
    .action(async (opts: CollectOptions) => {
      const format = opts.format.toLowerCase();
      if (format !== 'csv' && format !== 'xlsx') throw cliError('collect.bad-format', { value: opts.format });
      const { io } = ctx;
      const { sources } = await collectSources(io.cwd, [], opts.sheet ?? [], opts.sheetsList);
      if (sources.length === 0) throw cliError('collect.no-sheets', {});
      const choice = await choosePlan(opts.plan, io.cwd);
      // Every source is a spreadsheet here: the stored `cds login` sign-in serves when no token or key is given.
      const loaded = await loadWithCredentials(io, sources, opts);

      const outDir = resolve(io.cwd, opts.out);
      await mkdir(outDir, { recursive: true });
      const core = coreRun(); // each plan compiled once for all the files
      const units = loaded.map((l) => analyseUnit(l, choice, { score: false, core }));
      const results = classify(loaded, units);
      // The list's own note for each line ("… # Xã Hải An") names the unit even when its sheet cannot be read.
      const notes = opts.sheetsList === undefined ? new Map<string, string>() : await listNotes(resolve(io.cwd, opts.sheetsList));
      for (const x of results) x.listed = notes.get(x.source) ?? null;
      for (const [i, result] of results.entries()) {
        if (result.status !== 'submitted' || result.file === null) continue;
        const grid = reportGrid(loaded[i]!, units[i]!);
        const path = `${join(opts.out, result.file)}.${format}`;
        result.write = await keep(path, io.cwd, grid, format, units[i]!.sheet, opts.force === true);
        result.file = path;
      }

      if (opts.json) io.stdout(JSON.stringify(collectJson(opts.out, results), null, 2) + '\n');
      else io.stdout(collectText(results, ctx));
      const problems = results.some((r) => r.status !== 'submitted' || r.errors > 0 || r.write === 'kept-different');
      ctx.exitCode = Math.max(ctx.exitCode, problems ? 1 : 0);
    });
}

/** Status of each spreadsheet, and the file name of each report to keep (duplicates made invalid). */
export function classify(loaded: readonly LoadedSource[], units: readonly UnitResult[]): CollectResult[] {
  const results = units.map((u, i): CollectResult => {
    const base: CollectResult = { source: loaded[i]!.source.label, title: u.title, status: 'submitted', unit: null, period: null, file: null, errors: 0, reason: null, write: null };
    if (loaded[i]!.error) return { ...base, status: readStatus(loaded[i]!.error!), reason: loaded[i]!.error };
    if (u.error) return { ...base, status: 'invalid', reason: u.error };
    const unit = u.report ? { name: u.report.unit.name, code: u.report.unit.code } : null;
    const withUnit = { ...base, unit, period: u.period };
    if (u.blank) return { ...withUnit, status: 'missing', reason: msg('multi.blank', {}) };
    if (!unit || (!unit.name && !unit.code)) return { ...withUnit, status: 'invalid', reason: msg('trend.unidentified', {}) };
    if (!u.period) return { ...withUnit, status: 'invalid', reason: u.periodIssue?.message ?? msg('trend.no-period', {}) };
    return { ...withUnit, errors: u.issues.filter((x) => x.severity === 'error').length, file: fileName(unit, u.period) };
  });
  // Two spreadsheets with the same unit and period: neither is kept, both are named.
  const resolveKey = unitKeyResolver(results.flatMap((r) => (r.unit ? [r.unit] : [])));
  const byKey = new Map<string, number[]>();
  results.forEach((r, i) => {
    if (r.status !== 'submitted' || !r.unit || !r.period) return;
    const key = `${resolveKey(r.unit)}|${r.period.key}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const first = results[same[0]!]!;
    const unit = first.unit!.name ?? first.unit!.code ?? '?';
    const files = same.map((i) => results[i]!.title ?? results[i]!.source).join('; ');
    for (const i of same) results[i] = { ...results[i]!, status: 'invalid', file: null, reason: msg('multi.duplicate', { unit, period: first.period!.label.vi, files }) };
  }
  return results;
}

/** 403 → not shared; 404 → missing (no such spreadsheet); anything else → failed to read. */
function readStatus(error: Message): CollectStatus {
  if (error.key === 'cli.sheets.forbidden' || error.key === 'cli.sheets.forbidden-share') return 'not-shared';
  if (error.key === 'cli.sheets.not-found') return 'missing';
  if (error.key === 'cli.report.no-layout' || error.key === 'cli.report.empty') return 'invalid';
  return 'failed';
}

const slug = (s: string): string => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();

/** "hai-an_2025-q3.csv"; with a code, "ha01-hai-an_2025-q3.csv" (accents and prefixes out, safe on every system). */
export function fileName(unit: { name: string | null; code: string | null }, period: Period): string {
  const name = unit.name ? slug(normaliseUnitName(unit.name)) : '';
  const code = unit.code ? slug(normaliseUnitCode(unit.code)) : '';
  const who = [code, name].filter(Boolean).join('-') || 'don-vi';
  return `${who}_${periodSlug(period)}`;
}

/** The sheet the report was found on, as read (values as the officer typed them). */
function reportGrid(loaded: LoadedSource, unit: UnitResult): RawValue[][] {
  const sheet = loaded.sheets.find((s) => s.name === unit.sheet) ?? loaded.sheets[0];
  return rectangular(sheet?.grid ?? []);
}

async function encode(grid: RawValue[][], format: 'csv' | 'xlsx', sheetName: string | null): Promise<Uint8Array | string> {
  if (format === 'csv') return writeCsvText(grid);
  // Loaded only when XLSX is asked for: exceljs is heavy, and every `cds` command imports this file.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet((sheetName ?? 'Báo cáo').slice(0, 31));
  for (const row of grid) sheet.addRow(row.map((c) => (c === null ? null : c)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Same grid? XLSX files carry their own timestamps, so the cells are compared, not the bytes. */
async function sameContent(path: string, grid: RawValue[][], format: 'csv' | 'xlsx'): Promise<boolean | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const fresh = format === 'csv' ? readCsvGrid(decodeCsv(new TextEncoder().encode(writeCsvText(grid)))) : rectangular(grid);
    const kept = format === 'csv' ? readCsvGrid(decodeCsv(bytes)) : rectangular((await readXlsxSheets(bytes))[0]?.grid ?? []);
    return JSON.stringify(normalise(kept)) === JSON.stringify(normalise(fresh));
  } catch {
    return false;
  }
}

const normalise = (grid: RawValue[][]): string[][] => {
  const rows = grid.map((r) => r.map((c) => (c === null ? '' : String(c))));
  for (const r of rows) while (r.length && r[r.length - 1] === '') r.pop();
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
};

/** Writes the report file unless the same content is already there; a different kept file is replaced only with --force. */
async function keep(path: string, cwd: string, grid: RawValue[][], format: string, sheetName: string | null, force: boolean): Promise<CollectResult['write']> {
  const fmt = format === 'xlsx' ? 'xlsx' : 'csv';
  const same = await sameContent(resolve(cwd, path), grid, fmt);
  if (same === true) return 'unchanged';
  if (same === false && !force) return 'kept-different';
  await writeOutputFile(cwd, path, await encode(grid, fmt, sheetName), { overwrite: same === null ? 'never' : 'always' });
  return 'written';
}

const STATUS_KEY: Record<CollectStatus, string> = {
  submitted: 'collect.status.submitted',
  missing: 'collect.status.missing',
  invalid: 'collect.status.invalid',
  'not-shared': 'collect.status.not-shared',
  failed: 'collect.status.failed',
};

function collectText(results: readonly CollectResult[], ctx: CommandContext): string {
  const r = L(ctx.lang);
  const width = terminalWidth(ctx.io);
  const table = makeTable([r('collect.col.source'), r('collect.col.unit'), r('collect.col.period'), r('collect.col.status'), r('collect.col.note')], [28, 22, 18, 14, 40], undefined, width);
  for (const x of results) {
    const note = [
      x.file && x.write ? `${x.file} (${r(`collect.write.${x.write}`)})` : '',
      x.errors > 0 ? r('multi.flag', { count: x.errors }) : '',
      x.reason ? t(x.reason, ctx.lang) : '',
    ].filter(Boolean);
    table.push([[x.listed, x.title, x.source].filter(Boolean).join('\n'), x.unit?.name ?? x.unit?.code ?? x.listed ?? '—', x.period?.label[ctx.lang] ?? '—', r(STATUS_KEY[x.status]), note.join('\n') || '—']);
  }
  const counts = countBy(results);
  const lines = [table.toString(), ...fitLine(r('collect.summary', counts), width)];
  return lines.join('\n') + '\n';
}

function countBy(results: readonly CollectResult[]) {
  const n = (s: CollectStatus) => results.filter((x) => x.status === s).length;
  return { submitted: n('submitted'), missing: n('missing'), invalid: n('invalid'), notShared: n('not-shared'), failed: n('failed'), total: results.length };
}

function collectJson(out: string, results: readonly CollectResult[]) {
  return {
    out,
    results: results.map((x) => ({
      source: x.source,
      title: x.title,
      listed: x.listed ?? null,
      status: x.status,
      unit: x.unit,
      period: x.period ? { label: x.period.label.vi, start: x.period.start, end: x.period.end } : null,
      file: x.file,
      write: x.write,
      errors: x.errors,
      reason: x.reason ? both(x.reason) : null,
    })),
    summary: countBy(results),
  };
}

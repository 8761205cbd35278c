import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { main } from '../../cli/cds.ts';
import { startFakeSheets, type FakeSheetsServer, type FakeSpreadsheet } from './fake-sheets-server.ts';
import { getPlan } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { reportTemplate } from '../../shared/plan/template.ts';
import type { Level } from '../../shared/schema/common.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Waits the retry policy asked for (no real waiting in tests). */
  sleeps: number[];
}

/** `cds …` in-process with captured output, a fixed clock and no real waiting. */
export async function runCli(argv: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const sleeps: number[] = [];
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: opts.cwd,
    env: opts.env ?? {},
    now: () => new Date(2023, 10, 1, 9, 0, 0),
    sleep: async (ms) => void sleeps.push(ms),
    isTTY: false,
  });
  return { code, stdout, stderr, sleeps };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cds-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temporary folder for each test of the file (beforeEach; removed in afterEach), handed to
 * `enter` first (to keep it and lay out files); returns `cds` run in that folder.
 */
export function cliInTempDir(enter: (dir: string) => void): (...argv: string[]) => Promise<CliRun> {
  let current = '';
  let cleanup = (): void => {};
  beforeEach(() => {
    ({ dir: current, cleanup } = tempDir());
    enter(current);
  });
  afterEach(() => cleanup());
  return (...argv: string[]) => runCli(argv, { cwd: current });
}

/**
 * A test file against the local fake Sheets API: started with `books()` before the file's tests
 * (handed to `enter.server`) and closed after them; before each test its recorded requests are
 * cleared and a fresh temporary folder is made (handed to `enter.dir`, removed afterwards).
 * Returns the environment that points `cds` at the server with a test token.
 */
export function withFakeSheets(
  books: () => Record<string, FakeSpreadsheet>,
  enter: { server: (server: FakeSheetsServer) => void; dir: (dir: string) => void },
): () => { CDS_SHEETS_API_ROOT: string; GOOGLE_OAUTH_ACCESS_TOKEN: string } {
  let server: FakeSheetsServer;
  let cleanup = (): void => {};
  beforeAll(async () => {
    server = await startFakeSheets(books());
    enter.server(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    const made = tempDir();
    cleanup = made.cleanup;
    server.reset();
    enter.dir(made.dir);
  });
  afterEach(() => cleanup());
  return () => ({ CDS_SHEETS_API_ROOT: server.url, GOOGLE_OAUTH_ACCESS_TOKEN: 'test-token' });
}

export function plan(id: string): Plan {
  const p = getPlan(id);
  if (!p) throw new Error(`test plan missing: ${id}`);
  return p;
}

/**
 * A filled report grid: the plan's template with the unit's header and, per item code, the
 * `Giá trị` cell (or Tử số / Mẫu số). Blank cells stay '' like a template.
 */
export function filledGrid(
  planId: string,
  unit: { name: string; code?: string; period?: string; level?: Level },
  values: Record<string, RawValue | { numerator: RawValue; denominator: RawValue }>,
): RawValue[][] {
  const { grid, layout } = reportTemplate(plan(planId), {
    unitName: unit.name,
    ...(unit.code ? { unitCode: unit.code } : {}),
    period: unit.period ?? 'Năm 2023',
    ...(unit.level ? { level: unit.level } : {}),
  });
  const cols = layout.table.columns;
  for (const row of layout.rows) {
    const v = values[row.code];
    if (v === undefined) continue;
    const line = grid[row.row - 1]!;
    if (v !== null && typeof v === 'object') {
      line[cols.numerator - 1] = v.numerator;
      line[cols.denominator - 1] = v.denominator;
    } else {
      line[cols.value - 1] = v;
    }
  }
  return grid;
}

/** The grid as the Sheets API returns it: blanks as missing cells, trailing ones dropped. */
export function asApiValues(grid: RawValue[][]): unknown[][] {
  const rows = grid.map((row) => {
    const out = row.map((c) => (c === null ? '' : c));
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function csvText(grid: RawValue[][], delimiter: ';' | ',', bom: boolean): string {
  const cell = (c: RawValue): string => {
    const s = c === null ? '' : String(c);
    return s.includes(delimiter) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + grid.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

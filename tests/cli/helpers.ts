import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/cds.ts';
import { getPlan } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { reportTemplate } from '../../shared/template.ts';
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

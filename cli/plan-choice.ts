import { extname, resolve } from 'node:path';
import { checkPlan, getPlan, plans } from '../shared/data/index.ts';
import { both, msg } from './messages/index.ts';
import type { Issue, Message } from '../shared/schema/issue.ts';
import type { Plan } from '../shared/schema/plan.ts';
import { cellText } from '../shared/parse/text.ts';
import type { ReportTable } from '../shared/schema/report.ts';
import { CliError, cliError } from './errors.ts';
import { readJsonFile } from './io/json-file.ts';
import { readReportFile } from './io/report-file.ts';
import { isPlanTableGrid, readPlanTable } from '../shared/plan/table/index.ts';

/**
 * Which plan a report is checked against: the one given with `--plan` (an id, or a path to a plan
 * file: JSON, or a plan table in XLSX/CSV), or — without `--plan`, or with `--plan auto` — the one
 * the report names in its `Kế hoạch` header cell.
 */
export type PlanChoice = { kind: 'fixed'; plan: Plan } | { kind: 'from-report' };

export async function choosePlan(option: string | undefined, cwd: string): Promise<PlanChoice> {
  if (option === undefined || option === 'auto') return { kind: 'from-report' };
  const known = getPlan(option);
  if (known) return { kind: 'fixed', plan: known };
  if (/\.(json|xlsx|csv)$/i.test(option) || option.includes('/') || option.includes('\\')) return { kind: 'fixed', plan: await loadPlanFile(resolve(cwd, option), option) };
  throw unknownPlan(option);
}

export function unknownPlan(id: string): CliError {
  return cliError('cli.plan.unknown', { id, known: plans.map((p) => p.id).join(', ') });
}

/**
 * A plan file, checked by the core: JSON (every problem names its JSON path, `targets[3].value`) or
 * a plan table in XLSX/CSV (every problem names its cell, `Kế hoạch!D12`).
 */
export async function loadPlanFile(path: string, given: string): Promise<Plan> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.csv') return loadPlanTableFile(path, given);
  const json = await readJsonFile(path, given, 'cli.plan.bad-json');
  const checked = checkPlan(json);
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (checked.plan && errors.length === 0) return checked.plan;
  const lines = (errors.length > 0 ? errors : checked.issues).map((issue) => {
    const text = both(issue.message);
    const where = issue.location.field ?? '';
    return `  ${where}${where ? ': ' : ''}${text.vi} / ${text.en}`;
  });
  throw new CliError(msg('cli.plan.invalid-file', { path: given, count: errors.length }), 2, lines);
}

/** The plan of one report: the fixed one, or the report's own `Kế hoạch` cell. */
export function planForTable(choice: PlanChoice, table: ReportTable): { plan: Plan } | { error: Message } {
  if (choice.kind === 'fixed') return { plan: choice.plan };
  const cell = table.header.planId;
  const id = cell ? cellText(cell.raw) : null;
  if (id === null) return { error: msg('cli.plan.missing', {}) };
  const plan = getPlan(id);
  if (!plan) return { error: msg('cli.plan.unknown-in-report', { id, a1: cell?.location.a1 ?? '', known: plans.map((p) => p.id).join(', ') }) };
  return { plan };
}

/**
 * A plan table file: the sheet that holds a plan table (the one named `Kế hoạch` when several do,
 * else the first), read by the core. Throws a CliError listing every bad cell, vi / en.
 */
export async function loadPlanTableFile(path: string, given: string): Promise<Plan> {
  const sheets = await readReportFile(path);
  const tables = sheets.filter((s) => isPlanTableGrid(s.grid));
  const sheet = tables.find((s) => s.name === 'Kế hoạch') ?? tables[0] ?? sheets[0];
  const result = readPlanTable(sheet?.grid ?? [], { sheet: sheet?.name ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (result.plan && errors.length === 0) return result.plan;
  throw new CliError(msg('plan-table.cli.invalid-table', { path: given, count: errors.length }), 2, errors.map(cellLine));
}

function cellLine(issue: Issue): string {
  const text = both(issue.message);
  const { sheet, a1, row } = issue.location;
  const cell = a1 ?? (row !== null ? String(row) : '');
  const where = sheet && cell ? `${sheet}!${cell}` : cell;
  return `  ${where}${where ? ': ' : ''}${text.vi} / ${text.en}`;
}

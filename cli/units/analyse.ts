import { readReportTable } from '../../shared/parse/report-table.ts';
import { validateReport } from '../../shared/validate/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { msg } from '../../shared/messages/index.ts';
import type { Issue, Message } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Report, ReportTable } from '../../shared/schema/report.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import { rectangular } from '../io/grid.ts';
import type { SheetGrid } from '../io/read-xlsx.ts';
import { planForTable, type PlanChoice } from '../plan-choice.ts';
import type { LoadedSource } from './load.ts';

/** Everything known about one report after reading, validating and (for score/rank) scoring. */
export interface UnitResult {
  /** The file path or spreadsheet URL/id as given: what the officer recognises. */
  label: string;
  /** The spreadsheet's title, for Google Sheets. */
  title: string | null;
  /** Why the report could not be checked at all (unreadable, no report layout, unknown plan). */
  error: Message | null;
  sheet: string | null;
  plan: Plan | null;
  report: Report | null;
  issues: Issue[];
  /** No issue of severity `error` (false when the report could not be checked). */
  valid: boolean;
  scorecard: Scorecard | null;
}

export interface LocatedTable {
  table: ReportTable;
  issues: Issue[];
}

/**
 * The first sheet with the report layout. When no sheet has it, the reasons found in the first
 * sheet (e.g. `table-not-found`, a missing column) are returned with the error.
 */
export function locateReport(sheets: readonly SheetGrid[], source: string): LocatedTable | { error: Message; issues: Issue[] } {
  let firstIssues: Issue[] | null = null;
  for (const sheet of sheets) {
    const found = readReportTable(rectangular(sheet.grid), sheet.name);
    if (found.table) return { table: found.table, issues: found.issues };
    firstIssues ??= found.issues;
  }
  return { error: msg(sheets.length === 0 ? 'cli.report.empty' : 'cli.report.no-layout', { source }), issues: firstIssues ?? [] };
}

export function analyseUnit(
  loaded: LoadedSource,
  choice: PlanChoice,
  opts: { score: boolean; previous?: Report },
): UnitResult {
  const base: UnitResult = {
    label: loaded.source.label,
    title: loaded.title,
    error: loaded.error,
    sheet: null,
    plan: null,
    report: null,
    issues: [],
    valid: false,
    scorecard: null,
  };
  if (loaded.error) return base;
  const located = locateReport(loaded.sheets, loaded.source.label);
  if ('error' in located) return { ...base, error: located.error, issues: located.issues };
  const chosen = planForTable(choice, located.table);
  if ('error' in chosen) return { ...base, sheet: located.table.sheet, error: chosen.error, issues: located.issues };
  const checked = validateReport(located.table, chosen.plan, opts.previous ? { previous: opts.previous } : {});
  const issues = [...located.issues, ...checked.issues];
  return {
    ...base,
    sheet: located.table.sheet,
    plan: chosen.plan,
    report: checked.report,
    issues,
    valid: checked.valid && !located.issues.some((i) => i.severity === 'error'),
    scorecard: opts.score ? scoreReport(checked.report, chosen.plan) : null,
  };
}

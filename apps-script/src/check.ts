// Reads one report sheet in a single batch and runs the core on it: locate the table, find the
// plan named in the header (an officer's plan tab or a bundled plan), validate. No sheet writes here.
import { both, msg } from './messages/index.ts';
import { readReportTable } from '../../shared/parse/report-table.ts';
import { cellText } from '../../shared/parse/text.ts';
import type { Issue, Location } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Report, ReportTable } from '../../shared/schema/report.ts';
import { validateReport } from '../../shared/validate/index.ts';
import type { CoreRun } from '../../shared/plan/core-run.ts';
import type { IssueDto } from './dto.ts';
import type { SheetLike } from './gas.ts';
import { readSheet, type SheetGrid } from './sheet-port.ts';
import { choosePlan, tabInvalidMessage, type PlanTab, type PlanTabs } from './plan-tab.ts';

export interface Checked {
  sheet: SheetLike;
  read: SheetGrid;
  table: ReportTable | null;
  plan: Plan | null;
  report: Report | null;
  issues: Issue[];
  valid: boolean;
  /** The officer's plan tab the report uses (its issues are among `issues`), or null. */
  tab: PlanTab | null;
}

/** The sidebar gets at most this many issues; the counts are always complete. */
export const ISSUE_LIST_LIMIT = 300;

const NOWHERE: Location = { sheet: null, row: null, column: null, a1: null, field: null };

const NO_TABS = (): PlanTab[] => [];

/** The plan the header names (a plan tab or a bundled plan), or the issue that says why there is none. */
export function planOf(table: ReportTable, tabs: PlanTabs = NO_TABS): { plan: Plan | null; issue: Issue | null; tab: PlanTab | null } {
  const cell = table.header.planId;
  const id = cell === null ? null : cellText(cell.raw);
  const location = cell?.location ?? { ...NOWHERE, sheet: table.sheet };
  const choice = choosePlan(id, tabs);
  if (choice.kind === 'bundled') return { plan: choice.plan, issue: null, tab: null };
  if (choice.kind === 'tab') {
    const { tab } = choice;
    if (tab.plan !== null) return { plan: tab.plan, issue: null, tab };
    return { plan: null, issue: { code: 'plan-tab-invalid', severity: 'error', location, itemCode: null, message: tabInvalidMessage(tab) }, tab };
  }
  if (id === null) {
    return { plan: null, issue: { code: 'plan-missing', severity: 'error', location, itemCode: null, message: msg('sheets.error.plan-missing') }, tab: null };
  }
  return { plan: null, issue: { code: 'plan-unknown', severity: 'error', location, itemCode: null, message: msg('sheets.error.plan-unknown', { planId: id }) }, tab: null };
}

/** `run`: what the sheets of one flow share (each plan compiled once, cell locations), for flows over many sheets. */
export function checkGrid(sheet: SheetLike, read: SheetGrid, tabs: PlanTabs = NO_TABS, run?: CoreRun): Checked {
  const located = readReportTable(read.grid, read.name, run ? { locations: run.locations } : {});
  const issues = [...located.issues];
  const table = located.table;
  if (table === null) return { sheet, read, table, plan: null, report: null, issues, valid: false, tab: null };
  const { plan, issue, tab } = planOf(table, tabs);
  // The plan tab's own issues are listed with the report's and marked on the tab.
  if (tab !== null) issues.push(...tab.issues);
  if (plan === null) {
    issues.push(issue!);
    return { sheet, read, table, plan, report: null, issues, valid: false, tab };
  }
  const result = validateReport(table, plan, run ? { compiled: run.compiled(plan) } : {});
  issues.push(...result.issues);
  return { sheet, read, table, plan, report: result.report, issues, valid: result.valid && !issues.some((i) => i.severity === 'error'), tab };
}

export function checkSheet(sheet: SheetLike, tabs: PlanTabs = NO_TABS): Checked {
  return checkGrid(sheet, readSheet(sheet), tabs);
}

export function issueDto(issue: Issue): IssueDto {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: issue.location.sheet,
    a1: issue.location.a1,
    row: issue.location.row,
    itemCode: issue.itemCode,
    text: both(issue.message),
  };
}

export function counts(issues: readonly Issue[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}

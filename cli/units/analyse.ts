import { chooseReportSheet } from '../io/choose-sheet.ts';
import { validateReport } from '../../shared/validate/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { msg } from '../../shared/messages/index.ts';
import type { Issue, Message } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Report, ReportTable } from '../../shared/schema/report.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import type { SheetGrid } from '../io/read-xlsx.ts';
import { planForTable, type PlanChoice } from '../plan-choice.ts';
import { getPlan } from '../../shared/data/index.ts';
import { cellText, isBlank } from '../../shared/parse/text.ts';
import { readReportPeriod, type Period } from '../../shared/period/period.ts';
import type { LoadedSource } from './load.ts';
import type { CoreRun } from '../../shared/plan/core-run.ts';
import { rowRaw, type LocationBook } from '../../shared/parse/report-table.ts';

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
  /** The report's `Kỳ báo cáo` as a period; null when blank or not a period (`periodIssue` says where). */
  period: Period | null;
  periodIssue: Issue | null;
  /** A template with no figure at all: "chưa điền", never ranked. */
  blank: boolean;
  /** Read and checked but left out on purpose (an older period of a unit, not the `--period` asked): why. */
  setAside: Message | null;
}

export interface LocatedTable {
  table: ReportTable;
  issues: Issue[];
}

/**
 * The sheet that is the report (cli/io/choose-sheet.ts: instructions/examples skipped, several
 * report sheets → the latest period, said, or a request for --sheet-name). When no sheet has the
 * layout, the reasons found in the first sheet (e.g. `table-not-found`) are returned with the error.
 */
export function locateReport(sheets: readonly SheetGrid[], source: string, locations?: LocationBook): LocatedTable | { error: Message; issues: Issue[] } {
  return chooseReportSheet(sheets, source, locations);
}

export function analyseUnit(
  loaded: LoadedSource,
  choice: PlanChoice,
  opts: { score: boolean; previous?: Report; history?: readonly Report[]; core?: CoreRun },
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
    period: null,
    periodIssue: null,
    blank: false,
    setAside: null,
  };
  if (loaded.error) return base;
  const located = locateReport(loaded.sheets, loaded.source.label, opts.core?.locations);
  if ('error' in located) return { ...base, error: located.error, issues: located.issues };
  const { period, issue: periodIssue } = readReportPeriod(located.table.header.period);
  const chosen = planForTable(choice, located.table);
  if ('error' in chosen) return { ...base, sheet: located.table.sheet, error: chosen.error, issues: located.issues, period, periodIssue };
  // A report made for another known plan is not scored against this one (it would rank with 0 points).
  const own = reportPlanId(located.table);
  if (own !== null && own !== chosen.plan.id) {
    return { ...base, sheet: located.table.sheet, error: msg('cli.rank.plan-mismatch', { plan: chosen.plan.id, own }), issues: located.issues, period, periodIssue };
  }
  // The plan compiled once per run (shared/plan/core-run.ts), else for this report alone.
  const compiled = opts.core?.compiled(chosen.plan);
  const checked = validateReport(located.table, chosen.plan, { ...(opts.previous ? { previous: opts.previous } : {}), ...(opts.history ? { history: opts.history } : {}), ...(compiled ? { compiled } : {}) });
  // A `Kỳ báo cáo` that is not a period: a warning here (one report scores without it); it fails the
  // report where periods must be ordered (several periods of a unit, `trend`, `--period`).
  const periodWarning = periodIssue && periodIssue.code === 'period-unreadable' ? [{ ...periodIssue, severity: 'warning' as const }] : [];
  const issues = [...located.issues, ...periodWarning, ...checked.issues];
  return {
    ...base,
    period,
    periodIssue,
    blank: isBlankTable(located.table),
    sheet: located.table.sheet,
    plan: chosen.plan,
    report: checked.report,
    issues,
    valid: checked.valid && !located.issues.some((i) => i.severity === 'error'),
    // Table errors (found while locating) block the award like validation errors (shared/score/flags.ts).
    scorecard: opts.score ? scoreReport(checked.report, chosen.plan, { issues: located.issues, ...(compiled ? { compiled } : {}) }) : null,
  };
}

/** The id of a known plan the report's `Kế hoạch` cell names; null when blank or not a known plan. */
function reportPlanId(table: ReportTable): string | null {
  const cell = table.header.planId;
  const id = cell ? cellText(cell.raw) : null;
  return id !== null && getPlan(id) ? id : null;
}

/** Nothing typed in any item row's Tử số, Mẫu số or Giá trị: the template as handed out. */
export function isBlankTable(table: ReportTable): boolean {
  return table.rows.every((r) => isBlank(rowRaw(r, 'value')) && isBlank(rowRaw(r, 'numerator')) && isBlank(rowRaw(r, 'denominator')));
}

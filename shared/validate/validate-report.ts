import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Report, ReportCell, ReportGroup, ReportTable } from '../schema/report.ts';
import type { Rule } from '../schema/rule.ts';
import { parseGroup } from '../parse/group.ts';
import { parseLevel } from '../parse/level.ts';
import { cellText } from '../parse/text.ts';
import { emptyView, type CheckedItems, type PlanIndex, type ValidationContext } from './context.ts';
import { compiledFor, type CompiledPlan } from '../plan/compile.ts';
import { frozenMap } from '../frozen.ts';
import { readItems } from './read-items.ts';
import { fusable, planRules, type RowPass } from './item-rules.ts';
import { capIssues, errorFlags, IssueCollector } from './cap.ts';
import { defaultRules } from './rules.ts';
import { checkCompleteness } from './completeness.ts';
import { checkComparison } from './comparison.ts';
import { checkCompulsoryPair } from './compulsory-pair.ts';
import { checkDuplicateCode } from './duplicate-code.ts';
import { checkHeader } from './header.ts';
import { checkNumeratorLeDenominator } from './numerator-le-denominator.ts';
import { checkOutlier } from './outlier.ts';
import { checkRange } from './range.ts';
import { checkRequired } from './required.ts';
import { checkType } from './type.ts';
import { checkUnknownCode } from './unknown-code.ts';
import { checkValueMatchesCounts } from './value-matches-counts.ts';

export interface ValidateOptions {
  /** The unit's previous report, for the outlier rule. */
  previous?: Report;
  /** The unit's reports before `previous`, oldest first (outlier rule: the unit's usual change). */
  history?: readonly Report[];
  /** Rules to apply; the toolkit's shared/data/rules/*.json when absent. */
  rules?: readonly Rule[];
  indicators?: ReadonlyMap<string, Indicator>;
  /** The plan compiled once for the run (compilePlan); used when it is for this plan and catalogue. */
  compiled?: CompiledPlan;
}

export interface ValidateResult {
  /** The report read; `report.errors` holds its errors (flagged values), absent when there are none. */
  report: Report;
  /** Issues in reading order; more than 100 of one code are summed up in one `more-issues` line. */
  issues: Issue[];
  /** No issue of severity `error`. */
  valid: boolean;
}

const NO_INDICATORS: ReadonlyMap<string, Indicator> = frozenMap();

// The default rules split once into the per-item rules (run while reading) and the others.
const DEFAULT_RULE_PLAN = planRules(defaultRules);

function run(rule: Rule, ctx: ValidationContext): void {
  switch (rule.kind) {
    case 'required': return checkRequired(rule, ctx);
    case 'type': return checkType(rule, ctx);
    case 'range': return checkRange(rule, ctx);
    case 'numerator-le-denominator': return checkNumeratorLeDenominator(rule, ctx);
    case 'compulsory-pair': return checkCompulsoryPair(rule, ctx);
    case 'value-matches-counts': return checkValueMatchesCounts(rule, ctx);
    case 'comparison': return checkComparison(rule, ctx);
    case 'header': return checkHeader(rule, ctx);
    case 'duplicate-code': return checkDuplicateCode(rule, ctx);
    case 'unknown-code': return checkUnknownCode(rule, ctx);
    case 'completeness': return checkCompleteness(rule, ctx);
    case 'outlier': return checkOutlier(rule, ctx);
  }
}

/** The report's items by code, in row order. */
function itemsOf(checked: CheckedItems, index: PlanIndex, group: ReportGroup): Report['items'] {
  const asked = index.askedByGroup[group];
  const read = checked.items;
  const results = checked.results;
  let asTemplate = checked.length === asked.length;
  for (let k = 0; asTemplate && k < checked.length; k++) asTemplate = read[k] === asked[k];
  // Same keys in the same order either way; the copy of the shape just allocates once.
  const items: Report['items'] = asTemplate ? ({ ...index.itemsShapes[group] } as unknown as Report['items']) : {};
  for (let k = 0; k < checked.length; k++) items[read[k]!.code] = results[k]!;
  return items;
}

function headerText(cell: ReportCell | null): string | null {
  return cell === null ? null : cellText(cell.raw);
}

// Issues in reading order: report-wide first, then by row and column; ties keep rule order.
function byPosition(a: Issue, b: Issue): number {
  return (a.location.row ?? 0) - (b.location.row ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0);
}

// A report has a handful of issues: sorted in place by insertion (stable, as Array#sort, which
// would allocate a working copy for every report); long lists go to Array#sort.
const INSERTION_SORT_MAX = 24;

function sortByPosition(issues: Issue[]): Issue[] {
  if (issues.length > INSERTION_SORT_MAX) return issues.sort(byPosition);
  for (let i = 1; i < issues.length; i++) {
    const issue = issues[i]!;
    let j = i - 1;
    while (j >= 0 && byPosition(issues[j]!, issue) > 0) {
      issues[j + 1] = issues[j]!;
      j--;
    }
    issues[j + 1] = issue;
  }
  return issues;
}

/**
 * Parses a located report table against a plan and applies the rules. Never changes its inputs;
 * the same inputs always give the same result. Values that are missing or unreadable are null in
 * the report, never 0.
 */
export function validateReportWith(table: ReportTable, plan: Plan, opts: ValidateOptions = {}): ValidateResult {
  return validateCompiled(table, compiledFor(plan, opts.compiled, opts.indicators ?? NO_INDICATORS), opts);
}

/**
 * validateReportWith on a plan compiled once for the run (shared/plan/compile.ts): the hot path.
 * The indicators are the compiled plan's.
 */
export function validateCompiled(table: ReportTable, compiled: CompiledPlan, opts: Omit<ValidateOptions, 'compiled' | 'indicators'> = {}): ValidateResult {
  const plan = compiled.plan;
  const header = table.header;
  const levelCell = header.level;
  const reportLevel = levelCell === null ? null : parseLevel(levelCell.raw);
  const reportGroup = header.group ? parseGroup(header.group.raw) : null;
  const index = compiled.indexes[reportLevel ?? compiled.level];
  const rules = opts.rules ?? defaultRules;
  // Keeps the first issues of each code and counts the rest (a huge file stays small in memory).
  const collector = new IssueCollector();
  const view = emptyView();
  // The default rules' per-item checks run on each row as it is read when that gives the same
  // issues (item-rules.ts); any other list, or a table that cannot be fused, goes rule by rule.
  const fused = rules === defaultRules && fusable(DEFAULT_RULE_PLAN, table.rows);
  const pass: RowPass | null = fused ? { checks: DEFAULT_RULE_PLAN.checksByProfile, issues: collector, indicators: compiled.indicators, view } : null;
  const checked = readItems(table, index, pass);

  const items = itemsOf(checked, index, reportGroup ?? 'agency');
  const name = headerText(header.unitName);
  const code = headerText(header.unitCode);
  // An unreadable `Đối tượng` is an error (header.ts) and reads as not given, never as a guess.
  // (The key is left out when the sheet does not say, as in sheets made before the field existed.)
  // One literal per shape: a key added after the literal would give the unit (which the report
  // keeps) a separate property array.
  const unit: Report['unit'] = reportGroup ? { name, code, level: reportLevel, group: reportGroup } : { name, code, level: reportLevel };
  const report: Report = {
    unit,
    period: headerText(header.period),
    planId: headerText(header.planId),
    sheet: table.sheet,
    items,
  };

  const ctx: ValidationContext = {
    table,
    plan,
    index,
    indicators: compiled.indicators,
    checked,
    view,
    report,
    previous: opts.previous ?? null,
    history: opts.history,
    issues: collector,
  };
  // By index: the default rule list is frozen, and V8 iterates frozen arrays slowly with for…of.
  const rest = fused ? DEFAULT_RULE_PLAN.others : rules;
  for (let k = 0; k < rest.length; k++) run(rest[k]!, ctx);
  const sorted = sortByPosition(ctx.issues.list);
  // Flagged values never score: the report carries its errors to scoring (shared/score/flags.ts).
  const errors = errorFlags(sorted);
  if (errors.length > 0) report.errors = errors;
  const issues = capIssues(sorted, undefined, ctx.issues.dropped);
  return { report, issues, valid: errors.length === 0 };
}

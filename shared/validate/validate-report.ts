import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Report, ReportTable } from '../schema/report.ts';
import type { Rule } from '../schema/rule.ts';
import { parseLevel } from '../parse/level.ts';
import { cellText } from '../parse/text.ts';
import { planIndex, type ValidationContext } from './context.ts';
import { readItems } from './read-items.ts';
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
  /** Rules to apply; the toolkit's shared/data/rules/*.json when absent. */
  rules?: readonly Rule[];
  indicators?: ReadonlyMap<string, Indicator>;
}

export interface ValidateResult {
  report: Report;
  issues: Issue[];
  /** No issue of severity `error`. */
  valid: boolean;
}

const NO_INDICATORS: ReadonlyMap<string, Indicator> = new Map();

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

// Issues in reading order: report-wide first, then by row and column; ties keep rule order.
function byPosition(a: Issue, b: Issue): number {
  return (a.location.row ?? 0) - (b.location.row ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0);
}

/**
 * Parses a located report table against a plan and applies the rules. Never changes its inputs;
 * the same inputs always give the same result. Values that are missing or unreadable are null in
 * the report, never 0.
 */
export function validateReportWith(table: ReportTable, plan: Plan, opts: ValidateOptions = {}): ValidateResult {
  const header = table.header;
  const levelCell = header.level;
  const reportLevel = levelCell === null ? null : parseLevel(levelCell.raw);
  const index = planIndex(plan, reportLevel ?? plan.level);
  const { checked, byCode, setAside } = readItems(table, index);

  const items: Report['items'] = {};
  for (const it of checked) items[it.code] = it.result;
  const text = (field: keyof typeof header): string | null => {
    const cell = header[field];
    return cell === null ? null : cellText(cell.raw);
  };
  const report: Report = {
    unit: { name: text('unitName'), code: text('unitCode'), level: reportLevel },
    period: text('period'),
    planId: text('planId'),
    sheet: table.sheet,
    items,
  };

  const ctx: ValidationContext = {
    table,
    plan,
    index,
    indicators: opts.indicators ?? NO_INDICATORS,
    checked,
    byCode,
    setAside,
    report,
    previous: opts.previous ?? null,
    issues: [],
  };
  for (const rule of opts.rules ?? defaultRules) run(rule, ctx);
  const issues = ctx.issues.length > 1 ? ctx.issues.sort(byPosition) : ctx.issues;
  let valid = true;
  for (const issue of issues) {
    if (issue.severity === 'error') {
      valid = false;
      break;
    }
  }
  return { report, issues, valid };
}

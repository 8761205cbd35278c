import type { Operand, RuleOf, RuleOperator } from '../schema/rule.ts';
import { COLUMN_LABELS } from '../parse/labels.ts';
import type { ReportRow } from '../schema/report.ts';
import { cellField, resultField, type ValidationContext } from './context.ts';
import { cellIssue, reportIssue } from './issue.ts';

/**
 * Cross-item consistency as data (a DHIS2 validation rule): left operand, operator, right operand
 * and a missing-value strategy. An operand names an indicator id (any applicable target of the
 * plan measuring it) or an item code. A rule whose items the plan does not have is skipped: the
 * same rule file serves every plan. Missing values are never read as 0: with `never-skip` (or
 * `skip-if-all-missing` and one side present) a missing side is reported, not compared.
 */
const OPERATOR_WORDS: Record<RuleOperator, { vi: string; en: string }> = {
  '<=': { vi: 'không lớn hơn', en: 'at most' },
  '<': { vi: 'nhỏ hơn', en: 'less than' },
  '=': { vi: 'bằng', en: 'equal to' },
  '>=': { vi: 'không nhỏ hơn', en: 'at least' },
  '>': { vi: 'lớn hơn', en: 'greater than' },
};

function holds(left: number, op: RuleOperator, right: number): boolean {
  switch (op) {
    case '<=': return left <= right;
    case '<': return left < right;
    case '=': return Math.abs(left - right) < 1e-9;
    case '>=': return left >= right;
    case '>': return left > right;
  }
}

interface Side {
  /** Whether the plan has an item for the operand at all. */
  inPlan: boolean;
  code: string | null;
  /** The item's row, null when the report has none. */
  row: ReportRow | null;
  value: number | null;
}

const NOT_IN_PLAN: Side = Object.freeze({ inPlan: false, code: null, row: null, value: null });

// `at`: the item's position among the items read (-1: not read).
function sideOf(code: string, at: number, op: Operand, ctx: ValidationContext): Side {
  if (at < 0) return { inPlan: true, code, row: null, value: null };
  const v = resultField(ctx.checked.results[at]!, op.field);
  return { inPlan: true, code, row: ctx.checked.rows[at]!, value: typeof v === 'number' ? v : null };
}

function resolve(op: Operand, ctx: ValidationContext): Side {
  if (ctx.index.items.has(op.item)) return sideOf(op.item, ctx.checked.positionOfCode(op.item), op, ctx);
  const codes = ctx.index.byIndicator.get(op.item);
  if (codes === undefined || codes.length === 0) return NOT_IN_PLAN;
  // The first target of the indicator that the report has (by index: the plan's lists are frozen).
  for (let k = 0; k < codes.length; k++) {
    const at = ctx.checked.positionOfCode(codes[k]!);
    if (at >= 0) return sideOf(codes[k]!, at, op, ctx);
  }
  return sideOf(codes[0]!, -1, op, ctx);
}

export function checkComparison(rule: RuleOf<'comparison'>, ctx: ValidationContext): void {
  const left = resolve(rule.left, ctx);
  if (!left.inPlan) return;
  const right = resolve(rule.right, ctx);
  if (!right.inPlan) return;
  const leftMissing = left.value === null;
  const rightMissing = right.value === null;
  if (leftMissing || rightMissing) {
    const skip =
      rule.missingValueStrategy === 'skip-if-any-missing' ||
      (rule.missingValueStrategy === 'skip-if-all-missing' && leftMissing && rightMissing);
    if (skip) return;
    const anchor = left.row !== null ? left : right;
    const anchorField = left.row !== null ? rule.left.field : rule.right.field;
    const params = paramsOf(rule, left, right);
    const issue = anchor.row !== null
      ? cellIssue('comparison-missing-value', rule.severity, cellField(anchor.row, anchorField), anchor.code, 'validate.comparison-missing-value', params)
      : reportIssue('comparison-missing-value', rule.severity, { sheet: ctx.table.sheet, row: null, column: null, a1: null, field: null }, left.code, 'validate.comparison-missing-value', { ...params, a1: '' });
    ctx.issues.push(issue);
    return;
  }
  if (holds(left.value as number, rule.operator, right.value as number)) return;
  ctx.issues.push(cellIssue('comparison-failed', rule.severity, cellField(left.row as ReportRow, rule.left.field), left.code, 'validate.comparison-failed', paramsOf(rule, left, right)));
}

/** What a comparison message says: both sides (code, field, value), the operator, the right cell. Built only for an issue. */
function paramsOf(rule: RuleOf<'comparison'>, left: Side, right: Side) {
  const words = OPERATOR_WORDS[rule.operator];
  return {
    rule: rule.id,
    leftCode: left.code,
    leftFieldVi: COLUMN_LABELS[rule.left.field].vi,
    leftFieldEn: COLUMN_LABELS[rule.left.field].en,
    left: left.value,
    rightCode: right.code,
    rightFieldVi: COLUMN_LABELS[rule.right.field].vi,
    rightFieldEn: COLUMN_LABELS[rule.right.field].en,
    right: right.value,
    operatorVi: words.vi,
    operatorEn: words.en,
    rightA1: right.row !== null ? (cellField(right.row, rule.right.field).location.a1 ?? '') : '',
  };
}

import type { HeaderField, ReportCell } from '../schema/report.ts';
import type { RuleOf } from '../schema/rule.ts';
import { HEADER_LABELS } from '../parse/labels.ts';
import { parseGroup } from '../parse/group.ts';
import { parseLevel } from '../parse/level.ts';
import { cellText, foldKey, quoteRaw } from '../parse/text.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue, NO_PARAMS, reportIssue } from './issue.ts';
import type { IssueCode } from './issue-codes.ts';

/**
 * The header block: each required field present (its label found and a value next to it), the
 * plan id equal to the plan the report is checked against (ignoring case and spacing), and the
 * level one the toolkit knows (xã/phường/thị trấn, huyện/quận/thị xã, tỉnh).
 */
const MISSING_CODE = {
  unitName: 'unit-name-missing',
  unitCode: 'unit-code-missing',
  level: 'level-missing',
  period: 'period-missing',
  planId: 'plan-id-missing',
  group: 'group-missing',
} as const satisfies Record<HeaderField, IssueCode>;

function missing(rule: RuleOf<'header'>, ctx: ValidationContext, field: HeaderField, cell: ReportCell | null): void {
  const names = HEADER_LABELS[field];
  if (cell === null) {
    ctx.issues.push(
      reportIssue(MISSING_CODE[field], rule.severity, { sheet: ctx.table.sheet, row: null, column: null, a1: null, field: names.vi }, null, 'validate.header-label-missing', {
        fieldVi: names.vi,
        fieldEn: names.en,
      }),
    );
  } else {
    ctx.issues.push(cellIssue(MISSING_CODE[field], rule.severity, cell, null, 'validate.header-value-missing', NO_PARAMS));
  }
}

export function checkHeader(rule: RuleOf<'header'>, ctx: ValidationContext): void {
  const header = ctx.table.header;
  for (const field of rule.required) {
    const cell = header[field];
    if (cell === null || cellText(cell.raw) === null) missing(rule, ctx, field, cell);
  }
  const plan = header.planId;
  const planText = plan === null ? null : cellText(plan.raw);
  if (plan !== null && planText !== null && planText !== ctx.plan.id && foldKey(planText) !== foldKey(ctx.plan.id)) {
    ctx.issues.push(
      cellIssue('plan-id-mismatch', rule.severity, plan, null, 'validate.plan-id-mismatch', { raw: quoteRaw(plan.raw), expected: ctx.plan.id }),
    );
  }
  const level = header.level;
  if (level !== null && cellText(level.raw) !== null && parseLevel(level.raw) === null) {
    ctx.issues.push(cellIssue('level-invalid', rule.severity, level, null, 'validate.level-invalid', { raw: quoteRaw(level.raw) }));
  }
  // `Đối tượng` decides which award rules apply: text that names no group is an error, never a guess.
  const group = header.group;
  if (group !== undefined && group !== null && parseGroup(group.raw) === undefined) {
    ctx.issues.push(cellIssue('group-invalid', rule.severity, group, null, 'validate.group-invalid', { raw: quoteRaw(group.raw) }));
  }
}

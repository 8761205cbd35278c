import type { RuleOf } from '../schema/rule.ts';
import type { CheckedItem, ItemRuleSink, ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';
import { ratioValue, type RatioOptions } from '../ratio.ts';

const COUNTS_AS_PERCENT: RatioOptions = Object.freeze({ percent: true, negative: 'no-figure' });

/**
 * A typed percent that disagrees with its own numerator ÷ denominator × 100 by more than the
 * rule's tolerance (in percentage points). The typed value is kept in the report; the issue asks
 * the officer which one is right.
 */
export function valueMatchesCountsRow(rule: RuleOf<'value-matches-counts'>, it: CheckedItem, out: ItemRuleSink): void {
  if (!it.item.percent) return;
  if (it.value.kind !== 'number' || it.numerator.kind !== 'number' || it.denominator.kind !== 'number') return;
  // All three read as numbers: their values are the item's result.
  const n = it.result.numerator as number;
  const d = it.result.denominator as number;
  const computed = ratioValue(n, d, COUNTS_AS_PERCENT);
  if (computed === null) return;
  const typed = it.result.value as number;
  if (Math.abs(typed - computed) <= rule.tolerance) return;
  out.issues.push(
    cellIssue('value-disagrees-with-counts', rule.severity, rowCell(it.row, 'value'), it.code, 'validate.value-disagrees-with-counts', {
      value: typed,
      computed: Math.round(computed * 100) / 100,
      numerator: n,
      denominator: d,
      tolerance: rule.tolerance,
    }),
  );
}

export function checkValueMatchesCounts(rule: RuleOf<'value-matches-counts'>, ctx: ValidationContext): void {
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) valueMatchesCountsRow(rule, checked.view(k, ctx.view), ctx);
}

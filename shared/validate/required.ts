import type { RuleOf } from '../schema/rule.ts';
import type { CheckedItem, ItemRuleSink, ValidationContext } from './context.ts';
import { cellIssue, NO_PARAMS } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** An item row whose cells are all blank: the item is not reported (and is never read as 0). */
export function requiredRow(rule: RuleOf<'required'>, it: CheckedItem, out: ItemRuleSink): void {
  const nothing = it.value.kind === 'blank' && it.numerator.kind === 'blank' && it.denominator.kind === 'blank';
  if (!nothing) return;
  const key = it.item.expects === 'boolean' ? 'validate.answer-missing' : 'validate.value-missing';
  out.issues.push(cellIssue('value-missing', rule.severity, rowCell(it.row, 'value'), it.code, key, NO_PARAMS));
}

export function checkRequired(rule: RuleOf<'required'>, ctx: ValidationContext): void {
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) requiredRow(rule, checked.view(k, ctx.view), ctx);
}

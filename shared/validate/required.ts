import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** An item row whose cells are all blank: the item is not reported (and is never read as 0). */
export function checkRequired(rule: RuleOf<'required'>, ctx: ValidationContext): void {
  for (const it of ctx.checked) {
    const nothing = it.value.kind === 'blank' && it.numerator.kind === 'blank' && it.denominator.kind === 'blank';
    if (!nothing) continue;
    const key = it.item.expects === 'boolean' ? 'validate.answer-missing' : 'validate.value-missing';
    ctx.issues.push(cellIssue('value-missing', rule.severity, rowCell(it.row, 'value'), it.code, key, {}));
  }
}

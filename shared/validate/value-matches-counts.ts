import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';

/**
 * A typed percent that disagrees with its own numerator ÷ denominator × 100 by more than the
 * rule's tolerance (in percentage points). The typed value is kept in the report; the issue asks
 * the officer which one is right.
 */
export function checkValueMatchesCounts(rule: RuleOf<'value-matches-counts'>, ctx: ValidationContext): void {
  for (const it of ctx.checked) {
    if (!it.item.percent) continue;
    if (it.value.kind !== 'number' || it.numerator.kind !== 'number' || it.denominator.kind !== 'number') continue;
    const d = it.denominator.value;
    if (d <= 0) continue;
    const computed = (it.numerator.value / d) * 100;
    const typed = it.value.value;
    if (Math.abs(typed - computed) <= rule.tolerance) continue;
    ctx.issues.push(
      cellIssue('value-disagrees-with-counts', rule.severity, it.row.cells.value, it.code, 'validate.value-disagrees-with-counts', {
        value: typed,
        computed: Math.round(computed * 100) / 100,
        numerator: it.numerator.value,
        denominator: d,
        tolerance: rule.tolerance,
      }),
    );
  }
}

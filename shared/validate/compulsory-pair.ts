import type { RuleOf } from '../schema/rule.ts';
import type { CheckedItem, ItemRuleSink, ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** DHIS2 compulsory_pair on the counts: a numerator without its denominator, or the reverse. */
export function compulsoryPairRow(rule: RuleOf<'compulsory-pair'>, it: CheckedItem, out: ItemRuleSink): void {
  if (it.item.expects !== 'number') return;
  const hasN = it.numerator.kind !== 'blank';
  const hasD = it.denominator.kind !== 'blank';
  if (hasN === hasD) return;
  if (hasN) {
    out.issues.push(
      cellIssue('denominator-missing', rule.severity, rowCell(it.row, 'denominator'), it.code, 'validate.denominator-missing', {
        otherA1: rowCell(it.row, 'numerator').location.a1 ?? '',
      }),
    );
  } else {
    out.issues.push(
      cellIssue('numerator-missing', rule.severity, rowCell(it.row, 'numerator'), it.code, 'validate.numerator-missing', {
        otherA1: rowCell(it.row, 'denominator').location.a1 ?? '',
      }),
    );
  }
}

export function checkCompulsoryPair(rule: RuleOf<'compulsory-pair'>, ctx: ValidationContext): void {
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) compulsoryPairRow(rule, checked.view(k, ctx.view), ctx);
}

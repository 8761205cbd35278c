import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** DHIS2 compulsory_pair on the counts: a numerator without its denominator, or the reverse. */
export function checkCompulsoryPair(rule: RuleOf<'compulsory-pair'>, ctx: ValidationContext): void {
  for (const it of ctx.checked) {
    if (it.item.expects !== 'number') continue;
    const hasN = it.numerator.kind !== 'blank';
    const hasD = it.denominator.kind !== 'blank';
    if (hasN === hasD) continue;
    if (hasN) {
      ctx.issues.push(
        cellIssue('denominator-missing', rule.severity, rowCell(it.row, 'denominator'), it.code, 'validate.denominator-missing', {
          otherA1: rowCell(it.row, 'numerator').location.a1 ?? '',
        }),
      );
    } else {
      ctx.issues.push(
        cellIssue('numerator-missing', rule.severity, rowCell(it.row, 'numerator'), it.code, 'validate.numerator-missing', {
          otherA1: rowCell(it.row, 'denominator').location.a1 ?? '',
        }),
      );
    }
  }
}

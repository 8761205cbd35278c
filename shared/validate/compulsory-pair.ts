import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';

/** DHIS2 compulsory_pair on the counts: a numerator without its denominator, or the reverse. */
export function checkCompulsoryPair(rule: RuleOf<'compulsory-pair'>, ctx: ValidationContext): void {
  for (const it of ctx.checked) {
    if (it.item.expects !== 'number') continue;
    const hasN = it.numerator.kind !== 'blank';
    const hasD = it.denominator.kind !== 'blank';
    if (hasN === hasD) continue;
    const cells = it.row.cells;
    if (hasN) {
      ctx.issues.push(
        cellIssue('denominator-missing', rule.severity, cells.denominator, it.code, 'validate.denominator-missing', {
          otherA1: cells.numerator.location.a1 ?? '',
        }),
      );
    } else {
      ctx.issues.push(
        cellIssue('numerator-missing', rule.severity, cells.numerator, it.code, 'validate.numerator-missing', {
          otherA1: cells.denominator.location.a1 ?? '',
        }),
      );
    }
  }
}

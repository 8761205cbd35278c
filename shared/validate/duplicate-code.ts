import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** The same item code on two rows: the first row is read, the repeat is reported and ignored. */
export function checkDuplicateCode(rule: RuleOf<'duplicate-code'>, ctx: ValidationContext): void {
  // By index: the usual empty list is a frozen array, which for…of would allocate an iterator for.
  const setAside = ctx.checked.setAside;
  for (let k = 0; k < setAside.length; k++) {
    const s = setAside[k]!;
    if (s.reason !== 'duplicate') continue;
    ctx.issues.push(
      cellIssue('duplicate-item-code', rule.severity, rowCell(s.row, 'code'), s.code, 'validate.duplicate-item-code', {
        firstRow: String(s.firstRow ?? ''),
      }),
    );
  }
}

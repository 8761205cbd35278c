import type { ValueField } from '../schema/rule.ts';
import { rowCell } from '../parse/report-table.ts';
import type { RuleOf } from '../schema/rule.ts';
import type { CellRead, CheckedItem, ItemRuleSink, ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import type { IssueKey } from './issue-codes.ts';

/**
 * A number where a number is expected and có/không for yes/no items: every parse error becomes an
 * issue of the rule's severity at its cell; parse notes (a share read as a percent, a % sign on a
 * count) keep their own severity.
 */
// The cell (and its location) is built only when there is something to say about it.
function report(rule: RuleOf<'type'>, out: ItemRuleSink, it: CheckedItem, parsed: CellRead, field: ValueField): void {
  // The parser words its own findings; tests/shared/validate/issue-codes.test.ts checks those keys
  // are the ones registered for its codes.
  if (parsed.kind === 'error') {
    out.issues.push(cellIssue(parsed.code, rule.severity, rowCell(it.row, field), it.code, parsed.message.key as IssueKey<typeof parsed.code>, parsed.message.params));
  } else if (parsed.kind === 'number' && parsed.note !== null) {
    const note = parsed.note;
    out.issues.push(cellIssue(note.code, note.severity, rowCell(it.row, field), it.code, note.message.key as IssueKey<typeof note.code>, note.message.params));
  }
}

export function typeRow(rule: RuleOf<'type'>, it: CheckedItem, out: ItemRuleSink): void {
  report(rule, out, it, it.numerator, 'numerator');
  report(rule, out, it, it.denominator, 'denominator');
  report(rule, out, it, it.value, 'value');
}

export function checkType(rule: RuleOf<'type'>, ctx: ValidationContext): void {
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) typeRow(rule, checked.view(k, ctx.view), ctx);
}

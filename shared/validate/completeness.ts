import type { ItemValue } from '../schema/report.ts';
import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { reportIssue } from './issue.ts';
import { reportGroupOf } from '../score/group.ts';

/**
 * Share of the plan's applicable items (targets for the report's level, and criteria) that carry a
 * value. Under the rule's threshold it is an issue of the rule's severity listing what is missing;
 * otherwise an info line. An item with only the counts and a zero denominator counts as reported.
 */
const LISTED = 12;

function isReported(r: ItemValue | undefined): boolean {
  return r !== undefined && (r.value !== null || (r.numerator !== null && r.denominator !== null));
}

export function checkCompleteness(rule: RuleOf<'completeness'>, ctx: ValidationContext): void {
  // Only what the report's target group is asked (`Đối tượng`): a xóm is not missing the agencies' criteria.
  // (worked out once per plan, level and group: shared/validate/context.ts askedCodes). The codes
  // missing are listed only when the share is too low (the usual report needs no list).
  const asked = ctx.index.askedByGroup[reportGroupOf(ctx.report)];
  const expected = asked.length;
  if (expected === 0) return;
  let reported = 0;
  for (let k = 0; k < expected; k++) if (isReported(ctx.checked.resultOf(asked[k]!))) reported++;
  const percent = Math.round((reported / expected) * 1000) / 10;
  const location = { sheet: ctx.table.sheet, row: null, column: null, a1: null, field: null };
  const params = { reported, expected, percent, threshold: rule.threshold };
  if (percent < rule.threshold) {
    // The first LISTED missing codes, then "…" when there are more (no lists or closures built).
    let list = '';
    let missing = 0;
    for (let k = 0; k < expected; k++) {
      const item = asked[k]!;
      if (isReported(ctx.checked.resultOf(item))) continue;
      missing++;
      if (missing === 1) list = item.code;
      else if (missing <= LISTED) list += `, ${item.code}`;
    }
    if (missing > LISTED) list += ', …';
    ctx.issues.push(reportIssue('completeness-low', rule.severity, location, null, 'validate.completeness-low', { ...params, missing: list }));
  } else {
    ctx.issues.push(reportIssue('completeness', 'info', location, null, 'validate.completeness', params));
  }
}

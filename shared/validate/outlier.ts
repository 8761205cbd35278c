import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';

/**
 * A value far from the unit's previous report (`opts.previous`): a percent that moved more than
 * `percentPoints` points, another number that changed by more than `countPercent` % of its
 * previous value (a previous 0 has no relative change and is not compared). A warning to look at,
 * not an error: real jumps happen.
 */
export function checkOutlier(rule: RuleOf<'outlier'>, ctx: ValidationContext): void {
  const previous = ctx.previous;
  if (previous === null) return;
  for (const it of ctx.checked) {
    const now = it.result.value;
    if (typeof now !== 'number') continue;
    const before = previous.items[it.code]?.value;
    if (typeof before !== 'number') continue;
    const cell = it.row.cells.value;
    if (it.item.percent) {
      const change = Math.abs(now - before);
      if (change <= rule.percentPoints) continue;
      ctx.issues.push(
        cellIssue('outlier-change', rule.severity, cell, it.code, 'validate.outlier-percent', {
          previous: before,
          value: now,
          change: Math.round(change * 100) / 100,
          limit: rule.percentPoints,
        }),
      );
    } else {
      if (before === 0) continue;
      const change = (Math.abs(now - before) / Math.abs(before)) * 100;
      if (change <= rule.countPercent) continue;
      ctx.issues.push(
        cellIssue('outlier-change', rule.severity, cell, it.code, 'validate.outlier-count', {
          previous: before,
          value: now,
          change: Math.round(change * 10) / 10,
          limit: rule.countPercent,
        }),
      );
    }
  }
}

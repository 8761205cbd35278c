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
    // A percent moves in points; any other figure in percent of its previous value (0 before: no measure).
    if (!it.item.percent && before === 0) continue;
    const [change, limit, key, decimals] = it.item.percent
      ? [Math.abs(now - before), rule.percentPoints, 'validate.outlier-percent', 100]
      : [(Math.abs(now - before) / Math.abs(before)) * 100, rule.countPercent, 'validate.outlier-count', 10];
    if (change <= limit) continue;
    ctx.issues.push(
      cellIssue('outlier-change', rule.severity, cell, it.code, key, {
        previous: before,
        value: now,
        change: Math.round(change * decimals) / decimals,
        limit,
      }),
    );
  }
}

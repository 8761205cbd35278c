import type { RuleOf } from '../schema/rule.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/** Past changes needed before the unit's own history sets the measure (fewer: the fixed limit). */
export const HISTORY_MIN_CHANGES = 2;
/** A change this many times the unit's typical change is unusual for it. */
export const HISTORY_FACTOR = 3;
/** …but never below this share of the fixed limit: a unit whose figure never moved may still move a little. */
export const HISTORY_FLOOR_SHARE = 1 / 6;

/** The size of a change: points for a percent, % of the value before for any other number (null: no measure from 0). */
export function changeSize(percent: boolean, before: number, now: number): number | null {
  if (percent) return Math.abs(now - before);
  if (before === 0) return null;
  return (Math.abs(now - before) / Math.abs(before)) * 100;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The limit a change is measured against, from the unit's earlier values (oldest first, the
 * previous report's value last): HISTORY_FACTOR × the median of its past changes, at least
 * HISTORY_FLOOR_SHARE of the fixed limit. Null when the history holds fewer than
 * HISTORY_MIN_CHANGES measurable changes: the fixed limit applies.
 */
export function historyLimit(percent: boolean, values: readonly number[], fixedLimit: number): { limit: number; typical: number } | null {
  const changes: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const c = changeSize(percent, values[i - 1]!, values[i]!);
    if (c !== null) changes.push(c);
  }
  if (changes.length < HISTORY_MIN_CHANGES) return null;
  const typical = median(changes);
  return { limit: Math.max(HISTORY_FACTOR * typical, fixedLimit * HISTORY_FLOOR_SHARE), typical };
}

/**
 * A value far from the unit's previous report (`opts.previous`). With a history of the unit's
 * earlier reports (`opts.history`, at least HISTORY_MIN_CHANGES changes of that item), "far" is
 * measured against the unit's own changes: a commune whose share moves 2 points a quarter is
 * asked about a 25-point jump, one that moves 20–40 points is not asked about 35. Without that
 * history, the fixed limits: a percent that moved more than `percentPoints` points, another number
 * that changed by more than `countPercent` % of its previous value (a previous 0 has no relative
 * change and is not compared). A warning to look at, not an error: real jumps happen.
 */
export function checkOutlier(rule: RuleOf<'outlier'>, ctx: ValidationContext): void {
  const previous = ctx.previous;
  if (previous === null) return;
  const history = ctx.history ?? [];
  const { rows, items, results } = ctx.checked;
  for (let k = 0; k < ctx.checked.length; k++) {
    const item = items[k]!;
    const code = item.code;
    const now = results[k]!.value;
    if (typeof now !== 'number') continue;
    const before = previous.items[code]?.value;
    if (typeof before !== 'number') continue;
    const cell = rowCell(rows[k]!, 'value');
    const percent = item.percent;
    const change = changeSize(percent, before, now);
    if (change === null) continue;
    const fixed = percent ? rule.percentPoints : rule.countPercent;
    const decimals = percent ? 100 : 10;
    const series = [...history.map((r) => r.items[code]?.value).filter((v): v is number => typeof v === 'number'), before];
    const own = historyLimit(percent, series, fixed);
    if (own !== null) {
      if (change <= own.limit) continue;
      ctx.issues.push(
        cellIssue('outlier-change', rule.severity, cell, code, percent ? 'trend.outlier-history-percent' : 'trend.outlier-history-count', {
          previous: before,
          value: now,
          change: Math.round(change * decimals) / decimals,
          typical: Math.round(own.typical * decimals) / decimals,
          periods: series.length,
        }),
      );
      continue;
    }
    if (change <= fixed) continue;
    ctx.issues.push(
      cellIssue('outlier-change', rule.severity, cell, code, percent ? 'validate.outlier-percent' : 'validate.outlier-count', {
        previous: before,
        value: now,
        change: Math.round(change * decimals) / decimals,
        limit: fixed,
      }),
    );
  }
}

import type { Target } from '../schema/plan.ts';
import type { ItemValue, Report } from '../schema/report.ts';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The report's row for a code; own keys only, so a code such as "constructor" finds nothing.
 * (hasOwnProperty, not Object.hasOwn: the core also runs in Apps Script, whose V8 lags Node's.)
 */
export function reportItem(report: Report, code: string): ItemValue | undefined {
  return hasOwn.call(report.items, code) ? report.items[code] : undefined;
}

/**
 * A target's row: by its own code (the `Mã chỉ tiêu`), else by its indicator code (portal figures
 * are keyed by indicator) unless that code is another target's own code, whose row it is.
 */
export function targetItem(report: Report, target: Target, targetIds: ReadonlySet<string>): ItemValue | undefined {
  return targetRow(report, target.id, targetIds.has(target.indicatorId) ? null : target.indicatorId);
}

/** targetItem with the fallback code worked out once per plan (TargetScoring.fallbackCode; null: none). */
export function targetRow(report: Report, targetId: string, fallbackCode: string | null): ItemValue | undefined {
  const own = reportItem(report, targetId);
  if (own || fallbackCode === null) return own;
  return reportItem(report, fallbackCode);
}

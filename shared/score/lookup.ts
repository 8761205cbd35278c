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
  const own = reportItem(report, target.id);
  if (own || targetIds.has(target.indicatorId)) return own;
  return reportItem(report, target.indicatorId);
}

import type { Target } from '../schema/plan.ts';
import type { ItemValue, Report } from '../schema/report.ts';

/** The report's row for a code; own keys only, so a code such as "constructor" finds nothing. */
export function reportItem(report: Report, code: string): ItemValue | undefined {
  return Object.hasOwn(report.items, code) ? report.items[code] : undefined;
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

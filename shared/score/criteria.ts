import type { Plan } from '../schema/plan.ts';
import type { ItemValue, Report } from '../schema/report.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { groupApplies, reportGroupOf } from './group.ts';
import { reportItem } from './lookup.ts';

export type CriterionResult = Scorecard['criteria'][number];

/** có → true, không → false; a number 1/0 as some sheets store ticks; anything else is unanswered. */
export function answerOf(item: ItemValue | undefined): boolean | null {
  if (!item) return null;
  if (typeof item.value === 'boolean') return item.value;
  if (item.value === 1) return true;
  if (item.value === 0) return false;
  return null;
}

/**
 * The plan's criteria for the report's target group, as the report answers them (a row whose
 * `Mã chỉ tiêu` is the criterion id). Criteria of other groups are not asked of this report.
 */
export function criteriaResults(report: Report, plan: Plan): CriterionResult[] {
  const group = reportGroupOf(report);
  return plan.criteria.filter((c) => groupApplies(c.group, group)).map((c) => ({
    criterionId: c.id,
    label: { vi: c.label.vi, en: c.label.en },
    mandatory: c.mandatory,
    met: answerOf(reportItem(report, c.id)),
  }));
}

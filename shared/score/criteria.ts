import type { Criterion, Plan } from '../schema/plan.ts';
import type { ItemValue, Report, ReportGroup } from '../schema/report.ts';
import type { CompiledPlan } from '../plan/compile.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { groupApplies, reportGroupOf } from './group.ts';
import { reportItem } from './lookup.ts';
import { negateVi } from './award.ts';
import { msg } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';

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
export function criteriaResults(report: Report, plan: Plan, compiled?: CompiledPlan): CriterionResult[] {
  const group = reportGroupOf(report);
  const asked = (compiled !== undefined && compiled.plan === plan ? compiled.criteriaByGroup.get(group) : undefined) ?? criteriaAsked(plan, group);
  // A loop into a list of the right length: the scorecard keeps it (no closure per report).
  const results = new Array<CriterionResult>(asked.length);
  for (let i = 0; i < asked.length; i++) results[i] = resultOf(asked[i]!, answerOf(reportItem(report, asked[i]!.criterion.id)));
  return results;
}

/** The asked criterion's result for an answer: one of its three, shared by every report that gives that answer. */
function resultOf(asked: AskedCriterion, met: boolean | null): CriterionResult {
  return met === true ? asked.answeredYes : met === false ? asked.answeredNo : asked.notAnswered;
}

/**
 * A criterion asked of a report group, with what every scorecard says of it: its label (a copy,
 * not the plan's object), its result for each answer, and the award reasons it gives when not
 * answered "có". A compiled plan holds them frozen, shared by the scorecards of the run
 * (read-only, like the items' labels).
 */
export interface AskedCriterion {
  readonly criterion: Criterion;
  readonly label: { vi: string; en: string };
  /** "chưa đăng ký thi đua" (award.ts). */
  readonly notMet: Message;
  readonly unanswered: Message;
  /** Its scorecard result when answered "có" (met true), "không" (false), or not answered (null). */
  readonly answeredYes: CriterionResult;
  readonly answeredNo: CriterionResult;
  readonly notAnswered: CriterionResult;
}

/** The plan's criteria asked of reports of a group, in plan order. */
export function criteriaAsked(plan: Plan, group: ReportGroup): AskedCriterion[] {
  return plan.criteria.filter((c) => groupApplies(c.group, group)).map((c) => askedCriterion(c));
}

function askedCriterion(criterion: Criterion): AskedCriterion {
  const { vi, en } = criterion.label;
  const label = { vi, en };
  const result = (met: boolean | null): CriterionResult => ({ criterionId: criterion.id, label, mandatory: criterion.mandatory, met });
  return {
    criterion,
    label,
    notMet: msg('score.award.criterion-not-met', { labelVi: negateVi(vi), labelEn: en }),
    unanswered: msg('score.award.criterion-unanswered', { labelVi: vi, labelEn: en }),
    answeredYes: result(true),
    answeredNo: result(false),
    notAnswered: result(null),
  };
}

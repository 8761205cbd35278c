import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Report } from '../schema/report.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { awardResults } from './award.ts';
import { criteriaResults } from './criteria.ts';
import { reportGroupOf } from './group.ts';
import { blockAwardOnErrors, errorsByItem, reportErrors } from './flags.ts';
import { biggestGains, blockingCriteria } from './gains.ts';
import { scoreTarget } from './item.ts';
import { targetItem } from './lookup.ts';
import { pillarTotals, totalOf } from './totals.ts';

/**
 * One unit's report scored against a plan, with the indicator catalogue given explicitly.
 * Pure and deterministic; reads its inputs, never changes them. `scoreReport` in scorecard.ts
 * is the same with the bundled catalogue as default.
 *
 * Flagged values never score: the report's validation errors (`report.errors`, plus `issues` given
 * here) make their items `needs-fixing` (no points, not met), and any error at all makes every award
 * rule not eligible, naming the errors (shared/score/flags.ts).
 */
export function scoreReportWith(
  report: Report,
  plan: Plan,
  indicators: ReadonlyMap<string, Indicator>,
  issues: readonly Issue[] = [],
): Scorecard {
  const errors = reportErrors(report, issues);
  const flagged = errorsByItem(errors);
  // A report that does not say its level is read at the plan's level, so level-specific targets
  // (Ninh Hải: ≥ 75% district, ≥ 50% commune) never both count.
  const level = report.unit.level ?? plan.level;
  const targetIds = targetIdsOf(plan);
  const scores = plan.targets.map((target) =>
    scoreTarget(target, targetItem(report, target, targetIds), {
      method: plan.scoring.method,
      level,
      indicator: indicators.get(target.indicatorId),
      errors: flagged.get(target.id),
    }),
  );
  const items = scores.map((s) => s.item);
  const total = totalOf(items);
  const criteria = criteriaResults(report, plan);
  return {
    planId: plan.id,
    unit: { name: report.unit.name, code: report.unit.code, level: report.unit.level, group: reportGroupOf(report) },
    period: report.period,
    items,
    pillars: pillarTotals(items),
    total,
    criteria,
    award: blockAwardOnErrors(awardResults({ plan, report, items, total, criteria }), errors),
    gains: biggestGains(scores, blockingCriteria(plan, criteria)),
    errors,
  };
}

const targetIdCache = new WeakMap<Plan, ReadonlySet<string>>();

/** The plan's target ids, once per plan (plans are read-only data). */
function targetIdsOf(plan: Plan): ReadonlySet<string> {
  let ids = targetIdCache.get(plan);
  if (ids === undefined) targetIdCache.set(plan, (ids = new Set(plan.targets.map((t) => t.id))));
  return ids;
}

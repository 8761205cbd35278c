import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Report } from '../schema/report.ts';
import type { ScoredItem, Scorecard } from '../schema/scorecard.ts';
import { awardResults } from './award.ts';
import { criteriaResults } from './criteria.ts';
import { reportGroupOf } from './group.ts';
import { awardBlock, errorsAbout, NO_ISSUES, reportErrors } from './flags.ts';
import { biggestGains } from './gains.ts';
import { scoreItem } from './item.ts';
import { targetRow } from './lookup.ts';
import { itemTotals } from './totals.ts';
import { compiledFor, type CompiledPlan } from '../plan/compile.ts';

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
  issues: readonly Issue[] = NO_ISSUES,
  compiled?: CompiledPlan,
): Scorecard {
  return scoreCompiled(report, compiledFor(plan, compiled, indicators), issues);
}

/** scoreReportWith on a plan compiled once for the run (shared/plan/compile.ts): the hot path. */
export function scoreCompiled(report: Report, compiled: CompiledPlan, issues: readonly Issue[] = NO_ISSUES): Scorecard {
  const { plan, targetScoring } = compiled;
  const errors = reportErrors(report, issues);
  // A report that does not say its level is read at the plan's level, so level-specific targets
  // (Ninh Hải: ≥ 75% district, ≥ 50% commune) never both count.
  const level = report.unit.level ?? compiled.level;
  // A loop into a list of the right length (no closure per report); the scorecard keeps it.
  const items = new Array<ScoredItem>(targetScoring.length);
  for (let i = 0; i < items.length; i++) {
    const ts = targetScoring[i]!;
    const value = targetRow(report, ts.target.id, ts.fallbackCode);
    items[i] = scoreItem(ts, value, level, errors.length === 0 ? undefined : errorsAbout(errors, ts.target.id));
  }
  const { total, pillars, withGain } = itemTotals(items, compiled.pillars, compiled.pillarAt);
  const criteria = criteriaResults(report, plan, compiled);
  return {
    planId: plan.id,
    unit: { name: report.unit.name, code: report.unit.code, level: report.unit.level, group: reportGroupOf(report) },
    period: report.period,
    items,
    pillars,
    total,
    criteria,
    award: awardResults({ plan, report, items, total, criteria, compiled, blocked: awardBlock(errors) }),
    gains: biggestGains(items, withGain, targetScoring, criteria, compiled.criterionNeeds, compiled.criterionGains),
    errors,
  };
}

import { indicatorById } from '../data/index.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Report } from '../schema/report.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { scoreReportWith } from './score-report.ts';
import type { CompiledPlan } from '../plan/compile.ts';

export interface ScoreOptions {
  /** The indicator catalogue; the bundled one (shared/data) when not given. */
  indicators?: ReadonlyMap<string, Indicator>;
  /** Validation issues to honour on top of `report.errors` (only errors count: flagged values never score). */
  issues?: readonly Issue[];
  /** The plan compiled once for the run (compilePlan); used when it is for this plan and catalogue. */
  compiled?: CompiledPlan;
}

/** One unit's report scored against a plan: items, pillar and total points, criteria, award, gains. */
export function scoreReport(report: Report, plan: Plan, opts: ScoreOptions = {}): Scorecard {
  return scoreReportWith(report, plan, opts.indicators ?? opts.compiled?.indicators ?? indicatorById, opts.issues, opts.compiled);
}

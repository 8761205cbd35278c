import { compilePlan, type CompiledPlan } from '../../shared/plan/compile.ts';
import { createLocationBook, type LocationBook } from '../../shared/parse/report-table.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { indicatorById } from '../../shared/data/index.ts';

/**
 * What one CLI run shares between the reports it reads (3,321 files in a national run): each plan
 * compiled once, and the cell locations of the tables it reads. Owned by the run, never by a
 * module, so two runs in one process (tests) never see each other's state.
 */
export interface CoreRun {
  compiled(plan: Plan): CompiledPlan;
  locations: LocationBook;
}

export function coreRun(): CoreRun {
  const compiledPlans = new Map<Plan, CompiledPlan>();
  return {
    compiled(plan) {
      let c = compiledPlans.get(plan);
      if (c === undefined) compiledPlans.set(plan, (c = compilePlan(plan, plan.level, { indicators: indicatorById })));
      return c;
    },
    locations: createLocationBook(),
  };
}

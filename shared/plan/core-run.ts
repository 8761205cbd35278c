import { compilePlan, type CompiledPlan } from './compile.ts';
import { createLocationBook, type LocationBook } from '../parse/report-table.ts';
import type { Plan } from '../schema/plan.ts';
import { indicatorById } from '../data/index.ts';

/**
 * What one run over many reports shares between them (3,321 files in a national `cds` run, the
 * sheets of a workbook in the add-on): each plan compiled once, and the cell locations of the
 * tables it reads. Owned by the run, never by a module, so two runs in one process (tests) never
 * see each other's state.
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

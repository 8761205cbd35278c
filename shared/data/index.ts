// The toolkit's bundled data: the indicator catalogue and the plans, checked when this module loads.
import type { Plan } from '../schema/plan.ts';
import { t } from '../messages/index.ts';
import { checkPlan } from './check-plan.ts';
import { bundledPlanFiles } from './plans/index.ts';
import { frozenMap } from '../frozen.ts';

export { indicators, indicatorById } from './catalogue.ts';
export { checkPlan, type CheckPlanResult } from './check-plan.ts';
export { jsonPath } from './json-path.ts';

/** A broken bundled plan is a build mistake: fail loudly, naming the file and each problem. */
function loadPlans(): Plan[] {
  const loaded: Plan[] = [];
  const files = new Map<string, string>();
  for (const { file, json } of bundledPlanFiles) {
    const { plan, issues } = checkPlan(json);
    if (plan === null) {
      const details = issues.map((i) => t(i.message, 'en')).join('; ');
      throw new Error(`Bundled plan file ${file} is invalid / Tệp kế hoạch ${file} không hợp lệ — ${details}`);
    }
    const other = files.get(plan.id);
    if (other !== undefined) throw new Error(`Plan id "${plan.id}" appears in both ${other} and ${file}`);
    if (!file.endsWith(`/${plan.id}.json`)) throw new Error(`Plan file ${file} holds plan id "${plan.id}"; the file must be named after its id`);
    files.set(plan.id, file);
    loaded.push(plan);
  }
  return loaded;
}

export const plans: Plan[] = loadPlans();

const planById: ReadonlyMap<string, Plan> = frozenMap(plans.map((p): [string, Plan] => [p.id, p]));

export function getPlan(id: string): Plan | undefined {
  return planById.get(id);
}

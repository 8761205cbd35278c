import type { Comparator, Localized } from '../schema/common.ts';
import type { Plan } from '../schema/plan.ts';
import type { ReportGroup } from '../schema/report.ts';
import { groupApplies, ruleGroup } from '../score/group.ts';

/** A value an award condition reads that is neither a target nor a criterion (Vạn Phúc: the share
 * of the provincial DTI points). The officer reports it in its own row, so the template offers
 * one and validation accepts it. Award conditions in the plans compare shares, read as percent. */
export interface AwardInput {
  code: string;
  label: Localized;
  comparator: Comparator;
  value: number;
}

/** The values award conditions read; with `group`, only those of that group's rules (the template asks no more). */
export function awardInputs(plan: Plan, group?: ReportGroup): AwardInput[] {
  const taken = new Set<string>([...plan.targets.map((t) => t.id), ...plan.criteria.map((c) => c.id)]);
  const inputs: AwardInput[] = [];
  for (const rule of plan.awards) {
    if (group !== undefined && !groupApplies(ruleGroup(rule), group)) continue;
    const leaves = rule.conditions.flatMap((c) => (c.kind === 'one-of' || c.kind === 'all-of' ? c.conditions : [c]));
    for (const c of leaves) {
      if (c.kind !== 'indicator' || taken.has(c.code)) continue;
      taken.add(c.code);
      inputs.push({ code: c.code, label: c.label, comparator: c.comparator, value: c.value });
    }
  }
  return inputs;
}

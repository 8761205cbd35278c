import type { Comparator, Localized } from './schema/common.ts';
import type { Plan } from './schema/plan.ts';

/** A value an award condition reads that is neither a target nor a criterion (Vạn Phúc: the share
 * of the provincial DTI points). The officer reports it in its own row, so the template offers
 * one and validation accepts it. Award conditions in the plans compare shares, read as percent. */
export interface AwardInput {
  code: string;
  label: Localized;
  comparator: Comparator;
  value: number;
}

export function awardInputs(plan: Plan): AwardInput[] {
  const taken = new Set<string>([...plan.targets.map((t) => t.id), ...plan.criteria.map((c) => c.id)]);
  const inputs: AwardInput[] = [];
  for (const rule of plan.awards) {
    for (const c of rule.conditions) {
      if (c.kind !== 'indicator' || taken.has(c.code)) continue;
      taken.add(c.code);
      inputs.push({ code: c.code, label: c.label, comparator: c.comparator, value: c.value });
    }
  }
  return inputs;
}

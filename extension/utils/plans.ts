// The plan the officer chose: a bundled plan (the seeds and the national QĐ 766 index) or one they imported.
import { getPlan, plans } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { DEFAULT_PLAN_ID } from './storage.ts';

export function resolvePlan(planId: string, imported: readonly Plan[]): Plan | null {
  return getPlan(planId) ?? imported.find((p) => p.id === planId) ?? getPlan(DEFAULT_PLAN_ID) ?? null;
}

export function planChoices(imported: readonly Plan[]): Plan[] {
  return [...plans, ...imported.filter((p) => !getPlan(p.id))];
}

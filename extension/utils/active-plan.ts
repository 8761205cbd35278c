// Resolves the officer's plan into what the content script needs (the plan and its indicators), so
// the page overlay does not carry every bundled plan and the whole catalogue.
import { indicators } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { resolvePlan } from './plans.ts';
import { activePlanItem, importedPlansItem, settingsItem, type ActivePlan } from './storage.ts';

export function activePlanFor(planId: string, imported: readonly Plan[]): ActivePlan | null {
  const plan = resolvePlan(planId, imported);
  if (!plan) return null;
  const used = new Set(plan.targets.map((t) => t.indicatorId));
  // Award conditions name indicators too, inside one-of/all-of as well (issue 13).
  for (const a of plan.awards) {
    for (const c of a.conditions) {
      if (c.kind === 'indicator') used.add(c.code);
      else if (c.kind === 'one-of' || c.kind === 'all-of') for (const l of c.conditions) if (l.kind === 'indicator') used.add(l.code);
    }
  }
  return { planId: plan.id, plan, indicators: indicators.filter((i) => i.portal !== undefined || used.has(i.id)) };
}

/** Writes the active plan for the current settings (called on install, on startup and when settings change). */
export async function refreshActivePlan(): Promise<ActivePlan | null> {
  const [settings, imported] = await Promise.all([settingsItem.getValue(), importedPlansItem.getValue()]);
  const active = activePlanFor(settings.planId, imported);
  await activePlanItem.setValue(active);
  return active;
}

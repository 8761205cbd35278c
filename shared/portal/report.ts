// One unit's portal figures → the core's `Report`, so `scoreReport` scores the unit against the
// officer's plan: every target whose indicator has a portal binding gets the portal's figure.
import type { Level } from '../schema/common.ts';
import type { Indicator, PortalBinding } from '../schema/indicator.ts';
import type { Plan } from '../schema/plan.ts';
import type { ItemValue, Report } from '../schema/report.ts';
import { t } from '../messages/index.ts';
import { isGroupCode } from './endpoints.ts';
import { periodMessage } from './period.ts';
import type { UnitPortalFigures } from './unit-figures.ts';

/** The figure a binding points at for this unit, or null when the payloads do not give it. */
export function bindingValue(figs: UnitPortalFigures, binding: PortalBinding): Omit<ItemValue, 'code' | 'row'> | null {
  const evidence = `Cổng DVCQG · ${binding.endpoint}${figs.period ? ` · ${figs.period.key}` : ''}`;
  if (binding.endpoint === 'service-results') {
    const code = binding.metricCode ?? 'TOTAL';
    const score = code === 'TOTAL' ? figs.total.score : isGroupCode(code) ? (figs.groups.find((g) => g.code === code)?.score ?? null) : null;
    return score === null ? null : { numerator: null, denominator: null, value: score, evidence };
  }
  if (binding.metricCode) {
    const m = figs.metrics.find((x) => x.code === binding.metricCode && x.provenance.endpoint === binding.endpoint);
    if (!m) return null;
    if (m.numerator !== null && m.denominator !== null) return { numerator: m.numerator, denominator: m.denominator, value: null, evidence };
    return m.ratio === null ? null : { numerator: null, denominator: null, value: m.ratio, evidence };
  }
  if (binding.numeratorField && binding.denominatorField) {
    const counts = figs.counts[binding.endpoint];
    if (!counts) return null;
    const n = counts[binding.numeratorField] ?? null;
    const d = counts[binding.denominatorField] ?? null;
    if (n === null || d === null) return null;
    return { numerator: n, denominator: d, value: null, evidence };
  }
  return null;
}

export function reportLevel(figs: UnitPortalFigures): Level | null {
  const u = figs.unit;
  if (u.type === 'NATIONAL') return 'national';
  if (u.level === 'COMMUNE' || u.type === 'COMMUNE' || u.type === 'COMMUNE_PEOPLE_COMMITTEE') return 'commune';
  if (u.level === 'PROVINCE' || u.type === 'PROVINCE' || u.type === 'PROVINCIAL_DEPARTMENT' || u.type === 'AGENCY') return 'province';
  return null;
}

/**
 * The unit's report for a plan. Items are keyed by indicator id (the score core finds a target's
 * row by its own id, then by its indicator's); only targets with a portal figure get an item, so
 * the others stay "not reported" rather than becoming 0.
 */
export function portalReport(figs: UnitPortalFigures, plan: Plan, indicators: ReadonlyMap<string, Indicator>): Report {
  const items: Record<string, ItemValue> = {};
  for (const target of plan.targets) {
    const binding = indicators.get(target.indicatorId)?.portal;
    if (!binding || Object.hasOwn(items, target.indicatorId)) continue;
    const v = bindingValue(figs, binding);
    if (v) items[target.indicatorId] = { code: target.indicatorId, row: null, ...v };
  }
  return {
    unit: { name: figs.unit.name, code: figs.unit.code, level: reportLevel(figs) },
    period: t(periodMessage(figs.period), 'vi'),
    planId: plan.id,
    sheet: null,
    items,
  };
}

/** The plan's targets that the portal can answer (their indicator has a portal binding). */
export function portalTargets(plan: Plan, indicators: ReadonlyMap<string, Indicator>) {
  return plan.targets.filter((t) => indicators.get(t.indicatorId)?.portal !== undefined);
}

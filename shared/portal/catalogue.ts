// The indicator catalogue's portal bindings, read from the portal side: which indicator a payload
// metric is, and which count fields of a tree group make an indicator's numerator and denominator.
// The point rules live in the catalogue only; this file applies them, it defines none.
import type { Indicator } from '../schema/indicator.ts';
import { pointsFor, ruleMax } from '../score/points.ts';
import { ratioResult } from '../ratio.ts';
import type { Endpoint } from './endpoints.ts';
import type { MetricFigure, UnitFigures } from './figures.ts';

/** The indicator bound to a payload metric code of an endpoint. */
export function indicatorForMetric(endpoint: Endpoint, code: string, indicators: Iterable<Indicator>): Indicator | undefined {
  for (const i of indicators) if (i.portal?.endpoint === endpoint && i.portal.metricCode === code) return i;
  return undefined;
}

/** Indicators computed from a tree group's counts (numerator and denominator fields, no metric code). */
export function countIndicators(endpoint: Endpoint, indicators: Iterable<Indicator>): Indicator[] {
  const out: Indicator[] = [];
  for (const i of indicators) {
    const b = i.portal;
    if (b && b.endpoint === endpoint && !b.metricCode && b.numeratorField && b.denominatorField) out.push(i);
  }
  return out;
}

/** numerator ÷ denominator × 100, with a zero denominator told apart from a missing figure. */
export function ratioOf(numerator: number | null, denominator: number | null): { ratio: number | null; denominatorZero: boolean } {
  const r = ratioResult(numerator, denominator, { percent: true });
  return { ratio: r.kind === 'value' ? r.value : null, denominatorZero: r.kind === 'zero-denominator' };
}

/** Points of an indicator's rule for one figure (raw counts first, the portal's ratio when no counts). */
export function pointsOfFigure(indicator: Indicator, numerator: number | null, denominator: number | null, portalRatio: number | null) {
  const fromCounts = ratioOf(numerator, denominator);
  const ratio = numerator === null && denominator === null ? portalRatio : fromCounts.ratio;
  return pointsFor(indicator.pointRule, ratio, { denominatorZero: fromCounts.denominatorZero, zeroDenominator: indicator.zeroDenominator });
}

/** A tree group's metrics for one unit, built from its counts with the catalogue's rules. */
export function catalogueMetrics(endpoint: Endpoint, unit: UnitFigures, indicators: readonly Indicator[]): MetricFigure[] {
  return countIndicators(endpoint, indicators).map((ind) => {
    const b = ind.portal!;
    const n = unit.counts[b.numeratorField!] ?? null;
    const d = unit.counts[b.denominatorField!] ?? null;
    const { ratio } = ratioOf(n, d);
    const points = pointsOfFigure(ind, n, d, null);
    return {
      code: ind.id,
      name: ind.name.vi,
      numerator: n,
      denominator: d,
      ratio,
      score: points.points,
      max: points.max ?? ruleMax(ind.pointRule),
      scoreSource: 'computed',
      provenance: unit.provenance,
    };
  });
}

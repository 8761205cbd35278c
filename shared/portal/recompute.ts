// QĐ 766 group points recomputed from the raw counts with the catalogue's point rules, to check the
// portal's own score fields (and to know which points a metric could still add).
import type { Indicator } from '../schema/indicator.ts';
import { ENDPOINT_GROUP, type GroupCode } from './endpoints.ts';
import type { UnitFigures } from './figures.ts';
import { countIndicators, indicatorForMetric, pointsOfFigure, ratioOf } from './catalogue.ts';
import { pointsFor } from '../score/points.ts';

export interface RecomputedPart {
  code: string;
  indicatorId: string | null;
  points: number | null;
  max: number | null;
  /** The rule is known (not `unknown`) for this part. */
  known: boolean;
}

export interface RecomputedGroup {
  group: GroupCode;
  /** The portal's own group score for the unit. */
  portal: number | null;
  /** Sum of the parts' points; null when a part's rule is unknown or the unit has no figure. */
  computed: number | null;
  /** Every scored part has a known rule in the catalogue. */
  known: boolean;
  parts: RecomputedPart[];
}

/**
 * Points in hundredths as the portal rounds them: half up on the exact value of the number
 * (toFixed), so 1.125 → 1.13 but 5.595, stored as 5.59499…, → 5.59.
 */
export function toCents(points: number): number {
  return Math.round(Number(points.toFixed(2)) * 100);
}

/** Recomputes the group of one unit's figures from one group payload (not service-results). */
export function recomputeGroup(figures: UnitFigures, indicators: readonly Indicator[]): RecomputedGroup | null {
  const ep = figures.provenance.endpoint;
  if (ep === 'service-results') return null;
  const group = ENDPOINT_GROUP[ep];
  const portal = figures.scores.find((s) => s.code === group)?.score ?? null;
  const parts: RecomputedPart[] = [];
  const payloadMetrics = figures.metrics.filter((m) => m.scoreSource === 'portal');
  if (payloadMetrics.length > 0) {
    for (const m of payloadMetrics) {
      const ind = indicatorForMetric(ep, m.code, indicators);
      // A metric worth 0 points (PAKN classification) is shown, never scored.
      if (m.max === 0 && (!ind || ind.pointRule.kind === 'monitoring')) {
        parts.push({ code: m.code, indicatorId: ind?.id ?? null, points: null, max: 0, known: true });
        continue;
      }
      if (!ind || ind.pointRule.kind === 'unknown') {
        parts.push({ code: m.code, indicatorId: ind?.id ?? null, points: null, max: m.max, known: false });
        continue;
      }
      const r = pointsOfFigure(ind, m.numerator, m.denominator, m.ratio);
      parts.push({ code: m.code, indicatorId: ind.id, points: r.points, max: r.max, known: true });
    }
  } else {
    const defs = countIndicators(ep, indicators);
    for (const ind of defs) {
      const b = ind.portal!;
      const n = figures.counts[b.numeratorField!] ?? null;
      const d = figures.counts[b.denominatorField!] ?? null;
      const known = ind.pointRule.kind !== 'unknown';
      // As the portal does: the percent rounded to 2 decimals first, then the rule's points.
      const { ratio, denominatorZero } = ratioOf(n, d);
      const r = pointsFor(ind.pointRule, ratio === null ? null : Math.round(ratio * 100) / 100, { denominatorZero, zeroDenominator: ind.zeroDenominator });
      parts.push({ code: ind.id, indicatorId: ind.id, points: known ? r.points : null, max: r.max, known });
    }
  }
  const known = parts.length > 0 && parts.every((p) => p.known);
  const scored = parts.filter((p) => p.max !== 0);
  // A part without a figure (no counts, denominator 0 with a "missing" policy) makes no points. The
  // portal rounds each metric's points to 2 decimals (as its payload shows them) before adding them;
  // a tree group's parts are rounded the same way after their percent is. The same here, so the
  // recomputed group equals the portal's to the cent (in hundredths, to keep float sums exact).
  const computed = known && scored.some((p) => p.points !== null) ? scored.reduce((s, p) => s + toCents(p.points ?? 0), 0) / 100 : null;
  return { group, portal, computed, known, parts };
}

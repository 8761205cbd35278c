// QĐ 766 group points recomputed from the raw counts with the catalogue's point rules, to check the
// portal's own score fields (and to know which points a metric could still add).
import type { Indicator } from '../schema/indicator.ts';
import { ENDPOINT_GROUP, type GroupCode } from './endpoints.ts';
import type { UnitFigures } from './figures.ts';
import { countIndicators, indicatorForMetric, pointsOfFigure } from './catalogue.ts';

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
      const r = pointsOfFigure(ind, n, d, null);
      parts.push({ code: ind.id, indicatorId: ind.id, points: known ? r.points : null, max: r.max, known });
    }
  }
  const known = parts.length > 0 && parts.every((p) => p.known);
  const scored = parts.filter((p) => p.max !== 0);
  // A part without a figure (no counts, denominator 0 with a "missing" policy) makes no points.
  const computed = known && scored.some((p) => p.points !== null) ? scored.reduce((s, p) => s + (p.points ?? 0), 0) : null;
  return { group, portal, computed, known, parts };
}

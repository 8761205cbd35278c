// The portal figures of one unit in the shape `cds portal --json` prints (field names fixed by the
// issue). A field the payloads do not give is null.
import type { Indicator } from '../schema/indicator.ts';
import type { Plan } from '../schema/plan.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import type { UnitPortalFigures } from './unit-figures.ts';

export interface PortalSummary {
  unit: { code: string | null; name: string };
  period: string | null;
  total: { score: number | null; max: number; rank: number | null };
  groups: { code: string; score: number | null; max: number }[];
  metrics: { code: string; numerator: number | null; denominator: number | null; ratio: number | null; score: number | null; max: number | null }[];
  targets: { targetId: string; indicatorId: string; actual: number | boolean | null; target: number | boolean; met: boolean | null }[];
}

export function portalSummary(figs: UnitPortalFigures, card: Scorecard | null, plan: Plan | null, indicators: ReadonlyMap<string, Indicator>): PortalSummary {
  const bound = new Set((plan?.targets ?? []).filter((t) => indicators.get(t.indicatorId)?.portal).map((t) => t.id));
  return {
    unit: { code: figs.unit.code, name: figs.unit.name },
    period: figs.period?.key ?? null,
    total: { score: figs.total.score, max: figs.total.max, rank: figs.total.rank },
    groups: figs.groups.map((g) => ({ code: g.code, score: g.score, max: g.max })),
    metrics: figs.metrics.map((m) => ({ code: m.code, numerator: m.numerator, denominator: m.denominator, ratio: m.ratio, score: m.score, max: m.max })),
    targets: (card?.items ?? [])
      .filter((i) => bound.has(i.targetId) && i.status !== 'not-applicable')
      .map((i) => ({ targetId: i.targetId, indicatorId: i.indicatorId, actual: i.actual, target: i.target, met: i.met })),
  };
}

// "Ưu tiên cải thiện": the QĐ 766 metrics of one unit that would recover the most points if they
// reached their maximum, with how many. A group whose split into metrics is unknown (CLGQ) counts
// as one entry for the whole group.
import { GROUP_ENDPOINT, type GroupCode } from './endpoints.ts';
import type { Provenance } from './figures.ts';
import type { UnitPortalFigures } from './unit-figures.ts';

export interface Priority {
  /** Metric code, indicator id, or the group code for a group without metrics. */
  code: string;
  group: GroupCode | null;
  name: string | null;
  score: number;
  max: number;
  /** Points recoverable: max − score. */
  gain: number;
  provenance: Provenance | null;
}

export function improvementPriorities(figs: UnitPortalFigures, limit = 5): Priority[] {
  const out: Priority[] = [];
  const groupOfEndpoint = new Map(Object.entries(GROUP_ENDPOINT).map(([g, ep]) => [ep, g as GroupCode]));
  const withMetrics = new Set<GroupCode>();
  for (const m of figs.metrics) {
    const group = groupOfEndpoint.get(m.provenance.endpoint) ?? null;
    if (m.score === null || m.max === null || m.max <= 0) continue;
    if (group) withMetrics.add(group);
    out.push({ code: m.code, group, name: m.name, score: m.score, max: m.max, gain: m.max - m.score, provenance: m.provenance });
  }
  for (const g of figs.groups) {
    if (withMetrics.has(g.code) || g.score === null) continue;
    out.push({ code: g.code, group: g.code, name: null, score: g.score, max: g.max, gain: g.max - g.score, provenance: g.provenance });
  }
  return out
    .filter((p) => p.gain > 0.005)
    .sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code))
    .slice(0, limit);
}

import { describe, expect, it } from 'vitest';
import { recomputeGroup, indicatorForMetric, pointsOfFigure } from '../../shared/portal/index.ts';
import { indicators } from '../../shared/data/index.ts';
import { PHU_THO, parseFixture } from './helpers.ts';

// QĐ 766 group points recomputed from the raw counts with the catalogue's rules must agree with
// the portal's own score fields within 0.02 points wherever the rule is known (frameworks §1.5).
const TOLERANCE = 0.02;

function compared(endpoint: keyof typeof PHU_THO) {
  const p = parseFixture(endpoint, PHU_THO[endpoint]);
  const rows = p.units.map((u) => ({ u, r: recomputeGroup(u, indicators)! }));
  return rows.filter(({ r }) => r.known && r.computed !== null && r.portal !== null);
}

describe('recomputed group points agree with the portal', () => {
  it('TDGQ: 20 × on-time ÷ received for every unit with dossiers and the province', () => {
    const rows = compared('dvc-progress-tree');
    // 162 units with dossiers, the province, and one agency that received none (0 ÷ 0 → 0 points, as the portal gives)
    expect(rows).toHaveLength(164);
    expect(rows.filter(({ u }) => u.counts.totalReceived === 0).map(({ r }) => [r.computed, r.portal])).toEqual([[0, 0]]);
    for (const { u, r } of rows) expect(Math.abs(r.computed! - r.portal!), u.unit.name).toBeLessThanOrEqual(TOLERANCE);
  });

  it('TTTT: 2 + 2 + 6 from the payment counters for all 163 units and the province', () => {
    const rows = compared('formality-online-payment-tree');
    expect(rows).toHaveLength(164);
    for (const { u, r } of rows) expect(Math.abs(r.computed! - r.portal!), u.unit.name).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(['transparency', 'dossier-digitized', 'handling-satisfaction'] as const)('%s: every metric and the group total', (endpoint) => {
    const p = parseFixture(endpoint, PHU_THO[endpoint]);
    let metricsChecked = 0;
    for (const u of p.units) {
      for (const m of u.metrics) {
        const ind = indicatorForMetric(endpoint, m.code, indicators);
        expect(ind, m.code).toBeDefined();
        if (m.score === null || ind!.pointRule.kind === 'monitoring') continue;
        const points = pointsOfFigure(ind!, m.numerator, m.denominator, m.ratio).points;
        expect(points, `${u.unit.name} ${m.code}`).not.toBeNull();
        expect(Math.abs(points! - m.score), `${u.unit.name} ${m.code}`).toBeLessThanOrEqual(TOLERANCE);
        metricsChecked++;
      }
    }
    expect(metricsChecked).toBeGreaterThan(400);
    const rows = compared(endpoint);
    expect(rows.length).toBeGreaterThanOrEqual(163);
    // Each metric is rounded to 2 decimals by the portal before it adds them up: allow that per metric.
    for (const { u, r } of rows) {
      const parts = r.parts.filter((x) => x.max !== 0).length;
      expect(Math.abs(r.computed! - r.portal!), u.unit.name).toBeLessThanOrEqual(TOLERANCE + 0.005 * parts);
    }
  });

  it('CLGQ: the split of the 12 points is unknown, so nothing is recomputed', () => {
    const p = parseFixture('provide-online-tree', PHU_THO['provide-online-tree']);
    for (const u of p.units) {
      const r = recomputeGroup(u, indicators)!;
      expect(r.known).toBe(false);
      expect(r.computed).toBeNull();
      expect(r.portal).not.toBeNull();
    }
  });

  it('a hand-made unit: 45 of 60 on time is 15 of 20 points', () => {
    const p = parseFixture('dvc-progress-tree', PHU_THO['dvc-progress-tree']);
    const u = structuredClone(p.units[1]!);
    u.counts = { totalReceived: 60, totalOnTime: 45 };
    u.metrics = [];
    expect(recomputeGroup(u, indicators)?.computed).toBe(15);
  });
});

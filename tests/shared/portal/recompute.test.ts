import { describe, expect, it } from 'vitest';
import { recomputeGroup, indicatorForMetric, pointsOfFigure } from '../../../shared/portal/index.ts';
import { indicators } from '../../../shared/data/index.ts';
import { PHU_THO, parseFixture } from '../../support/portal/fixtures.ts';

// QĐ 766 group points recomputed from the raw counts with the catalogue's rules must equal the
// portal's own group scores to the cent wherever the rule is known: the portal rounds each part's
// points to 2 decimals before adding them, and so does the toolkit. A single metric's unrounded
// points are within 0.02 of the portal's rounded ones (frameworks §1.5).
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
    for (const { u, r } of rows) expect(r.computed, u.unit.name).toBe(r.portal);
  });

  it('TTTT: 2 + 2 + 6 from the payment counters for all 163 units and the province', () => {
    const rows = compared('formality-online-payment-tree');
    expect(rows).toHaveLength(164);
    // to the cent, including 0,5 + 1,125 + 5,595 = 7,22 (1,125 → 1,13 but 5,595 is stored as 5,5949… → 5,59)
    for (const { u, r } of rows) expect(r.computed, u.unit.name).toBe(r.portal);
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
    // Each metric is rounded to 2 decimals by the portal before it adds them up: the same here, to the cent.
    for (const { u, r } of rows) expect(r.computed, u.unit.name).toBe(r.portal);
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

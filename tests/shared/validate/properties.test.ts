import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import type { RawValue } from '../../../shared/schema/report.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { rawValue } from '../parse/arbitraries.ts';
import { indicators, plan } from './plan-fixture.ts';
import { fillTemplate } from './helpers.ts';

describe('validation properties', () => {
  it('never throws on random grids, and never reads a value as 0 that was not a 0', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rawValue, { maxLength: 9 }), { maxLength: 20 }), (grid) => {
        const { table } = readReportTable(grid, 'S');
        if (table === null) return;
        const r = validateReportWith(table, plan, { indicators });
        expect(r.valid).toBe(!r.issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on the template filled with random values, and is deterministic', () => {
    const { grid, layout } = reportTemplate(plan, { level: 'commune' });
    const cells = layout.rows.length * 4;
    fc.assert(
      fc.property(fc.array(rawValue, { minLength: cells, maxLength: cells }), fc.array(fc.array(rawValue, { maxLength: 7 }), { maxLength: 3 }), (values, extra) => {
        const filled = fillTemplate(grid, layout, values);
        const { table } = readReportTable([...filled, ...extra], 'S');
        const a = validateReportWith(table!, plan, { indicators });
        const b = validateReportWith(table!, plan, { indicators });
        expect(b).toEqual(a);
        for (const item of Object.values(a.report.items)) {
          if (item.value === 0) {
            // A 0 in the report comes from a cell that held a zero, or from counts whose ratio is
            // 0 (a zero numerator, or one so tiny that the division underflows).
            const line = filled[(item.row ?? 0) - 1]!;
            const typedZero = [line[4]].some((v) => v === 0 || v === false || (typeof v === 'string' && /\d/.test(v)));
            const countsZero = item.numerator !== null && item.denominator !== null && Math.abs(item.numerator / item.denominator) < 1e-300;
            expect(typedZero || countsZero).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import { defaultRules } from '../../../shared/validate/rules.ts';
import { fusable, planRules } from '../../../shared/validate/item-rules.ts';
import type { RawValue, ReportRow, ReportTable } from '../../../shared/schema/report.ts';
import type { Rule } from '../../../shared/schema/rule.ts';
import { rawValue } from '../parse/arbitraries.ts';
import { indicators, plan } from './plan-fixture.ts';
import { fillTemplate } from './helpers.ts';

// The default rules run their per-item checks while the rows are read (the fused pass,
// shared/validate/item-rules.ts); a copy of the list goes rule by rule. Both must give the same
// report and the same issues in the same order.
const byRule = (table: ReportTable) => validateReportWith(table, plan, { indicators, rules: [...defaultRules] });
const fused = (table: ReportTable) => validateReportWith(table, plan, { indicators });

const { grid, layout } = reportTemplate(plan, { level: 'commune', unitName: 'Xã Một', unitCode: 'X.01', period: '2024' });

// Codes for extra rows: a repeat, a repeat typed loosely, a target of another level, an indicator
// id, an unknown code, no code at all.
const extraCode = fc.constantFrom<RawValue>('T1', ' t1 ', 'T5-X', 'T5-H', 'ONLINE_DOSSIER_RATE', 'ZZ-9', '', null, 'C1');
// Values likely to give issues: negatives, shares, over 100, text, spreadsheet errors, yes/no words.
const value = fc.oneof(rawValue, fc.constantFrom<RawValue>(-5, 0, 0.5, 3.5, 120, '150%', '#REF!', 'có', 'không', 'abc', '', null, 12, 30, 40));

function filledTable(values: RawValue[], extra: RawValue[][]): ReportTable {
  const { table } = readReportTable([...fillTemplate(grid, layout, values), ...extra], 'S');
  if (table === null) throw new Error('no table');
  return table;
}

describe('the fused pass of the default rules', () => {
  it('splits the default rules, and is exact for up to 33 rows (3 range issues of one code per row)', () => {
    const p = planRules(defaultRules);
    expect(p.rowChecks.map((c) => c.rule.kind)).toEqual(['type', 'required', 'range', 'range', 'range', 'range', 'numerator-le-denominator', 'compulsory-pair', 'value-matches-counts']);
    expect(p.others.map((r) => r.kind)).toEqual(defaultRules.filter((r) => !p.rowChecks.some((c) => c.rule === r)).map((r) => r.kind));
    expect(p.maxRows).toBe(33);
  });

  it('is not used when a rule about item rows comes before a per-item rule, nor for hand-made or repeated rows', () => {
    const comparison = defaultRules.find((r) => r.kind === 'comparison')!;
    const range = defaultRules.find((r) => r.kind === 'range')!;
    expect(planRules([comparison, range] as Rule[]).maxRows).toBe(0);
    expect(planRules([range, comparison] as Rule[]).maxRows).toBe(Number.POSITIVE_INFINITY);
    const table = filledTable(new Array(layout.rows.length * 4).fill(null), []);
    const p = planRules(defaultRules);
    expect(fusable(p, table.rows)).toBe(true);
    const plain: ReportRow[] = table.rows.map((r) => ({ row: r.row, cells: { ...r.cells } }));
    expect(fusable(p, plain)).toBe(false);
    expect(fusable(p, [...table.rows, table.rows[0]!])).toBe(false);
  });

  it('gives the same results as the rules one by one on the template filled with random values', () => {
    const cells = layout.rows.length * 4;
    fc.assert(
      fc.property(
        fc.array(value, { minLength: cells, maxLength: cells }),
        fc.array(fc.tuple(extraCode, value, value, value), { maxLength: 6 }),
        (values, extras) => {
          const table = filledTable(values, extras.map(([code, n, d, v]) => [code, 'x', n, d, v, null, null]));
          expect(JSON.stringify(fused(table))).toBe(JSON.stringify(byRule(table)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same results on long tables (rule by rule past the limit) and on hand-made rows', () => {
    const cells = layout.rows.length * 4;
    fc.assert(
      fc.property(fc.array(value, { minLength: cells, maxLength: cells }), fc.integer({ min: 20, max: 60 }), (values, repeats) => {
        // Repeated item rows: every repeat is set aside, and the table grows past the fused limit.
        const extra = Array.from({ length: repeats }, (_, k): RawValue[] => [k % 2 ? 'T1' : 'ZZ', 'x', -1, -2, -3, null, null]);
        const table = filledTable(values, extra);
        expect(JSON.stringify(fused(table))).toBe(JSON.stringify(byRule(table)));
        const plain: ReportTable = { ...table, rows: table.rows.map((r) => ({ row: r.row, cells: { ...r.cells } })) };
        expect(JSON.stringify(fused(plain))).toBe(JSON.stringify(byRule(plain)));
      }),
      { numRuns: 60 },
    );
  });
});

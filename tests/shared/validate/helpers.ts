import { reportTemplate, type TemplateLayout } from '../../../shared/plan/template.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { validateReportWith, type ValidateOptions } from '../../../shared/validate/validate-report.ts';
import { defaultRules } from '../../../shared/validate/rules.ts';
import type { RawValue, ReportTable } from '../../../shared/schema/report.ts';
import type { Rule, RuleKind } from '../../../shared/schema/rule.ts';
import { indicators, plan } from './plan-fixture.ts';

// The commune template of the fixture plan: rows T1=9, T2=10, T3=11, T4=12, T5-X=13, C1=14, C2=15;
// columns A code, B label, C Tử số, D Mẫu số, E Giá trị, F Mục tiêu, G Minh chứng.
export const ROW = { T1: 9, T2: 10, T3: 11, T4: 12, 'T5-X': 13, C1: 14, C2: 15 } as const;

export interface Fill {
  numerator?: RawValue;
  denominator?: RawValue;
  value?: RawValue;
  evidence?: RawValue;
}

export function communeGrid(fill: Partial<Record<keyof typeof ROW, Fill>> = {}, extraRows: RawValue[][] = []): RawValue[][] {
  const { grid } = reportTemplate(plan, { level: 'commune', unitName: 'Xã Một', unitCode: 'X.01', period: '2024' });
  for (const [code, f] of Object.entries(fill) as [keyof typeof ROW, Fill][]) {
    const row = grid[ROW[code] - 1]!;
    if (f.numerator !== undefined) row[2] = f.numerator;
    if (f.denominator !== undefined) row[3] = f.denominator;
    if (f.value !== undefined) row[4] = f.value;
    if (f.evidence !== undefined) row[6] = f.evidence;
  }
  return [...grid, ...extraRows];
}

export function tableOf(grid: RawValue[][]): ReportTable {
  const { table } = readReportTable(grid, 'Báo cáo');
  if (table === null) throw new Error('no table');
  return table;
}

export function rulesOf(...kinds: RuleKind[]): Rule[] {
  return defaultRules.filter((r) => kinds.includes(r.kind));
}

export function check(grid: RawValue[][], kinds: RuleKind[] | null, opts: ValidateOptions = {}) {
  return validateReportWith(tableOf(grid), plan, { indicators, rules: kinds === null ? undefined : rulesOf(...kinds), ...opts });
}

/**
 * A copy of a template grid with each item row's Tử số, Mẫu số, Giá trị and Minh chứng taken from
 * `values`, four per row in layout order (property tests draw them at random).
 */
export function fillTemplate(grid: readonly RawValue[][], layout: TemplateLayout, values: readonly RawValue[]): RawValue[][] {
  const filled: RawValue[][] = grid.map((r) => [...r]);
  layout.rows.forEach((row, i) => {
    const line = filled[row.row - 1]!;
    line[2] = values[i * 4]!;
    line[3] = values[i * 4 + 1]!;
    line[4] = values[i * 4 + 2]!;
    line[6] = values[i * 4 + 3]!;
  });
  return filled;
}

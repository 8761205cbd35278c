import { describe, expect, it } from 'vitest';
import { getPlan, indicatorById } from '../../../shared/data/index.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import type { RawValue } from '../../../shared/schema/report.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import { buildPlanIndex } from '../../../shared/validate/context.ts';

// completeness-low lists the first 12 missing codes, then "…" (built in one loop, no lists).
const plan = getPlan('van-phuc-2023-2025')!;
const rules = [{ id: 'c', kind: 'completeness', severity: 'warning', threshold: 80 }] as const;

function lowList(grid: RawValue[][]): string | undefined {
  const { table } = readReportTable(grid, 'Báo cáo');
  const { issues } = validateReportWith(table!, plan, { indicators: indicatorById, rules: [...rules] });
  const low = issues.find((i) => i.code === 'completeness-low');
  return low?.message.params.missing as string | undefined;
}

describe('completeness: the missing codes listed', () => {
  const { grid, layout } = reportTemplate(plan, { level: plan.level, unitName: 'Xã', unitCode: 'X', period: '2024' });
  const asked = buildPlanIndex(plan, plan.level).askedByGroup.agency.map((item) => item.code);

  it('has more codes asked than it lists (the case under test)', () => {
    expect(asked.length).toBeGreaterThan(13);
  });

  it('lists 12 codes then "…" when more are missing, and all of them when 12 or fewer are', () => {
    const rows = layout.rows.filter((r) => asked.includes(r.code));
    for (const filled of [0, 1, asked.length - 13, asked.length - 12, asked.length - 11]) {
      const g = grid.map((r) => [...r]);
      for (const r of rows.slice(0, filled)) g[r.row - 1]![4] = r.expects === 'boolean' ? 'có' : 50;
      const missing = asked.filter((code) => !rows.slice(0, filled).some((r) => r.code === code));
      const want = missing.slice(0, 12).join(', ') + (missing.length > 12 ? ', …' : '');
      expect(lowList(g)).toBe(want);
    }
  });
});

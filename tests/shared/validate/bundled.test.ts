import { describe, expect, it } from 'vitest';
import { getPlan, indicatorById, plans } from '../../../shared/data/index.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { validateReport } from '../../../shared/validate/index.ts';
import { defaultRules } from '../../../shared/validate/rules.ts';

// The public entry point with the bundled indicators and plans (shared/data).
describe('validateReport with the bundled data', () => {
  it.each(plans.map((p) => [p.id]))('round-trips the template of %s with no error', (id) => {
    const plan = getPlan(id)!;
    const { grid, layout } = reportTemplate(plan, { unitName: 'Đơn vị thử', period: '2024' });
    const { table, issues } = readReportTable(grid, 'Báo cáo');
    expect(issues).toEqual([]);
    const result = validateReport(table!, plan);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(Object.keys(result.report.items)).toEqual(layout.rows.map((r) => r.code));
  });

  it('uses the bundled indicators by default: a zero denominator names the indicator policy', () => {
    const plan = getPlan('van-phuc-2023-2025')!;
    const target = plan.targets.find((t) => t.unit === 'percent' && indicatorById.has(t.indicatorId))!;
    const { grid, layout } = reportTemplate(plan, { unitName: 'Xã Vạn Phúc', period: '2024' });
    const row = layout.rows.find((r) => r.code === target.id)!.row;
    grid[row - 1]![2] = 0;
    grid[row - 1]![3] = 0;
    const result = validateReport(readReportTable(grid, 'S').table!, plan);
    const zero = result.issues.find((i) => i.code === 'zero-denominator')!;
    expect(zero.message.key).toBe('validate.zero-denominator-policy');
    expect(zero.location.a1).toBe(`D${row}`);
  });

  it('cross-item rules name indicators of the bundled catalogue', () => {
    for (const rule of defaultRules) {
      if (rule.kind !== 'comparison') continue;
      expect(indicatorById.has(rule.left.item), rule.left.item).toBe(true);
      expect(indicatorById.has(rule.right.item), rule.right.item).toBe(true);
    }
  });
});

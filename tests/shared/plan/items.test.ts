import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { awardInputs } from '../../../shared/plan/items.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { validateReport } from '../../../shared/validate/index.ts';

describe('values that award conditions read', () => {
  const plan = getPlan('van-phuc-2023-2025')!;

  it('Vạn Phúc asks for the share of the provincial DTI points (≥ 90%)', () => {
    expect(awardInputs(plan)).toEqual([expect.objectContaining({ code: 'dti-ty-le-diem', comparator: '>=', value: 90 })]);
  });

  it('plans without such a condition have none', () => {
    expect(awardInputs(getPlan('cat-ne-2024')!)).toEqual([]);
  });

  it('the template offers a row for it and validation reads it as a percent', () => {
    const { grid, layout } = reportTemplate(plan, { unitName: 'UBND xã Vạn Phúc', period: '2025' });
    const row = layout.rows.find((r) => r.code === 'dti-ty-le-diem');
    expect(row).toMatchObject({ kind: 'condition', expects: 'number', unit: 'percent' });
    expect(grid[row!.row - 1]![layout.table.columns.target - 1]).toBe('≥ 90%');

    grid[row!.row - 1]![layout.table.columns.value - 1] = '92,5%';
    const { table } = readReportTable(grid, 'Báo cáo');
    const { report, issues } = validateReport(table!, plan);
    expect(issues.filter((i) => i.itemCode === 'dti-ty-le-diem')).toEqual([]);
    expect(report.items['dti-ty-le-diem']?.value).toBe(92.5);
  });
});

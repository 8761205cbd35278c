import { describe, expect, it } from 'vitest';
import { reportTemplate, targetText } from '../../../shared/plan/template.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import { plan } from '../validate/plan-fixture.ts';

describe('reportTemplate', () => {
  it('lays out title, header block, blank row, item header, targets of the level, then criteria', () => {
    const { grid, layout } = reportTemplate(plan, { level: 'commune', unitName: 'Xã Một', period: '2024' });
    expect(grid[0]![0]).toBe('BÁO CÁO KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ — Kế hoạch CĐS thử nghiệm 2024');
    expect(grid.slice(1, 6).map((r) => r.slice(0, 2))).toEqual([
      ['Đơn vị', 'Xã Một'],
      ['Mã đơn vị', ''],
      ['Cấp', 'xã'],
      ['Kỳ báo cáo', '2024'],
      ['Kế hoạch', 'thu-nghiem-2024'],
    ]);
    expect(grid[6]!.every((c) => c === '')).toBe(true);
    expect(grid[7]).toEqual(['Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Giá trị', 'Mục tiêu', 'Minh chứng']);
    expect(grid.slice(8).map((r) => [r[0], r[5]])).toEqual([
      ['T1', '≥ 80%'],
      ['T2', '> 50%'],
      ['T3', '≥ 4'],
      ['T4', 'có'],
      ['T5-X', '≥ 50%'],
      ['C1', 'có'],
      ['C2', 'có'],
    ]);
    expect(grid.every((r) => r.length === layout.width)).toBe(true);
    expect(layout.height).toBe(grid.length);
    expect(layout.title).toEqual({ row: 1, column: 1 });
    expect(layout.header.level).toEqual({ row: 4, labelColumn: 1, valueColumn: 2 });
    expect(layout.header.planId).toEqual({ row: 6, labelColumn: 1, valueColumn: 2 });
    expect(layout.table).toEqual({
      headerRow: 8,
      firstRow: 9,
      lastRow: 15,
      columns: { code: 1, label: 2, numerator: 3, denominator: 4, value: 5, target: 6, evidence: 7 },
    });
    expect(layout.rows.map((r) => [r.row, r.code, r.kind, r.expects])).toEqual([
      [9, 'T1', 'target', 'number'],
      [10, 'T2', 'target', 'number'],
      [11, 'T3', 'target', 'number'],
      [12, 'T4', 'target', 'boolean'],
      [13, 'T5-X', 'target', 'number'],
      [14, 'C1', 'criterion', 'boolean'],
      [15, 'C2', 'criterion', 'boolean'],
    ]);
  });

  it('uses the plan level by default: Cấp huyện and the district targets', () => {
    const { grid, layout } = reportTemplate(plan);
    expect(grid[3]![1]).toBe('huyện');
    expect(layout.rows.map((r) => r.code)).toContain('T5-H');
    expect(layout.rows.map((r) => r.code)).not.toContain('T5-X');
  });

  it('round-trips through readReportTable', () => {
    const { grid, layout } = reportTemplate(plan, { level: 'commune', unitName: 'Xã Một', unitCode: 'X.01', period: '2024' });
    const { table, issues } = readReportTable(grid, 'Báo cáo');
    expect(issues).toEqual([]);
    expect(table!.headerRow).toBe(layout.table.headerRow);
    expect(table!.columns).toEqual(layout.table.columns);
    expect(table!.extraColumns).toEqual([]);
    expect(table!.rows.map((r) => [r.row, r.cells.code.raw])).toEqual(layout.rows.map((r) => [r.row, r.code]));
    expect(table!.header.unitName?.raw).toBe('Xã Một');
    expect(table!.header.unitCode?.raw).toBe('X.01');
    expect(table!.header.level?.raw).toBe('xã');
    expect(table!.header.period?.raw).toBe('2024');
    expect(table!.header.planId?.raw).toBe('thu-nghiem-2024');
    expect(table!.header.group?.raw).toBe('cơ quan, đơn vị');
    for (const field of ['unitName', 'unitCode', 'level', 'period', 'planId', 'group'] as const) {
      expect(table!.header[field]?.location.row).toBe(layout.header[field].row);
      expect(table!.header[field]?.location.column).toBe(layout.header[field].valueColumn);
    }
    // An empty template validates with no error except "not reported" warnings.
    const result = validateReportWith(table!, plan, { indicators: new Map() });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.report.unit).toEqual({ name: 'Xã Một', code: 'X.01', level: 'commune', group: 'agency' });
    expect(Object.keys(result.report.items)).toEqual(layout.rows.map((r) => r.code));
    expect(Object.values(result.report.items).every((i) => i.value === null)).toBe(true);
  });

  it('writes `Đối tượng` beside `Cấp` (columns C–D), so older rows stay where they were', () => {
    const { grid, layout } = reportTemplate(plan, { level: 'commune' });
    expect(grid[3]!.slice(0, 4)).toEqual(['Cấp', 'xã', 'Đối tượng', 'cơ quan, đơn vị']);
    expect(layout.header.group).toEqual({ row: 4, labelColumn: 3, valueColumn: 4 });
    expect(layout.table.headerRow).toBe(8);
    // A blank `Cấp` does not swallow the `Đối tượng` label as its value.
    grid[3]![1] = '';
    const { table } = readReportTable(grid, 'S');
    expect(table!.header.level?.raw).toBeNull();
    expect(table!.header.group?.raw).toBe('cơ quan, đơn vị');
  });

  it('asks each target group only its own criteria and award inputs; individuals are not asked the targets', () => {
    const groups = plan.criteria.concat([
      { id: 'X1', group: 'village', label: { vi: 'Có tổ công nghệ số', en: 'Has a digital team' }, mandatory: true, source: plan.source },
      { id: 'K1', group: 'other', label: { vi: 'Có đóng góp', en: 'Contributed' }, mandatory: false, source: plan.source },
    ]);
    const p = {
      ...plan,
      criteria: groups,
      awards: [
        {
          id: 'A1',
          award: { vi: 'Giấy khen', en: 'Certificate' },
          recipient: 'collective' as const,
          group: 'village' as const,
          conditions: [{ kind: 'indicator' as const, code: 'ty-le-ho-dan', comparator: '>=' as const, value: 50, label: { vi: 'Hộ dân dùng DVC', en: 'Households' } }],
          source: plan.source,
        },
      ],
    };
    const codes = (group: Parameters<typeof reportTemplate>[1] extends infer O ? O extends { group?: infer G } ? G : never : never) =>
      reportTemplate(p, { level: 'commune', group }).layout.rows.map((r) => r.code);
    expect(codes('village')).toEqual(['T1', 'T2', 'T3', 'T4', 'T5-X', 'C1', 'C2', 'X1', 'ty-le-ho-dan']);
    expect(codes('agency')).toEqual(['T1', 'T2', 'T3', 'T4', 'T5-X', 'C1', 'C2']);
    expect(codes('other')).toEqual(['K1']);
    const { grid } = reportTemplate(p, { level: 'commune', group: 'village' });
    expect(grid[3]![3]).toBe('thôn, xóm');
  });

  it('writes targets the way officers read them', () => {
    const t = plan.targets[0]!;
    expect(targetText({ ...t, comparator: '>=', value: 7.5 })).toBe('≥ 7,5%');
    expect(targetText({ ...t, comparator: '=', value: 100 })).toBe('100%');
    expect(targetText({ ...t, comparator: '<=', value: 5, unit: 'days' })).toBe('≤ 5 ngày');
    expect(targetText({ ...t, comparator: '<', value: 1200, unit: 'count' })).toBe('< 1.200');
  });
});

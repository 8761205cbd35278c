import { describe, expect, it } from 'vitest';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import type { RawValue } from '../../../shared/schema/report.ts';
import { both } from '../../../shared/messages/index.ts';

// A report as an officer might arrange it: header labels in other columns and spellings, the table
// with columns in another order, an extra column, English names, a blank row, a ragged row.
const grid: RawValue[][] = [
  ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024'],
  [null, 'ĐƠN VỊ', '', 'Xã Vạn Phúc'],
  [null, 'ma don vi', 'H44.104'],
  [null, 'Cấp:', 'xã'],
  [null, 'Kỳ báo cáo', 2024],
  ['Kế hoạch: van-phuc-2023-2025'],
  [],
  ['STT', 'Code', 'Chỉ  tiêu', 'Giá trị', 'Tử số', 'Mẫu số', 'Ghi chú', 'minh chung'],
  [1, 'T1', 'Hồ sơ nộp trực tuyến', '85,5%', null, null, 'đã rà soát', 'QĐ 12'],
  [],
  [2, 'T2', 'Toàn trình', '', 40, 50],
  [3, 'C1'],
  ['', '', '', '', '', '', 'ghi chú lẻ'],
];

describe('readReportTable', () => {
  const { table, issues } = readReportTable(grid, 'Báo cáo');

  it('finds the item table header by column names in any order and spelling', () => {
    expect(table?.headerRow).toBe(8);
    expect(table?.columns).toEqual({ code: 2, label: 3, numerator: 5, denominator: 6, value: 4, target: null, evidence: 8 });
    expect(table?.extraColumns).toEqual([
      { column: 1, name: 'STT' },
      { column: 7, name: 'Ghi chú' },
    ]);
  });

  it('reads the header block: value to the right, after blanks, or after a colon', () => {
    const h = table!.header;
    expect(h.unitName).toEqual({ raw: 'Xã Vạn Phúc', location: { sheet: 'Báo cáo', row: 2, column: 4, a1: 'D2', field: 'Đơn vị' } });
    expect(h.unitCode?.raw).toBe('H44.104');
    expect(h.level).toEqual({ raw: 'xã', location: { sheet: 'Báo cáo', row: 4, column: 3, a1: 'C4', field: 'Cấp' } });
    expect(h.period?.raw).toBe(2024);
    expect(h.planId).toEqual({ raw: 'van-phuc-2023-2025', location: { sheet: 'Báo cáo', row: 6, column: 1, a1: 'A6', field: 'Kế hoạch' } });
  });

  it('keeps every item row with located cells, skips blank rows, accepts ragged rows', () => {
    expect(table!.rows.map((r) => r.row)).toEqual([9, 11, 12]);
    const first = table!.rows[0]!;
    expect(first.cells.value).toEqual({ raw: '85,5%', location: { sheet: 'Báo cáo', row: 9, column: 4, a1: 'D9', field: 'Giá trị' } });
    expect(first.cells.evidence.raw).toBe('QĐ 12');
    // An absent column gives a blank cell with no column.
    expect(first.cells.target).toEqual({ raw: null, location: { sheet: 'Báo cáo', row: 9, column: null, a1: null, field: 'Mục tiêu' } });
    const ragged = table!.rows[2]!;
    expect(ragged.cells.code.raw).toBe('C1');
    expect(ragged.cells.numerator).toEqual({ raw: null, location: { sheet: 'Báo cáo', row: 12, column: 5, a1: 'E12', field: 'Tử số' } });
  });

  it('raises no issue for a complete table', () => {
    expect(issues).toEqual([]);
  });

  it('never changes the grid', () => {
    const copy = JSON.parse(JSON.stringify(grid));
    readReportTable(grid, 'x');
    expect(grid).toEqual(copy);
  });

  it('reports a table it cannot find', () => {
    const r = readReportTable([['Đơn vị', 'Xã A'], ['chỉ có chữ']], 'S');
    expect(r.table).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'table-not-found', severity: 'error', location: { sheet: 'S', row: null } });
    expect(both(r.issues[0]!.message).vi).toContain('Không tìm thấy bảng chỉ tiêu');
    expect(readReportTable([], null).table).toBeNull();
  });

  it('reports missing required columns with the header row', () => {
    const r = readReportTable([['Chỉ tiêu', 'Tử số', 'Mẫu số'], ['x', 1, 2]], 'S');
    expect(r.table).not.toBeNull();
    expect(r.issues).toEqual([
      {
        code: 'missing-column',
        severity: 'error',
        location: { sheet: 'S', row: 1, column: null, a1: null, field: 'Mã chỉ tiêu' },
        itemCode: null,
        message: { key: 'parse.missing-column', params: { row: '1', fieldVi: 'Mã chỉ tiêu', fieldEn: 'Code' } },
      },
    ]);
    const noValue = readReportTable([['Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số']], 'S');
    expect(noValue.issues.map((i) => [i.code, i.location.field, i.severity])).toEqual([['missing-column', 'Giá trị', 'error']]);
    const halfPair = readReportTable([['Mã chỉ tiêu', 'Giá trị', 'Tử số']], 'S');
    expect(halfPair.issues.map((i) => [i.code, i.location.field, i.severity])).toEqual([['missing-column', 'Mẫu số', 'warning']]);
  });

  it('reads the first of two columns with the same name and keeps the second as extra', () => {
    const r = readReportTable([['Mã chỉ tiêu', 'Giá trị', 'GIÁ TRỊ'], ['T1', 5, 6]], 'S');
    expect(r.table?.columns.value).toBe(2);
    expect(r.table?.extraColumns).toEqual([{ column: 3, name: 'GIÁ TRỊ' }]);
    expect(r.issues).toEqual([
      {
        code: 'duplicate-column',
        severity: 'warning',
        location: { sheet: 'S', row: 1, column: 3, a1: 'C1', field: 'Giá trị' },
        itemCode: null,
        message: { key: 'parse.duplicate-column', params: { a1: 'C1', name: 'GIÁ TRỊ', fieldVi: 'Giá trị', fieldEn: 'Value', firstA1: 'B1' } },
      },
    ]);
    expect(both(r.issues[0]!.message).en).toBe('Cell C1: the column “GIÁ TRỊ” repeats the “Value” column at B1; only the first one is read.');
  });

  it('accepts English header labels and columns', () => {
    const r = readReportTable(
      [
        ['Unit', 'Commune A'], ['Unit code', 'X.1'], ['Level', 'commune'], ['Period', '2024'], ['Plan', 'p-1'],
        ['Code', 'Indicator', 'Numerator', 'Denominator', 'Value', 'Target', 'Evidence'],
        ['T1', 'a', 1, 2, '', '≥ 80%', ''],
      ],
      null,
    );
    expect(r.issues).toEqual([]);
    expect(r.table?.header.unitName?.raw).toBe('Commune A');
    expect(r.table?.header.planId?.raw).toBe('p-1');
    expect(r.table?.columns).toEqual({ code: 1, label: 2, numerator: 3, denominator: 4, value: 5, target: 6, evidence: 7 });
    expect(r.table?.rows[0]?.cells.numerator.location).toEqual({ sheet: null, row: 7, column: 3, a1: 'C7', field: 'Tử số' });
  });

  it('gives a header label with no value a blank cell next to it, and an absent label null', () => {
    const r = readReportTable([['Đơn vị', '', ''], ['Mã chỉ tiêu', 'Giá trị', 'Chỉ tiêu']], 'S');
    expect(r.table?.header.unitName).toEqual({ raw: null, location: { sheet: 'S', row: 1, column: 2, a1: 'B1', field: 'Đơn vị' } });
    expect(r.table?.header.period).toBeNull();
  });
});

describe('locations shared between reads', () => {
  it('are equal for the same layout, frozen, and still name their own sheet', () => {
    const grid = [
      ['Đơn vị', 'Xã A'],
      ['Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị'],
      ['T-1', 'Một', '85%'],
    ];
    const a = readReportTable(grid, 'Xã A').table!;
    const b = readReportTable(grid.map((r) => [...r]), 'Xã A').table!;
    const c = readReportTable(grid, 'Xã B').table!;
    expect(b).toEqual(a);
    const loc = a.rows[0]!.cells.value.location;
    expect(loc).toEqual({ sheet: 'Xã A', row: 3, column: 3, a1: 'C3', field: 'Giá trị' });
    expect(Object.isFrozen(loc)).toBe(true);
    expect(c.rows[0]!.cells.value.location.sheet).toBe('Xã B');
    expect(a.rows[0]!.cells.numerator.location).toEqual({ sheet: 'Xã A', row: 3, column: null, a1: null, field: 'Tử số' });
  });
});

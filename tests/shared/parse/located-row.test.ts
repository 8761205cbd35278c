// Item rows keep their grid line and the table's column indices: the core reads raw values by
// index (rowRaw) and builds a located cell only for an issue (rowCell); `cells` is built on demand
// and is the same as the cells of a row built by hand (the add-on's wide tables).
import { describe, expect, it } from 'vitest';
import { createLocationBook, LocatedRow, readReportTable, rowCell, rowRaw } from '../../../shared/parse/report-table.ts';
import { ITEM_COLUMNS, type RawValue, type ReportRow } from '../../../shared/schema/report.ts';

const grid: RawValue[][] = [
  ['Đơn vị', 'Xã Một'],
  ['Kỳ báo cáo', '2024'],
  ['Mã chỉ tiêu', 'Giá trị', 'Tử số', 'Mẫu số', 'Ghi chú'],
  ['T1', ' 85,5% ', null, '', 'x'],
  ['T2', '', 40],
];

describe('LocatedRow', () => {
  const table = readReportTable(grid, 'Báo cáo').table!;
  const [t1, t2] = table.rows as [ReportRow, ReportRow];

  it('is what readReportTable gives, one per item row, with its row number only as own data', () => {
    expect(t1).toBeInstanceOf(LocatedRow);
    expect(Object.keys(t1)).toEqual(['row']);
    expect(JSON.parse(JSON.stringify(t2))).toEqual({ row: 5 });
  });

  it('reads raw values by column, null for an absent column or a short line, without changing the grid', () => {
    expect(rowRaw(t1, 'code')).toBe('T1');
    expect(rowRaw(t1, 'value')).toBe(' 85,5% ');
    expect(rowRaw(t2, 'numerator')).toBe(40);
    expect(rowRaw(t2, 'denominator')).toBeNull();
    expect(rowRaw(t1, 'evidence')).toBeNull();
    expect(rowRaw(t1, 'label')).toBeNull();
    expect(grid[3]).toEqual(['T1', ' 85,5% ', null, '', 'x']);
  });

  it('builds one located cell equal to the one in `cells`, and `cells` once', () => {
    expect(rowCell(t1, 'value')).toEqual({ raw: ' 85,5% ', location: { sheet: 'Báo cáo', row: 4, column: 2, a1: 'B4', field: 'Giá trị' } });
    expect(rowCell(t2, 'evidence')).toEqual({ raw: null, location: { sheet: 'Báo cáo', row: 5, column: null, a1: null, field: 'Minh chứng' } });
    for (const field of ITEM_COLUMNS) expect(rowCell(t1, field)).toEqual(t1.cells[field]);
    expect(t1.cells).toBe(t1.cells);
    // Once `cells` exists, rowCell gives its objects.
    expect(rowCell(t1, 'value')).toBe(t1.cells.value);
  });

  it('reads a row built by hand through its cells', () => {
    const byHand: ReportRow = {
      row: 7,
      cells: Object.fromEntries(
        ITEM_COLUMNS.map((f) => [f, { raw: f === 'code' ? 'T9' : null, location: { sheet: 'Tổng hợp', row: 7, column: null, a1: null, field: f } }]),
      ) as ReportRow['cells'],
    };
    expect(rowRaw(byHand, 'code')).toBe('T9');
    expect(rowCell(byHand, 'code')).toBe(byHand.cells.code);
  });

  it('shares one layout and the header locations between the tables of a run, per sheet name', () => {
    const book = createLocationBook();
    const a = readReportTable(grid, 'Báo cáo', { locations: book }).table!;
    const other = grid.map((r) => [...r]);
    other[0]![1] = 'Xã Hai';
    const b = readReportTable(other, 'Báo cáo', { locations: book }).table!;
    const c = readReportTable(other, 'Khác', { locations: book }).table!;
    expect(book.layouts).toHaveLength(2);
    expect(a.header.unitName!.location).toBe(b.header.unitName!.location);
    expect(Object.isFrozen(a.header.unitName!.location)).toBe(true);
    expect(b.header.unitName!.raw).toBe('Xã Hai');
    expect(c.header.unitName!.location).toEqual({ ...a.header.unitName!.location, sheet: 'Khác' });
    // Another column order is another layout, read right.
    const moved = other.map((r) => [r[1] ?? null, r[0] ?? null, ...r.slice(2)]);
    moved[0] = ['Xã Ba', 'Đơn vị'];
    const d = readReportTable(moved, 'Báo cáo', { locations: book }).table!;
    expect(book.layouts).toHaveLength(3);
    expect(rowRaw(d.rows[0]!, 'code')).toBe('T1');
    expect(rowRaw(d.rows[0]!, 'value')).toBe(' 85,5% ');
  });
});

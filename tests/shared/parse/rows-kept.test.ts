import { describe, expect, it } from 'vitest';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import type { RawValue } from '../../../shared/schema/report.ts';

// The item rows array is sized for every line below the header and cut only when lines were skipped.
const header: RawValue[] = ['Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị'];
const rowsOf = (lines: RawValue[][]) => readReportTable([header, ...lines], 'S').table!.rows;

describe('item rows kept', () => {
  it('keeps every line when none is blank, as a dense array', () => {
    const rows = rowsOf([['A', 'a', 1], ['B', 'b', 2], ['C', 'c', 3]]);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(Object.keys(rows)).toEqual(['0', '1', '2']);
  });

  it('drops blank and non-array lines, anywhere, and leaves no holes', () => {
    const rows = rowsOf([[null, 'heading only', ''], ['A', 'a', 1], ['', null, ' '], 'x' as unknown as RawValue[], ['B', 'b', 2], [], [null]]);
    // A line with only a label is still an item row (a section heading: validation sets it aside).
    expect(rows.map((r) => r.row)).toEqual([2, 3, 6]);
    expect(rows.length).toBe(3);
    expect(Object.keys(rows)).toEqual(['0', '1', '2']);
  });

  it('gives an empty list when nothing follows the header', () => {
    expect(rowsOf([])).toEqual([]);
    expect(rowsOf([[], ['', '', '']])).toEqual([]);
  });
});

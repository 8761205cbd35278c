// Cell locations and blank cells shared between the reports of one run (a LocationBook the caller
// owns), never through module state: the same values either way, and no state left behind.
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import { createLocationBook, readReportTable } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';

function grids() {
  const plan = getPlan('van-phuc-2023-2025')!;
  const { grid, layout } = reportTemplate(plan, { unitName: 'Xã A', period: '2024' });
  const other = grid.map((r) => [...r]);
  other[layout.rows[0]!.row - 1]![layout.table.columns.value - 1] = '75%';
  return { a: grid, b: other, layout };
}

describe('readReportTable with a LocationBook', () => {
  it('reads the same table with or without a book', () => {
    const { a } = grids();
    const book = createLocationBook();
    expect(readReportTable(a, 'Báo cáo', { locations: book })).toEqual(readReportTable(a, 'Báo cáo'));
  });

  it('shares frozen locations and blank cells between the tables read with one book', () => {
    const { a, b, layout } = grids();
    const book = createLocationBook();
    const ta = readReportTable(a, 'Báo cáo', { locations: book }).table!;
    const tb = readReportTable(b, 'Báo cáo', { locations: book }).table!;
    const [ra, rb] = [ta.rows[0]!, tb.rows[0]!];
    expect(ra.cells.value.location).toBe(rb.cells.value.location);
    expect(Object.isFrozen(ra.cells.value.location)).toBe(true);
    // A blank numerator is one frozen cell; a typed value is each table's own.
    expect(ra.cells.numerator).toBe(rb.cells.numerator);
    expect(Object.isFrozen(ra.cells.numerator)).toBe(true);
    expect(rb.cells.value.raw).toBe('75%');
    expect(ra.cells.value).not.toBe(rb.cells.value);
    expect(ra.cells.value.location.a1).toBe(`E${layout.rows[0]!.row}`);
  });

  it('keeps nothing between calls without a book (no module state)', () => {
    const { a } = grids();
    const first = readReportTable(a, 'Báo cáo').table!;
    const second = readReportTable(a, 'Báo cáo').table!;
    expect(first.rows[0]!.cells.value.location).toEqual(second.rows[0]!.cells.value.location);
    expect(first.rows[0]!.cells.value.location).not.toBe(second.rows[0]!.cells.value.location);
  });

  it('gives each sheet name its own locations', () => {
    const { a } = grids();
    const book = createLocationBook();
    const one = readReportTable(a, 'Một', { locations: book }).table!;
    const two = readReportTable(a, 'Hai', { locations: book }).table!;
    expect(one.rows[0]!.cells.value.location.sheet).toBe('Một');
    expect(two.rows[0]!.cells.value.location.sheet).toBe('Hai');
  });
});

// A LocationBook remembers the texts met in a grid's top-left cells and what they named (a label
// of the header block, an item column, nothing), so the reports of a run that repeat one layout are
// located without looking their labels up again. The book must never change what is found: a grid
// read after a look-alike gives exactly what a fresh book gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import { COLUMN_LABELS, HEADER_LABELS, LABEL_KEYS } from '../../../shared/parse/labels.ts';
import { createLocationBook, readReportTable, type LocationBook, type ReadReportTableResult } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import type { RawValue } from '../../../shared/schema/report.ts';

function template(): RawValue[][] {
  const plan = getPlan('van-phuc-2023-2025')!;
  return reportTemplate(plan, { level: 'commune', unitName: 'Xã A', unitCode: 'X00001', period: '2024' }).grid;
}

/** Everything a reader sees of a result, rows' cells included (they are built on demand). */
function view(result: ReadReportTableResult): unknown {
  const { table, issues } = result;
  if (table === null) return { table, issues };
  return { issues, table: { ...table, rows: table.rows.map((r) => ({ row: r.row, cells: r.cells })) } };
}

/** Reads with the book and with a fresh one; the two must agree. */
function readBoth(grid: RawValue[][], book: LocationBook): unknown {
  const withBook = view(readReportTable(grid, 'Báo cáo', { locations: book }));
  expect(withBook).toEqual(view(readReportTable(grid, 'Báo cáo')));
  return withBook;
}

function edited(grid: RawValue[][], edits: [row: number, column: number, value: RawValue][]): RawValue[][] {
  const copy = grid.map((r) => [...r]);
  for (const [row, column, value] of edits) copy[row - 1]![column - 1] = value;
  return copy;
}

// The template: title on row 1, header block on rows 2–6 (Cấp | xã | Đối tượng | … on row 4),
// the item table's header on row 8 (A Mã chỉ tiêu … E Giá trị … G Minh chứng).
const LOOK_ALIKES: [string, [number, number, RawValue][]][] = [
  ['the same texts', []],
  ['another unit', [[2, 2, 'Xã B'], [3, 2, 'X00002']]],
  ['a column name in capitals', [[8, 1, 'MÃ CHỈ TIÊU']]],
  ['another name of the same column', [[8, 5, 'Kết quả']]],
  ['a column name with extra marks (same fold)', [[8, 5, 'Giá trị (%)']]],
  ['a column name with a digit (not a name)', [[8, 5, 'Giá trị 2']]],
  ['the code column renamed to something unknown', [[8, 1, 'Ghi chú']]],
  ['a repeated column name', [[8, 6, 'Giá trị']]],
  ['a header label that is no label', [[2, 1, 'Tên xã']]],
  ['a header label by another name', [[2, 1, 'Đơn vị báo cáo']]],
  ['a header value that is a label', [[4, 2, 'Đối tượng']]],
  ['a header value that is blank', [[4, 2, '']]],
  ['a label written with a colon', [[2, 1, 'Đơn vị: Xã C'], [2, 2, '']]],
  ['a row above the header naming three columns', [[7, 1, 'Mã'], [7, 2, 'Tử số'], [7, 3, 'Mẫu số']]],
  ['a row above the header naming two columns', [[7, 1, 'Mã'], [7, 2, 'Tử số']]],
  ['the header row naming two columns only', [[8, 3, 'x'], [8, 4, 'y'], [8, 5, 'z'], [8, 6, 'w'], [8, 7, 'v'], [8, 2, 'u']]],
  ['a number where a label was', [[8, 1, 12]]],
  ['a boolean where a label was', [[2, 1, true]]],
];

describe('a LocationBook that has read a look-alike grid', () => {
  it.each(LOOK_ALIKES)('finds what a fresh book finds: %s', (_, edits) => {
    const base = template();
    const book = createLocationBook();
    readReportTable(base, 'Báo cáo', { locations: book });
    readBoth(edited(base, edits), book);
    // And back: the book has now met the edited texts.
    readBoth(base, book);
  });

  it('finds what a fresh book finds through a run of look-alikes, in any order', () => {
    const base = template();
    const book = createLocationBook();
    for (const [, edits] of [...LOOK_ALIKES, ...LOOK_ALIKES.slice().reverse()]) readBoth(edited(base, edits), book);
  });

  it('takes the first row naming three columns, however few texts it has', () => {
    const base = template();
    const book = createLocationBook();
    readReportTable(base, 'Báo cáo', { locations: book });
    const three = readBoth(edited(base, [[7, 1, 'Mã'], [7, 2, 'Tử số'], [7, 3, 'Mẫu số']]), book) as { table: { headerRow: number } };
    expect(three.table.headerRow).toBe(7);
    // Three texts, two of them the same column: two columns named, so not that row.
    const two = readBoth(edited(base, [[7, 1, 'Mã'], [7, 2, 'Mã chỉ tiêu'], [7, 3, 'Mẫu số']]), book) as { table: { headerRow: number } };
    expect(two.table.headerRow).toBe(8);
    // No row naming three: the first naming the most, at least two.
    const none = base.slice(0, 7).concat([['Mã chỉ tiêu', 'Giá trị', 'x'], ['T1', '1'], ['Mã', 'Kết quả'], ['T2', '2']]);
    expect((readBoth(none, book) as { table: { headerRow: number } }).table.headerRow).toBe(8);
  });

  it('reads the very same grid twice to the same result', () => {
    const base = template();
    const book = createLocationBook();
    expect(readBoth(base, book)).toEqual(readBoth(base, book));
  });

  it('finds the header row when the layout moves down or right', () => {
    const base = template();
    const book = createLocationBook();
    readReportTable(base, 'Báo cáo', { locations: book });
    const down = [[], ...base];
    expect((readBoth(down, book) as { table: { headerRow: number } }).table.headerRow).toBe(9);
    const right = base.map((r) => ['', ...r]);
    expect((readBoth(right, book) as { table: { columns: { code: number } } }).table.columns.code).toBe(2);
  });

  it('finds labels beyond the cells it remembers (far down, far right)', () => {
    const base = template();
    const book = createLocationBook();
    readReportTable(base, 'Báo cáo', { locations: book });
    const far = [...Array.from({ length: 70 }, () => [] as RawValue[]), ...base.map((r) => [...new Array<RawValue>(40).fill(null), ...r])];
    const result = readBoth(far, book) as { table: { headerRow: number; columns: { code: number }; header: { unitName: { raw: RawValue } } } };
    expect(result.table.headerRow).toBe(78);
    expect(result.table.columns.code).toBe(41);
    expect(result.table.header.unitName.raw).toBe('Xã A');
  });

  it('agrees with a fresh book on random edits of the top rows', () => {
    const names = [
      ...Object.values(HEADER_LABELS).flatMap((l) => [l.vi, l.en, ...l.aliases]),
      ...Object.values(COLUMN_LABELS).flatMap((l) => [l.vi, l.en, ...l.aliases]),
    ];
    const cell = fc.oneof(fc.constantFrom(...names), fc.constantFrom('', null, 'xã', '2024', 'Đơn vị: Xã D', 'MÃ CHỈ TIÊU', 'giá trị'), fc.string({ maxLength: 8 }), fc.integer());
    const edit = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 8 }), cell);
    const base = template();
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (runs) => {
        const book = createLocationBook();
        for (const edits of runs) readBoth(edited(base, edits), book);
      }),
      { numRuns: 150 },
    );
  });
});

describe('label names', () => {
  // The reader passes over any text with a digit before looking it up: no name may have one.
  it('have no digit', () => {
    for (const spelling of LABEL_KEYS.keys()) expect(spelling).not.toMatch(/[0-9]/);
  });
});

import type { RawValue } from '../../shared/schema/report.ts';

/**
 * A rectangular copy of a ragged grid. Google Sheets drops trailing empty cells and rows, CSV rows
 * can be short: every row gets the width of the widest, padded with blanks.
 */
export function rectangular(grid: readonly (readonly RawValue[] | undefined)[]): RawValue[][] {
  let width = 0;
  for (const row of grid) width = Math.max(width, row?.length ?? 0);
  return grid.map((row) => {
    const out: RawValue[] = new Array<RawValue>(width).fill(null);
    if (row) for (let c = 0; c < row.length; c++) out[c] = row[c] ?? null;
    return out;
  });
}

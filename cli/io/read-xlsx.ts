import type { RawValue } from '../../shared/schema/report.ts';
import { excelCellToRaw } from './excel-cell.ts';

export interface SheetGrid {
  /** The sheet's name; null for a CSV file, which has no sheets. */
  name: string | null;
  grid: RawValue[][];
}

/**
 * Every worksheet of an XLSX file as a grid of raw cells, in workbook order. Cells hidden under a
 * merge are blank (only the top-left cell of a merged range holds the value), as in Google Sheets.
 * Only the rows and cells that exist are visited (a formatted column or a far-away cell does not
 * make the reader walk millions of empty cells); cli/io/xlsx-guard.ts has refused oversized files
 * before this runs.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  // exceljs takes half a second to load: only commands that open an XLSX file pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs' types predate Uint8Array-backed Buffers; a Buffer view shares the bytes.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  for (const worksheet of workbook.worksheets) {
    const grid: RawValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? null : excelCellToRaw(cell.value, cell.numFmt);
      });
      while (grid.length < rowNumber - 1) grid.push([]);
      grid[rowNumber - 1] = trimRow(cells);
    });
    while (grid.length > 0 && (grid[grid.length - 1] ?? []).length === 0) grid.pop();
    sheets.push({ name: worksheet.name, grid });
  }
  return sheets;
}

/** Trailing blanks carry nothing (formatting alone makes exceljs count a column). */
function trimRow(row: RawValue[]): RawValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}

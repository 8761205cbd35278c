import type { RawValue } from '../../shared/schema/report.ts';
import type { TemplateLayout } from '../../shared/plan/template.ts';

const HEADER_FILL = 'FFDDE3EA';
const INPUT_FILL = 'FFFFF8E1';
const YES_NO = '"có,không"';

/**
 * The report template as a styled XLSX workbook: bold title and labels, bold filled table header
 * frozen under the header block, column widths for the Vietnamese labels, pale input cells, and a
 * có/không drop-down on yes/no rows. The values are exactly the template grid, so `cds` (and the
 * Sheets add-on) read the file back to the same report.
 */
export async function templateXlsx(grid: RawValue[][], layout: TemplateLayout, sheetName: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: layout.table.headerRow, xSplit: 0 }],
  });
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value;
    });
  });

  sheet.getCell(layout.title.row, layout.title.column).font = { bold: true, size: 13 };
  for (const field of Object.values(layout.header)) {
    sheet.getCell(field.row, field.labelColumn).font = { bold: true };
    sheet.getCell(field.row, field.valueColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  }
  for (let c = 1; c <= layout.width; c++) {
    const cell = sheet.getCell(layout.table.headerRow, c);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  }

  const cols = layout.table.columns;
  const widths: Record<string, number> = { code: 14, label: 60, numerator: 12, denominator: 12, value: 12, target: 12, evidence: 36 };
  for (const [field, column] of Object.entries(cols)) sheet.getColumn(column).width = widths[field] ?? 14;
  // The header block's labels sit in column A; keep them readable even when A is a narrow column.
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 16);

  for (const row of layout.rows) {
    sheet.getCell(row.row, cols.label).alignment = { wrapText: true, vertical: 'top' };
    const inputs = row.expects === 'boolean' ? [cols.value, cols.evidence] : [cols.numerator, cols.denominator, cols.value, cols.evidence];
    for (const column of inputs) sheet.getCell(row.row, column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
    if (row.expects === 'boolean') {
      sheet.getCell(row.row, cols.value).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [YES_NO],
        showErrorMessage: true,
        errorTitle: 'có / không',
        error: 'Nhập "có" hoặc "không" / Enter "có" (yes) or "không" (no)',
      };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

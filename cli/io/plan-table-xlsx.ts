import type { PlanGrid } from '../../shared/plan/table/index.ts';
import { COMPARATOR_CHOICES, LEVEL_CHOICES, UNIT_CHOICES } from '../../shared/plan/table/words.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { writeCsvText } from './write-csv.ts';

export const PLAN_SHEET = 'Kế hoạch';

/**
 * CSV of a plan table. Numbers are written the Vietnamese way (decimal comma), because the reader
 * reads "1.234" as one thousand two hundred thirty-four, as officers mean it.
 */
export function planTableCsv(grid: RawValue[][]): string {
  return writeCsvText(grid.map((row) => row.map((c) => (typeof c === 'number' && !/e/i.test(String(c)) ? String(c).replace('.', ',') : c))));
}

const HEADING_FILL = 'FFC9D7E6';
const HEADER_FILL = 'FFDDE3EA';
const INPUT_FILL = 'FFFFF8E1';

/** A plan table as a styled XLSX workbook with drop-downs on the choice columns. */
export async function planTableXlsx(layout: PlanGrid, sheetName = PLAN_SHEET): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds';
  const sheet = workbook.addWorksheet(sheetName);
  layout.grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  for (const place of Object.values(layout.header)) {
    if (!place) continue;
    sheet.getCell(place.row, place.labelColumn).font = { bold: true };
    sheet.getCell(place.row, place.valueColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  }
  const width = layout.grid[0]?.length ?? 1;
  for (const section of layout.sections) {
    const heading = sheet.getCell(section.headingRow, 1);
    heading.font = { bold: true, size: 12 };
    heading.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } };
    for (let c = 1; c <= Object.keys(section.columns).length; c++) {
      const cell = sheet.getCell(section.headerRow, c);
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = { bottom: { style: 'thin' } };
    }
    const lists: Record<string, readonly string[]> = section.kind === 'targets'
      ? { comparator: COMPARATOR_CHOICES, unit: UNIT_CHOICES, level: LEVEL_CHOICES }
      : section.kind === 'criteria' ? { mandatory: ['có', 'không'] } : {};
    for (let r = section.firstRow; r <= section.lastRow; r++) {
      for (const [field, choices] of Object.entries(lists)) {
        const column = section.columns[field];
        if (column === undefined) continue;
        sheet.getCell(r, column).dataValidation = {
          type: 'list',
          // A count unit ("tài khoản") or a blank level is typed freely: the list only helps.
          allowBlank: true,
          formulae: [`"${choices.join(',')}"`],
          showErrorMessage: field !== 'unit',
          errorStyle: 'warning',
          errorTitle: 'Kế hoạch / Plan',
          error: `Chọn một trong / choose one of: ${choices.join(', ')}`,
        };
      }
      const label = section.columns.label ?? section.columns.award;
      if (label !== undefined) sheet.getCell(r, label).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  for (let c = 1; c <= width; c++) sheet.getColumn(c).width = c === 2 ? 48 : 16;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

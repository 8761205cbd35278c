// A district or province "Tổng hợp" sheet: one row per unit, a column per plan item. Each row is
// turned into the core's ReportTable with every cell's real location, so the core validates and
// scores it exactly as a unit's own report and its issues point at the right cells.
//
// Layout read: a header row with `Đơn vị` (any header name of the report layout: Mã đơn vị, Cấp,
// Kỳ báo cáo, Kế hoạch may be columns too) and columns named by item codes — `CODE` for the value,
// `CODE Tử số` / `CODE Mẫu số` (any spacing, case, accents, brackets) for the counts. The plan is
// the `Kế hoạch` cell above the table (label, value to its right), a `Kế hoạch` column, or else the
// plan whose codes the header names most.
import { getPlan, plans } from '../../shared/data/index.ts';
import { columnName } from '../../shared/parse/a1.ts';
import { HEADER_BY_KEY } from '../../shared/parse/labels.ts';
import { cellText, foldKey, isBlank } from '../../shared/parse/text.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { HeaderField, ItemColumn, RawValue, ReportCell, ReportRow, ReportTable } from '../../shared/schema/report.ts';
import type { SheetGrid } from './sheet-port.ts';

const SCAN_ROWS = 40;
const NUMERATOR = foldKey('Tử số');
const DENOMINATOR = foldKey('Mẫu số');

export interface WideTable {
  sheet: string;
  headerRow: number;
  plan: Plan;
  units: { row: number; table: ReportTable }[];
}

type Field = 'numerator' | 'denominator' | 'value';

function cell(sheet: string, grid: RawValue[][], row: number, column: number | null, field: string): ReportCell {
  if (column === null) return { raw: null, location: { sheet, row, column: null, a1: null, field } };
  const raw = grid[row - 1]?.[column - 1];
  return { raw: raw === undefined ? null : raw, location: { sheet, row, column, a1: columnName(column) + row, field } };
}

/** Item columns of a header row for a plan: code → field → column. */
function itemColumns(head: RawValue[], plan: Plan): Map<string, Partial<Record<Field, number>>> {
  const byFold = new Map<string, string>();
  for (const t of plan.targets) byFold.set(foldKey(t.id), t.id);
  for (const c of plan.criteria) byFold.set(foldKey(c.id), c.id);
  const out = new Map<string, Partial<Record<Field, number>>>();
  head.forEach((raw, i) => {
    const text = cellText(raw);
    if (text === null) return;
    const key = foldKey(text);
    let code = byFold.get(key);
    let field: Field = 'value';
    if (code === undefined && key.endsWith(NUMERATOR)) {
      code = byFold.get(key.slice(0, -NUMERATOR.length));
      field = 'numerator';
    }
    if (code === undefined && key.endsWith(DENOMINATOR)) {
      code = byFold.get(key.slice(0, -DENOMINATOR.length));
      field = 'denominator';
    }
    if (code === undefined) return;
    const fields = out.get(code) ?? {};
    if (fields[field] === undefined) fields[field] = i + 1;
    out.set(code, fields);
  });
  return out;
}

function planAbove(grid: RawValue[][], headerRow: number): { id: string; cell: { row: number; column: number } } | null {
  for (let r = 0; r < headerRow - 1; r++) {
    const line = grid[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const raw = line[c];
      if (typeof raw !== 'string' || raw.length > 48 || HEADER_BY_KEY.get(foldKey(raw)) !== 'planId') continue;
      let v = c + 1;
      while (v < line.length && isBlank(line[v])) v++;
      const id = v < line.length ? cellText(line[v] ?? null) : null;
      if (id !== null) return { id, cell: { row: r + 1, column: v + 1 } };
    }
  }
  return null;
}

/** `findPlan`: a plan by the id a `Kế hoạch` cell gives (an officer's plan tab, else a bundled plan). */
export function readWideTable(read: SheetGrid, findPlan: (id: string) => Plan | undefined = getPlan): WideTable | null {
  const { grid, name } = read;
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.length); r++) {
    const head = grid[r] ?? [];
    const headerColumns: Partial<Record<HeaderField, number>> = {};
    head.forEach((raw, i) => {
      if (typeof raw !== 'string' || raw.length > 48) return;
      const field = HEADER_BY_KEY.get(foldKey(raw));
      if (field !== undefined && headerColumns[field] === undefined) headerColumns[field] = i + 1;
    });
    if (headerColumns.unitName === undefined) continue;
    const headerRow = r + 1;

    const above = planAbove(grid, headerRow);
    let plan = above ? findPlan(above.id) ?? null : null;
    if (plan === null && headerColumns.planId !== undefined) {
      const firstId = grid.slice(headerRow).map((l) => cellText(l[headerColumns.planId! - 1] ?? null)).find((x) => x !== null);
      plan = firstId ? findPlan(firstId) ?? null : null;
    }
    if (plan === null) {
      // The plan whose item codes the header names most.
      let best = 0;
      for (const p of plans) {
        const n = itemColumns(head, p).size;
        if (n > best) {
          best = n;
          plan = p;
        }
      }
    }
    if (plan === null) continue;
    const columns = itemColumns(head, plan);
    if (columns.size === 0) continue;

    const units: WideTable['units'] = [];
    for (let u = headerRow; u < grid.length; u++) {
      const line = grid[u] ?? [];
      if (isBlank(line[headerColumns.unitName - 1] ?? null)) continue;
      const row = u + 1;
      const headerCell = (field: HeaderField, label: string): ReportCell | null => {
        const column = headerColumns[field];
        return column === undefined ? null : cell(name, grid, row, column, label);
      };
      const planCell = headerColumns.planId !== undefined
        ? cell(name, grid, row, headerColumns.planId, 'Kế hoạch')
        : above
          ? cell(name, grid, above.cell.row, above.cell.column, 'Kế hoạch')
          : { raw: plan.id, location: { sheet: name, row: null, column: null, a1: null, field: 'Kế hoạch' } };
      const rows: ReportRow[] = [];
      for (const [code, fields] of columns) {
        const first = Math.min(...Object.values(fields).map((c) => c as number));
        const cells: Record<ItemColumn, ReportCell> = {
          code: { raw: code, location: { sheet: name, row: headerRow, column: first, a1: columnName(first) + headerRow, field: 'Mã chỉ tiêu' } },
          label: cell(name, grid, row, null, 'Chỉ tiêu'),
          numerator: cell(name, grid, row, fields.numerator ?? null, 'Tử số'),
          denominator: cell(name, grid, row, fields.denominator ?? null, 'Mẫu số'),
          value: cell(name, grid, row, fields.value ?? null, 'Giá trị'),
          target: cell(name, grid, row, null, 'Mục tiêu'),
          evidence: cell(name, grid, row, null, 'Minh chứng'),
        };
        rows.push({ row, cells });
      }
      const table: ReportTable = {
        sheet: name,
        header: {
          unitName: headerCell('unitName', 'Đơn vị'),
          unitCode: headerCell('unitCode', 'Mã đơn vị'),
          level: headerCell('level', 'Cấp'),
          period: headerCell('period', 'Kỳ báo cáo'),
          planId: planCell,
          group: headerCell('group', 'Đối tượng'),
        },
        columns: { code: null, label: null, numerator: null, denominator: null, value: null, target: null, evidence: null },
        headerRow,
        extraColumns: [],
        rows,
      };
      units.push({ row, table });
    }
    return { sheet: name, headerRow, plan, units };
  }
  return null;
}

import type { Comparator, Level, Unit } from '../schema/common.ts';
import type { Plan, Target } from '../schema/plan.ts';
import { HEADER_FIELDS, ITEM_COLUMNS, type HeaderField, type ItemColumn, type RawValue, type ReportGroup } from '../schema/report.ts';
import { COLUMN_LABELS, HEADER_LABELS } from '../parse/labels.ts';
import { GROUP_WORDS } from '../parse/group.ts';
import { LEVEL_WORDS } from '../parse/level.ts';
import { groupApplies } from '../score/group.ts';
import { awardInputs } from './items.ts';
import { formatNumber } from '../messages/format.ts';

/**
 * The report template of a plan, as a grid every surface can write (Sheets add-on, XLSX, CSV):
 *
 *   row 1   title
 *   rows 2–6 header block: label in column A, value in column B — Đơn vị, Mã đơn vị, Cấp (from the
 *           plan's level or opts.level), Kỳ báo cáo, Kế hoạch (the plan id); beside Cấp, in columns
 *           C–D, Đối tượng (opts.group, default cơ quan, đơn vị)
 *   row 7   blank
 *   row 8   item table header: Mã chỉ tiêu, Chỉ tiêu, Tử số, Mẫu số, Giá trị, Mục tiêu, Minh chứng
 *   row 9…  one row per target that applies to the level (none for an individual or "khác": the
 *           plan's targets are the unit's), then one per criterion of the group (answered có/không),
 *           then the values the group's award conditions read
 *
 * `layout` gives the row and column of every part, so a surface can format it (bold header,
 * input cells, có/không drop-downs) without knowing the order above. readReportTable reads the
 * grid back to the same header, columns and codes.
 */
export interface TemplateOptions {
  level?: Level;
  /** Who reports (`Đối tượng`); only the criteria and award inputs of this group are asked. */
  group?: ReportGroup;
  unitName?: string;
  unitCode?: string;
  period?: string;
}

export interface TemplateRow {
  row: number;
  code: string;
  /** `condition`: a value an award condition reads (e.g. the share of the provincial DTI points). */
  kind: 'target' | 'criterion' | 'condition';
  /** What the officer types in `Giá trị`: a number (percent, count…) or có/không. */
  expects: 'number' | 'boolean';
  unit: Unit;
}

export interface TemplateLayout {
  title: { row: number; column: number };
  /** Each header field: the row, the label's column and the value's column (1-based). */
  header: Record<HeaderField, { row: number; labelColumn: number; valueColumn: number }>;
  table: {
    headerRow: number;
    /** First and last item rows; lastRow < firstRow when the plan has no item for the level. */
    firstRow: number;
    lastRow: number;
    columns: Record<ItemColumn, number>;
  };
  rows: TemplateRow[];
  /** Columns and rows of the grid. */
  width: number;
  height: number;
}

const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥ ', '>': '> ', '=': '', '<=': '≤ ', '<': '< ' };
const UNIT_SUFFIX: Record<Unit, string> = { percent: '%', count: '', boolean: '', days: ' ngày', points: ' điểm' };

/** The target as officers read it: "≥ 80%", "> 50%", "100%", "≤ 5 ngày", "có". */
export function targetText(t: Target): string {
  if (t.value === true || t.unit === 'boolean') return 'có';
  return COMPARATOR_SIGN[t.comparator] + formatNumber(t.value, 'vi') + UNIT_SUFFIX[t.unit];
}

export function reportTemplate(plan: Plan, opts: TemplateOptions = {}): { grid: RawValue[][]; layout: TemplateLayout } {
  const level = opts.level ?? plan.level;
  const group = opts.group ?? 'agency';
  const width = ITEM_COLUMNS.length;
  const blankRow = (): RawValue[] => new Array<RawValue>(width).fill('');
  const grid: RawValue[][] = [];

  const titleRow = blankRow();
  titleRow[0] = `BÁO CÁO KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ — ${plan.title.vi}`;
  grid.push(titleRow);

  const values: Record<HeaderField, string> = {
    unitName: opts.unitName ?? '',
    unitCode: opts.unitCode ?? '',
    level: LEVEL_WORDS[level].vi,
    period: opts.period ?? '',
    planId: plan.id,
    group: GROUP_WORDS[group].vi,
  };
  const header = {} as TemplateLayout['header'];
  for (const field of HEADER_FIELDS) {
    if (field === 'group') continue;
    const row = blankRow();
    row[0] = HEADER_LABELS[field].vi;
    row[1] = values[field];
    grid.push(row);
    header[field] = { row: grid.length, labelColumn: 1, valueColumn: 2 };
  }
  // `Đối tượng` sits beside `Cấp` (columns C–D): the rows of older templates stay where they were.
  const groupRow = grid[header.level.row - 1]!;
  groupRow[2] = HEADER_LABELS.group.vi;
  groupRow[3] = values.group;
  header.group = { row: header.level.row, labelColumn: 3, valueColumn: 4 };
  grid.push(blankRow());

  const columns = {} as Record<ItemColumn, number>;
  const headRow = blankRow();
  ITEM_COLUMNS.forEach((field, i) => {
    headRow[i] = COLUMN_LABELS[field].vi;
    columns[field] = i + 1;
  });
  grid.push(headRow);
  const headerRow = grid.length;

  const rows: TemplateRow[] = [];
  const line = (code: string, label: string, target: string): void => {
    const row = blankRow();
    row[columns.code - 1] = code;
    row[columns.label - 1] = label;
    row[columns.target - 1] = target;
    grid.push(row);
  };
  const asksTargets = group !== 'individual' && group !== 'other';
  for (const t of plan.targets) {
    if (!asksTargets || (t.level !== undefined && t.level !== level)) continue;
    const expects = t.unit === 'boolean' || t.value === true ? 'boolean' : 'number';
    line(t.id, t.label.vi, targetText(t));
    rows.push({ row: grid.length, code: t.id, kind: 'target', expects, unit: expects === 'boolean' ? 'boolean' : t.unit });
  }
  for (const c of plan.criteria) {
    if (!groupApplies(c.group, group)) continue;
    line(c.id, c.label.vi, 'có');
    rows.push({ row: grid.length, code: c.id, kind: 'criterion', expects: 'boolean', unit: 'boolean' });
  }
  for (const input of awardInputs(plan, group)) {
    line(input.code, input.label.vi, COMPARATOR_SIGN[input.comparator] + formatNumber(input.value, 'vi') + '%');
    rows.push({ row: grid.length, code: input.code, kind: 'condition', expects: 'number', unit: 'percent' });
  }

  const layout: TemplateLayout = {
    title: { row: 1, column: 1 },
    header,
    table: { headerRow, firstRow: headerRow + 1, lastRow: grid.length, columns },
    rows,
    width,
    height: grid.length,
  };
  return { grid, layout };
}

import type { Issue, Location } from '../schema/issue.ts';
import type { IssueCode, IssueKey } from '../validate/issue-codes.ts';
import {
  ITEM_COLUMNS,
  type HeaderField,
  type ItemColumn,
  type RawValue,
  type ReportCell,
  type ReportRow,
  type ReportTable,
} from '../schema/report.ts';
import { columnName } from './a1.ts';
import { COLUMN_BY_KEY, COLUMN_LABELS, HEADER_BY_KEY, HEADER_LABELS, LABEL_KEYS } from './labels.ts';
import { cleanText, foldKey, isBlank } from './text.ts';

/**
 * Finds the report in a grid of raw cells (a sheet's values, a CSV, an XLSX sheet):
 * - the item table's header row is the first row naming at least three known columns (or the row
 *   naming the most, at least two) — names matched ignoring case, accents and spacing, Vietnamese
 *   or English (labels.ts); column order is free; unknown columns go to `extraColumns`;
 * - the header block is read from the rows above it: a known label (`Đơn vị`, `Mã đơn vị`, `Cấp`,
 *   `Kỳ báo cáo`, `Kế hoạch`) with its value in the next non-empty cell to the right, or in the
 *   same cell after a colon ("Đơn vị: Xã Vạn Phúc");
 * - every row below the header row that has something in a known column is an item row; blank
 *   rows are skipped; rows shorter than the header are fine (missing cells are blank).
 * Every cell keeps its location (sheet, 1-based row and column, A1, field name).
 */
export interface ReadReportTableResult {
  table: ReportTable | null;
  issues: Issue[];
}

// Header names are short: longer texts (item labels, notes) are not folded at all.
const MAX_LABEL_LENGTH = 48;

function labelKey(raw: RawValue | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LABEL_LENGTH) return null;
  const known = LABEL_KEYS.get(raw);
  if (known !== undefined) return known;
  return hasDigit(raw) ? null : foldKey(raw);
}

// No label or column name has a digit, and most values do (unit codes, periods, plan ids): a
// digit check is far cheaper than folding the text.
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function location(sheet: string | null, row: number, column: number | null, field: string): Location {
  return { sheet, row, column, a1: column === null ? null : columnName(column) + row, field };
}

function tableIssue<C extends IssueCode>(code: C, severity: Issue['severity'], loc: Location, key: IssueKey<C>, params: Issue['message']['params']): Issue {
  return { code, severity, location: loc, itemCode: null, message: { key, params } };
}

interface ColumnInfo {
  index: number;
  letters: string;
  name: string;
}

const A1_CACHED_ROWS = 2000;

function cellAt(line: readonly RawValue[], col: ColumnInfo, memo: ColumnMemo, sheet: string | null, row: number): ReportCell {
  const found = col.index < 0 ? null : line[col.index];
  const raw = found === undefined ? null : found;
  // Blank cells are the same frozen object in every report of the run (no allocation for them).
  if (raw === null || raw === '') {
    if (row >= A1_CACHED_ROWS) return { raw, location: locationOf(col, memo, sheet, row) };
    const blanks = raw === null ? memo.nullCells : memo.emptyCells;
    return (blanks[row] ??= Object.freeze({ raw, location: locationOf(col, memo, sheet, row) }));
  }
  return { raw, location: locationOf(col, memo, sheet, row) };
}

/**
 * Locations are plain immutable data, identical for every report read with the same sheet name and
 * layout (3,321 commune reports share them). A run that reads many tables passes one LocationBook
 * (createLocationBook) to every readReportTable call, and each location is built once and frozen,
 * so nothing can change a shared one. The book belongs to the caller (no module state); only the
 * last few sheet names are kept, so its memory stays bounded.
 */
export interface LocationBook {
  readonly lists: Map<string, ColumnMemo>;
}

/** One column's locations by row, and its blank cells (null or '') by row, all frozen. */
interface ColumnMemo {
  readonly locations: (Location | undefined)[];
  readonly nullCells: (ReportCell | undefined)[];
  readonly emptyCells: (ReportCell | undefined)[];
}

export function createLocationBook(): LocationBook {
  return { lists: new Map() };
}

export interface ReadReportTableOptions {
  /** Locations shared with the other tables of the run; a fresh book for this table when absent. */
  locations?: LocationBook;
}

const LOCATION_SHEETS_KEPT = 64;

function locationsFor(book: LocationBook, sheet: string | null, col: ColumnInfo): ColumnMemo {
  const key = `${sheet ?? ''}\u0000${col.index}\u0000${col.name}`;
  const lists = book.lists;
  let list = lists.get(key);
  if (list === undefined) {
    if (lists.size >= LOCATION_SHEETS_KEPT * ITEM_COLUMNS.length) {
      const oldest = lists.keys().next().value;
      if (oldest !== undefined) lists.delete(oldest);
    }
    list = { locations: [], nullCells: [], emptyCells: [] };
    lists.set(key, list);
  }
  return list;
}

function locationOf(col: ColumnInfo, memo: ColumnMemo, sheet: string | null, row: number): Location {
  const locations = memo.locations;
  let loc = locations[row];
  if (loc === undefined) {
    loc = Object.freeze(
      col.index < 0
        ? { sheet, row, column: null, a1: null, field: col.name }
        : { sheet, row, column: col.index + 1, a1: col.letters + row, field: col.name },
    );
    if (row < A1_CACHED_ROWS) locations[row] = loc;
  }
  return loc;
}

/** 1-based row index of the item table's header row, or 0. */
function findHeaderRow(grid: readonly RawValue[][]): number {
  let best = 0;
  let bestCount = 1;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    let count = 0;
    let seen = 0; // bit set of the item columns found, so a repeated name counts once
    for (let c = 0; c < row.length; c++) {
      const key = labelKey(row[c]);
      if (key === null) continue;
      const field = COLUMN_BY_KEY.get(key);
      if (field === undefined) continue;
      const bit = 1 << ITEM_COLUMNS.indexOf(field);
      if ((seen & bit) === 0) {
        seen |= bit;
        count++;
      }
    }
    if (count >= 3) return r + 1;
    if (count > bestCount) {
      best = r + 1;
      bestCount = count;
    }
  }
  return best;
}

function isHeaderLabel(raw: RawValue | undefined): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) return false;
  const key = labelKey(raw);
  return key !== null && HEADER_BY_KEY.has(key);
}

function readHeaderBlock(grid: readonly RawValue[][], sheet: string | null, lastRow: number): Record<HeaderField, ReportCell | null> {
  const header: Record<HeaderField, ReportCell | null> = { unitName: null, unitCode: null, level: null, period: null, planId: null, group: null };
  for (let r = 0; r < lastRow && r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) continue;
      const key = labelKey(raw);
      let field = key === null ? undefined : HEADER_BY_KEY.get(key);
      if (field !== undefined) {
        if (header[field] !== null) continue; // the first label wins
        // The value is the next non-empty cell to the right; none → a blank at the cell next to it.
        let v = c + 1;
        while (v < row.length && isBlank(row[v])) v++;
        // Another label further along the row (`Cấp` | blank | `Đối tượng` | …) is not this one's value.
        const found = v < row.length && !isHeaderLabel(row[v]);
        const column = found ? v + 1 : c + 2;
        header[field] = { raw: found ? (row[v] ?? null) : null, location: location(sheet, r + 1, column, HEADER_LABELS[field].vi) };
        c = found ? v : c;
        continue;
      }
      const colon = raw.indexOf(':');
      if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
        field = HEADER_BY_KEY.get(foldKey(raw.slice(0, colon)));
        if (field === undefined || header[field] !== null) continue;
        const value = cleanText(raw.slice(colon + 1));
        header[field] = { raw: value === '' ? null : value, location: location(sheet, r + 1, c + 1, HEADER_LABELS[field].vi) };
      }
    }
  }
  return header;
}

/** Locates the header block and the item table in a grid. Never throws; never changes the grid. */
export function readReportTable(grid: RawValue[][], sheet: string | null, opts: ReadReportTableOptions = {}): ReadReportTableResult {
  const issues: Issue[] = [];
  const rows = Array.isArray(grid) ? grid : [];
  const headerRow = findHeaderRow(rows);
  if (headerRow === 0) {
    issues.push(
      tableIssue('table-not-found', 'error', { sheet, row: null, column: null, a1: null, field: null }, 'parse.table-not-found', {}),
    );
    return { table: null, issues };
  }

  // Columns of the item table.
  const columns: Record<ItemColumn, number | null> = {
    code: null, label: null, numerator: null, denominator: null, value: null, target: null, evidence: null,
  };
  const extraColumns: { column: number; name: string }[] = [];
  const head = rows[headerRow - 1] ?? [];
  for (let c = 0; c < head.length; c++) {
    const raw = head[c];
    if (isBlank(raw)) continue;
    const name = typeof raw === 'string' ? cleanText(raw) : String(raw);
    const key = labelKey(raw);
    const field = key === null ? undefined : COLUMN_BY_KEY.get(key);
    if (field === undefined) {
      extraColumns.push({ column: c + 1, name });
      continue;
    }
    const first = columns[field];
    if (first !== null) {
      // Only the first column of a name is read; the repeat is kept as an extra column.
      extraColumns.push({ column: c + 1, name });
      issues.push(
        tableIssue('duplicate-column', 'warning', location(sheet, headerRow, c + 1, COLUMN_LABELS[field].vi), 'parse.duplicate-column', {
          a1: columnName(c + 1) + headerRow,
          name,
          fieldVi: COLUMN_LABELS[field].vi,
          fieldEn: COLUMN_LABELS[field].en,
          firstA1: columnName(first) + headerRow,
        }),
      );
      continue;
    }
    columns[field] = c + 1;
  }

  const missing = (field: ItemColumn, severity: Issue['severity']): void => {
    issues.push(
      tableIssue('missing-column', severity, { sheet, row: headerRow, column: null, a1: null, field: COLUMN_LABELS[field].vi }, 'parse.missing-column', {
        row: String(headerRow),
        fieldVi: COLUMN_LABELS[field].vi,
        fieldEn: COLUMN_LABELS[field].en,
      }),
    );
  };
  if (columns.code === null) missing('code', 'error');
  if (columns.value === null && (columns.numerator === null || columns.denominator === null)) {
    missing('value', 'error');
  } else {
    if (columns.numerator !== null && columns.denominator === null) missing('denominator', 'warning');
    if (columns.denominator !== null && columns.numerator === null) missing('numerator', 'warning');
  }

  // Per item column: index (-1 when absent), letters and field name, computed once for all rows.
  const info = (field: ItemColumn): ColumnInfo => {
    const column = columns[field];
    return column === null
      ? { index: -1, letters: '', name: COLUMN_LABELS[field].vi }
      : { index: column - 1, letters: columnName(column), name: COLUMN_LABELS[field].vi };
  };
  const book = opts.locations ?? createLocationBook();
  const cCode = info('code');
  const cLabel = info('label');
  const cNumerator = info('numerator');
  const cDenominator = info('denominator');
  const cValue = info('value');
  const cTarget = info('target');
  const cEvidence = info('evidence');
  const [lCode, lLabel, lNumerator, lDenominator, lValue, lTarget, lEvidence] = [cCode, cLabel, cNumerator, cDenominator, cValue, cTarget, cEvidence].map(
    (c) => locationsFor(book, sheet, c),
  ) as [ColumnMemo, ColumnMemo, ColumnMemo, ColumnMemo, ColumnMemo, ColumnMemo, ColumnMemo];
  const present = [cCode, cLabel, cNumerator, cDenominator, cValue, cTarget, cEvidence].filter((c) => c.index >= 0);

  const items: ReportRow[] = [];
  for (let r = headerRow; r < rows.length; r++) {
    const line = rows[r];
    if (!Array.isArray(line)) continue;
    let empty = true;
    for (const col of present) {
      if (!isBlank(line[col.index])) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    const rowNumber = r + 1;
    // One object literal of a fixed shape per row: fast to build and to read.
    const cells: Record<ItemColumn, ReportCell> = {
      code: cellAt(line, cCode, lCode, sheet, rowNumber),
      label: cellAt(line, cLabel, lLabel, sheet, rowNumber),
      numerator: cellAt(line, cNumerator, lNumerator, sheet, rowNumber),
      denominator: cellAt(line, cDenominator, lDenominator, sheet, rowNumber),
      value: cellAt(line, cValue, lValue, sheet, rowNumber),
      target: cellAt(line, cTarget, lTarget, sheet, rowNumber),
      evidence: cellAt(line, cEvidence, lEvidence, sheet, rowNumber),
    };
    items.push({ row: rowNumber, cells });
  }

  const header = readHeaderBlock(rows, sheet, headerRow - 1);
  return { table: { sheet, header, columns, headerRow, extraColumns, rows: items }, issues };
}


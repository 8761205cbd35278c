import type { Issue, Location } from '../schema/issue.ts';
import type { IssueCode, IssueKey } from '../validate/issue-codes.ts';
import {
  HEADER_FIELDS,
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

function labelKey(raw: string, book: LocationBook): string | null {
  // No label or column name has a digit, and most values do (unit codes, periods, plan ids): a
  // digit check is far cheaper than hashing or folding the text.
  if (hasDigit(raw)) return null;
  const known = LABEL_KEYS.get(raw);
  if (known !== undefined) return known;
  // Header values repeat from report to report ("xã", "cơ quan, đơn vị"): folded once per run.
  const folds = book.folds;
  let key = folds.get(raw);
  if (key === undefined) {
    if (folds.size >= FOLDS_KEPT) folds.clear();
    key = foldKey(raw);
    folds.set(raw, key);
  }
  return key;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * What a cell's text names, as one small number: the item column's index in ITEM_COLUMNS + 1 in
 * the low bits (0: none), the header field's index in HEADER_FIELDS + 1 above them (0: none).
 */
const KIND_COLUMN_BITS = 7;
const KIND_HEADER_SHIFT = 3;

function kindOfKey(key: string | null): number {
  if (key === null) return 0;
  const column = COLUMN_BY_KEY.get(key);
  const header = HEADER_BY_KEY.get(key);
  return (column === undefined ? 0 : COLUMN_AT[column] + 1) | (header === undefined ? 0 : (HEADER_FIELD_AT[header] + 1) << KIND_HEADER_SHIFT);
}

/** The item column a label kind names, or undefined. */
function columnOfKind(kind: number): ItemColumn | undefined {
  const at = kind & KIND_COLUMN_BITS;
  return at === 0 ? undefined : ITEM_COLUMNS[at - 1];
}

/** The header field a label kind names, or undefined. */
function headerOfKind(kind: number): HeaderField | undefined {
  const at = kind >> KIND_HEADER_SHIFT;
  return at === 0 ? undefined : HEADER_FIELDS[at - 1];
}

// The grid's top-left cells whose label kind the book remembers (where header blocks and header rows sit).
const MEMO_ROWS = 64;
const MEMO_COLUMNS = 32;

function createLabelMemo(): LabelMemo {
  const cells = MEMO_ROWS * MEMO_COLUMNS;
  return { texts: new Array<string | undefined>(cells).fill(undefined), kinds: new Uint8Array(cells) };
}

/**
 * The label kind of the cell at (0-based) row and column. The reports of a run repeat the same
 * texts at the same places ("Đơn vị", "Mã chỉ tiêu"…): the book remembers the last text seen at
 * each place with its kind, and a cell holding the same text (a plain string comparison, cheaper
 * than hashing it) has the same kind. Any other text is looked up and folded as usual.
 */
function labelKind(raw: RawValue | undefined, row: number, column: number, book: LocationBook): number {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LABEL_LENGTH) return 0;
  const memo = book.labelMemo;
  if (memo === null || row >= MEMO_ROWS || column >= MEMO_COLUMNS) return kindOfKey(labelKey(raw, book));
  const at = row * MEMO_COLUMNS + column;
  if (memo.texts[at] === raw) return memo.kinds[at]!;
  const kind = kindOfKey(labelKey(raw, book));
  memo.texts[at] = raw;
  memo.kinds[at] = kind;
  return kind;
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
 * last few sheet names are kept, so its memory stays bounded. It also keeps the folded form of the
 * header texts it has met (bounded too), and what the texts of the grid's top-left cells named.
 */
export interface LocationBook {
  readonly lists: Map<string, ColumnMemo>;
  readonly folds: Map<string, string>;
  /** The row layouts of the last tables read, newest last (the reports of a run share a few). */
  readonly layouts: RowLayout[];
  /** Header block locations by sheet name, then by a number made of row, column and field. */
  readonly headers: Map<string | null, Map<number, Location>>;
  /**
   * The last text seen in each of the grid's top-left cells and its label kind (see labelKind);
   * made when the book is first passed to readReportTable (a table read alone does without).
   */
  labelMemo: LabelMemo | null;
}

interface LabelMemo {
  readonly texts: (string | undefined)[];
  readonly kinds: Uint8Array;
}

/** One column's locations by row, and its blank cells (null or '') by row, all frozen. */
interface ColumnMemo {
  readonly locations: (Location | undefined)[];
  readonly nullCells: (ReportCell | undefined)[];
  readonly emptyCells: (ReportCell | undefined)[];
}

export function createLocationBook(): LocationBook {
  return { lists: new Map(), folds: new Map(), layouts: [], headers: new Map(), labelMemo: null };
}

export interface ReadReportTableOptions {
  /** Locations shared with the other tables of the run; a fresh book for this table when absent. */
  locations?: LocationBook;
}

const LOCATION_SHEETS_KEPT = 64;
const LAYOUTS_KEPT = 8;
const FOLDS_KEPT = 4096;

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

const HEADER_FIELD_AT: Readonly<Record<HeaderField, number>> = Object.freeze({ unitName: 0, unitCode: 1, level: 2, period: 3, planId: 4, group: 5 });

/** A header cell's location, frozen and shared by the tables read with the book (header blocks sit near the top). */
function headerLocation(book: LocationBook, sheet: string | null, row: number, column: number, field: HeaderField): Location {
  if (row >= 1 << 14 || column >= 1 << 10) return location(sheet, row, column, HEADER_LABELS[field].vi);
  const key = ((row << 10) | column) * 8 + HEADER_FIELD_AT[field];
  let bySheet = book.headers.get(sheet);
  if (bySheet === undefined) {
    if (book.headers.size >= LOCATION_SHEETS_KEPT) book.headers.clear();
    bySheet = new Map();
    book.headers.set(sheet, bySheet);
  }
  let loc = bySheet.get(key);
  if (loc === undefined) {
    loc = Object.freeze(location(sheet, row, column, HEADER_LABELS[field].vi));
    if (bySheet.size >= FOLDS_KEPT) bySheet.clear();
    bySheet.set(key, loc);
  }
  return loc;
}

/** What every row of one table reads its cells with: the item columns in ITEM_COLUMNS order. */
interface RowLayout {
  readonly sheet: string | null;
  readonly columns: readonly ColumnInfo[];
  readonly memos: readonly ColumnMemo[];
  /** 0-based index of each item column in a line, -1 when absent (ITEM_COLUMNS order). */
  readonly indexes: readonly number[];
  /** The indexes of the columns present. */
  readonly present: readonly number[];
}

function sameColumns(indexes: readonly number[], columns: Readonly<Record<ItemColumn, number | null>>): boolean {
  for (let at = 0; at < ITEM_COLUMNS.length; at++) {
    const column = columns[ITEM_COLUMNS[at]!];
    if (indexes[at] !== (column === null ? -1 : column - 1)) return false;
  }
  return true;
}

/** The layout for a sheet name and item columns: the book's when it has one (frozen, shared), else a new one. */
function rowLayout(book: LocationBook, sheet: string | null, columns: Readonly<Record<ItemColumn, number | null>>): RowLayout {
  const layouts = book.layouts;
  for (let k = layouts.length - 1; k >= 0; k--) {
    const known = layouts[k]!;
    if (known.sheet === sheet && sameColumns(known.indexes, columns)) return known;
  }
  const indexes = ITEM_COLUMNS.map((field) => (columns[field] === null ? -1 : columns[field] - 1));
  const info = ITEM_COLUMNS.map((field, at): ColumnInfo => {
    const index = indexes[at]!;
    return { index, letters: index < 0 ? '' : columnName(index + 1), name: COLUMN_LABELS[field].vi };
  });
  // Plain arrays, not frozen ones: V8 reads frozen arrays several times slower, and these are read
  // for every cell. They are private to this module (LocatedRow keeps its layout in a # field).
  const layout: RowLayout = Object.freeze({
    sheet,
    columns: info,
    memos: info.map((c) => locationsFor(book, sheet, c)),
    indexes,
    present: indexes.filter((index) => index >= 0),
  });
  if (layouts.length >= LAYOUTS_KEPT) layouts.shift();
  layouts.push(layout);
  return layout;
}

const COLUMN_AT: Readonly<Record<ItemColumn, number>> = Object.freeze({ code: 0, label: 1, numerator: 2, denominator: 3, value: 4, target: 5, evidence: 6 });

/**
 * An item row as readReportTable finds it: its row number and the grid line it is on. The core
 * reads raw values by column index (rowRaw) and builds a cell with its location only when it needs
 * one (rowCell: an issue to raise); `cells`, all seven located cells, is built on first use for the
 * surfaces that show a row. Nothing is copied from the grid, which is never changed — and which the
 * caller must not change either while it uses the table (the row reads its line when asked).
 */
export class LocatedRow implements ReportRow {
  readonly row: number;
  readonly #line: readonly RawValue[];
  readonly #layout: RowLayout;
  #cells: Record<ItemColumn, ReportCell> | undefined;

  constructor(row: number, line: readonly RawValue[], layout: RowLayout) {
    this.row = row;
    this.#line = line;
    this.#layout = layout;
    this.#cells = undefined;
  }

  get cells(): Record<ItemColumn, ReportCell> {
    if (this.#cells === undefined) {
      const cells = {} as Record<ItemColumn, ReportCell>;
      for (const field of ITEM_COLUMNS) cells[field] = this.cell(field);
      this.#cells = cells;
    }
    return this.#cells;
  }

  /** The raw value of a column (null when the column is absent or the line is short). */
  raw(field: ItemColumn): RawValue {
    const index = this.#layout.indexes[COLUMN_AT[field]]!;
    if (index < 0) return null;
    const v = this.#line[index];
    return v === undefined ? null : v;
  }

  /** One located cell (the same object `cells` holds once that is built). */
  cell(field: ItemColumn): ReportCell {
    if (this.#cells !== undefined) return this.#cells[field];
    const at = COLUMN_AT[field];
    const layout = this.#layout;
    return cellAt(this.#line, layout.columns[at]!, layout.memos[at]!, layout.sheet, this.row);
  }
}

/** A row's raw value in a column, without building its cell. */
export function rowRaw(row: ReportRow, field: ItemColumn): RawValue {
  return row instanceof LocatedRow ? row.raw(field) : row.cells[field].raw;
}

/** A row's located cell in a column (for an issue about it). */
export function rowCell(row: ReportRow, field: ItemColumn): ReportCell {
  return row instanceof LocatedRow ? row.cell(field) : row.cells[field];
}

/** How many distinct item columns a row names. */
function columnsNamed(row: readonly RawValue[], r: number, book: LocationBook): number {
  let count = 0;
  let seen = 0; // bit set of the item columns found, so a repeated name counts once
  for (let c = 0; c < row.length; c++) {
    const column = labelKind(row[c], r, c, book) & KIND_COLUMN_BITS;
    if (column === 0) continue;
    const bit = 1 << column;
    if ((seen & bit) === 0) {
      seen |= bit;
      count++;
    }
  }
  return count;
}

/** Whether a row has at least three texts short enough to be labels (a row naming three columns has). */
function hasThreeShortTexts(row: readonly RawValue[]): boolean {
  let count = 0;
  for (let c = 0; c < row.length; c++) {
    const raw = row[c];
    if (typeof raw === 'string' && raw.length > 0 && raw.length <= MAX_LABEL_LENGTH && ++count === 3) return true;
  }
  return false;
}

/** 1-based row index of the item table's header row, or 0. */
function findHeaderRow(grid: readonly RawValue[][], book: LocationBook): number {
  // The first row naming three columns: rows without three short texts (titles, the header
  // block's label | value pairs, blank rows) cannot be it and are passed over unread.
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (Array.isArray(row) && hasThreeShortTexts(row) && columnsNamed(row, r, book) >= 3) return r + 1;
  }
  // None: the first row naming the most, at least two.
  let best = 0;
  let bestCount = 1;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const count = columnsNamed(row, r, book);
    if (count > bestCount) {
      best = r + 1;
      bestCount = count;
    }
  }
  return best;
}

function readHeaderBlock(grid: readonly RawValue[][], sheet: string | null, lastRow: number, book: LocationBook): Record<HeaderField, ReportCell | null> {
  const header: Record<HeaderField, ReportCell | null> = { unitName: null, unitCode: null, level: null, period: null, planId: null, group: null };
  for (let r = 0; r < lastRow && r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) continue;
      let field = headerOfKind(labelKind(raw, r, c, book));
      if (field !== undefined) {
        if (header[field] !== null) continue; // the first label wins
        // The value is the next non-empty cell to the right; none → a blank at the cell next to it.
        let v = c + 1;
        while (v < row.length && isBlank(row[v])) v++;
        // Another label further along the row (`Cấp` | blank | `Đối tượng` | …) is not this one's value.
        const found = v < row.length && headerOfKind(labelKind(row[v], r, v, book)) === undefined;
        const column = found ? v + 1 : c + 2;
        header[field] = { raw: found ? (row[v] ?? null) : null, location: headerLocation(book, sheet, r + 1, column, field) };
        c = found ? v : c;
        continue;
      }
      const colon = raw.indexOf(':');
      if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
        field = HEADER_BY_KEY.get(foldKey(raw.slice(0, colon)));
        if (field === undefined || header[field] !== null) continue;
        const value = cleanText(raw.slice(colon + 1));
        header[field] = { raw: value === '' ? null : value, location: headerLocation(book, sheet, r + 1, c + 1, field) };
      }
    }
  }
  return header;
}

/** A header cell's text as an extra column or a message names it. */
function columnTitle(raw: RawValue | undefined): string {
  return typeof raw === 'string' ? cleanText(raw) : String(raw);
}

/** Locates the header block and the item table in a grid. Never throws; never changes the grid. */
export function readReportTable(grid: RawValue[][], sheet: string | null, opts: ReadReportTableOptions = {}): ReadReportTableResult {
  const issues: Issue[] = [];
  const rows = Array.isArray(grid) ? grid : [];
  const book = opts.locations ?? createLocationBook();
  // Only a book the caller passes is met again; a table read alone looks its labels up directly.
  if (opts.locations !== undefined) book.labelMemo ??= createLabelMemo();
  const headerRow = findHeaderRow(rows, book);
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
    const field = columnOfKind(labelKind(raw, headerRow - 1, c, book));
    if (field === undefined) {
      extraColumns.push({ column: c + 1, name: columnTitle(raw) });
      continue;
    }
    const first = columns[field];
    if (first !== null) {
      // Only the first column of a name is read; the repeat is kept as an extra column.
      const name = columnTitle(raw);
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

  // Per item column: index (-1 when absent), letters and field name, shared by the run's tables.
  const layout = rowLayout(book, sheet, columns);
  const present = layout.present;

  // Sized once for every row below the header, then cut to the rows kept (no regrowth per report).
  const items = new Array<ReportRow>(Math.max(0, rows.length - headerRow));
  let kept = 0;
  for (let r = headerRow; r < rows.length; r++) {
    const line = rows[r];
    if (!Array.isArray(line)) continue;
    let empty = true;
    for (let k = 0; k < present.length; k++) {
      if (!isBlank(line[present[k]!])) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    items[kept++] = new LocatedRow(r + 1, line, layout);
  }
  if (kept < items.length) items.length = kept; // setting the length is a runtime call: only when rows were skipped

  const header = readHeaderBlock(rows, sheet, headerRow - 1, book);
  return { table: { sheet, header, columns, headerRow, extraColumns, rows: items }, issues };
}


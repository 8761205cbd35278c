// An in-memory Spreadsheet / Sheet / Range with Apps Script's semantics for the subset the add-on
// uses: 1-based rows and columns, rectangular 2-D arrays, Apps Script's error messages on a
// dimension mismatch, numbers for numeric cells and '' for blanks, a percent cell's value is the
// fraction, formulas evaluated on read. Every call that reads or writes cells, notes, formats or
// rules is counted as a round trip, with whether the document lock was held at the time.
//
// Real behaviours modelled beyond the happy path (issue 14), each with its source:
// - sheet names are unique regardless of case: insertSheet("Báo cáo") next to "BÁO CÁO" throws
//   (Sheets refuses it in the UI and the API alike — socialpoint-labs/sheetfu PR #26);
// - formulas follow the locale's argument separator (formula.ts);
// - literal-% number formats (0"%", 0\%) show the number as it is (locale.ts);
// - typed dates, times and error literals (locale.ts);
// - AuthMode.NONE: no spreadsheet call is allowed (Apps Script reference, enum AuthMode: "a mode
//   that does not allow access to any services that require authorization");
// - protections: a script-made protection mirrors the spreadsheet's editors until its editors are
//   changed; one the owner tightened ("only you") refuses writes from anyone else with Apps
//   Script's message (reference, class Protection; warning-only ranges do not stop scripts);
// - onEdit: value/oldValue only for a one-cell edit (guide "Event objects", Edit), and a burst of
//   edits runs the trigger for two events only (see editBurst).
import type {
  BooleanConditionLike,
  ConditionalFormatRuleBuilderLike,
  ConditionalFormatRuleLike,
  DataValidationBuilderLike,
  DataValidationLike,
  ProtectionLike,
  RangeLike,
  SheetLike,
  SpreadsheetLike,
} from '../../../apps-script/src/gas.ts';
import { evaluateFormula, type ArgumentSeparator, type Scalar } from './formula.ts';
import { DATE_FORMAT, display, parseInput, type SheetLocale, type Stored } from './locale.ts';

export interface Cell {
  value: Stored | '';
  formula: string | null;
  note: string;
  format: string | null;
  background: string;
  fontWeight: 'bold' | 'normal';
  fontColor: string;
  wrap: boolean;
  align: string | null;
  validation: FakeDataValidation | null;
}

function emptyCell(): Cell {
  return { value: '', formula: null, note: '', format: null, background: '#ffffff', fontWeight: 'normal', fontColor: '#000000', wrap: false, align: null, validation: null };
}

export class RoundTrips {
  reads = 0;
  writes = 0;
  /** Every service call, metadata ones included (getLastRow, getSheetByName…). */
  calls = 0;
  log: { op: string; target: string; lockHeld: boolean }[] = [];
  get total(): number {
    return this.reads + this.writes;
  }
  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.calls = 0;
    this.log = [];
  }
}

export function columnLetters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error('Range not found');
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class FakeProtection implements ProtectionLike {
  description = '';
  warningOnly = false;
  readonly target: string;
  /** Cells covered (a whole sheet when null). */
  readonly area: { row: number; column: number; numRows: number; numColumns: number } | null;
  /** null: mirrors the spreadsheet's editors (no restriction); else who may still edit. */
  editors: string[] | null = null;
  constructor(target: string, area: FakeProtection['area'] = null) {
    this.target = target;
    this.area = area;
  }
  getDescription(): string {
    return this.description;
  }
  /** Who may edit: the listed editors, or everyone with edit access while it mirrors the spreadsheet. */
  getEditors(): string[] {
    return this.editors === null ? [this.owner] : [...this.editors];
  }
  /** The owner cannot be removed (Apps Script keeps the owner an editor). */
  removeEditors(emailAddresses: unknown[]): FakeProtection {
    const gone = new Set(emailAddresses.map(String));
    this.editors = this.getEditors().filter((e) => e === this.owner || !gone.has(e));
    return this;
  }
  remove(): void {
    this.removed = true;
    this.onRemove?.();
  }
  removed = false;
  owner = 'owner@example.gov.vn';
  onRemove: (() => void) | null = null;
  /** Test helper: what the owner does in Data → Protect → "Only you". */
  restrictTo(editors: string[]): FakeProtection {
    this.editors = [...editors];
    return this;
  }
  blocks(user: string, owner: string, row: number, column: number, numRows: number, numColumns: number): boolean {
    if (this.warningOnly || this.editors === null || user === owner || this.editors.includes(user)) return false;
    const a = this.area;
    if (a === null) return true;
    return row <= a.row + a.numRows - 1 && a.row <= row + numRows - 1 && column <= a.column + a.numColumns - 1 && a.column <= column + numColumns - 1;
  }
  setDescription(description: string): FakeProtection {
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }
}

export class FakeDataValidation implements DataValidationLike {
  readonly criteria: { kind: 'number-between'; min: number; max: number } | { kind: 'list'; values: string[] };
  readonly allowInvalid: boolean;
  readonly helpText: string;
  constructor(criteria: FakeDataValidation['criteria'], allowInvalid: boolean, helpText: string) {
    this.criteria = criteria;
    this.allowInvalid = allowInvalid;
    this.helpText = helpText;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderLike {
  private criteria: FakeDataValidation['criteria'] | null = null;
  private allowInvalid = true;
  private helpText = '';
  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    this.criteria = { kind: 'number-between', min: start, max: end };
    return this;
  }
  requireValueInList(values: string[]): FakeDataValidationBuilder {
    this.criteria = { kind: 'list', values: [...values] };
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('You must specify a criteria type before building the data validation rule.');
    return new FakeDataValidation(this.criteria, this.allowInvalid, this.helpText);
  }
}

export class FakeConditionalFormatRule implements ConditionalFormatRuleLike {
  readonly formula: string | null;
  readonly background: string | null;
  readonly ranges: FakeRange[];
  constructor(formula: string | null, background: string | null, ranges: FakeRange[]) {
    this.formula = formula;
    this.background = background;
    this.ranges = ranges;
  }
  getBooleanCondition(): BooleanConditionLike | null {
    const formula = this.formula;
    return formula === null ? null : { getCriteriaValues: () => [formula] };
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderLike {
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    this.background = color;
    return this;
  }
  setRanges(ranges: RangeLike[]): FakeConditionalFormatRuleBuilder {
    this.ranges = ranges as FakeRange[];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (this.ranges.length === 0) throw new Error('Conditional format rule must have at least one range.');
    return new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
  }
}

export class FakeRange implements RangeLike {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  constructor(sheet: FakeSheet, row: number, column: number, numRows: number, numColumns: number) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.numRows = numRows;
    this.numColumns = numColumns;
  }
  private meta(): void {
    this.sheet.book.touch();
  }
  private read(op: string): void {
    this.sheet.book.count('read', op, `${this.sheet.name}!${this.getA1Notation()}`);
  }
  private write(op: string): void {
    this.sheet.book.count('write', op, `${this.sheet.name}!${this.getA1Notation()}`);
    this.sheet.checkProtected(this.row, this.column, this.numRows, this.numColumns);
  }
  private each(fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numColumns; c++) fn(this.sheet.cellAt(this.row + r, this.column + c, true)!, r, c);
  }
  private grid<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(fn(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }
  private checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows)
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`);
    for (const line of data)
      if (!Array.isArray(line) || line.length !== this.numColumns)
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`);
  }
  getRow(): number { this.meta(); return this.row; }
  getColumn(): number { this.meta(); return this.column; }
  getNumRows(): number { this.meta(); return this.numRows; }
  getNumColumns(): number { this.meta(); return this.numColumns; }
  getLastRow(): number { this.meta(); return this.row + this.numRows - 1; }
  getLastColumn(): number { this.meta(); return this.column + this.numColumns - 1; }
  getSheet(): FakeSheet { this.meta(); return this.sheet; }
  getA1Notation(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
  getValues(): (string | number | boolean | Date)[][] {
    this.read('getValues');
    return this.grid((r, c) => this.sheet.valueAt(r, c));
  }
  getDisplayValues(): string[][] {
    this.read('getDisplayValues');
    return this.grid((r, c) => display(this.sheet.valueAt(r, c), this.sheet.cellAt(r, c)?.format ?? null, this.sheet.book.locale));
  }
  getFormulas(): string[][] {
    this.read('getFormulas');
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.formula ?? '');
  }
  getNotes(): string[][] {
    this.read('getNotes');
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.note ?? '');
  }
  getBackgrounds(): string[][] {
    this.read('getBackgrounds');
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.background ?? '#ffffff');
  }
  getNumberFormats(): string[][] {
    this.read('getNumberFormats');
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.format ?? '0.###############');
  }
  setValues(values: unknown[][]): FakeRange {
    this.checkShape(values);
    this.write('setValues');
    this.each((cell, r, c) => this.sheet.book.store(cell, values[r]![c]));
    return this;
  }
  setFormulas(formulas: string[][]): FakeRange {
    this.checkShape(formulas);
    this.write('setFormulas');
    this.each((cell, r, c) => this.sheet.book.store(cell, formulas[r]![c]));
    return this;
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    this.checkShape(notes);
    this.write('setNotes');
    this.each((cell, r, c) => {
      cell.note = notes[r]![c] ?? '';
    });
    return this;
  }
  setNumberFormat(format: string): FakeRange {
    this.write('setNumberFormat');
    this.each((cell) => {
      cell.format = format;
    });
    return this;
  }
  setBackground(color: string | null): FakeRange {
    this.write('setBackground');
    this.each((cell) => {
      cell.background = color ?? '#ffffff';
    });
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.checkShape(colors);
    this.write('setBackgrounds');
    this.each((cell, r, c) => {
      cell.background = colors[r]![c] ?? '#ffffff';
    });
    return this;
  }
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): FakeRange {
    this.checkShape(weights);
    this.write('setFontWeights');
    this.each((cell, r, c) => {
      cell.fontWeight = weights[r]![c] ?? 'normal';
    });
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.checkShape(formats);
    this.write('setNumberFormats');
    this.each((cell, r, c) => {
      cell.format = formats[r]![c]!;
    });
    return this;
  }
  setDataValidations(rules: (DataValidationLike | null)[][]): FakeRange {
    this.checkShape(rules);
    this.write('setDataValidations');
    this.each((cell, r, c) => {
      cell.validation = rules[r]![c] as FakeDataValidation | null;
    });
    return this;
  }
  setFontWeight(weight: 'bold' | 'normal' | null): FakeRange {
    this.write('setFontWeight');
    this.each((cell) => {
      cell.fontWeight = weight ?? 'normal';
    });
    return this;
  }
  setFontColor(color: string | null): FakeRange {
    this.write('setFontColor');
    this.each((cell) => {
      cell.fontColor = color ?? '#000000';
    });
    return this;
  }
  setWrap(wrap: boolean): FakeRange {
    this.write('setWrap');
    this.each((cell) => {
      cell.wrap = wrap;
    });
    return this;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'right' | null): FakeRange {
    this.write('setHorizontalAlignment');
    this.each((cell) => {
      cell.align = alignment;
    });
    return this;
  }
  setDataValidation(rule: DataValidationLike | null): FakeRange {
    this.write('setDataValidation');
    this.each((cell) => {
      cell.validation = rule as FakeDataValidation | null;
    });
    return this;
  }
  protect(): FakeProtection {
    this.sheet.book.count('write', 'protect', `${this.sheet.name}!${this.getA1Notation()}`);
    const p = new FakeProtection(this.getA1Notation(), { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns });
    p.owner = this.sheet.book.owner;
    p.onRemove = () => (this.sheet.protections = this.sheet.protections.filter((x) => x !== p));
    this.sheet.protections.push(p);
    return p;
  }
  activate(): FakeRange {
    this.meta();
    this.sheet.book.active = this.sheet;
    this.sheet.book.activeRange = this;
    return this;
  }
}

export class FakeSheet implements SheetLike {
  readonly book: FakeSpreadsheet;
  readonly id: number;
  name: string;
  rows: (Cell | undefined)[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  hidden = false;
  columnWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  constructor(book: FakeSpreadsheet, name: string, id: number) {
    this.book = book;
    this.name = name;
    this.id = id;
  }
  cellAt(row: number, column: number, create = false): Cell | undefined {
    let line = this.rows[row - 1];
    if (!line) {
      if (!create) return undefined;
      line = this.rows[row - 1] = [];
    }
    let cell = line[column - 1];
    if (!cell && create) cell = line[column - 1] = emptyCell();
    return cell;
  }
  valueAt(row: number, column: number, depth = 0): Stored | '' {
    const cell = this.cellAt(row, column);
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    if (depth > 50) return '#REF!';
    const v = evaluateFormula(cell.formula, (r, c) => {
      const x = this.valueAt(r, c, depth + 1);
      return (x instanceof Date ? x.getTime() : x) as Scalar | '';
    }, this.book.formulaSeparator);
    return v;
  }
  private meta(): void {
    this.book.touch();
  }
  /** Throws Apps Script's message when a protection the current user is not an editor of covers the cells. */
  checkProtected(row: number, column: number, numRows: number, numColumns: number): void {
    const { user, owner } = this.book;
    if (this.protections.some((p) => p.blocks(user, owner, row, column, numRows, numColumns))) throw new Error(PROTECTED_MESSAGE);
  }
  private sheetWrite(op: string): void {
    this.book.count('write', op, this.name);
    this.checkProtected(1, 1, this.maxRows, this.maxColumns);
  }
  getName(): string { this.meta(); return this.name; }
  getSheetId(): number { this.meta(); return this.id; }
  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.meta();
    let r: { row: number; column: number; numRows: number; numColumns: number };
    if (typeof a1OrRow === 'string') r = parseA1(a1OrRow);
    else {
      if (!Number.isInteger(a1OrRow) || a1OrRow < 1) throw new Error('The starting row of the range is too small.');
      if (column === undefined || !Number.isInteger(column) || column < 1) throw new Error('The starting column of the range is too small.');
      if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
      if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
      r = { row: a1OrRow, column, numRows, numColumns };
    }
    if (r.row + r.numRows - 1 > this.maxRows || r.column + r.numColumns - 1 > this.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, r.row, r.column, r.numRows, r.numColumns);
  }
  /** Last row/column holding a value or formula (notes and formats do not count), as Apps Script. */
  contentExtent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell && (cell.formula !== null || cell.value !== '')) {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }
  getDataRange(): FakeRange {
    this.meta();
    const { rows, columns } = this.contentExtent();
    return new FakeRange(this, 1, 1, Math.max(1, rows), Math.max(1, columns));
  }
  getLastRow(): number { this.meta(); return this.contentExtent().rows; }
  getLastColumn(): number { this.meta(); return this.contentExtent().columns; }
  getMaxRows(): number { this.meta(); return this.maxRows; }
  getMaxColumns(): number { this.meta(); return this.maxColumns; }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.sheetWrite('insertRowsAfter');
    this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined as unknown as Cell[]));
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.sheetWrite('insertColumnsAfter');
    for (const line of this.rows) line?.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined as unknown as Cell));
    this.maxColumns += howMany;
    return this;
  }
  setFrozenRows(rows: number): void {
    this.sheetWrite('setFrozenRows');
    this.frozenRows = rows;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.sheetWrite('setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  clear(): FakeSheet {
    this.sheetWrite('clear');
    this.rows = [];
    return this;
  }
  getProtections(type: unknown): FakeProtection[] {
    this.book.touch();
    return this.protections.filter((p) => (type === 'SHEET' ? p.area === null : p.area !== null));
  }
  protect(): FakeProtection {
    this.book.count('write', 'protect', this.name);
    const p = new FakeProtection(this.name);
    p.owner = this.book.owner;
    p.onRemove = () => (this.protections = this.protections.filter((x) => x !== p));
    this.protections.push(p);
    return p;
  }
  hideSheet(): FakeSheet {
    this.meta();
    this.hidden = true;
    return this;
  }
  activate(): FakeSheet {
    this.meta();
    this.book.active = this;
    return this;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.book.count('read', 'getConditionalFormatRules', this.name);
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void {
    this.sheetWrite('setConditionalFormatRules');
    this.conditionalRules = [...(rules as FakeConditionalFormatRule[])];
  }

  // ---- test helpers (not part of Apps Script, not counted) ----
  /** What an officer types into a cell, parsed the way Sheets parses typing in the book's locale. */
  type(a1: string, text: string): void {
    const { row, column } = parseA1(a1);
    this.book.store(this.cellAt(row, column, true)!, text);
  }
  /**
   * An officer's edit (typing one cell, or pasting a block) and the event object Sheets gives the
   * onEdit trigger: `value` and `oldValue` only when one cell changed (guide "Event objects":
   * "only available if the edited range is a single cell"), `authMode` LIMITED for a simple trigger.
   */
  edit(a1: string, texts: string | string[][]): FakeEditEvent {
    const { row, column } = parseA1(a1);
    const grid = typeof texts === 'string' ? [[texts]] : texts;
    const single = grid.length === 1 && grid[0]!.length === 1;
    const old = single ? this.valueAt(row, column) : '';
    grid.forEach((line, r) => line.forEach((text, c) => this.book.store(this.cellAt(row + r, column + c, true)!, text)));
    const range = new FakeRange(this, row, column, grid.length, Math.max(...grid.map((l) => l.length)));
    const event: FakeEditEvent = { authMode: this.book.authMode, range, source: this.book, user: this.book.user };
    if (single) {
      event.value = grid[0]![0]!;
      if (old !== '') event.oldValue = String(old);
    }
    return event;
  }
  cell(a1: string): Cell {
    const { row, column } = parseA1(a1);
    return this.cellAt(row, column) ?? emptyCell();
  }
  value(a1: string): Stored | '' {
    const { row, column } = parseA1(a1);
    return this.valueAt(row, column);
  }
  /** The background a person sees: the cell's own, or the first conditional rule covering it. */
  shownBackground(a1: string): string {
    const { row, column } = parseA1(a1);
    for (const rule of this.conditionalRules) {
      if (rule.background === null) continue;
      if (rule.ranges.some((r) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns)) return rule.background;
    }
    return this.cell(a1).background;
  }
  /** All values as a plain grid (for assertions). */
  snapshot(): (Stored | '')[][] {
    const { rows, columns } = this.contentExtent();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.valueAt(r + 1, c + 1)));
  }
  notesSnapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    this.rows.forEach((line, r) => line?.forEach((cell, c) => {
      if (cell?.note) out[`${columnLetters(c + 1)}${r + 1}`] = cell.note;
    }));
    return out;
  }
}

export interface FakeEditEvent {
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  range: FakeRange;
  source: FakeSpreadsheet;
  user: string;
  value?: string;
  oldValue?: string;
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly locale: SheetLocale;
  readonly formulaSeparator: ArgumentSeparator;
  /** The spreadsheet's owner and the user running the script (an officer other than the owner). */
  owner = 'owner@example.gov.vn';
  user = 'owner@example.gov.vn';
  /** The authorization mode of the running execution: in NONE every spreadsheet call throws. */
  authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  readonly trips = new RoundTrips();
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  activeRange: FakeRange | null = null;
  toasts: { msg: string; title?: string }[] = [];
  /** Which execution holds the document lock (see services.ts), for the write log. */
  lockHolder: string | null = null;
  execution = 'main';
  private nextId = 0;
  constructor(opts: { locale?: SheetLocale; firstSheet?: string; formulaSeparator?: ArgumentSeparator } = {}) {
    this.locale = opts.locale ?? 'vi_VN';
    // Where the decimal mark is "," the argument separator is ";" (formula.ts).
    this.formulaSeparator = opts.formulaSeparator ?? (this.locale === 'vi_VN' ? ';' : ',');
    this.active = this.addSheet(opts.firstSheet ?? 'Trang tính1');
  }
  /** One service call; refused in AuthMode.NONE. */
  touch(): void {
    if (this.authMode === 'NONE') {
      throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly');
    }
    this.trips.calls++;
  }
  count(kind: 'read' | 'write', op: string, target: string): void {
    this.touch();
    if (kind === 'read') this.trips.reads++;
    else this.trips.writes++;
    this.trips.log.push({ op, target, lockHeld: this.lockHolder === this.execution });
  }
  /** Stores what a script's setValues or a person's typing puts in a cell. */
  store(cell: Cell, input: unknown): void {
    cell.formula = null;
    if (input === null || input === undefined || input === '') {
      cell.value = '';
      return;
    }
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new Error(`Invalid value: ${input}`);
      cell.value = input;
      return;
    }
    if (typeof input === 'boolean' || input instanceof Date) {
      cell.value = input;
      if (input instanceof Date && cell.format !== '@') cell.format = DATE_FORMAT;
      return;
    }
    const text = String(input);
    if (cell.format === '@') {
      cell.value = text;
      return;
    }
    const parsed = parseInput(text, this.locale);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    // A typed percent or date changes the cell's format (a date in a percent cell would otherwise
    // show its serial number as a percent); other typing keeps an explicit format.
    if (parsed.format && (cell.format === null || cell.format === '' || parsed.format.includes('%') || parsed.value instanceof Date)) cell.format = parsed.format;
  }
  addSheet(name: string, index?: number): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  getSheets(): FakeSheet[] {
    this.touch();
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.touch();
    // Exact match: whether the real lookup ignores case is unverified, so the add-on must not rely on it.
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet {
    this.count('write', 'insertSheet', sheetName);
    const fold = (n: string) => n.normalize('NFC').toLowerCase();
    if (this.sheets.some((s) => fold(s.name) === fold(sheetName))) throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    const sheet = this.addSheet(sheetName, sheetIndex);
    this.active = sheet;
    return sheet;
  }
  getActiveSheet(): FakeSheet {
    this.touch();
    return this.active;
  }
  toast(msg: string, title?: string): void {
    this.touch();
    this.toasts.push({ msg, title });
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

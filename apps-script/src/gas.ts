// The exact subset of the Apps Script services the add-on uses, as structural types. The real
// services satisfy them, and so does the in-memory fake in tests/support/apps-script-fake, so the fake is
// checked against what the code calls and nothing more. The globals are reached through the
// module-scoped `declare const`s below: esbuild emits nothing for them, so at run time each name
// resolves to Apps Script's own global.

export type CellValue = string | number | boolean | Date;

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getA1Notation(): string;
  getSheet(): SheetLike;
  getValues(): CellValue[][];
  getDisplayValues(): string[][];
  getNumberFormats(): string[][];
  getNotes(): string[][];
  setValues(values: unknown[][]): RangeLike;
  setFormulas(formulas: string[][]): RangeLike;
  setNotes(notes: (string | null)[][]): RangeLike;
  setNumberFormat(format: string): RangeLike;
  setBackground(color: string | null): RangeLike;
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): RangeLike;
  setNumberFormats(formats: string[][]): RangeLike;
  setDataValidations(rules: (DataValidationLike | null)[][]): RangeLike;
  setFontWeight(weight: 'bold' | 'normal' | null): RangeLike;
  setFontColor(color: string | null): RangeLike;
  setWrap(wrap: boolean): RangeLike;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'right' | null): RangeLike;
  setDataValidation(rule: DataValidationLike | null): RangeLike;
  protect(): ProtectionLike;
  activate(): RangeLike;
}

export interface ProtectionLike {
  setDescription(description: string): ProtectionLike;
  setWarningOnly(warningOnly: boolean): ProtectionLike;
  getDescription(): string;
  getEditors(): unknown[];
  removeEditors(emailAddresses: unknown[]): ProtectionLike;
  remove(): void;
}

export interface DataValidationLike {
  getHelpText(): string;
}

export interface DataValidationBuilderLike {
  requireNumberBetween(start: number, end: number): DataValidationBuilderLike;
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface BooleanConditionLike {
  getCriteriaValues(): unknown[];
}

export interface ConditionalFormatRuleLike {
  getBooleanCondition(): BooleanConditionLike | null;
  getRanges(): RangeLike[];
}

export interface ConditionalFormatRuleBuilderLike {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface SheetLike {
  getName(): string;
  getSheetId(): number;
  getRange(a1: string): RangeLike;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangeLike;
  getDataRange(): RangeLike;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetLike;
  clear(): SheetLike;
  protect(): ProtectionLike;
  getProtections(type: unknown): ProtectionLike[];
  hideSheet(): SheetLike;
  activate(): SheetLike;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string, sheetIndex?: number): SheetLike;
  getActiveSheet(): SheetLike;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  /** "In bảng điểm" (print-flow.ts): the printable page in a dialog. */
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
  alert(prompt: string): unknown;
}

export interface HtmlOutputLike {
  getContent(): string;
  setTitle(title: string): HtmlOutputLike;
  setWidth?(width: number): HtmlOutputLike;
  setHeight?(height: number): HtmlOutputLike;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getUi(): UiLike;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  ProtectionType: { RANGE: unknown; SHEET: unknown };
  /** District edition only (read-only spreadsheets scope): a commune's workbook by its link. */
  openByUrl(url: string): SpreadsheetLike;
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServiceLike {
  getDocumentLock(): LockLike | null;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

/** The event object of the simple `onEdit` trigger (only what is read). */
export interface EditEventLike {
  range: RangeLike;
  /** ScriptApp.AuthMode (prints as NONE / LIMITED / FULL). */
  authMode?: unknown;
}

declare const SpreadsheetApp: SpreadsheetAppLike;
declare const LockService: LockServiceLike;
declare const HtmlService: HtmlServiceLike;

export function spreadsheetApp(): SpreadsheetAppLike {
  return SpreadsheetApp;
}

export function lockService(): LockServiceLike {
  return LockService;
}

export function htmlService(): HtmlServiceLike {
  return HtmlService;
}

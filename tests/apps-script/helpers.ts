// Shared set-up for the add-on tests: a fake workbook with the services installed, the built
// bundle loaded in a vm context, and officer-like typing into a template.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSheets, type BuiltSheets } from '../../apps-script/build.ts';
import { fakeGas, type FakeGas } from './fake/services.ts';
import { FakeSpreadsheet, type FakeSheet } from './fake/spreadsheet.ts';
import type { SheetLocale } from './fake/locale.ts';

let built: Promise<BuiltSheets> | null = null;
/**
 * Builds the bundle once per test process (tests do not depend on `npm run build:sheets`), into a
 * folder of its own: test files run in parallel processes and must not read a half-written file.
 */
export function ensureBuilt(): Promise<BuiltSheets> {
  built ??= buildSheets({ outDir: mkdtempSync(join(tmpdir(), 'cds-sheets-')) });
  return built;
}

export function newGas(opts: { locale?: SheetLocale } = {}): FakeGas {
  const book = new FakeSpreadsheet({ locale: opts.locale ?? 'vi_VN' });
  return fakeGas(book, { Sidebar: '<html><head><meta name="cds-start" content="template"></head><body></body></html>' });
}

export const ENTRIES = [
  'onOpen', 'onInstall', 'onEdit',
  'menuTemplate', 'menuValidate', 'menuScore', 'menuOpenScorecard', 'menuConsolidate', 'menuClearMarks',
  'sidebarChoices', 'sidebarCreateTemplate', 'sidebarValidate', 'sidebarScore', 'sidebarScorecard',
  'sidebarConsolidate', 'sidebarSelectCell', 'sidebarClearMarks',
] as const;
/** The vm context after loading Code.js: the entry functions, and whatever else is global. */
export type Bundle = Record<(typeof ENTRIES)[number], (...args: unknown[]) => unknown> & Record<string, unknown>;

/** Loads dist/Code.js in a fresh vm context whose globals are the fake services. */
export function loadBundle(gas: FakeGas, built: BuiltSheets): Bundle {
  const files: Record<string, string> = { Sidebar: built.html };
  const code = built.code;
  const HtmlService = {
    createHtmlOutputFromFile: (name: string) => gas.HtmlService.createHtmlOutput(files[name] ?? (() => { throw new Error(`No HTML file named ${name} was found.`); })()),
    createHtmlOutput: (h: string) => gas.HtmlService.createHtmlOutput(h),
  };
  const context: Record<string, unknown> = {
    SpreadsheetApp: gas.SpreadsheetApp,
    LockService: gas.LockService,
    HtmlService,
    console,
  };
  runInNewContext(code, context, { filename: 'Code.js' });
  return context as Bundle;
}

/** Row of a code in the item table (column A of the template). */
export function rowOf(sheet: FakeSheet, code: string): number {
  const grid = sheet.snapshot();
  const i = grid.findIndex((line) => line[0] === code);
  if (i < 0) throw new Error(`no row for ${code}`);
  return i + 1;
}

/** JSON round trip: what google.script.run does to answers (plain data only). */
export function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

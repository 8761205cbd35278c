// Shared set-up for the add-on tests: a fake workbook with the services installed, the built
// bundle loaded in a vm context, and officer-like typing into a template.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll } from 'vitest';
import { buildSheets, type BuiltSheets } from '../../apps-script/build.ts';
import type { Answer } from '../../apps-script/src/dto.ts';
import { fakeGas, type FakeGas, type RemoteBooks } from '../support/apps-script-fake/services.ts';
import { FakeSpreadsheet, type FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';
import type { SheetLocale } from '../support/apps-script-fake/locale.ts';
import type { ArgumentSeparator } from '../support/apps-script-fake/formula.ts';

let built: Promise<BuiltSheets> | null = null;
let builtDistrict: Promise<BuiltSheets> | null = null;

/** The district edition's bundle, built once per test process into its own folder. */
export function ensureBuiltDistrict(): Promise<BuiltSheets> {
  builtDistrict ??= buildSheets({ edition: 'district', outDir: mkdtempSync(join(tmpdir(), 'cds-sheets-district-')) });
  return builtDistrict;
}
/**
 * Builds the bundle once per test process (tests do not depend on `npm run build:sheets`), into a
 * folder of its own: test files run in parallel processes and must not read a half-written file.
 */
export function ensureBuilt(): Promise<BuiltSheets> {
  built ??= buildSheets({ outDir: mkdtempSync(join(tmpdir(), 'cds-sheets-')) });
  return built;
}

export type NewGasOptions = { locale?: SheetLocale; formulaSeparator?: ArgumentSeparator; remotes?: RemoteBooks };

export function newGas(opts: NewGasOptions = {}): FakeGas {
  const book = new FakeSpreadsheet({ locale: opts.locale ?? 'vi_VN', formulaSeparator: opts.formulaSeparator });
  return fakeGas(book, { Sidebar: '<html><head><meta name="cds-start" content="template"></head><body></body></html>' }, opts.remotes ?? {});
}

/** A fresh fake workbook with the add-on bundle loaded in it. */
export interface AddOn {
  gas: FakeGas;
  app: Bundle;
}

/**
 * The commune bundle for one test file: built in a beforeAll hook (so call this at the top of the
 * file), then `setUp()` gives a fresh workbook with it loaded, optionally on a legacy runtime.
 */
export function useBundle(): { readonly built: BuiltSheets; setUp(opts?: NewGasOptions, legacyRuntime?: boolean): AddOn } {
  let built: BuiltSheets | null = null;
  beforeAll(async () => {
    built = await ensureBuilt();
  });
  const current = (): BuiltSheets => {
    if (!built) throw new Error('the add-on bundle is built in beforeAll: call useBundle() at the top of the test file');
    return built;
  };
  return {
    get built() {
      return current();
    },
    setUp(opts = {}, legacyRuntime = false) {
      const gas = newGas(opts);
      return { gas, app: loadBundle(gas, current(), { legacyRuntime }) };
    },
  };
}

/** A sidebar answer's value; a refused answer fails the test with its Vietnamese problem. */
export function ok<T>(a: unknown): T {
  const answer = a as Answer<T>;
  if (!answer.ok) throw new Error(`problem: ${answer.problem.vi}`);
  return answer.value;
}

export const ENTRIES = [
  'onOpen', 'onInstall', 'onEdit',
  'menuTemplate', 'menuValidate', 'menuScore', 'menuOpenScorecard', 'menuConsolidate', 'menuPrintScorecard', 'menuClearMarks',
  'sidebarChoices', 'sidebarCreateTemplate', 'sidebarCreatePlanTab', 'sidebarValidate', 'sidebarScore', 'sidebarScorecard',
  'sidebarConsolidate', 'sidebarSelectCell', 'sidebarSaveHistory', 'sidebarSaveHistoryAll', 'sidebarSetStatus', 'sidebarClearMarks',
] as const;
/** The vm context after loading Code.js: the entry functions, and whatever else is global. */
export type Bundle = Record<(typeof ENTRIES)[number], (...args: unknown[]) => unknown> & Record<string, unknown>;

/**
 * Built-ins newer than ES2021 that Apps Script's V8 may lack (issue 14 §1), by owner and name.
 * `Object.hasOwn` is the one that broke the add-on; the others are the usual suspects.
 */
export const MODERN_BUILTINS: readonly [string, string][] = [
  ['Object', 'hasOwn'], ['Object', 'groupBy'], ['Map', 'groupBy'],
  ['Array.prototype', 'at'], ['Array.prototype', 'findLast'], ['Array.prototype', 'findLastIndex'],
  ['Array.prototype', 'toSorted'], ['Array.prototype', 'toReversed'], ['Array.prototype', 'toSpliced'],
  ['String.prototype', 'at'], ['String.prototype', 'replaceAll'], ['globalThis', 'structuredClone'],
];

/** Script run in a vm context before Code.js: deletes the modern built-ins of that realm. */
export const REMOVE_MODERN_BUILTINS = MODERN_BUILTINS.map(([owner, name]) => `delete ${owner}.${name};`).join('\n');

/**
 * Runs `work` with the modern built-ins deleted from this (the test's) realm too: arrays and
 * strings the fake hands to the bundle come from here, so the vm's deletions alone would not catch
 * `values.at(-1)`. Synchronous work only; everything is put back afterwards.
 */
export function withoutModernBuiltins<T>(work: () => T): T {
  const owners: Record<string, object> = { Object, Map, 'Array.prototype': Array.prototype, 'String.prototype': String.prototype, globalThis };
  const saved = MODERN_BUILTINS.map(([owner, name]) => {
    const target = owners[owner] as Record<string, unknown>;
    return { target, name, descriptor: Object.getOwnPropertyDescriptor(target, name) };
  });
  for (const s of saved) delete s.target[s.name];
  try {
    return work();
  } finally {
    for (const s of saved) if (s.descriptor) Object.defineProperty(s.target, s.name, s.descriptor);
  }
}

/** Loads dist/Code.js in a fresh vm context whose globals are the fake services. */
export function loadBundle(gas: FakeGas, built: BuiltSheets, opts: { legacyRuntime?: boolean } = {}): Bundle {
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
  const vmContext = createContext(context);
  if (opts.legacyRuntime) runInContext(REMOVE_MODERN_BUILTINS, vmContext);
  runInContext(code, vmContext, { filename: 'Code.js' });
  return vmContext as Bundle;
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

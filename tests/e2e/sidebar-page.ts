// The built Sheets sidebar page in plain Chromium, shared by the sidebar tests: the browser, the
// page served at a URL with its start tab, a stand-in google.script.run, and the real answers the
// bundle gives on a filled Vạn Phúc report in a fake workbook.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BuiltSheets } from '../../apps-script/build.ts';
import { loadBundle, newGas, rowOf, type Bundle } from '../apps-script/helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import type { FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Real Chromium without the extension (the sidebar is a plain page). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * Loads the sidebar into `page`, starting on tab `view`. Served at a URL (no network: answered by
 * the route) so an init script runs before the page.
 */
export async function gotoSidebar(page: Page, html: string, view: string): Promise<void> {
  const body = html.replace('<meta name="cds-start" content="template">', `<meta name="cds-start" content="${view}">`);
  await page.route('https://sidebar.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto('https://sidebar.invalid/');
}

/**
 * google.script.run as HtmlService gives it: a fresh runner per use, async answers, failures by
 * handler, calls recorded in `window.__calls`. A negative `delayMs` holds each answer until the
 * page's `window.__release()`; `failOnce` names a function whose first call fails.
 */
export function scriptRunStub(answers: Record<string, unknown>, opts: { delayMs?: number; failOnce?: string } = {}): string {
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    const delay = ${opts.delayMs ?? 0};
    const failOnce = new Set(${JSON.stringify(opts.failOnce ? [opts.failOnce] : [])});
    window.__calls = [];
    window.__release = null;
    const runner = () => {
      let ok = () => {}, fail = () => {};
      return new Proxy({}, { get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => { ok = fn; return runner2(); };
        if (name === 'withFailureHandler') return (fn) => { fail = fn; return runner2(); };
        return (...args) => call(String(name), args, ok, fail);
      } });
      function runner2() { return new Proxy({}, { get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => { ok = fn; return runner2(); };
        if (name === 'withFailureHandler') return (fn) => { fail = fn; return runner2(); };
        return (...args) => call(String(name), args, ok, fail);
      } }); }
    };
    function call(name, args, ok, fail) {
      window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
      const answer = () => {
        if (failOnce.has(name)) { failOnce.delete(name); fail(new Error('Exception: Service Spreadsheets timed out')); return; }
        if (!(name in answers)) { fail(new Error('Script function not found: ' + name)); return; }
        ok(JSON.parse(JSON.stringify(answers[name])));
      };
      if (delay < 0) window.__release = answer; else setTimeout(answer, delay);
    }
    window.google = { script: { get run() { return runner(); } } };
  })();`;
}

/** A target's cell typed by code and column letter, as an officer types it. */
type Typist = (code: string, col: string, text: string) => void;

export interface VanPhucReport {
  gas: FakeGas;
  app: Bundle;
  sheet: FakeSheet;
  type: Typist;
  /** The answers of sidebarChoices and sidebarCreateTemplate. */
  choices: unknown;
  created: unknown;
}

/**
 * A fresh workbook with a Vạn Phúc report of Xã Vạn Phúc (H44.104) for 2025, filled the way officers
 * fill them: thousands dots, a percent, text in a number cell (CQS-05 is an error).
 */
export function filledVanPhuc(built: BuiltSheets): VanPhucReport {
  const gas = newGas();
  const app = loadBundle(gas, built);
  const choices = app.sidebarChoices();
  const created = app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: 'H44.104', period: '2025' });
  const sheet = gas.book.sheet('Báo cáo');
  const type: Typist = (code, col, text) => sheet.type(`${col}${rowOf(sheet, code)}`, text);
  type('CQS-01', 'C', '45');
  type('CQS-01', 'D', '50');
  type('CQS-02', 'E', '92%');
  type('CQS-04', 'C', '1.234');
  type('CQS-04', 'D', '1.500');
  type('CQS-05', 'C', 'abc');
  type('CQS-03', 'E', 'có');
  type('XHS-01', 'C', '8.100');
  type('XHS-01', 'D', '9.000');
  return { gas, app, sheet, type, choices, created };
}

/**
 * Saves a first quarter (Quý 1/2025, other CQS-01 and CQS-02 values) to the history, then puts the
 * report back to Quý 3/2025 with its own values, so the scorecard shows the change and the pace.
 * Returns the sidebarSaveHistory answer.
 */
export function withFirstQuarterSaved({ app, sheet, type }: VanPhucReport): unknown {
  const periodRow = sheet.snapshot().findIndex((l) => l[0] === 'Kỳ báo cáo') + 1;
  sheet.type(`B${periodRow}`, 'Quý 1/2025');
  type('CQS-01', 'C', '40');
  type('CQS-02', 'E', '95%');
  const saved = app.sidebarSaveHistory();
  sheet.type(`B${periodRow}`, 'Quý 3/2025');
  type('CQS-01', 'C', '45');
  type('CQS-02', 'E', '92%');
  return saved;
}

/** A clean Vạn Phúc report for Quý 3/2025 in a fresh workbook, ready for the status workflow. */
export function cleanVanPhuc(built: BuiltSheets): Bundle {
  const clean = newGas();
  const cleanApp = loadBundle(clean, built);
  cleanApp.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', period: 'Quý 3/2025' });
  return cleanApp;
}

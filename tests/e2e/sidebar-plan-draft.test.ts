// "Dán văn bản kế hoạch" in real Chromium: the officer pastes the plan document into the sidebar's
// box and sees the draft notice. google.script.run is a stand-in that answers what the real bundle
// answered on a fake workbook for the same text (so the counts in the notice are the core's).
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadBundle, newGas } from '../apps-script/helpers.ts';
import type { FakeSpreadsheet } from '../support/apps-script-fake/spreadsheet.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

// A short plan in the genre: three targets (one per line), one deadline, one award threshold.
const PLAN_TEXT = [
  'KẾ HOẠCH',
  'Phong trào thi đua chuyển đổi số xã Minh Tân năm 2026',
  'II. CHỈ TIÊU THI ĐUA',
  '- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên.',
  '- Tỷ lệ hộ gia đình có cáp quang đạt trên 85%.',
  '- Tỷ lệ hồ sơ giải quyết quá hạn dưới 3%.',
  'III. KHEN THƯỞNG',
  '- Tập thể đạt từ 90% tổng số điểm trở lên được tặng Giấy khen.',
  'IV. TỔ CHỨC THỰC HIỆN',
  '- Các thôn báo cáo kết quả trước ngày 15/11/2026.',
].join('\n');

let browser: Browser;
let html = '';
let answers: Record<string, unknown> = {};
let book: FakeSpreadsheet;

beforeAll(async () => {
  const built = await ensureBuilt();
  html = built.html;
  const gas = newGas();
  const app = loadBundle(gas, built);
  book = gas.book;
  answers = JSON.parse(JSON.stringify({
    sidebarChoices: app.sidebarChoices(),
    sidebarCreatePlanTab: app.sidebarCreatePlanTab({ fromText: PLAN_TEXT }),
  }));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

/** google.script.run as HtmlService gives it: chained handlers, asynchronous answers, calls recorded. */
function stub(): string {
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    window.__calls = [];
    const runner = (ok = () => {}, fail = () => {}) => new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, fail);
      if (name === 'withFailureHandler') return (fn) => runner(ok, fn);
      return (...args) => {
        window.__calls.push({ name: String(name), args: JSON.parse(JSON.stringify(args)) });
        setTimeout(() => (String(name) in answers ? ok(answers[String(name)]) : fail(new Error('Script function not found: ' + String(name)))), 0);
      };
    } });
    window.google = { script: { get run() { return runner(); } } };
  })();`;
}

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
  await page.addInitScript(stub());
  await page.route('https://sidebar.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('https://sidebar.invalid/');
  return page;
}

describe('sidebar: "Dán văn bản kế hoạch"', () => {
  it('the real bundle made a draft tab from the text (the answer the page is given)', () => {
    const tab = book.getSheets().map((s) => s.getName()).find((n) => n.startsWith('Kế hoạch'));
    expect(tab).toBeDefined();
    const done = answers.sidebarCreatePlanTab as { ok: boolean; value: { text: { vi: string } } };
    expect(done.ok).toBe(true);
    expect(done.value.text.vi).toMatch(/BẢN NHÁP.*3 chỉ tiêu, 1 thời hạn, 1 khen thưởng/);
  });

  it('pastes the plan text, sends it unchanged, and shows the draft notice; the box fits the 300 px sidebar', async () => {
    const page = await open();
    const box = page.getByLabel('Dán văn bản kế hoạch');
    await box.waitFor();
    expect(await page.locator('#cds-plan-text-help').innerText()).toMatch(/câu trích/);
    await box.fill(PLAN_TEXT);
    await page.getByRole('button', { name: 'Đọc văn bản, tạo bản nháp' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/BẢN NHÁP đọc từ văn bản: 3 chỉ tiêu, 1 thời hạn, 1 khen thưởng/);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.at(-1)).toEqual({ name: 'sidebarCreatePlanTab', args: [{ fromText: PLAN_TEXT }] });
    // The pasted text stays in the box (nothing the officer typed is thrown away).
    expect(await page.locator('#cds-plan-text').inputValue()).toBe(PLAN_TEXT);
    // Styled: a bordered text field as wide as the sidebar's column, never wider than the sidebar.
    const style = await page.locator('#cds-plan-text').evaluate((e) => {
      const s = getComputedStyle(e);
      return { border: s.borderTopStyle, sizing: s.boxSizing };
    });
    expect(style).toEqual({ border: 'solid', sizing: 'border-box' });
    const rect = await page.locator('#cds-plan-text').boundingBox();
    expect(rect!.x + rect!.width).toBeLessThanOrEqual(300);
    expect(rect!.width).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});

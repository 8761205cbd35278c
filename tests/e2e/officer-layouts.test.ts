// What an officer sees, in real Chromium with the built extension and the built Sheets sidebar:
// the docked panel never covers the portal's table (checked geometrically at 1024×768 and
// 1280×900, collapsed and expanded), remembers its state, and says where its figures come from;
// the options' unit search survives a Vietnamese input method's composition; the popup's actions
// are on its first screen; no word is broken and nothing overflows in the 300 px sidebar (vi, en)
// or in the panel. Screenshots go to test-output/officer-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser as PwBrowser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSheets } from '../../apps-script/build.ts';
import { ensureBuilt } from '../apps-script/helpers.ts';
import { cleanVanPhuc, filledVanPhuc, gotoSidebar, launchChromium, scriptRunStub, withFirstQuarterSaved } from './sidebar-page.ts';
import { launchWithExtension, PORTAL_PAGE, type Browser } from '../support/e2e-browser.ts';
import { fixture, NATIONAL, PHU_THO } from '../support/portal/fixtures.ts';
import { WIDE_STAND_IN_HTML } from './officer-stand-in.ts';

const OUT = join(import.meta.dirname, '../../test-output');
const HY_CUONG = 'H44.104';
const SIZES = [{ width: 1024, height: 768 }, { width: 1280, height: 900 }] as const;

interface Problem { kind: string; text: string; where: string }

/**
 * Runs in the page: every visible word of `root` must sit on one line (a word drawn on two lines is
 * a mid-word break; a break right after "-" or "/" is allowed), and nothing may reach past `maxRight`.
 */
const LAYOUT_PROBLEMS = `function layoutProblems(root, minLeft, maxRight) {
  const problems = [];
  const doc = root.ownerDocument || root;
  const hidden = (el) => Boolean(el.closest('select, option, script, style, noscript, .cds-visually-hidden, [aria-hidden="true"]'))
    || (el.closest('details:not([open])') && !el.closest('summary'));
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || hidden(parent) || parent.getClientRects().length === 0) continue;
    const text = n.textContent;
    const re = /[^\\s\\-\\/–—]+[\\-\\/–—]?/g;
    let m;
    while ((m = re.exec(text))) {
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
      const tops = new Set(rects.map((r) => Math.round(r.bottom)));
      const where = (parent.className && String(parent.className)) || parent.tagName;
      if (tops.size > 1) problems.push({ kind: 'broken-word', text: m[0], where });
      for (const r of rects) if (r.right > maxRight + 0.5 || r.left < minLeft - 0.5) problems.push({ kind: 'text-overflow', text: m[0] + ' @' + Math.round(r.left) + '–' + Math.round(r.right), where });
    }
  }
  for (const el of root.querySelectorAll('*')) {
    if (hidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > maxRight + 0.5 || r.left < minLeft - 0.5) problems.push({ kind: 'box-overflow', text: (el.textContent || '').slice(0, 40), where: el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '–' + Math.round(r.right) });
  }
  return problems;
}`;

/** Runs `fn` (a function source; `this` is the panel's shadow root) inside the panel, open or closed. */
async function inPanel<T>(page: Page, fn: string): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; children?: N[]; shadowRoots?: N[]; backendNodeId: number };
    const find = (n: N): N | null => {
      if (n.nodeName === 'CDS-PORTAL-PANEL') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root as N);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no panel on the page');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const res = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true, awaitPromise: true });
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Opens every source of the panel, then lists the layout problems inside the panel's own box. */
const panelLayoutProblems = (page: Page) => inPanel<Problem[]>(page, `function() {
  for (const d of this.querySelectorAll('details')) d.open = true;
  const panel = this.querySelector('section.cds-panel');
  const r = panel.getBoundingClientRect();
  return (${LAYOUT_PROBLEMS})(panel, r.left, r.right);
}`);

const panelState = (page: Page) => inPanel<{ collapsed: string | null; text: string } | null>(page,
  'function() { const s = this.querySelector("section.cds-panel"); return s ? { collapsed: s.getAttribute("data-collapsed"), text: s.textContent } : null; }');

/** The panel's box and whether any cell of the table's last column is hidden or off screen. */
async function coverage(page: Page) {
  const panel = await inPanel<{ left: number; top: number; right: number; bottom: number }>(page,
    'function() { const r = this.querySelector("section.cds-panel").getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }');
  const table = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const host = document.querySelector('cds-portal-panel');
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('#ranking tr')];
    let checked = 0;
    const problems: string[] = [];
    let lastRight = 0;
    for (const row of rows) {
      const cell = row.cells[row.cells.length - 1]!;
      const b = cell.getBoundingClientRect();
      lastRight = Math.max(lastRight, b.right);
      if (b.bottom <= 0 || b.top >= vh) continue;
      checked++;
      if (b.right > vw) problems.push(`row ${row.rowIndex}: last column ends at ${b.right} beyond the viewport ${vw}`);
      for (const [x, y] of [[b.left + 2, b.top + 2], [b.right - 2, b.top + 2], [b.left + 2, b.bottom - 2], [b.right - 2, b.bottom - 2]] as const) {
        if (y < 0 || y >= vh) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === cell || cell.contains(hit))) problems.push(`row ${row.rowIndex}: (${x},${y}) shows ${hit === host ? 'the panel' : hit?.tagName}`);
      }
    }
    return { checked, problems, lastRight, vw, vh };
  });
  return { panel, ...table };
}

function contrast(fg: string, bg: string): number {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const [a, b] = [lum(parse(fg)), lum(parse(bg))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('the extension for an officer (Chromium, built extension)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchWithExtension();
    const { context } = browser;
    await context.route(/^https:\/\/dichvucong\.gov\.vn\/danh-gia-chat-luong-phuc-vu(\?.*)?$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: WIDE_STAND_IN_HTML }),
    );
    await context.route('https://dichvucong.gov.vn/api/v1/reporting/evaluation/*', (route) => {
      const group = new URL(route.request().url()).pathname.split('/').pop()!;
      if (group === 'service-results') return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(fixture(NATIONAL)) });
      if (!(group in PHU_THO)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 201, contentType: 'application/json; charset=utf-8', body: JSON.stringify(fixture(PHU_THO[group as keyof typeof PHU_THO])) });
    });
    page = await context.newPage();
    await page.setViewportSize(SIZES[1]);
    await page.goto(PORTAL_PAGE);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Đã tải 163 đơn vị', null, { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the first time, docked beside the page: the table is narrowed, not covered', async () => {
    await expect.poll(async () => (await panelState(page))?.collapsed, { timeout: 10_000 }).toBe('false');
    const c = await coverage(page);
    expect(c.checked).toBeGreaterThan(5);
    expect(c.problems).toEqual([]);
    expect(c.lastRight).toBeLessThanOrEqual(c.panel.left + 0.5);
    expect(c.panel.right).toBe(c.vw);
  }, 30_000);

  it('options: the unit search keeps a Vietnamese word composed by the input method (Telex)', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const search = options.locator('#unit-search');
    await search.waitFor();
    await search.evaluate((el) => { (el as HTMLInputElement & { mark?: string }).mark = 'same-input'; });
    await search.focus();
    const cdp = await options.context().newCDPSession(options);
    await cdp.send('Input.insertText', { text: 'Hy ' });
    // Telex: C u w o w n g → "Cương", shown as a composition until the word is done.
    for (const step of ['C', 'Cu', 'Cư', 'Cươ', 'Cươn', 'Cương']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    await cdp.send('Input.insertText', { text: 'Cương' });
    await cdp.detach();
    expect(await search.inputValue()).toBe('Hy Cương');
    // the very same input element: the search did not redraw it
    expect(await search.evaluate((el) => (el as HTMLInputElement & { mark?: string }).mark)).toBe('same-input');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('unit-search');
    await expect.poll(() => options.locator(`#unit-results button[data-unit-code="${HY_CUONG}"]`).count()).toBe(1);
    await options.screenshot({ path: join(OUT, 'officer-options-composed.png') });

    await options.locator(`#unit-results button[data-unit-code="${HY_CUONG}"]`).click();
    await expect.poll(() => options.locator('#unit-current').textContent()).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    // the search text is still there after picking
    expect(await search.inputValue()).toBe('Hy Cương');
    await options.locator('#plan').selectOption('van-phuc-2023-2025');
    await options.locator('#report-url').fill('https://docs.google.com/spreadsheets/d/bao-cao-hy-cuong/edit');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#status').textContent()).toBe('Đã lưu.');
    await options.close();
  }, 60_000);

  it('expanded: every figure says where it comes from, and the 11 targets the portal cannot measure are listed', async () => {
    await page.bringToFront();
    await expect.poll(async () => (await panelState(page))?.text ?? '', { timeout: 10_000 }).toContain('64,24 / 100');
    const facts = await inPanel<{ totalSource: string; rule: string; counts: string; unmeasured: number; heading: string; link: string | null; targets: number }>(page, `function() {
      const q = (s) => this.querySelector(s);
      return {
        totalSource: q('[data-testid="total-source"]').textContent,
        rule: q('[data-group="TDGQ"] [data-testid="source-rule"]').textContent,
        counts: q('[data-group="TDGQ"] [data-testid="source-counts"]').textContent,
        unmeasured: this.querySelectorAll('[data-testid="unmeasured"] li[data-target-id]').length,
        heading: q('[data-testid="unmeasured"] h3').textContent,
        link: q('[data-testid="unmeasured"] a[data-action="report"]')?.getAttribute('href') ?? null,
        targets: this.querySelectorAll('[data-testid="targets"] tr[data-target-id]').length,
      };
    }`);
    expect(facts.totalSource).toBe('Năm 2026 · cộng điểm sáu nhóm Cổng công bố');
    expect(facts.rule).toBe('Điểm 766: 20 × tử số ÷ mẫu số');
    expect(facts.counts).toBe('Tử số 2.775 · Mẫu số 3.443');
    // Vạn Phúc's plan: 15 targets, 4 measured on the portal, 11 entered in the report
    expect(facts.targets).toBe(4);
    expect(facts.unmeasured).toBe(11);
    expect(facts.heading).toBe('Chỉ tiêu nhập trong báo cáo (11)');
    expect(facts.link).toBe('https://docs.google.com/spreadsheets/d/bao-cao-hy-cuong/edit');

    // "Xem dòng của đơn vị trên trang": the page scrolls to the unit's row
    await page.evaluate(() => window.scrollTo(0, 0));
    await inPanel(page, 'function() { this.querySelector(\'[data-action="show-row"]\').click(); }');
    await expect.poll(() => page.evaluate(() => {
      const row = [...document.querySelectorAll('#ranking tr')].find((r) => r.children[1]?.firstChild?.textContent === 'UBND xã Hy Cương');
      const b = row!.getBoundingClientRect();
      return b.top >= 0 && b.bottom <= window.innerHeight;
    })).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
  }, 30_000);

  for (const size of SIZES) {
    it(`expanded at ${size.width}×${size.height}: the table's last column is fully visible, no word broken in the panel`, async () => {
      await page.setViewportSize(size);
      await expect.poll(async () => (await panelState(page))?.collapsed).toBe('false');
      const c = await coverage(page);
      expect(c.checked).toBeGreaterThan(5);
      expect(c.problems).toEqual([]);
      expect(c.lastRight).toBeLessThanOrEqual(c.panel.left + 0.5);
      // docked: full height on the right, at most 40% of the width
      expect(c.panel.top).toBe(0);
      expect(c.panel.bottom).toBe(size.height);
      expect(c.panel.right - c.panel.left).toBeLessThanOrEqual(size.width * 0.4);
      // open every source, then check the words
      const problems = await panelLayoutProblems(page);
      expect(problems).toEqual([]);
      // "Thu gọn" is one button on one line, not "Thu" over "gọn"
      const toggleLines = await inPanel<number>(page, `function() {
        const b = this.querySelector('.cds-panel-header button[data-action="toggle"]');
        const range = document.createRange();
        range.selectNodeContents(b);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top))).size;
      }`);
      expect(toggleLines).toBe(1);
      await inPanel(page, 'function() { for (const d of this.querySelectorAll("details")) d.open = false; }');
      await page.screenshot({ path: join(OUT, `officer-panel-expanded-${size.width}.png`) });
    }, 30_000);
  }

  it('collapses to a chip (total, rank, n/m chỉ tiêu đạt) at 1024 and 1280; the table stays uncovered', async () => {
    await inPanel(page, 'function() { this.querySelector(\'button[data-action="toggle"]\').click(); }');
    await expect.poll(async () => (await panelState(page))?.collapsed).toBe('true');
    const chip = await inPanel<{ total: string; rank: string; met: string; expanded: string | null }>(page, `function() {
      const q = (s) => this.querySelector(s);
      return { total: q('[data-testid="chip-total"]').textContent, rank: q('[data-testid="chip-rank"]').textContent,
        met: q('[data-testid="chip-met"]').textContent, expanded: q('button.cds-chip').getAttribute('aria-expanded') };
    }`);
    expect(chip.total).toBe('64,24/100');
    expect(chip.rank).toMatch(/^Hạng \d+\/148$/);
    expect(chip.met).toBe('0/4 chỉ tiêu đạt');
    expect(chip.expanded).toBe('false');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const c = await coverage(page);
      expect(c.checked).toBeGreaterThan(5);
      expect(c.problems).toEqual([]);
      expect(c.lastRight).toBeLessThanOrEqual(c.panel.left + 0.5);
      expect(c.panel.right - c.panel.left).toBeLessThanOrEqual(160);
      expect(c.panel.bottom - c.panel.top).toBeLessThanOrEqual(160);
      await page.screenshot({ path: join(OUT, `officer-panel-collapsed-${size.width}.png`) });
    }
  }, 30_000);

  it('remembers its state across page loads, and expands from the keyboard', async () => {
    await page.reload();
    await expect.poll(async () => (await panelState(page))?.collapsed, { timeout: 10_000 }).toBe('true');
    await inPanel(page, 'function() { this.querySelector("button.cds-chip").focus(); }');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await panelState(page))?.collapsed).toBe('false');
    await page.reload();
    await expect.poll(async () => (await panelState(page))?.collapsed, { timeout: 10_000 }).toBe('false');
    // Escape folds it again
    await inPanel(page, 'function() { this.querySelector(\'button[data-action="toggle"]\').focus(); }');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await panelState(page))?.collapsed).toBe('true');
  }, 30_000);

  it('at the store screenshot size (1280×800) too, chip and panel leave the table uncovered', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await panelState(page))?.collapsed).toBe('true');
    expect((await coverage(page)).problems).toEqual([]);
    await page.screenshot({ path: join(OUT, 'store-chip-1280x800.png') });
    await inPanel(page, 'function() { this.querySelector(\'button[data-action="toggle"]\').click(); }');
    await expect.poll(async () => (await panelState(page))?.collapsed).toBe('false');
    const c = await coverage(page);
    expect(c.checked).toBeGreaterThan(5);
    expect(c.problems).toEqual([]);
    await page.screenshot({ path: join(OUT, 'store-panel-1280x800.png') });
    await inPanel(page, 'function() { this.querySelector(\'button[data-action="toggle"]\').click(); }');
    await expect.poll(async () => (await panelState(page))?.collapsed).toBe('true');

    // The small promo tile (440×280) from the extension's own icon and name; the text must fit.
    const tile = await browser.context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    const icon = readFileSync(join(import.meta.dirname, '../../extension/public/icon/128.png')).toString('base64');
    await tile.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:#0b5cad;color:#fff;font:600 26px/1.25 system-ui,sans-serif">
      <img src="data:image/png;base64,${icon}" width="112" height="112" alt=""><div id="t">Kế hoạch CĐS trên Chỉ số 766<div style="font:400 15px/1.4 system-ui,sans-serif;margin-top:8px">Tiến độ kế hoạch của đơn vị ngay trên Cổng DVCQG</div></div></body>`);
    expect(await tile.evaluate(() => document.documentElement.scrollWidth <= 440 && document.documentElement.scrollHeight <= 280)).toBe(true);
    await tile.screenshot({ path: join(OUT, 'store-promo-440x280.png') });
    await tile.close();
  }, 30_000);

  it('popup: copy, CSV and options are on the first screen with visible contrast; the CSV is Vietnamese', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 416, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#csv').waitFor();
    for (const id of ['#copy', '#csv', '#options']) {
      const box = (await popup.locator(id).boundingBox())!;
      expect(box.y + box.height, id).toBeLessThanOrEqual(600);
      expect(box.x + box.width, id).toBeLessThanOrEqual(416);
      const colors = await popup.locator(id).evaluate((b) => {
        const s = getComputedStyle(b);
        return { fg: s.color, bg: s.backgroundColor };
      });
      // an opaque background and text that reads on it (WCAG AA)
      expect(colors.bg, id).not.toMatch(/rgba\(.*, 0\)|transparent/);
      expect(contrast(colors.fg, colors.bg), `${id} ${colors.fg} on ${colors.bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // the whole popup, every source opened: no word broken, nothing wider than the popup
    await popup.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    expect(await popup.evaluate(`(${LAYOUT_PROBLEMS})(document.body, 0, 416)`)).toEqual([]);
    await popup.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = false; });
    await popup.screenshot({ path: join(OUT, 'officer-popup.png') });
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('#csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFPhần;Nội dung;Tử số;Mẫu số;Tỷ lệ (%);Điểm;Tối đa;Mục tiêu;Kết quả')).toBe(true);
    expect(csv).toContain('Nhóm chỉ số;Tiến độ giải quyết;;;;16,12;20;;');
    expect(csv).not.toMatch(/ORIGINAL_RESULT_AVAILABLE|TDGQ|CQS-\d/);
    await popup.close();
  }, 30_000);

  it('in English: the panel at 1024 breaks no word either', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#lang').selectOption('en');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#status').textContent()).toBe('Saved.');
    await options.close();
    await page.bringToFront();
    await page.setViewportSize(SIZES[0]);
    await inPanel(page, 'function() { this.querySelector(\'button[data-action="toggle"]\').click(); }');
    await expect.poll(async () => (await panelState(page))?.text ?? '').toContain('766 index: 64.24 / 100');
    const problems = await panelLayoutProblems(page);
    expect(problems).toEqual([]);
    const c = await coverage(page);
    expect(c.problems).toEqual([]);
    await inPanel(page, 'function() { for (const d of this.querySelectorAll("details")) d.open = false; }');
    await page.screenshot({ path: join(OUT, 'officer-panel-expanded-1024-en.png') });
  }, 30_000);
});

describe('the Sheets sidebar at 300 px (Chromium, built sidebar)', () => {
  let chromiumBrowser: PwBrowser;
  let built: BuiltSheets;
  let answers: Record<string, unknown> = {};

  /** The server functions' real answers on a filled Vạn Phúc report (same bundle, fake workbook). */
  function realAnswers(): Record<string, unknown> {
    const report = filledVanPhuc(built);
    const { app, choices, created } = report;
    // A first quarter in the history, so the scorecard tab also shows the change and the pace lines.
    withFirstQuarterSaved(report);
    // The status block after "Gửi báo cáo" by an officer with a long name (a clean report may be submitted).
    const cleanApp = cleanVanPhuc(built);
    return JSON.parse(JSON.stringify({
      sidebarSetStatus: cleanApp.sidebarSetStatus('submit', 'Nguyễn Thị Phương Thảo (Văn phòng HĐND-UBND xã)'),
      sidebarChoices: choices,
      sidebarCreateTemplate: created,
      sidebarValidate: app.sidebarValidate(),
      sidebarScore: app.sidebarScore('2025-10-20'),
      sidebarScorecard: app.sidebarScorecard('2025-10-20'),
      sidebarConsolidate: app.sidebarConsolidate(),
    }));
  }

  beforeAll(async () => {
    built = await ensureBuilt();
    answers = realAnswers();
    chromiumBrowser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await chromiumBrowser?.close();
  });

  const READY: Record<string, string> = {
    template: '#cds-plan option',
    issues: '.cds-issues',
    score: '.cds-scorecard',
    ranking: '.cds-ranking tbody tr',
  };

  for (const lang of ['vi', 'en'] as const) {
    for (const view of ['template', 'issues', 'score', 'ranking']) {
      it(`tab ${view} in ${lang}: no word broken, nothing wider than 300 px`, async () => {
        const page = await chromiumBrowser.newPage({ viewport: { width: 300, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript(scriptRunStub(answers));
        await gotoSidebar(page, built.html, view);
        await page.waitForSelector(READY[view]!, { state: 'attached' });
        // issue 11's pieces on each tab: the plan-tab section, the report status (submitted, so with
        // both review buttons), the change since the previous period and the pace, the flag and "include all"
        if (view === 'template') expect(await page.locator('.cds-plan-tab').count()).toBe(1);
        if (view === 'issues') {
          await page.getByLabel('Người thực hiện').fill('Nguyễn Thị Phương Thảo (Văn phòng HĐND-UBND xã)');
          await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
          await expect.poll(() => page.locator('.cds-status').getAttribute('data-status')).toBe('submitted');
          expect(await page.locator('.cds-status button').count()).toBe(2);
        }
        if (view === 'score') {
          expect(await page.locator('.cds-trend li[data-backwards]').count()).toBeGreaterThan(1);
          expect(await page.locator('.cds-pace li[data-meets]').count()).toBeGreaterThan(1);
        }
        if (view === 'ranking') {
          expect(await page.locator('.cds-ranking .cds-flag').count()).toBe(1);
          expect(await page.locator('#cds-include-all').count()).toBe(1);
        }
        if (lang === 'en') {
          await page.getByRole('button', { name: 'English' }).click();
          await expect.poll(() => page.locator('h1').innerText()).toBe('Digital transformation scorecard');
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
        const problems = await page.evaluate(`(${LAYOUT_PROBLEMS})(document.body, 0, 300)`);
        expect(problems).toEqual([]);
        // long target labels are clamped, their whole text kept in the title
        for (const c of await page.locator('.cds-clamp').all()) expect(await c.getAttribute('title')).toBe(await c.textContent());
        if (view === 'ranking') {
          // the card's first line is "1  ⚠ Xã Vạn Phúc": the unit right after its rank, not pushed across
          const [rank, unit] = await Promise.all([1, 2].map((k) => page.locator(`.cds-ranking tbody tr:first-child td:nth-child(${k})`).boundingBox()));
          expect(unit!.y).toBe(rank!.y);
          expect(rank!.width).toBeLessThanOrEqual(40); // the rank's column is as wide as "1", not as a status line
          expect(unit!.x - (rank!.x + rank!.width)).toBeLessThanOrEqual(16);
        }
        // no card line that names a column and shows nothing ("Được đề nghị khen" and a blank)
        expect(await page.locator('td[data-label]').evaluateAll((tds) => tds.filter((td) => (td.textContent ?? '').trim() === '').map((td) => td.getAttribute('data-label')))).toEqual([]);
        // the first screen, as the officer sees it in the 300 px sidebar (the checks above cover the whole page)
        await page.screenshot({ path: join(OUT, `officer-sidebar-${view}-${lang}.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }, 60_000);
    }
  }
});

// The printouts on paper: real Chromium prints `cds rank --html` and `cds score --html` to PDF
// (page.pdf, the page's own @page size), and pdf.js (the build shipped in unpdf) draws each PDF
// page on a canvas in the same browser for the screenshots in test-output/ — no poppler needed.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/helpers.ts';
import { ensureBuilt, loadBundle, newGas, rowOf } from '../apps-script/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output');
const PDFJS = readFileSync(join(ROOT, 'node_modules/unpdf/dist/pdfjs.mjs'), 'utf8');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const UNITS = ['Hộ Hải', 'Nhơn Hải', 'Tân Hải', 'Thanh Hải', 'Vĩnh Hải', 'Xuân Hải'];

let browser: Browser;
let work: { dir: string; cleanup: () => void };

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = tempDir();
  mkdirSync(join(work.dir, 'xa'));
  for (const f of readdirSync(join(ROOT, 'samples/ninh-hai-2023'))) copyFileSync(join(ROOT, 'samples/ninh-hai-2023', f), join(work.dir, 'xa', f));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
  work?.cleanup();
});

async function cdsHtml(...argv: string[]): Promise<string> {
  const run = await runCli(argv, { cwd: work.dir });
  expect(run.code).toBe(0);
  const out = argv[argv.indexOf('--html') + 1]!;
  return readFileSync(join(work.dir, out), 'utf8');
}

interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** Prints the page to PDF, then reads the PDF back with pdf.js: page sizes, text, a PNG of each page. */
async function printAndRead(html: string, name: string): Promise<PdfPage[]> {
  const context = await browser.newContext();
  // Nothing leaves the machine: the only origin is answered here.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const printed = await context.newPage();
  await printed.setContent(html, { waitUntil: 'load' });
  const pdf = await printed.pdf({ preferCSSPageSize: true, printBackground: true });

  const viewer = await context.newPage();
  await viewer.route('https://print.test/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pdfjs.mjs') return route.fulfill({ contentType: 'text/javascript', body: PDFJS });
    if (path === '/doc.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0;background:#9ca3af"><script type="module">
        const pdfjs = await import('/pdfjs.mjs');
        const data = new Uint8Array(await (await fetch('/doc.pdf')).arrayBuffer());
        const doc = await pdfjs.getDocument({ data }).promise;
        const pages = [];
        for (let i = 1; i <= doc.numPages; i++) {
          const page = await doc.getPage(i);
          const one = page.getViewport({ scale: 1 });
          const vp = page.getViewport({ scale: 1.5 });
          const canvas = document.createElement('canvas');
          canvas.width = vp.width; canvas.height = vp.height; canvas.dataset.page = String(i);
          canvas.style.cssText = 'display:block;margin:0 0 8px;background:#fff';
          document.body.append(canvas);
          await page.render({ canvasContext: canvas.getContext('2d'), viewport: vp }).promise;
          const content = await page.getTextContent();
          pages.push({ width: one.width, height: one.height, text: content.items.map((x) => x.str).join(' ') });
        }
        window.__pages = pages;
      </script></body>`,
    });
  });
  await viewer.goto('https://print.test/');
  await viewer.waitForFunction(() => Array.isArray((window as unknown as { __pages?: unknown }).__pages));
  const pages = await viewer.evaluate(() => (window as unknown as { __pages: PdfPage[] }).__pages);
  for (let i = 1; i <= pages.length; i++) await viewer.locator(`canvas[data-page="${i}"]`).screenshot({ path: join(OUT, `print-${name}-p${i}.png`) });
  await context.close();
  return pages;
}

/** pdf.js gives text in pieces; compare without spaces. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe('printed ranking (6 communes)', () => {
  it('prints landscape A4 with all six communes, the awards and both signature blocks on page 1', async () => {
    const html = await cdsHtml('rank', 'xa', '--plan', 'ninh-hai-2023', '--html', 'xep-hang.html', '--date', '30/11/2023');
    const pages = await printAndRead(html, 'ranking');
    const first = squash(pages[0]!.text);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height); // landscape
    expect(Math.round(pages[0]!.width)).toBe(842); // A4 in points
    for (const unit of UNITS) expect(first).toContain(squash(unit));
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Đề nghị khen thưởng']) expect(first).toContain(squash(s));
    // At most one more page, and only for the annex of sources.
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const p of pages.slice(1)) {
      expect(squash(p.text)).toContain(squash('Phụ lục'));
      expect(squash(p.text)).not.toContain(squash('điểm ('));
    }
  });

  it('gives the notes column the room for sentences when printed', async () => {
    const html = await cdsHtml('rank', 'xa', '--plan', 'ninh-hai-2023', '--html', 'xep-hang-2.html', '--date', '30/11/2023');
    const page = await browser.newPage({ viewport: { width: 971, height: 700 } }); // 257 mm: the landscape page less its margins
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html);
    const widths = await page.locator('table.ranking thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    const lastCell = await page.locator('table.ranking tbody tr').nth(1).locator('td').last().evaluate((td) => {
      const lines = Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight));
      return { width: td.getBoundingClientRect().width, lines };
    });
    await page.close();
    expect(widths).toHaveLength(5);
    expect(widths.at(-1)!).toBeGreaterThanOrEqual(250);
    expect(widths.at(-1)!).toBe(Math.max(...widths));
    // Thanh Hải's reason (a whole criterion) fits in a few lines, not one word a line.
    expect(lastCell.lines).toBeLessThanOrEqual(4);
  });
});

describe('printed scorecard', () => {
  it('prints portrait A4: motto on page 1, signatures on the last page, no file path anywhere', async () => {
    const html = await cdsHtml('score', 'xa/vinh-hai.csv', '--html', 'vinh-hai.html', '--date', '30/11/2023', '--number', '25/BC-UBND', '--place', 'Vĩnh Hải');
    const pages = await printAndRead(html, 'scorecard');
    expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width); // portrait
    expect(Math.round(pages[0]!.width)).toBe(595);
    const first = squash(pages[0]!.text);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 25/BC-UBND', 'Vĩnh Hải, ngày 30 tháng 11 năm 2023', 'BÁO CÁO', 'UBND XÃ VĨNH HẢI']) expect(first).toContain(squash(s));
    const all = squash(pages.map((p) => p.text).join(' '));
    expect(all).toContain(squash('NGƯỜI LẬP BIỂU'));
    expect(all).not.toContain('xa/');
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

describe('the add-on’s "In bảng điểm" dialog', () => {
  it('shows the same document with a print button that the paper leaves out', async () => {
    const gas = newGas();
    const app = loadBundle(gas, await ensureBuilt());
    app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: 'H44.104', period: '2025' });
    const sheet = gas.book.sheet('Báo cáo');
    sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
    sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
    sheet.type(`C${rowOf(sheet, 'CQS-05')}`, 'abc');
    app.menuPrintScorecard();
    const html = gas.ui.dialogs[0]!.output.getContent();
    const page = await browser.newPage({ viewport: { width: 860, height: 640 } }); // the dialog's size
    await page.setContent(html);
    const button = page.getByRole('button', { name: 'In' });
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(page.locator('tr.flagged').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'print-addon-dialog.png') });
    await page.emulateMedia({ media: 'print' });
    await expect(button.isVisible()).resolves.toBe(false);
    await page.close();
  });
});

// The sidebar page (dist/Sidebar.html) in real Chromium, with a stand-in google.script.run that
// answers what the real server code answered on a fake workbook (same bundle, same data).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSheets } from '../../apps-script/build.ts';
import { ensureBuilt } from '../apps-script/helpers.ts';
import { cleanVanPhuc, filledVanPhuc, gotoSidebar, launchChromium, scriptRunStub, withFirstQuarterSaved } from './sidebar-page.ts';

const OUT = join(import.meta.dirname, '../../test-output');

let browser: Browser;
let built: BuiltSheets;
let html = '';
let answers: Record<string, unknown> = {};

/** Real answers from the bundle: a filled Vạn Phúc report, checked and scored; a small ranking. */
function realAnswers(): Record<string, unknown> {
  const report = filledVanPhuc(built);
  const { app, choices, created, type } = report;
  type('KTS-01', 'E', '12');
  type('TT-01', 'E', 'có');
  // A first quarter saved to the history, so the scorecard shows the change and the pace.
  const saved = withFirstQuarterSaved(report);
  const validation = app.sidebarValidate();
  const score = app.sidebarScore('2025-10-20');
  const scorecard = app.sidebarScorecard('2025-10-20');
  const ranking = app.sidebarConsolidate();
  const planTab = app.sidebarCreatePlanTab({ fromPlanId: 'cat-ne-2024' });
  // A clean report for the status workflow: submitted by the officer.
  const submitted = cleanVanPhuc(built).sidebarSetStatus('submit', 'Cán bộ A');
  return JSON.parse(JSON.stringify({
    sidebarChoices: choices,
    sidebarCreateTemplate: created,
    sidebarValidate: validation,
    sidebarScore: score,
    sidebarScorecard: scorecard,
    sidebarConsolidate: ranking,
    sidebarCreatePlanTab: planTab,
    sidebarSaveHistory: saved,
    sidebarSetStatus: submitted,
    sidebarSelectCell: { ok: true, value: { sheet: 'Báo cáo', a1: 'C13' } },
    sidebarClearMarks: { ok: true, value: { count: 3, text: { vi: 'Đã xóa 3 đánh dấu kiểm tra.', en: 'Cleared 3 check marks.' } } },
  }));
}

async function open(view: string, opts: { delayMs?: number; failOnce?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.addInitScript(scriptRunStub(answers, opts));
  await gotoSidebar(page, html, view);
  return page;
}

beforeAll(async () => {
  built = await ensureBuilt();
  html = built.html;
  answers = realAnswers();
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('sidebar in Chromium', () => {
  it('shows the scorecard with the extension panel’s renderer, toggles language without a new call, and is screenshotted', async () => {
    const page = await open('score');
    await page.waitForSelector('.cds-scorecard');
    expect(await page.locator('#cds-panel').getAttribute('aria-busy')).toBe('false');
    const total = await page.locator('[data-testid="cds-total"]').innerText();
    expect(total).toMatch(/điểm/);
    expect(await page.locator('.cds-scorecard h3').allInnerTexts()).toContain('Chính quyền số');
    expect(await page.locator('.cds-bar[role="meter"]').count()).toBeGreaterThan(3);
    expect(await page.locator('.cds-sidebar').innerText()).toMatch(/Khen thưởng/);
    expect(await page.locator('.cds-sidebar').innerText()).toMatch(/Hạn|hạn/);
    expect(await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls)).toEqual([
      { name: 'sidebarScore', args: [expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)] },
    ]);
    // Sheets' sidebar is 300 px wide: nothing may overflow sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(OUT, 'sheets-sidebar.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Digital transformation scorecard');
    expect(await page.locator('.cds-scorecard h3').allInnerTexts()).toContain('Digital government');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls.length)).toBe(1);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('lists the issues; clicking one asks the server to select its cell', async () => {
    const page = await open('issues');
    await page.waitForSelector('.cds-issues');
    const first = page.locator('button.cds-issue', { hasText: 'abc' }).first();
    await first.click();
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.map((c) => c.name)).toEqual(['sidebarValidate', 'sidebarSelectCell']);
    expect(calls[1]!.args[0]).toMatchObject({ sheet: 'Báo cáo', a1: expect.stringMatching(/^C\d+$/) });
    expect(await page.locator('.cds-summary').innerText()).toMatch(/lỗi/);
    await page.close();
  });

  it('shows a loading state, then a failure with a retry that works', async () => {
    const page = await open('issues', { delayMs: -1, failOnce: 'sidebarValidate' });
    await page.waitForSelector('.cds-spinner');
    expect(await page.locator('#cds-panel').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('status').innerText()).toMatch(/Đang xử lý/);
    expect(await page.getByRole('button', { name: 'Kiểm tra lại' }).isDisabled()).toBe(true);
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/timed out/);
    // Focus goes to the retry button so a keyboard user can act at once.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Thử lại');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.waitForSelector('.cds-issues');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('creates a template from a labelled form', async () => {
    const page = await open('template');
    await page.waitForSelector('#cds-plan option', { state: 'attached' });
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption('van-phuc-2023-2025');
    await page.getByLabel('Tên đơn vị').fill('Xã Vạn Phúc');
    await page.getByLabel('Kỳ báo cáo').fill('2025');
    await page.getByRole('button', { name: 'Tạo mẫu' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Đã tạo trang "Báo cáo"/);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.at(-1)).toEqual({ name: 'sidebarCreateTemplate', args: [{ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: '', level: '', period: '2025', group: '' }] });
    await page.close();
  });

  it('offers the target group, and "Tạo kế hoạch" from a bundled plan', async () => {
    const page = await open('template');
    await page.waitForSelector('#cds-plan-from option', { state: 'attached' });
    await page.getByLabel('Đối tượng').selectOption('village');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption('van-phuc-2023-2025');
    await page.getByRole('button', { name: 'Tạo mẫu' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Đã tạo trang/);
    expect(await page.getByRole('heading', { name: 'Kế hoạch của đơn vị' }).count()).toBe(1);
    await page.getByLabel('Bắt đầu từ').selectOption('cat-ne-2024');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Đã tạo trang "Kế hoạch.*" từ kế hoạch/);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.slice(-2)).toEqual([
      { name: 'sidebarCreateTemplate', args: [expect.objectContaining({ planId: 'van-phuc-2023-2025', group: 'village' })] },
      { name: 'sidebarCreatePlanTab', args: [{ fromPlanId: 'cat-ne-2024' }] },
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('shows the change since the previous period, regressions first, and the pace line', async () => {
    const page = await open('scorecard');
    await page.waitForSelector('.cds-trend');
    expect(await page.locator('.cds-trend h3').first().innerText()).toBe('Thay đổi so với kỳ trước (Quý 1/2025)');
    const first = page.locator('.cds-trend li[data-backwards]').first();
    expect(await first.getAttribute('data-backwards')).toBe('true'); // CQS-02 went from 95% to 92%
    expect(await first.innerText()).toMatch(/^CQS-02 — 95% → 92% \(-3 điểm %\) \(giảm\)$/);
    expect(await page.locator('.cds-trend li[data-backwards][data-target="CQS-01"]').innerText()).toMatch(/80% → 90% \(\+10 điểm %\)/);
    expect(await page.locator('.cds-pace li[data-target="CQS-01"]').innerText()).toMatch(/Với tốc độ này: .* vào 31\/12\/2025/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.cds-trend h3').first().innerText()).toBe('Change since the previous period (Q1 2025)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(OUT, 'sheets-sidebar-trend.png'), fullPage: true });
    await page.close();
  });

  it('shows the report status and submits it with the officer’s name', async () => {
    const page = await open('issues');
    await page.waitForSelector('.cds-status');
    expect(await page.locator('.cds-status').getAttribute('data-status')).toBe('draft');
    expect(await page.locator('.cds-status-now').innerText()).toBe('Đang nhập');
    expect(await page.locator('.cds-status button').allInnerTexts()).toEqual(['Gửi báo cáo']);
    await page.getByLabel('Người thực hiện').fill('Cán bộ A');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => page.locator('.cds-status').getAttribute('data-status')).toBe('submitted');
    expect(await page.locator('.cds-status-now').innerText()).toMatch(/^Đã gửi — Cán bộ A — \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await page.locator('.cds-status button').allInnerTexts()).toEqual(['Duyệt', 'Trả lại']);
    const calls = await page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls.at(-1)).toEqual({ name: 'sidebarSetStatus', args: ['submit', 'Cán bộ A'] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    // the block wraps inside the sidebar (not the one-line pill a target's status is)
    const box = await page.locator('.cds-status').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(300);
    expect(box!.height).toBeGreaterThan(60);
    // the time stays on one line (not "2025-10-" over "20 09:15")
    const when = await page.locator('.cds-status-now .cds-when').evaluate((n) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top))).size;
    });
    expect(when).toBe(1);
    await page.locator('.cds-status').screenshot({ path: join(OUT, 'sheets-sidebar-status.png') });
    await page.close();
  });

  it('shows the ranking and moves between tabs with the arrow keys', async () => {
    const page = await open('ranking');
    await page.waitForSelector('.cds-ranking tbody tr');
    expect(await page.locator('.cds-ranking tbody tr').count()).toBe(1);
    // The unit's report has data errors: its row carries a mark.
    expect(await page.locator('.cds-ranking tbody tr').first().getAttribute('data-flagged')).toBe('true');
    expect(await page.locator('.cds-ranking tbody tr .cds-flag').count()).toBe(1);
    expect(await page.getByLabel('Tính cả báo cáo chưa gửi').isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Lưu kỳ — mọi đơn vị' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.getByRole('tab', { name: 'Tổng hợp' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Bảng điểm' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });
});

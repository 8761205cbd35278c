// End to end in real Chromium with the built extension: a stand-in page at the portal's real URL
// calls the evaluation API like the real application (answered from the fixtures, HTTP 201); the
// officer picks the unit and plan in the options page; the panel's figures, targets, a period
// switch and a malformed payload are checked; a screenshot goes to test-output/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, PORTAL_PAGE, type Browser } from '../extension/e2e-browser.ts';
import { STAND_IN_HTML } from '../extension/stand-in-page.ts';
import { fixture, NATIONAL, PHU_THO } from '../portal/helpers.ts';
import { getPlan } from '../../shared/data/index.ts';

const HY_CUONG = 'H44.104';
type Kind = 'year' | 'quarter' | 'month';

/** The fixtures as the portal answers them for each period (quarter and month made from the year). */
function payloadFor(group: keyof typeof PHU_THO, kind: Kind): unknown {
  const body = fixture(PHU_THO[group]);
  const row = (rows: any[]) => rows.find((r) => r.departmentId === '019d2be3-6ab4-74ce-8a81-2639f02edb61');
  if (kind === 'quarter') {
    if (group === 'dvc-progress-tree') Object.assign(row(body.data.children), { totalReceived: 1000, totalOnTime: 950, ratio: 95, score: 19 });
    if (group === 'dossier-digitized') {
      const r = row(body.data.evaluation);
      Object.assign(r.metrics[0], { numerator: 1000, denominator: 1000, ratio: 100, score: 6 });
      r.totalScore = 11.05;
    }
    if (group === 'handling-satisfaction') {
      const r = row(body.data.evaluation);
      Object.assign(r.metrics[1], { numerator: 930, denominator: 1000, ratio: 93, score: 6 });
      r.totalScore = 18;
    }
  }
  if (kind === 'month') {
    if (group === 'dvc-progress-tree') Object.assign(row(body.data.children), { totalReceived: 100, totalOnTime: 75, ratio: 75, score: 15 });
    // The portal "changes its format" for this group: the list of rows is renamed.
    if (group === 'dossier-digitized') {
      body.data.rows = body.data.evaluation;
      delete body.data.evaluation;
    }
  }
  return body;
}

function kindOf(request: Record<string, unknown>): Kind {
  if (request.timeType === 'quarter' || request.fromDate === '2026-07-01') return 'quarter';
  if (request.timeType === 'month' || request.fromDate === '2026-08-01') return 'month';
  return 'year';
}

/** Rank of Hy Cương among the province's communes in the year fixtures, summed here from the raw JSON. */
function yearRank(): { rank: number; of: number } {
  const sums = new Map<string, number>();
  const communes = new Set<string>();
  for (const name of Object.values(PHU_THO)) {
    const d = fixture(name).data;
    for (const r of d.children ?? d.evaluation) {
      sums.set(r.departmentId, (sums.get(r.departmentId) ?? 0) + (r.score ?? r.totalScore));
      if (r.level === 'COMMUNE' || r.departmentLevel === 'COMMUNE') communes.add(r.departmentId);
    }
  }
  const totals = [...communes].map((id) => Math.round(sums.get(id)! * 100) / 100);
  return { rank: 1 + totals.filter((t) => t > 64.24).length, of: totals.length };
}

describe('the extension on the portal page (Chromium, built extension)', () => {
  let browser: Browser;
  let page: Page;
  const apiCalls: string[] = [];
  const requestBodies: Record<string, unknown>[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    const { context } = browser;
    await context.route(/^https:\/\/dichvucong\.gov\.vn\/danh-gia-chat-luong-phuc-vu(\?.*)?$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STAND_IN_HTML }),
    );
    await context.route('https://dichvucong.gov.vn/api/v1/reporting/evaluation/*', (route) => {
      const req = route.request();
      const group = new URL(req.url()).pathname.split('/').pop() as keyof typeof PHU_THO;
      const request = req.postDataJSON() ?? {};
      const kind = kindOf(request);
      apiCalls.push(`${group}:${kind}`);
      requestBodies.push(request);
      if (group === ('service-results' as string)) return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(fixture(NATIONAL)) });
      if (!(group in PHU_THO)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 201, contentType: 'application/json; charset=utf-8', body: JSON.stringify(payloadFor(group, kind)) });
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const panel = () => page.locator('cds-portal-panel');

  it('captures the page’s payloads and asks for a unit before anything else', async () => {
    await page.goto(PORTAL_PAGE);
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã tải 163 đơn vị');
    await expect.poll(() => panel().locator('[data-testid="message"]').textContent()).toContain('Chưa chọn đơn vị');
    // The page's own table is intact: observing changed nothing.
    expect(await page.locator('#ranking tbody tr').count()).toBe(163);
    expect(apiCalls.filter((c) => c.endsWith(':year'))).toHaveLength(6);
  }, 60_000);

  it('sets my unit and my plan through the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#unit-search').fill('Hy Cương');
    await options.locator(`button[data-unit-code="${HY_CUONG}"]`).click();
    await expect.poll(() => options.locator('#unit-current').textContent()).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    // A plan file with a mistake: the error names the field
    const broken = { ...getPlan('hung-dao-2023')!, id: 'xa-cua-toi', targets: [{ ...getPlan('hung-dao-2023')!.targets[0]!, value: 'tám mươi' }] };
    await options.locator('#plan-file').setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => options.locator('#import-messages').textContent()).toContain('Kế hoạch có lỗi:');
    expect(await options.locator('#import-messages').textContent()).toContain('targets[0].value');
    // A good one is imported and offered in the plan list
    const good = { ...getPlan('hung-dao-2023')!, id: 'xa-cua-toi-2026' };
    await options.locator('#plan-file').setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => options.locator('#import-messages').textContent()).toContain('Đã nhập kế hoạch');
    expect(await options.locator('#plan option[value="xa-cua-toi-2026"]').count()).toBe(1);
    await options.locator('#plan').selectOption('van-phuc-2023-2025');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#status').textContent()).toBe('Đã lưu.');
    await options.close();
  }, 60_000);

  it('shows my unit’s 766 figures, rank, groups and plan targets', async () => {
    await page.bringToFront();
    const total = panel().locator('[data-testid="total"]');
    await expect.poll(() => total.textContent(), { timeout: 10_000 }).toContain('Chỉ số 766: 64,24 / 100');
    const { rank, of } = yearRank();
    expect(await panel().locator('[data-testid="rank"]').textContent()).toBe(`Hạng ${rank}/${of} trong tỉnh`);
    expect(await panel().locator('[data-testid="unit"]').textContent()).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    expect(await panel().locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('16,12/20');
    expect(await panel().locator('[data-group="MDSH"] .cds-bar-value').textContent()).toBe('9,52/22');
    // ORIGINAL_RESULT_AVAILABLE 2564/3443 = 74,47% against "100% kết quả giải quyết TTHC được số hóa"
    const ora = panel().locator('tr[data-target-id="CQS-07"]');
    expect(await ora.locator('td').nth(1).textContent()).toBe('74,47%');
    expect(await ora.locator('.cds-status').textContent()).toBe('✗ Chưa đạt');
    // satisfaction 2775/3443 = 80,6% against ≥ 90%
    expect(await panel().locator('tr[data-target-id="CQS-02"] td').nth(1).textContent()).toBe('80,6%');
    // TTHC with an online payment 16/40 = 40% against ≥ 80%
    expect(await panel().locator('tr[data-target-id="CQS-10"] td').nth(1).textContent()).toBe('40%');
    expect(await panel().locator('[data-testid="priorities"] li').first().textContent()).toContain('+6 điểm');
    expect(await panel().locator('[data-testid="period"]').textContent()).toMatch(/^Năm 2026 · đọc lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    // The badge next to my unit's row in the page's table
    const badge = page.locator('#ranking [data-cds-badge]');
    await expect.poll(() => badge.textContent()).toBe('64,24/100 · 0/4 đạt');
    expect(await badge.evaluate((b) => b.closest('tr')?.children[1]?.firstChild?.textContent)).toBe('UBND xã Hy Cương');
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/extension-panel.png' });
  }, 60_000);

  it('is keyboard accessible and collapsible', async () => {
    const toggle = panel().locator('button[data-action="toggle"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel().locator('section').first().getAttribute('data-collapsed')).toBe('true');
    expect(await panel().locator('button[data-action="toggle"]').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel().locator('section').first().getAttribute('data-collapsed')).toBe('false');
  }, 30_000);

  it('follows a period switch: the new payloads replace the old ones', async () => {
    await page.locator('#period').selectOption('quarter');
    const total = panel().locator('[data-testid="total"]');
    // 7,96 + 19 + 6,4 + 6,87 + 18 + 11,05 = 69,28
    await expect.poll(() => total.textContent(), { timeout: 10_000 }).toContain('69,28 / 100');
    expect(await panel().locator('[data-testid="period"]').textContent()).toMatch(/^Quý 3\/2026 · /);
    expect(await panel().locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('19/20');
    const ora = panel().locator('tr[data-target-id="CQS-07"]');
    expect(await ora.locator('td').nth(1).textContent()).toBe('100%');
    expect(await ora.locator('.cds-status').textContent()).toBe('✓ Đạt');
  }, 60_000);

  it('a malformed payload shows the notice, keeps the rest, and leaves no stale number', async () => {
    await page.locator('#period').selectOption('month');
    const notice = panel().locator('[data-testid="notice"]');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
    expect(await panel().locator('[data-testid="period"]').textContent()).toMatch(/^Tháng 08\/2026 · /);
    // The other groups are read (month figures)…
    expect(await panel().locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('15/20');
    // …the broken group shows no number, neither the quarter's 11,05 nor anything else
    expect(await panel().locator('[data-group="MDSH"] .cds-bar-value').textContent()).toBe('—/22');
    expect(await panel().locator('[data-testid="total"]').textContent()).toContain('Chỉ số 766: — / 100');
    const ora = panel().locator('tr[data-target-id="CQS-07"]');
    expect(await ora.locator('td').nth(1).textContent()).toBe('chưa báo cáo');
    expect(await panel().textContent()).not.toContain('11,05');
    // The page itself kept working
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã tải 163 đơn vị');
    await page.screenshot({ path: 'test-output/extension-panel-format-changed.png' });
  }, 60_000);

  it('follows the application’s in-page navigation', async () => {
    await page.evaluate(() => history.pushState({}, '', '/p/home/dvc-trang-chu.html'));
    await expect.poll(() => panel().count(), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/danh-gia-chat-luong-phuc-vu'));
    await expect.poll(() => panel().count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel().locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('15/20');
  }, 30_000);

  it('requests nothing by itself; “Tải số liệu cho đơn vị của tôi” loads my province on request', async () => {
    const quiet = await browser.context.newPage();
    const before = apiCalls.length;
    await quiet.goto(`${PORTAL_PAGE}?noload`);
    const p = quiet.locator('cds-portal-panel');
    await expect.poll(() => p.locator('[data-testid="message"]').textContent()).toContain('Chưa có số liệu cho H44.104');
    await quiet.waitForTimeout(1500);
    expect(apiCalls.length).toBe(before);
    await p.locator('button[data-action="load"]').click();
    await expect.poll(() => p.locator('[data-testid="total"]').textContent(), { timeout: 10_000 }).toContain('64,24 / 100');
    const calls = apiCalls.slice(before);
    expect(calls.map((c) => c.split(':')[0]).sort()).toEqual(['dossier-digitized', 'dvc-progress-tree', 'formality-online-payment-tree', 'handling-satisfaction', 'provide-online-tree', 'service-results', 'transparency']);
    // the province of my unit, as the options page stored it from the payloads
    expect(requestBodies.slice(before).every((b) => b.rootDepartmentId === '019d2be3-6a88-732b-8b17-b68020c8553a')).toBe(true);
    await quiet.close();
  }, 60_000);

  it('the popup shows the last figures seen for my unit', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('[data-testid="unit"]').textContent()).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    // the latest figures written: the year loaded by the button in the previous test
    expect(await popup.locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('16,12/20');
    // nothing was on screen, so the button asked for the current year
    expect(await popup.locator('[data-testid="period"]').textContent()).toContain(`Năm ${new Date().getFullYear()} · đọc lúc `);
    expect(await popup.locator('#copy').isVisible()).toBe(true);
    expect(await popup.locator('#csv').isVisible()).toBe(true);
    await popup.close();
  }, 30_000);
});

// End to end in real Chromium with the built extension: a stand-in page at the portal's real URL
// calls the evaluation API like the real application (answered from the fixtures, HTTP 201); the
// officer picks the unit and plan in the options page; the panel's figures, targets, a period
// switch and a malformed payload are checked; a screenshot goes to test-output/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ClosedPanel, extensionStorage, launchWithExtension, PORTAL_PAGE, type Browser } from '../support/e2e-browser.ts';
import { STAND_IN_HTML } from '../extension/stand-in-page.ts';
import { fixture, NATIONAL, PHU_THO } from '../support/portal/fixtures.ts';
import { getPlan } from '../../shared/data/index.ts';

const HY_CUONG = 'H44.104';
/** Conditions are waited for, never fixed times: generous on a loaded machine, instant when ready. */
const POLL = { timeout: 30_000, interval: 100 };
type Kind = 'year' | 'quarter' | 'quarter2' | 'month';

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
  // Quý 2/2026: only the progress group differs from the year (18/20 instead of 16,12/20).
  if (kind === 'quarter2' && group === 'dvc-progress-tree') Object.assign(row(body.data.children), { totalReceived: 1000, totalOnTime: 900, ratio: 90, score: 18 });
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
  if (request.quarter === 2 || request.fromDate === '2026-04-01') return 'quarter2';
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
    P = new ClosedPanel(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // The panel's shadow root is closed: read through the DevTools protocol (see ClosedPanel).
  let P: ClosedPanel;
  const host = () => page.locator('cds-portal-panel');

  it('captures the page’s payloads and asks for a unit before anything else', async () => {
    await page.goto(PORTAL_PAGE);
    await expect.poll(() => page.locator('#status').textContent(), POLL).toBe('Đã tải 163 đơn vị');
    await expect.poll(() => P.text('[data-testid="message"]'), POLL).toContain('Chưa chọn đơn vị');
    // The page's own table is intact: observing changed nothing.
    expect(await page.locator('#ranking tbody tr').count()).toBe(163);
    expect(apiCalls.filter((c) => c.endsWith(':year'))).toHaveLength(6);
    // The units seen, collected in idle time after the panel is drawn: eventually all 164.
    await expect.poll(async () => ((await extensionStorage(browser, 'seenUnits')) as unknown[] | undefined)?.length, POLL).toBe(164);
  }, 60_000);

  it('sets my unit and my plan through the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#unit-search').fill('Hy Cương');
    await options.locator(`button[data-unit-code="${HY_CUONG}"]`).click();
    await expect.poll(() => options.locator('#unit-current').textContent(), POLL).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    // A plan file with a mistake: the error names the field
    const broken = { ...getPlan('hung-dao-2023')!, id: 'xa-cua-toi', targets: [{ ...getPlan('hung-dao-2023')!.targets[0]!, value: 'tám mươi' }] };
    await options.locator('#plan-file').setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => options.locator('#import-messages').textContent(), POLL).toContain('Kế hoạch có lỗi:');
    expect(await options.locator('#import-messages').textContent()).toContain('targets[0].value');
    // A good one is imported and offered in the plan list
    const good = { ...getPlan('hung-dao-2023')!, id: 'xa-cua-toi-2026' };
    await options.locator('#plan-file').setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => options.locator('#import-messages').textContent(), POLL).toContain('Đã nhập kế hoạch');
    expect(await options.locator('#plan option[value="xa-cua-toi-2026"]').count()).toBe(1);
    await options.locator('#plan').selectOption('van-phuc-2023-2025');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#status').textContent(), POLL).toBe('Đã lưu.');
    await options.close();
  }, 60_000);

  it('shows my unit’s 766 figures, rank, groups and plan targets', async () => {
    await page.bringToFront();
    await expect.poll(() => P.text('[data-testid="total"]'), POLL).toContain('Chỉ số 766: 64,24 / 100');
    // closed: the page's own scripts cannot reach the panel
    expect(await P.pageSeesRoot()).toBe(false);
    const { rank, of } = yearRank();
    expect(await P.text('[data-testid="rank"]')).toBe(`Hạng ${rank}/${of} trong tỉnh`);
    expect(await P.text('[data-testid="unit"]')).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    expect(await P.text('[data-group="TDGQ"] .cds-bar-value')).toBe('16,12/20');
    expect(await P.text('[data-group="MDSH"] .cds-bar-value')).toBe('9,52/22');
    // ORIGINAL_RESULT_AVAILABLE 2564/3443 = 74,47% against "100% kết quả giải quyết TTHC được số hóa"
    expect(await P.nthText('tr[data-target-id="CQS-07"] td', 1)).toBe('74,47%');
    expect(await P.text('tr[data-target-id="CQS-07"] .cds-status')).toBe('✗ Chưa đạt');
    // satisfaction 2775/3443 = 80,6% against ≥ 90%
    expect(await P.nthText('tr[data-target-id="CQS-02"] td', 1)).toBe('80,6%');
    // TTHC with an online payment 16/40 = 40% against ≥ 80%
    expect(await P.nthText('tr[data-target-id="CQS-10"] td', 1)).toBe('40%');
    expect(await P.text('[data-testid="priorities"] li')).toContain('+6 điểm');
    expect(await P.text('[data-testid="period"]')).toMatch(/^Năm 2026 · đọc lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    // The badge next to my unit's row in the page's table
    const badge = page.locator('#ranking [data-cds-badge]');
    await expect.poll(() => badge.textContent(), POLL).toBe('64,24/100 · 0/4 đạt');
    expect(await badge.evaluate((b) => b.closest('tr')?.children[1]?.firstChild?.textContent)).toBe('UBND xã Hy Cương');
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/extension-panel.png' });
  }, 60_000);

  it('a page script that forges figures, units and the private channel changes nothing', async () => {
    const forgery = await browser.context.newPage();
    const F = new ClosedPanel(forgery);
    await forgery.goto(PORTAL_PAGE);
    // From the second page on, the panel starts as the compact chip: open it.
    await expect.poll(() => F.attr('section', 'data-collapsed'), POLL).not.toBeNull();
    if ((await F.attr('section', 'data-collapsed')) === 'true') await F.click('button[data-action="toggle"]');
    await expect.poll(() => F.text('[data-testid="total"]'), POLL).toContain('Chỉ số 766: 64,24 / 100');
    const rankBefore = await F.text('[data-testid="rank"]');
    const seenBefore = (await extensionStorage(browser, 'seenUnits')) as { code: string | null }[];
    const arrivalBefore = await forgery.locator('cds-portal-panel').getAttribute('data-cds-arrival');

    // Forged figures: my commune at the top of every group, and a ranking of 500 made-up units.
    const tree = fixture(PHU_THO['dvc-progress-tree']);
    Object.assign(tree.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG), { totalOnTime: 3443, ratio: 100, score: 20 });
    const fake = {
      code: 'OK', message: 'OK',
      data: {
        overview: { departmentName: 'UBND tỉnh Phú Thọ', departmentCode: 'H44', totalScore: 99, totalMaxScore: 100, ratio: 99 },
        radar: [],
        evaluation: [
          { departmentId: '019d2be3-6ab4-74ce-8a81-2639f02edb61', departmentName: 'UBND xã Hy Cương', departmentCode: HY_CUONG, totalScore: 99.5, ratio: 99.5, childGroup: 'COMMUNE' },
          ...Array.from({ length: 500 }, (_, i) => ({ departmentId: `forged-${i}`, departmentName: `Đơn vị giả ${i}`, departmentCode: `FAKE.${i}`, totalScore: 1, ratio: 1, childGroup: 'COMMUNE' })),
        ],
      },
    };
    const request = JSON.stringify({ timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a', currentPage: 1, pageSize: 200 });
    const api = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
    const took = await forgery.evaluate(({ bodies, request, api }) => {
      const msg = (ep: string, body: string) => ({ source: 'cds-portal-capture', version: 1, kind: 'payload', url: api + ep, status: 201, request, body, at: performance.now() });
      // 1. the old window-message protocol, from the page's own origin
      window.postMessage(msg('dvc-progress-tree', bodies.tree), location.origin);
      window.postMessage(msg('service-results', bodies.fake), location.origin);
      // 2. pretend to be the capture script: offer a port, and ask for a new hand-over
      const ch = new MessageChannel();
      const offer = new MessageEvent('cds-portal-capture-offer', { ports: [ch.port2], cancelable: true });
      const accepted = !window.dispatchEvent(offer);
      ch.port1.postMessage(msg('service-results', bodies.fake));
      let grabbed = false;
      window.addEventListener('cds-portal-capture-offer', (e) => { grabbed = (e as MessageEvent).ports.length > 0; });
      window.dispatchEvent(new Event('cds-portal-capture-hello'));
      // 3. replace the natives the capture script reads with: the page's own reads get forged text
      const forgedTree = bodies.tree;
      Response.prototype.text = async function () { return forgedTree; };
      Object.defineProperty(XMLHttpRequest.prototype, 'responseText', { get() { return forgedTree; } });
      MessagePort.prototype.postMessage = function () { /* swallowed */ };
      // 4. the page's own load runs again with all of that in place
      (window as unknown as { load(kind: string): Promise<void> }).load('year');
      return { accepted, grabbed };
    }, { bodies: { tree: JSON.stringify(tree), fake: JSON.stringify(fake) }, request, api });
    expect(took).toEqual({ accepted: false, grabbed: false });

    // The real responses of that load arrive after the forged messages were posted: wait for them.
    await expect.poll(() => forgery.locator('cds-portal-panel').getAttribute('data-cds-arrival'), POLL).not.toBe(arrivalBefore);
    await expect.poll(() => forgery.locator('#status').textContent(), POLL).toBe('Đã tải 163 đơn vị');
    expect(await F.text('[data-testid="total"]')).toContain('Chỉ số 766: 64,24 / 100');
    expect(await F.text('[data-testid="rank"]')).toBe(rankBefore);
    expect(await F.text('[data-group="TDGQ"] .cds-bar-value')).toBe('16,12/20');
    const seenAfter = (await extensionStorage(browser, 'seenUnits')) as { code: string | null }[];
    expect(seenAfter.some((u) => u.code?.startsWith('FAKE.'))).toBe(false);
    expect(seenAfter.length).toBe(seenBefore.length);
    // leave the panel as the next pages expect it (the compact chip)
    await F.click('button[data-action="toggle"]');
    await expect.poll(() => F.attr('section', 'data-collapsed'), POLL).toBe('true');
    await forgery.close();
  }, 90_000);

  it('is keyboard accessible and collapsible', async () => {
    expect(await P.attr('button[data-action="toggle"]', 'aria-expanded')).toBe('true');
    await P.focus('button[data-action="toggle"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => P.attr('section', 'data-collapsed'), POLL).toBe('true');
    expect(await P.attr('button[data-action="toggle"]', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => P.attr('section', 'data-collapsed'), POLL).toBe('false');
  }, 30_000);

  it('follows a period switch: the new payloads replace the old ones', async () => {
    await page.locator('#period').selectOption('quarter');
    // 7,96 + 19 + 6,4 + 6,87 + 18 + 11,05 = 69,28
    await expect.poll(() => P.text('[data-testid="total"]'), POLL).toContain('69,28 / 100');
    expect(await P.text('[data-testid="period"]')).toMatch(/^Quý 3\/2026 · /);
    expect(await P.text('[data-group="TDGQ"] .cds-bar-value')).toBe('19/20');
    expect(await P.nthText('tr[data-target-id="CQS-07"] td', 1)).toBe('100%');
    expect(await P.text('tr[data-target-id="CQS-07"] .cds-status')).toBe('✓ Đạt');
  }, 60_000);

  it('keeps each period viewed and shows the change since the previous one of the same kind', async () => {
    await page.locator('#period').selectOption('quarter2');
    // 64,24 − 16,12 + 18 = 66,12
    await expect.poll(() => P.text('[data-testid="total"]'), POLL).toContain('66,12 / 100');
    // the first quarter viewed before Q3 in time: nothing earlier of its kind
    await expect.poll(() => P.text('[data-testid="history-note"]'), POLL).toContain('Chưa có kỳ trước cùng loại');
    await page.locator('#period').selectOption('quarter');
    await expect.poll(() => P.text('[data-testid="total"]'), POLL).toContain('69,28 / 100');
    await expect.poll(() => P.text('[data-testid="history"] h3'), POLL).toBe('So với kỳ trước (Quý 2/2026)');
    const cells = async (code: string) => Promise.all([0, 1, 2].map((i) => P.nthText(`[data-testid="history-row"][data-code="${code}"] td`, i)));
    expect(await cells('TOTAL')).toEqual(['66,12', '69,28', '+3,16']);
    expect(await cells('TDGQ')).toEqual(['18', '19', '+1']);
    expect(await cells('CQS-07')).toEqual(['74,47%', '100%', '+25,53']);
    // kept in the extension's storage, one entry per period viewed
    const kept = (await extensionStorage(browser, 'periodHistory')) as { unitCode: string; period: { key: string } }[];
    expect(kept.filter((e) => e.unitCode === HY_CUONG).map((e) => e.period.key).sort()).toEqual(['2026', '2026-Q2', '2026-Q3']);
    await page.screenshot({ path: 'test-output/extension-panel-history.png' });
  }, 60_000);

  it('a malformed payload shows the notice, keeps the rest, and leaves no stale number', async () => {
    await page.locator('#period').selectOption('month');
    await expect.poll(() => P.text('[data-testid="notice"]'), POLL).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
    expect(await P.text('[data-testid="period"]')).toMatch(/^Tháng 08\/2026 · /);
    // The other groups are read (month figures)…
    expect(await P.text('[data-group="TDGQ"] .cds-bar-value')).toBe('15/20');
    // …the broken group shows no number, neither the quarter's 11,05 nor anything else
    expect(await P.text('[data-group="MDSH"] .cds-bar-value')).toBe('—/22');
    expect(await P.text('[data-testid="total"]')).toContain('Chỉ số 766: — / 100');
    expect(await P.nthText('tr[data-target-id="CQS-07"] td', 1)).toBe('chưa báo cáo');
    expect(await P.run<string>('(root) => root.textContent')).not.toContain('11,05');
    // The page itself kept working
    await expect.poll(() => page.locator('#status').textContent(), POLL).toBe('Đã tải 163 đơn vị');
    await page.screenshot({ path: 'test-output/extension-panel-format-changed.png' });
  }, 60_000);

  it('follows the application’s in-page navigation', async () => {
    await page.evaluate(() => history.pushState({}, '', '/p/home/dvc-trang-chu.html'));
    await expect.poll(() => host().count(), POLL).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/danh-gia-chat-luong-phuc-vu'));
    await expect.poll(() => host().count(), POLL).toBe(1);
    await expect.poll(() => P.text('[data-group="TDGQ"] .cds-bar-value'), POLL).toBe('15/20');
  }, 30_000);

  it('requests nothing by itself; “Tải số liệu cho đơn vị của tôi” loads my province on request', async () => {
    const quiet = await browser.context.newPage();
    const before = apiCalls.length;
    await quiet.goto(`${PORTAL_PAGE}?noload`);
    const p = new ClosedPanel(quiet);
    await expect.poll(() => p.text('[data-testid="message"]'), POLL).toContain('Chưa có số liệu cho H44.104');
    // Nothing was asked while the page and the panel settled: the page's own load is done ("Đang tải…"
    // stays, it never loads with ?noload) and the panel has drawn its waiting state.
    expect(await quiet.locator('#status').textContent()).toBe('Đang tải…');
    expect(apiCalls.length).toBe(before);
    await p.click('button[data-action="load"]');
    await expect.poll(() => p.text('[data-testid="total"]'), POLL).toContain('64,24 / 100');
    const calls = apiCalls.slice(before);
    expect(calls.map((c) => c.split(':')[0]).sort()).toEqual(['dossier-digitized', 'dvc-progress-tree', 'formality-online-payment-tree', 'handling-satisfaction', 'provide-online-tree', 'service-results', 'transparency']);
    // the province of my unit, as the options page stored it from the payloads
    expect(requestBodies.slice(before).every((b) => b.rootDepartmentId === '019d2be3-6a88-732b-8b17-b68020c8553a')).toBe(true);
    await quiet.close();
  }, 60_000);

  it('the popup shows the last figures seen for my unit', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('[data-testid="unit"]').textContent(), POLL).toBe(`UBND xã Hy Cương (${HY_CUONG})`);
    // the latest figures written: the year loaded by the button in the previous test
    expect(await popup.locator('[data-group="TDGQ"] .cds-bar-value').textContent()).toBe('16,12/20');
    // nothing was on screen, so the button asked for the current year
    expect(await popup.locator('[data-testid="period"]').textContent()).toContain(`Năm ${new Date().getFullYear()} · đọc lúc `);
    expect(await popup.locator('#copy').isVisible()).toBe(true);
    expect(await popup.locator('#csv').isVisible()).toBe(true);
    await popup.close();
  }, 30_000);
});

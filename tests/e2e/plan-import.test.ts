// Real Chromium with the built extension: the officer imports the unit's plan as a table (XLSX, then
// a CSV with a mistake) on the options page; the plan is checked on the machine and stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTableCsv, planTableXlsx } from '../../cli/io/plan-table-xlsx.ts';
import { getPlan } from '../../shared/data/index.ts';
import { canonicalPlan, planToGrid } from '../../shared/plan/table/index.ts';
import { extensionStorage, launchWithExtension, type Browser } from '../support/e2e-browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('options page: plan table import', () => {
  it('imports an XLSX plan table, offers it in the plan list and stores the same plan', async () => {
    const plan = { ...getPlan('van-phuc-2023-2025')!, id: 'xa-cua-toi-2026' };
    const xlsx = Buffer.from(await planTableXlsx(planToGrid(plan)));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

    // A CSV with a word that is no comparator: listed at its cell, nothing imported.
    const csv = planTableCsv(planToGrid(plan).grid).replace(/,≥,/, ',khoảng,');
    await options.locator('#plan-table-file').setInputFiles({ name: 'ke-hoach.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => options.locator('#plan-import-messages').textContent()).toContain('chưa được nhập');
    expect(await options.locator('#plan-import-messages').textContent()).toMatch(/Ô [A-Z]+\d+ \(So sánh\): “khoảng”/);
    expect(await options.locator('#plan option[value="xa-cua-toi-2026"]').count()).toBe(0);

    await options.locator('#plan-table-file').setInputFiles({
      name: 'ke-hoach.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx,
    });
    await expect.poll(() => options.locator('#plan-import-messages').textContent()).toContain('Đã nhập kế hoạch');
    expect(await options.locator('#plan option[value="xa-cua-toi-2026"]').count()).toBe(1);
    expect(await options.locator('#plan').inputValue()).toBe('xa-cua-toi-2026');
    const stored = (await extensionStorage(browser, 'importedPlans')) as unknown[];
    expect(stored).toContainEqual(JSON.parse(JSON.stringify(canonicalPlan(plan))));
    await options.close();
  }, 60_000);
});

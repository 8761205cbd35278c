// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { planTableCsv, planTableXlsx } from '../../cli/io/plan-table-xlsx.ts';
import { planImportSection, readPlanFile } from '../../extension/entrypoints/options/plan-import.ts';
import { readXlsxGrids } from '../../extension/entrypoints/options/xlsx-grid.ts';
import { getPlan, plans } from '../../shared/data/index.ts';
import { t } from '../../extension/messages/index.ts';
import { canonicalPlan, planToGrid } from '../../shared/plan/table/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A bundled plan under another id, as a unit would import its own copy. */
function ownCopy(id: string): Plan {
  return { ...getPlan(id)!, id: `${id}-cua-toi` };
}

describe('the options page reads plan files without a workbook library', () => {
  for (const plan of plans) {
    it(`${plan.id}: XLSX written by cds reads back to the same plan`, async () => {
      const bytes = await planTableXlsx(planToGrid(plan));
      const result = await readPlanFile('ke-hoach.xlsx', bytes);
      expect(result.problem).toBeNull();
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(result.plan).toEqual(canonicalPlan(plan));
    });
  }

  it('reads CSV and JSON plans too', async () => {
    const plan = getPlan('ninh-hai-2023')!;
    const csv = await readPlanFile('ke-hoach.csv', utf8(planTableCsv(planToGrid(plan).grid)));
    expect(csv.plan).toEqual(canonicalPlan(plan));
    const json = await readPlanFile('ke-hoach.json', utf8(JSON.stringify(plan)));
    expect(json.plan).toEqual(plan);
  });

  it('reads what a spreadsheet program writes: shared and inline strings, numbers, dates, several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'trang khác';
    const sheet = wb.addWorksheet('Kế hoạch');
    const rows: unknown[][] = [
      ['Mã kế hoạch', 'thu-excel'], ['Tên kế hoạch', 'Kế hoạch & thử <1>'], ['Đơn vị ban hành', 'xã A'], ['Cấp', 'xã'],
      ['Giai đoạn', 2024], ['Văn bản', 'KH 1'], [],
      ['Mã chỉ tiêu', 'Chỉ tiêu', 'Nhóm', 'So sánh', 'Giá trị', 'Đơn vị tính'],
      ['T1', 'Tỷ lệ', 'Xã hội số', '≥', 0.855, '%'],
      [], ['THỜI HẠN'], ['Nội dung', 'Ngày'], ['Báo cáo', new Date(Date.UTC(2024, 10, 15))],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== undefined) sheet.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue; }));
    sheet.getCell('E9').numFmt = '0.0%';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const grids = await readXlsxGrids(bytes);
    expect(grids.map((g) => g.name)).toEqual(['Ghi chú', 'Kế hoạch']);
    const result = await readPlanFile('x.xlsx', bytes);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.plan?.title.vi).toBe('Kế hoạch & thử <1>');
    expect(result.plan?.targets[0]?.value).toBe(85.5);
    expect(result.plan?.deadlines[0]?.date).toBe('2024-11-15');
    expect(result.issues.find((i) => i.code === 'plan-table-share-read-as-percent')?.location.a1).toBe('E9');
  });

  it('says so when a file is not a plan file, never throwing', async () => {
    expect((await readPlanFile('a.pdf', utf8('%PDF'))).problem?.key).toBe('plan-table.ext.unknown-type');
    expect((await readPlanFile('a.xlsx', utf8('not a zip'))).problem?.key).toBe('plan-table.ext.unreadable');
    expect((await readPlanFile('a.json', utf8('{'))).problem?.key).toBe('plan-table.ext.unreadable');
  });
});

describe('plan import section', () => {
  async function pick(section: HTMLElement, name: string, bytes: Uint8Array): Promise<void> {
    const input = section.querySelector<HTMLInputElement>('#plan-table-file')!;
    const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    // The section redraws once the file is read: wait for its message list to change.
    await expect.poll(() => section.querySelector('#plan-import-messages')?.children.length ?? 0).toBeGreaterThan(0);
  }

  it('imports a good table and hands the plan to the page', async () => {
    const adopted: Plan[] = [];
    const section = planImportSection(document, { lang: () => 'vi', adopt: async (p) => void adopted.push(p) });
    document.body.replaceChildren(section);
    const plan = ownCopy('ninh-hai-2023');
    await pick(section, 'nh.xlsx', await planTableXlsx(planToGrid(plan)));
    expect(adopted.map((p) => p.id)).toEqual(['ninh-hai-2023-cua-toi']);
    expect(section.textContent).toContain('Đã nhập kế hoạch');
  });

  it('lists the bad cells in the page language and imports nothing', async () => {
    const adopted: Plan[] = [];
    let lang: 'vi' | 'en' = 'vi';
    const section = planImportSection(document, { lang: () => lang, adopt: async (p) => void adopted.push(p) });
    document.body.replaceChildren(section);
    const csv = planTableCsv(planToGrid(ownCopy('ninh-hai-2023')).grid).replace('≥,100,%', 'khoảng,100,%');
    await pick(section, 'nh.csv', utf8(csv));
    expect(adopted).toEqual([]);
    const items = [...section.querySelectorAll('#plan-import-messages li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('1 lỗi');
    expect(items[1]).toMatch(/^Ô [A-Z]+\d+ \(So sánh\): “khoảng”/);
    lang = 'en';
    document.documentElement.setAttribute('lang', 'en');
    await expect.poll(() => section.querySelector('#plan-import-messages li:nth-child(2)')?.textContent ?? '').toMatch(/^Cell [A-Z]+\d+ \(Comparator\)/);
    expect(t({ key: 'plan-table.ext.title', params: {} }, 'en')).toBe(section.querySelector('h2')?.textContent);
  });

  it('refuses a plan that reuses a bundled plan id', async () => {
    const adopted: Plan[] = [];
    const section = planImportSection(document, { lang: () => 'vi', adopt: async (p) => void adopted.push(p) });
    document.body.replaceChildren(section);
    await pick(section, 'vp.json', utf8(JSON.stringify(getPlan('van-phuc-2023-2025'))));
    expect(adopted).toEqual([]);
    expect(section.textContent).toContain('van-phuc-2023-2025');
  });
});

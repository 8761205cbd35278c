import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../cli/plan-choice.ts';
import { plans } from '../../shared/data/index.ts';
import { canonicalPlan } from '../../shared/plan/table/index.ts';
import { cliInTempDir, csvText, filledGrid } from './helpers.ts';

let dir: string;
const cli = cliInTempDir((d) => {
  dir = d;
});

describe('cds plan export: every bundled plan round-trips through XLSX and CSV', () => {
  for (const plan of plans) {
    for (const ext of ['xlsx', 'csv'] as const) {
      it(`${plan.id} as .${ext}`, async () => {
        const out = `${plan.id}.${ext}`;
        const run = await cli('plan', 'export', plan.id, '--out', out);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(out);
        const back = await loadPlanFile(join(dir, out), out);
        expect(back).toEqual(canonicalPlan(plan));
      });
    }
  }
});

describe('cds plan export: files', () => {
  it('never overwrites a file without --force', async () => {
    writeFileSync(join(dir, 'plan.xlsx'), 'my own work');
    const refused = await cli('plan', 'export', 'ninh-hai-2023', '--out', 'plan.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'plan.xlsx'), 'utf8')).toBe('my own work');
    const forced = await cli('plan', 'export', 'ninh-hai-2023', '--out', 'plan.xlsx', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an output that is neither .xlsx nor .csv', async () => {
    const run = await cli('plan', 'export', 'ninh-hai-2023', '--out', 'plan.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.xlsx.*\.csv/);
  });

  it('exports a plan table file again, and `cds plan <id>` still shows a plan', async () => {
    await cli('plan', 'export', 'van-phuc-2023-2025', '--out', 'a.csv');
    expect((await cli('plan', 'export', 'a.csv', '--out', 'b.xlsx')).code).toBe(0);
    expect(await loadPlanFile(join(dir, 'b.xlsx'), 'b.xlsx')).toEqual(await loadPlanFile(join(dir, 'a.csv'), 'a.csv'));
    const shown = await cli('plan', 'van-phuc-2023-2025');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('van-phuc-2023-2025');
  });

  it('writes drop-downs on So sánh, Đơn vị tính and Cấp áp dụng', async () => {
    await cli('plan', 'export', 'ninh-hai-2023', '--out', 'p.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'p.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Kế hoạch');
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (headerRow === 0 && row.getCell(1).value === 'Mã chỉ tiêu') headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(0);
    const header = sheet.getRow(headerRow).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const validation = (name: string) => sheet.getCell(headerRow + 1, col(name)).dataValidation;
    expect(validation('So sánh')?.formulae?.[0]).toContain('≥');
    expect(validation('Đơn vị tính')?.formulae?.[0]).toContain('có/không');
    expect(validation('Cấp áp dụng')?.formulae?.[0]).toContain('huyện');
  });
});

describe('a plan table file wherever a plan is accepted', () => {
  it('`cds score --plan plan.xlsx` scores exactly as `--plan <id>`', async () => {
    await cli('plan', 'export', 'ninh-hai-2023', '--out', 'nh.xlsx');
    await cli('plan', 'export', 'ninh-hai-2023', '--out', 'nh.csv');
    const grid = filledGrid('ninh-hai-2023', { name: 'Xã Nhơn Hải', code: 'NH' }, { 'TC-01': '100', 'TC-02': '90%', 'TC-03B': '55,5', 'TC-05': 'có', 'TD-01': 'có' });
    writeFileSync(join(dir, 'r.csv'), csvText(grid, ';', true));
    const byId = await cli('score', 'r.csv', '--plan', 'ninh-hai-2023', '--json');
    expect(byId.code).toBeLessThan(2);
    for (const file of ['nh.xlsx', 'nh.csv']) {
      const byTable = await cli('score', 'r.csv', '--plan', file, '--json');
      expect(byTable.code).toBe(byId.code);
      expect(JSON.parse(byTable.stdout)).toEqual(JSON.parse(byId.stdout));
    }
  });

  it('a bad cell stops the command with its sheet, cell and what to type, in vi and en', async () => {
    await cli('plan', 'export', 'ninh-hai-2023', '--out', 'nh.csv');
    const text = readFileSync(join(dir, 'nh.csv'), 'utf8').replace('≥,100,%', 'khoảng,100,%');
    writeFileSync(join(dir, 'nh.csv'), text);
    const run = await cli('plan', 'nh.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Ô [A-Z]+\d+ \(So sánh\): “khoảng” không phải là phép so sánh/);
    expect(run.stderr).toMatch(/Cell [A-Z]+\d+ \(Comparator\): “khoảng” is not a comparator/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

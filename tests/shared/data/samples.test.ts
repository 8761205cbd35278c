import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getPlan, indicatorById } from '../../../shared/data/index.ts';

// The sample reports are part of the project (samples/); they must stay in the report layout and
// only use codes their plan knows, so the demos keep working when a plan changes.
const HEADER = ['Đơn vị', 'Mã đơn vị', 'Cấp', 'Kỳ báo cáo', 'Kế hoạch'];
const COLUMNS = ['Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Giá trị', 'Mục tiêu', 'Minh chứng'];

function read(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: false }).data.filter((r) => r.length > 1 || r[0] !== '');
}

const files = [
  ...readdirSync('samples/reports').map((f) => join('samples/reports', f)),
  ...readdirSync('samples/ninh-hai-2023').map((f) => join('samples/ninh-hai-2023', f)),
].filter((f) => f.endsWith('.csv'));

function rowsOf(path: string) {
  const grid = read(path);
  const header = Object.fromEntries(grid.slice(0, 5).map((r) => [r[0], r[1] ?? '']));
  const items = grid.slice(6).map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i] ?? ''])));
  return { grid, header, items };
}

describe('sample reports', () => {
  it('has one report per seed plan and six Ninh Hải communes', () => {
    expect(readdirSync('samples/reports').sort()).toEqual(
      ['cat-ne-2024.csv', 'hai-an-2025-2030.csv', 'hung-dao-2023.csv', 'ninh-hai-2023.csv', 'van-phuc-2023-2025.csv'],
    );
    expect(readdirSync('samples/ninh-hai-2023').filter((f) => f.endsWith('.csv'))).toHaveLength(6);
  });

  it.each(files)('%s follows the report layout and uses codes its plan knows', (path) => {
    const { grid, header, items } = rowsOf(path);
    expect(grid.slice(0, 5).map((r) => r[0])).toEqual(HEADER);
    expect(grid[5]).toEqual(COLUMNS);
    const plan = getPlan(header['Kế hoạch']!);
    expect(plan, path).toBeDefined();
    if (path.startsWith('samples/reports/')) expect(path.endsWith(`${plan!.id}.csv`)).toBe(true);
    const level = header['Cấp'] === 'xã' ? 'commune' : header['Cấp'] === 'huyện' ? 'district' : 'province';
    const known = new Set([...plan!.targets.map((t) => t.id), ...plan!.criteria.map((c) => c.id)]);
    const conditionCodes = new Set(plan!.awards.flatMap((a) => a.conditions.flatMap((c) => (c.kind === 'indicator' ? [c.code] : []))));
    for (const item of items) {
      const code = item['Mã chỉ tiêu']!;
      expect(known.has(code) || (conditionCodes.has(code) && indicatorById.has(code)), `${path} ${code}`).toBe(true);
    }
    // Every target that applies at the report's level has a row, and no other level's target does.
    const codes = items.map((i) => i['Mã chỉ tiêu']);
    for (const t of plan!.targets) {
      expect(codes.includes(t.id), `${path} ${t.id}`).toBe(t.level === undefined || t.level === level);
    }
  });

  it('the Ninh Hải reports are commune reports of real Ninh Hải communes', () => {
    const communes = ['Hộ Hải', 'Tân Hải', 'Xuân Hải', 'Vĩnh Hải', 'Thanh Hải', 'Tri Hải', 'Nhơn Hải', 'Phương Hải', 'Khánh Hải'];
    for (const path of files.filter((f) => f.includes('ninh-hai'))) {
      const { header } = rowsOf(path);
      expect(header['Cấp']).toBe('xã');
      expect(communes.some((c) => header['Đơn vị']!.includes(c)), header['Đơn vị']).toBe(true);
    }
  });

  it('the ranking demo has an unregistered commune (mandatory TD-01 = không)', () => {
    const answers = readdirSync('samples/ninh-hai-2023').map((f) => rowsOf(join('samples/ninh-hai-2023', f)).items.find((i) => i['Mã chỉ tiêu'] === 'TD-01')?.['Giá trị']);
    expect(answers.filter((a) => a === 'không')).toHaveLength(1);
  });

  it('hung-dao-2023.csv carries the deliberate mistakes', () => {
    const { items } = rowsOf('samples/reports/hung-dao-2023.csv');
    const cell = (code: string, col: string) => items.find((i) => i['Mã chỉ tiêu'] === code)?.[col];
    expect(cell('CQS-02', 'Giá trị')).toBe('#DIV/0!');
    expect(cell('CQS-07', 'Giá trị')).toBe('đang tổng hợp');
    expect([cell('CQS-12', 'Tử số'), cell('CQS-12', 'Mẫu số')]).toEqual(['1.620', '1.540']);
    expect(cell('XHS-04', 'Tử số')).toBe('-120');
  });
});

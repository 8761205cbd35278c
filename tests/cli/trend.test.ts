// `cds trend`: several periods of several units, grouped, ordered and compared (issue 11 §2).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
let dir: string;
let cleanup: () => void;
const cli = (...argv: string[]) => runCli(argv, { cwd: dir, env: { COLUMNS: '160' } });

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'ky'));
});
afterEach(() => cleanup());

const base = { 'TC-01': '100', 'TC-02': '100%', 'TC-05': 'có', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };

function put(name: string, unit: { name: string; code?: string; period: string }, values: Record<string, string>): void {
  writeFileSync(join(dir, 'ky', name), csvText(filledGrid(PLAN, { level: 'commune', ...unit }, { ...base, ...values }), ';', true));
}

interface TrendJson {
  units: {
    unit: { code: string | null; name: string | null };
    periods: { period: { label: string; start: string; end: string }; source: string; total: { points: number; max: number; percent: number | null }; items: { targetId: string; actual: unknown; delta: number | null }[] }[];
    changes: { targetId: string; from: unknown; to: unknown; delta: number | null; backwards: boolean }[];
    regressions: string[];
    pace: { targetId: string; projected: number; by: string; meets: boolean; method: string }[];
  }[];
  duplicates: { unit: { name: string | null }; period: string; files: string[] }[];
  failed: { file: string; reason: { vi: string; en: string } }[];
}

describe('cds trend', () => {
  beforeEach(() => {
    // Xã Hải An: four periods in four spellings, the name written three ways (the code once).
    put('hai-an-1.csv', { name: 'UBND xã Hải An', period: 'Quý I/2023' }, { 'TC-03B': '40', 'TC-06': '30' });
    put('hai-an-2.csv', { name: 'Xã Hải An', code: 'HA', period: '6 tháng đầu năm 2023' }, { 'TC-03B': '50', 'TC-06': '40' });
    put('hai-an-3.csv', { name: 'xa hai an', period: 'Tháng 8/2023' }, { 'TC-03B': '58', 'TC-06': '35' });
    put('hai-an-4.csv', { name: 'Xã  Hải An', period: 'đến 30/09/2023' }, { 'TC-03B': '65', 'TC-06': '30' });
    // Phường Đông Hải: a year-to-date figure and a month, and the same quarter twice.
    put('dong-hai-q2.csv', { name: 'Phường Đông Hải', period: 'Quý 2/2023' }, { 'TC-03B': '70', 'TC-06': '60' });
    put('dong-hai-q3.csv', { name: 'Phường Đông Hải', period: 'Q3 2023' }, { 'TC-03B': '75', 'TC-06': '60' });
    put('dong-hai-q3 (1).csv', { name: 'P. Đông Hải', period: 'quý 3 năm 2023' }, { 'TC-03B': '76', 'TC-06': '60' });
    put('dong-hai-10.csv', { name: 'Phường Đông Hải', period: 'Tháng 10/2023' }, { 'TC-03B': '80', 'TC-06': '61' });
    // A period that is not one.
    put('tan-hai.csv', { name: 'Xã Tân Hải', period: 'kỳ này' }, { 'TC-03B': '80', 'TC-06': '61' });
  });

  it('groups by unit, orders the periods and compares them (JSON)', async () => {
    const run = await cli('trend', 'ky', '--plan', PLAN, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as TrendJson;
    expect(json.units.map((u) => [u.unit.name, u.periods.map((p) => p.period.label)])).toEqual([
      ['Phường Đông Hải', ['Quý 2/2023', 'Tháng 10/2023']],
      ['Xã  Hải An', ['Quý 1/2023', '6 tháng đầu năm 2023', 'Tháng 8/2023', 'Đến 30/09/2023']],
    ]);
    const haiAn = json.units[1]!;
    expect(haiAn.unit.code).toBe('HA');
    expect(haiAn.periods.map((p) => [p.period.start, p.period.end])).toEqual([
      ['2023-01-01', '2023-03-31'],
      ['2023-01-01', '2023-06-30'],
      ['2023-08-01', '2023-08-31'],
      ['2023-01-01', '2023-09-30'],
    ]);
    expect(haiAn.periods.map((p) => p.source)).toEqual(['hai-an-1.csv', 'hai-an-2.csv', 'hai-an-3.csv', 'hai-an-4.csv'].map((f) => join('ky', f)));
    expect(haiAn.periods[3]!.total).toEqual(expect.objectContaining({ points: expect.any(Number), max: expect.any(Number) }));
    expect(haiAn.changes.map((c) => [c.targetId, c.from, c.to, c.delta, c.backwards])).toEqual(
      expect.arrayContaining([
        ['TC-03B', 58, 65, 7, false],
        ['TC-06', 35, 30, -5, true],
      ]),
    );
    expect(haiAn.regressions).toEqual(['TC-06']);
    expect(haiAn.periods[1]!.items.find((i) => i.targetId === 'TC-03B')!.delta).toBe(10);
    const pace = haiAn.pace.find((p) => p.targetId === 'TC-03B')!;
    expect(pace).toMatchObject({ by: '2023-12-31', method: 'linear' });
    expect(typeof pace.meets).toBe('boolean');
    expect(pace.projected).toBeGreaterThan(65);
  });

  it('JSON carries every field of the shape issue 11 gives, with its type', async () => {
    const json = JSON.parse((await cli('trend', 'ky', '--plan', PLAN, '--json')).stdout) as { units: Record<string, unknown>[] };
    const iso = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    const numberOrNull = (v: unknown) => v === null || typeof v === 'number';
    for (const u of json.units as unknown as TrendJson['units']) {
      expect(Object.keys(u.unit).sort()).toEqual(['code', 'name']);
      expect(u.periods.length).toBeGreaterThan(0);
      for (const p of u.periods) {
        expect(p.period).toMatchObject({ label: expect.any(String), start: iso, end: iso });
        expect(Object.keys(p.total).sort()).toEqual(['max', 'percent', 'points']);
        expect([p.total.points, p.total.max, p.total.percent].every(numberOrNull)).toBe(true);
        expect(Array.isArray(p.items)).toBe(true);
      }
      for (const c of u.changes) {
        expect(c).toMatchObject({ targetId: expect.any(String) });
        expect(['from', 'to', 'delta'].every((k) => k in c)).toBe(true);
        expect(numberOrNull(c.delta)).toBe(true);
      }
      for (const p of u.pace) expect(p).toMatchObject({ targetId: expect.any(String), projected: expect.any(Number), by: iso, meets: expect.any(Boolean) });
    }
    // …and the fields are filled, not only present: Hải An has changes and a pace line.
    const haiAn = (json.units as unknown as TrendJson['units']).find((u) => u.unit.code === 'HA')!;
    expect(haiAn.changes.length).toBeGreaterThan(0);
    expect(haiAn.pace.length).toBeGreaterThan(0);
  });

  it('lists the duplicate (both files) and the report whose period is not one', async () => {
    const json = JSON.parse((await cli('trend', 'ky', '--plan', PLAN, '--json')).stdout) as TrendJson;
    expect(json.duplicates).toEqual([{ unit: expect.objectContaining({ code: null }), period: 'Quý 3/2023', files: [join('ky', 'dong-hai-q3 (1).csv'), join('ky', 'dong-hai-q3.csv')].sort((a, b) => a.localeCompare(b, 'vi')) }]);
    const failed = new Map(json.failed.map((f) => [f.file, f.reason.vi]));
    expect(failed.get(join('ky', 'dong-hai-q3.csv'))).toContain('trùng báo cáo');
    expect(failed.get(join('ky', 'dong-hai-q3 (1).csv'))).toContain('dong-hai-q3.csv');
    expect(failed.get(join('ky', 'tan-hai.csv'))).toMatch(/"kỳ này" \(ô B\d+\) không phải kỳ báo cáo/);
  });

  it('prints per unit the totals by period, the changes, the regressions and the pace', async () => {
    const run = await cli('trend', 'ky', '--plan', PLAN);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('■ Xã  Hải An (HA)');
    expect(run.stdout).toContain('Thay đổi từ Tháng 8/2023 đến Đến 30/09/2023:');
    expect(run.stdout).toMatch(/▼ .*: 35% → 30% \(−5\)/);
    expect(run.stdout).toContain('Theo tốc độ hiện tại (ước lượng tuyến tính');
    expect(run.stdout).toMatch(/theo tốc độ này đạt .* vào 31\/12\/2023 — (chưa )?đạt mục tiêu/);
    const en = await runCli(['--lang', 'en', 'trend', 'ky', '--plan', PLAN], { cwd: dir, env: { COLUMNS: '160' } });
    expect(en.stdout).toMatch(/at this pace .* by 31\/12\/2023 — (meets|short of) the target/);
  });

  it('writes a printable HTML page', async () => {
    const run = await cli('trend', 'ky', '--plan', PLAN, '--html', 'dien-bien.html');
    expect(run.code).toBe(1);
    const page = readFileSync(join(dir, 'dien-bien.html'), 'utf8');
    expect(page).toContain('Diễn biến qua các kỳ báo cáo');
    expect(page).toContain('data-unit="code:HA"');
    expect(page).toContain('Đi xuống (xa mục tiêu hơn)');
  });

  it('flags a change unusual for the unit’s own history (the fixed 30-point limit would let it pass)', async () => {
    mkdirSync(join(dir, 'nhon-hai'));
    const months = [['Tháng 1/2023', '50'], ['Tháng 2/2023', '52'], ['Tháng 3/2023', '54'], ['Tháng 4/2023', '74']] as const;
    for (const [i, [period, v]] of months.entries()) {
      writeFileSync(join(dir, 'nhon-hai', `t${i + 1}.csv`), csvText(filledGrid(PLAN, { level: 'commune', name: 'Xã Nhơn Hải', period }, { ...base, 'TC-03B': '60', 'TC-06': v }), ';', true));
    }
    const json = JSON.parse((await cli('trend', 'nhon-hai', '--plan', PLAN, '--json')).stdout) as { warnings: { period: string; itemCode: string; message: { en: string } }[] };
    expect(json.warnings.map((w) => [w.period, w.itemCode])).toEqual([['Tháng 4/2023', 'TC-06']]);
    expect(json.warnings[0]!.message.en).toContain('moved 20 percentage points since the previous report (54% → 74%), while over its last 3 reports this unit usually moved about 2 points');
    const text = await cli('trend', 'nhon-hai', '--plan', PLAN);
    expect(text.stdout).toContain('Số liệu thay đổi bất thường');
  });

  it('a period whose report has errors is marked', async () => {
    put('hai-an-5.csv', { name: 'Xã Hải An', period: 'Tháng 10/2023' }, { 'TC-03B': '980', 'TC-06': '30' });
    const json = JSON.parse((await cli('trend', 'ky', '--plan', PLAN, '--json')).stdout) as { units: { unit: { code: string | null }; periods: { period: { label: string }; flagged: boolean }[] }[] };
    const haiAn = json.units.find((u) => u.unit.code === 'HA')!;
    expect(haiAn.periods.map((p) => [p.period.label, p.flagged])).toEqual([
      ['Quý 1/2023', false],
      ['6 tháng đầu năm 2023', false],
      ['Tháng 8/2023', false],
      ['Đến 30/09/2023', false],
      ['Tháng 10/2023', true],
    ]);
    expect((await cli('trend', 'ky', '--plan', PLAN)).stdout).toMatch(/⚠ báo cáo có \d+ lỗi/);
  });

  it('one unit with one period: no comparison and no pace, exit 0', async () => {
    const run = await cli('trend', join('ky', 'hai-an-2.csv'), '--plan', PLAN, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as TrendJson;
    expect(json.units).toHaveLength(1);
    expect(json.units[0]!.changes).toEqual([]);
    expect(json.units[0]!.pace).toEqual([]);
  });
});

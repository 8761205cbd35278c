import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeSheetsServer, FakeSpreadsheet } from './fake-sheets-server.ts';
import { asApiValues, filledGrid, runCli, withFakeSheets } from './helpers.ts';
import { createSheetsClient } from '../../cli/sheets/client.ts';

const PLAN = 'ninh-hai-2023';
const values = { 'TC-01': 1, 'TC-02': 100, 'TC-03B': 60, 'TC-05': 'có', 'TC-06': 40, 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };

function book(title: string, name: string, vals: Record<string, unknown>, extra: Partial<FakeSpreadsheet> = {}): FakeSpreadsheet {
  const grid = filledGrid(PLAN, { name, level: 'commune', code: title }, vals as never);
  // TC-01 holds 1 in a cell formatted as a percent: the officer sees "100%".
  const tc01 = grid.findIndex((row) => row[0] === 'TC-01');
  return {
    title,
    sheets: [
      { sheetId: 0, title: 'Hướng dẫn', values: [['Điền số liệu vào trang Báo cáo']] },
      { sheetId: 7, title: 'Báo cáo', values: asApiValues(grid), formats: [{ row: tc01, column: 4, type: 'PERCENT' }] },
    ],
    ...extra,
  };
}

function ragged(): FakeSpreadsheet {
  const grid = filledGrid(PLAN, { name: 'Xã Ragged', level: 'commune' }, { ...values, 'TC-01': 100, 'TC-06': 20 });
  // Item rows cut after `Giá trị` and the header block's empty cells dropped, as the API does.
  const cut = asApiValues(grid).map((row, r) => (r >= 8 ? row.slice(0, 5) : row));
  return { title: 'E', sheets: [{ sheetId: 0, title: 'Sheet1', values: cut.map((row) => { const out = [...row]; while (out.length && out[out.length - 1] === '') out.pop(); return out; }) }] };
}

let server: FakeSheetsServer;
let dir: string;

const env = withFakeSheets(
  () => ({
    'sheet-A-good': book('A', 'Xã A', values),
    'sheet-B-429': book('B', 'Xã B', { ...values, 'TC-06': 30 }, { failFirst: 1, failStatus: 429 }),
    'sheet-C-403': book('C', 'Xã C', values, { status: 403 }),
    'sheet-D-bad': { title: 'D', sheets: [{ sheetId: 0, title: 'Sheet1', values: [['Danh sách cán bộ'], ['Nguyễn Văn A', 42]] }] },
    'sheet-E-ragged': ragged(),
    'results-book': { title: 'Kết quả', sheets: [{ sheetId: 0, title: 'Sheet1', values: [] }] },
  }),
  { server: (s) => (server = s), dir: (d) => (dir = d) },
);
const url = (id: string, gid?: number) => `https://docs.google.com/spreadsheets/d/${id}/edit${gid === undefined ? '' : `#gid=${gid}`}`;
const ALL = ['--sheet', url('sheet-A-good', 7), '--sheet', 'sheet-B-429', '--sheet', 'sheet-C-403', '--sheet', 'sheet-D-bad', '--sheet', 'sheet-E-ragged'];

describe('Google spreadsheets through the Sheets API (local fake server)', () => {
  it('ranks several communes; a 403 and a malformed sheet are listed and make the run exit 1', async () => {
    const run = await runCli(['rank', ...ALL, '--plan', PLAN, '--json'], { cwd: dir, env: env() });
    expect(run.code).toBe(1);
    const ranking = JSON.parse(run.stdout);
    expect(ranking.entries.map((e: { unit: { name: string } }) => e.unit.name)).toEqual(['Xã A', 'Xã B', 'Xã Ragged']);
    const failed = new Map(ranking.failed.map((f: { file: string; error: { vi: string; en: string } }) => [f.file, f.error]));
    expect([...failed.keys()]).toEqual(['sheet-C-403', 'sheet-D-bad']);
    expect((failed.get('sheet-C-403') as { en: string }).en).toMatch(/403.*[Ss]hare/);
    expect((failed.get('sheet-C-403') as { vi: string }).vi).toContain('chia sẻ');
    expect((failed.get('sheet-D-bad') as { en: string }).en).toContain('layout');
  });

  it('reads with one batchGet per spreadsheet, typed values, the bearer token, and retries a 429', async () => {
    const run = await runCli(['score', ...ALL, '--plan', PLAN, '--json'], { cwd: dir, env: env() });
    const batchGets = server.requests.filter((r) => r.path.endsWith('/values:batchGet'));
    const perBook = new Map<string, number>();
    for (const r of batchGets) perBook.set(r.path.split('/')[3]!, (perBook.get(r.path.split('/')[3]!) ?? 0) + 1);
    expect(Object.fromEntries(perBook)).toEqual({ 'sheet-A-good': 1, 'sheet-B-429': 1, 'sheet-D-bad': 1, 'sheet-E-ragged': 1 });
    for (const r of batchGets) {
      expect(r.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
      expect(r.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
      expect(r.authorization).toBe('Bearer test-token');
    }
    // Every sheet of the workbook is read in the same call; the URL's #gid sheet comes first.
    expect(batchGets.find((r) => r.path.includes('sheet-A-good'))!.query.getAll('ranges')).toEqual(["'Báo cáo'", "'Hướng dẫn'"]);
    // B answered 429 once: retried after a backoff wait (injected, so no real waiting).
    expect(server.requests.filter((r) => r.path.startsWith('/v4/spreadsheets/sheet-B-429')).length).toBe(3);
    expect(run.sleeps.length).toBe(1);
    expect(run.sleeps[0]).toBeGreaterThan(0);

    const units = JSON.parse(run.stdout) as { file: string; scorecard: { items: { targetId: string; actual: unknown }[] } | null }[];
    const a = units.find((u) => u.file.includes('sheet-A-good'))!;
    // 1 in a percent-formatted cell is 100%, not 1%.
    expect(a.scorecard!.items.find((i) => i.targetId === 'TC-01')!.actual).toBe(100);
    const e = units.find((u) => u.file === 'sheet-E-ragged')!;
    expect(e.scorecard!.items.find((i) => i.targetId === 'TC-06')!.actual).toBe(20);
  });

  it('reads the list of spreadsheets from --sheets-list, comments allowed', async () => {
    writeFileSync(join(dir, 'xa.txt'), `# các xã của huyện\n${url('sheet-A-good')}\n\nsheet-E-ragged   # xã E\n`);
    const run = await runCli(['score', '--sheets-list', 'xa.txt', '--plan', PLAN, '--json'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    const units = JSON.parse(run.stdout) as { file: string }[];
    expect(units.map((u) => u.file)).toEqual([url('sheet-A-good'), 'sheet-E-ragged']);
  });

  it('one spreadsheet prints one object; one that cannot be read stops the command (exit 2)', async () => {
    const one = await runCli(['validate', '--sheet', 'sheet-A-good', '--json'], { cwd: dir, env: env() });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ valid: true, sheet: 'Báo cáo', planId: PLAN });
    const missing = await runCli(['validate', '--sheet', 'khong-co-bang-tinh'], { cwd: dir, env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Lỗi: .*404.* \| Error: .*404/);
    const badRef = await runCli(['validate', '--sheet', 'https://example.com/x'], { cwd: dir, env: env() });
    expect(badRef.code).toBe(2);
  });

  it('reads only the named sheet with --sheet-name', async () => {
    const run = await runCli(['validate', '--sheet', 'sheet-A-good', '--sheet-name', 'Báo cáo', '--json'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    const get = server.requests.find((r) => r.method === 'GET' && r.path === '/v4/spreadsheets/sheet-A-good')!;
    expect(get.query.getAll('ranges')).toEqual(["'Báo cáo'"]);
    const missing = await runCli(['validate', '--sheet', 'sheet-A-good', '--sheet-name', 'Không có'], { cwd: dir, env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không có');
  });

  it('writes the ranking back with --write and prints a printable HTML ranking', async () => {
    const run = await runCli(['rank', ...ALL, '--plan', PLAN, '--write', url('results-book'), '--html', 'xep-hang.html'], { cwd: dir, env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Xếp hạng CĐS');
    const sheet = server.spreadsheets.get('results-book')!.sheets.find((s) => s.title === 'Xếp hạng CĐS')!;
    const header = sheet.values.find((row) => row[0] === 'Hạng')!;
    expect(header).toContain('Đơn vị');
    const first = sheet.values[sheet.values.indexOf(header) + 1]!;
    expect(first[0]).toBe(1);
    expect(first[1]).toBe('Xã A');
    expect(typeof first[6]).toBe('number');
    expect(sheet.values.some((row) => row.includes('sheet-C-403'))).toBe(true);
    const update = server.requests.find((r) => r.method === 'PUT')!;
    expect(update.query.get('valueInputOption')).toBe('RAW');

    const { readFileSync } = await import('node:fs');
    const html = readFileSync(join(dir, 'xep-hang.html'), 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Đề nghị khen thưởng'); // the dossier form of issue 12 §3 (tests/cli/print.test.ts)
    expect(html).toContain('sheet-C-403');
    expect(html).not.toMatch(/https?:\/\/(?!docs\.google\.com)|<script/i);
  });

  it('knows whom to ask for access with a service-account key, without any token call', async () => {
    const keyFile = join(dir, 'sa.json');
    writeFileSync(keyFile, JSON.stringify({ type: 'service_account', client_email: 'cds-bot@du-an.iam.gserviceaccount.com', private_key: 'x' }));
    const client = await createSheetsClient({ keyFile, write: false, rootUrl: server.url });
    expect(await client.accountEmail()).toBe('cds-bot@du-an.iam.gserviceaccount.com');
    const bad = await runCli(['validate', '--sheet', 'sheet-A-good', '--key-file', join(dir, 'khong-co.json')], { cwd: dir, env: { CDS_SHEETS_API_ROOT: server.url } });
    expect(bad.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });
});

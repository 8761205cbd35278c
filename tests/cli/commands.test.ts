import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliInTempDir, csvText, filledGrid } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
let dir: string;
const cli = cliInTempDir((d) => {
  dir = d;
});

const goodValues = { 'TC-01': '100', 'TC-02': '100%', 'TC-03B': '85,5', 'TC-05': 'có', 'TC-06': '60', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'không' };

function writeCsv(name: string, grid: ReturnType<typeof filledGrid>, delimiter: ';' | ',' = ';', bom = true): string {
  writeFileSync(join(dir, name), csvText(grid, delimiter, bom));
  return name;
}

describe('cds plans / plan', () => {
  it('lists every plan as JSON with the fields scripts rely on', async () => {
    const run = await cli('plans', '--json');
    expect(run.code).toBe(0);
    const plans = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(plans.map((p) => p.id)).toContain(PLAN);
    for (const p of plans) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'title', 'level', 'period', 'source', 'targets', 'criteria', 'awards', 'deadlines']));
      for (const t of p.targets as Record<string, unknown>[]) {
        expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'indicatorId', 'label', 'comparator', 'value', 'unit', 'level', 'source']));
      }
    }
  });

  it('shows one plan, and an unknown plan is exit 2 with one bilingual line and no stack trace', async () => {
    const shown = await cli('plan', PLAN);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('TC-03B');
    const unknown = await cli('plan', 'no-such-plan');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^Lỗi: .*no-such-plan.* \| Error: .*no-such-plan/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks a plan file and names the JSON path of each problem', async () => {
    const plan = JSON.parse((await cli('plan', PLAN, '--json')).stdout) as { targets: { value: unknown }[] };
    plan.targets[0]!.value = 'nhiều';
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const run = await cli('plan', './plan.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('targets[0].value');
  });
});

describe('cds template', () => {
  it('writes a styled XLSX that reads back as the plan’s report, and never overwrites it', async () => {
    const first = await cli('template', '--plan', PLAN, '--level', 'xa', '--out', 'mau.xlsx', '--unit', 'Xã Tân Hải');
    expect(first.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'mau.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A8').value).toBe('Mã chỉ tiêu');
    expect(sheet.getCell('A8').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);
    const codes = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(codes).toContain('TC-03B');
    expect(codes).not.toContain('TC-03A'); // district-only target left out of a commune template

    const before = readFileSync(join(dir, 'mau.xlsx'));
    const again = await cli('template', '--plan', PLAN, '--out', 'mau.xlsx');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'mau.xlsx')).equals(before)).toBe(true);
    expect((await cli('template', '--plan', PLAN, '--out', 'mau.xlsx', '--force')).code).toBe(0);

    // The empty template is a report with the layout: validation finds missing data, not a format error.
    const checked = await cli('validate', 'mau.xlsx', '--json');
    expect(checked.code).toBe(1);
    const json = JSON.parse(checked.stdout) as { valid: boolean; issues: { location: { a1: string | null } }[] };
    expect(json.valid).toBe(false);
    expect(json.issues.some((i) => i.location.a1 === 'B5')).toBe(true);
  });

  it('writes a CSV template with a BOM and refuses other extensions', async () => {
    expect((await cli('template', '--plan', PLAN, '--out', 'mau.csv')).code).toBe(0);
    const text = readFileSync(join(dir, 'mau.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Mã chỉ tiêu,Chỉ tiêu,Tử số,Mẫu số,Giá trị,Mục tiêu,Minh chứng');
    const bad = await cli('template', '--plan', PLAN, '--out', 'mau.ods');
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'mau.ods'))).toBe(false);
  });
});

describe('cds validate / score on files', () => {
  it('reads a `;` CSV with a BOM and Vietnamese decimals, and prints the JSON contract', async () => {
    const file = writeCsv('tan-hai.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã Tân Hải', code: 'X01' }, goodValues), ';', true);
    const run = await cli('score', file, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.valid).toBe(true);
    expect(Array.isArray(json.issues)).toBe(true);
    expect(Object.keys(json.scorecard.total).sort()).toEqual(['max', 'percent', 'points']);
    const item = json.scorecard.items.find((i: { targetId: string }) => i.targetId === 'TC-03B');
    expect(item).toMatchObject({ indicatorId: expect.any(String), actual: 85.5, target: 50, comparator: '>=', met: true, attainment: 1 });
    expect(Object.keys(item)).toEqual(expect.arrayContaining(['targetId', 'indicatorId', 'actual', 'target', 'comparator', 'met', 'attainment', 'points', 'max']));
    expect(json.scorecard.items.find((i: { targetId: string }) => i.targetId === 'TC-02').actual).toBe(100);
    expect(typeof json.scorecard.award.eligible).toBe('boolean');
    for (const reason of json.scorecard.award.reasons) expect(Object.keys(reason).sort()).toEqual(['en', 'vi']);
  });

  it('reads a `,` CSV without BOM the same way', async () => {
    const grid = filledGrid(PLAN, { level: 'commune', name: 'Xã Tân Hải' }, goodValues);
    const a = JSON.parse((await cli('score', writeCsv('a.csv', grid, ';', true), '--json')).stdout);
    const b = JSON.parse((await cli('score', writeCsv('b.csv', grid, ',', false), '--json')).stdout);
    expect(b.scorecard.total).toEqual(a.scorecard.total);
    expect(b.scorecard.items).toEqual(a.scorecard.items);
  });

  it('reads XLSX cells: percent formats, formulas, rich text, dates', async () => {
    await cli('template', '--plan', PLAN, '--level', 'xa', '--out', 'r.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'r.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const rowOf = (code: string) => sheet.getColumn(1).values.findIndex((v) => v === code);
    sheet.getCell('B2').value = { richText: [{ text: 'Xã ' }, { font: { bold: true }, text: 'Tân Hải' }] };
    // exceljs shares one style object among cells read with the same style: give each its own.
    const set = (cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string) => {
      cell.style = { ...cell.style, ...(numFmt ? { numFmt } : {}) };
      cell.value = value;
    };
    set(sheet.getCell('B5'), new Date(Date.UTC(2023, 11, 31)), 'dd/mm/yyyy');
    set(sheet.getCell(rowOf('TC-01'), 5), 1, '0%');
    sheet.getCell(rowOf('TC-02'), 5).value = { formula: 'C10/D10*100', result: 100 };
    set(sheet.getCell(rowOf('TC-03B'), 5), 0.425, '0.0%');
    sheet.getCell(rowOf('TC-06'), 5).value = { formula: '1/0', result: { error: '#DIV/0!' } };
    await workbook.xlsx.writeFile(join(dir, 'r.xlsx'));

    const run = await cli('score', 'r.xlsx', '--json');
    const json = JSON.parse(run.stdout);
    const actual = (id: string) => json.scorecard.items.find((i: { targetId: string }) => i.targetId === id).actual;
    expect(json.scorecard.unit.name).toBe('Xã Tân Hải');
    expect(json.scorecard.period).toBe('31/12/2023');
    expect(actual('TC-01')).toBe(100); // "100%" as shown, not 1%
    expect(actual('TC-02')).toBe(100);
    expect(actual('TC-03B')).toBe(42.5);
    expect(run.code).toBe(1); // #DIV/0! is an error the officer must fix
    expect(json.issues.some((i: { severity: string; location: { a1: string } }) => i.severity === 'error' && i.location.a1 === `E${rowOf('TC-06')}`)).toBe(true);
  });

  it('exits 1 for a report with errors and locates them in A1', async () => {
    const file = writeCsv('loi.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã Lỗi' }, { ...goodValues, 'TC-06': 'nhiều' }));
    const run = await cli('validate', file, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.valid).toBe(false);
    expect(json.scorecard).toBeUndefined();
    const error = json.issues.find((i: { severity: string }) => i.severity === 'error');
    expect(error.location).toMatchObject({ sheet: null, row: expect.any(Number), column: 5, a1: expect.stringMatching(/^E\d+$/) });
    expect(error.message.vi).not.toBe(error.message.en);
  });

  it('exits 2 when it cannot run: missing file, unknown format, no report layout', async () => {
    const missing = await cli('validate', 'khong-co.csv');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Lỗi: .*khong-co\.csv.* \| Error: /);
    writeFileSync(join(dir, 'x.pdf'), '%PDF-1.4');
    expect((await cli('validate', 'x.pdf')).code).toBe(2);
    writeFileSync(join(dir, 'lung-tung.csv'), 'a;b\n1;2\n');
    const layout = await cli('validate', 'lung-tung.csv');
    expect(layout.code).toBe(2);
    expect(layout.stderr).toContain('Mã chỉ tiêu');
    const plan = await cli('validate', writeCsv('ok.csv', filledGrid(PLAN, { level: 'commune', name: 'X' }, goodValues)), '--plan', 'khong-co-ke-hoach');
    expect(plan.code).toBe(2);
  });

  it('scores a folder: an array with `file`, one unreadable report fails the run (exit 1) but not the others', async () => {
    mkdirSync(join(dir, 'reports'));
    writeCsv('reports/a.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã A' }, goodValues));
    writeCsv('reports/b.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã B' }, { ...goodValues, 'TC-03B': '40' }));
    writeFileSync(join(dir, 'reports/c.csv'), 'không phải báo cáo\n');
    writeFileSync(join(dir, 'reports/~$a.xlsx'), 'lock file'); // Excel's lock file is skipped
    const run = await cli('score', 'reports', '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { file: string; valid: boolean; scorecard: unknown; error?: { vi: string; en: string } }[];
    expect(json.map((u) => u.file)).toEqual([join('reports', 'a.csv'), join('reports', 'b.csv'), join('reports', 'c.csv')]);
    expect(json[0]!.scorecard).not.toBeNull();
    expect(json[2]!.valid).toBe(false);
    expect(json[2]!.error?.en).toContain('layout');
  });

  it('writes a self-contained, escaped, printable HTML scorecard (Vietnamese, English on request)', async () => {
    const file = writeCsv('h.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã <script>alert(1)</script>' }, goodValues));
    const run = await cli('score', file, '--html', 'out.html', '--date', '01/11/2023');
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).toContain('@media print');
    expect(html).toContain('.doc-table'); // the dossier form of issue 12 §3 (tests/cli/print.test.ts)
    expect(html).not.toMatch(/https?:\/\/|<script|<link|src=/i);
    expect(html).toContain('Xã &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Khen thưởng');
    expect(html).toContain('ngày 01 tháng 11 năm 2023'); // the document's date line (--date)
    await cli('--lang', 'en', 'score', file, '--html', 'en.html');
    const en = readFileSync(join(dir, 'en.html'), 'utf8');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('PREPARED BY');
  });

  it('replaces an HTML page it wrote itself, but never a file the officer made (unless --force)', async () => {
    const file = writeCsv('own.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã Hộ Hải' }, goodValues));
    expect((await cli('score', file, '--html', 'page.html', '--date', '01/11/2023')).code).toBe(0);
    const first = readFileSync(join(dir, 'page.html'), 'utf8');
    expect((await cli('score', file, '--html', 'page.html', '--date', '01/11/2023')).code).toBe(0);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(first);

    writeFileSync(join(dir, 'notes.html'), '<p>ghi chép của tôi</p>');
    const refused = await cli('score', file, '--html', 'notes.html');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toBe('<p>ghi chép của tôi</p>');
    expect((await cli('score', file, '--html', 'notes.html', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('prints a readable terminal scorecard with bars, status and award', async () => {
    const run = await cli('score', writeCsv('t.csv', filledGrid(PLAN, { level: 'commune', name: 'Xã Tân Hải' }, { ...goodValues, 'TC-06': '20' })), '--date', '01/11/2023');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Xã Tân Hải');
    expect(run.stdout).toMatch(/[█░]{10}/);
    expect(run.stdout).toContain('✓ Đạt');
    expect(run.stdout).toContain('✗ Chưa đạt');
    expect(run.stdout).toContain('Khen thưởng');
    expect(run.stdout).toContain('còn 13 ngày');
    const en = await cli('--lang', 'en', 'score', 't.csv');
    expect(en.stdout).toContain('Not met');
  });
});

describe('cds rank / deadlines', () => {
  it('ranks units with award quotas, as JSON, terminal and HTML', async () => {
    mkdirSync(join(dir, 'r'));
    const names = ['Xã A', 'Xã B', 'Xã C', 'Xã D'];
    names.forEach((name, i) => writeCsv(`r/${i}.csv`, filledGrid(PLAN, { level: 'commune', name, code: `X0${i}` }, { ...goodValues, 'TC-06': String(45 - i * 10) })));
    const json = await cli('rank', 'r', '--plan', PLAN, '--json');
    expect(json.code).toBe(0);
    const ranking = JSON.parse(json.stdout);
    expect(ranking.entries.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3, 4]);
    expect(ranking.entries[0].unit.name).toBe('Xã A');
    const collective = ranking.awards.find((a: { recipient: string }) => a.recipient === 'collective');
    expect(collective.quota).toBe(3);
    expect(collective.recipients).toHaveLength(3);
    const text = await cli('rank', 'r', '--plan', 'auto');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('tối đa 3');
    const html = await cli('rank', 'r', '--plan', PLAN, '--html', 'rank.html');
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'rank.html'), 'utf8');
    expect(page).toContain('<html lang="vi">');
    expect(page).not.toMatch(/https?:\/\/|<script/i);
    expect(page).toContain('Xã D');
  });

  it('lists deadlines with days left from --date', async () => {
    const run = await cli('deadlines', '--plan', PLAN, '--date', '01/11/2023', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.today).toBe('2023-11-01');
    expect(json.deadlines[0]).toMatchObject({ lastDay: '2023-11-14', daysLeft: 13, status: 'upcoming' });
    const text = await cli('deadlines', '--plan', PLAN, '--date', '01/11/2023');
    expect(text.stdout).toContain('còn 13 ngày');
    expect((await cli('deadlines', '--plan', PLAN, '--date', '31/02/2023')).code).toBe(2);
  });
});

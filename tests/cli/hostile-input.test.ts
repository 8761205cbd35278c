// Hostile and oversized input is refused with a clear message (exit 2), never read into memory
// whole, never looped over cell by cell; output never lets a file drive the terminal or run a
// formula. Every hostile file is built here, byte by byte, rather than committed.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsvText } from '../../cli/io/write-csv.ts';
import { guardXlsx, XLSX_LIMITS } from '../../cli/io/xlsx-guard.ts';
import { terminalSafe } from '../../cli/safety/terminal-text.ts';
import { CliError } from '../../cli/errors.ts';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';
import { SHEET_HEAD, workbookParts, zipArchive } from './zip-fixture.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HOHAI = { 'TC-01': '100%', 'TC-02': '100%', 'TC-03B': { numerator: 61, denominator: 98 }, 'TC-05': 'có', 'TC-06': '60%', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };

function refusedKey(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error.detail.key;
    throw error;
  }
  return 'not refused';
}

describe('XLSX: refused before inflating', () => {
  it('a zip bomb (a small file inflating far past the limit) is refused from its declared size, exit 2', async () => {
    // 60 MB of one repeated cell deflates to a few tens of KB.
    const huge = SHEET_HEAD + '<sheetData>' + '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1_000_000) + '</sheetData></worksheet>';
    const bomb = zipArchive(workbookParts(huge));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(huge.length).toBeGreaterThan(XLSX_LIMITS.inflatedBytes);
    writeFileSync(join(dir, 'bom.xlsx'), bomb);
    const run = await runCli(['score', 'bom.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('khi giải nén lớn tới');
    expect(run.stdout + run.stderr).toContain('would inflate to');
  });

  it('a part that lies about its size is stopped at the declared size', () => {
    const big = SHEET_HEAD + '<sheetData>' + ' '.repeat(5_000_000) + '</sheetData></worksheet>';
    const parts = workbookParts(big);
    parts[parts.length - 1] = { ...parts[parts.length - 1]!, declaredSize: 1000 };
    expect(refusedKey(() => guardXlsx(zipArchive(parts), 'lie.xlsx'))).toBe('safety.xlsx-lying-size');
  });

  it('one cell at XFD1048576 (a 6 KB file) is refused naming the cell, without walking the sheet', async () => {
    const sheet = SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
    const file = zipArchive(workbookParts(sheet));
    expect(file.length).toBeLessThan(6 * 1024);
    writeFileSync(join(dir, 'xa.xlsx'), file);
    const run = await runCli(['validate', 'xa.xlsx', '--plan', 'ninh-hai-2023'], { cwd: dir });
    expect(run.code).toBe(2);
    const out = run.stdout + run.stderr;
    expect(out).toContain('XFD1048576');
    expect(out).toContain('Báo cáo');
    expect(out).toContain('tối đa 50.000 dòng và 500 cột');
  });

  it('a cell far out but within the limits is read sparsely and the report still scores', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    filledGrid('ninh-hai-2023', { name: 'UBND xã Hộ Hải', level: 'commune' }, HOHAI).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v as string | number;
      }),
    );
    ws.getCell(40_000, 400).value = 'ghi chú lạc';
    writeFileSync(join(dir, 'far.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = await runCli(['score', 'far.xlsx', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).scorecard.total.percent).toBe(100);
  });
});

describe('CSV: large files', () => {
  it('validate --json caps repeated issues per code with a count', async () => {
    const grid = filledGrid('ninh-hai-2023', { name: 'UBND xã Hộ Hải', level: 'commune' }, HOHAI);
    const lines = [csvText(grid, ',', true)];
    for (let i = 0; i < 20_000; i++) lines.push(`LA-${i},dòng lạ,,,${i},,\r\n`);
    writeFileSync(join(dir, 'lon.csv'), lines.join(''));
    const run = await runCli(['validate', 'lon.csv', '--json'], { cwd: dir });
    const json = JSON.parse(run.stdout);
    const unknown = json.issues.filter((i: { code: string }) => i.code === 'unknown-item-code');
    expect(unknown).toHaveLength(100);
    const more = json.issues.filter((i: { code: string }) => i.code === 'more-issues');
    expect(more).toHaveLength(1);
    expect(more[0].message.vi).toContain('Còn 19.900 lỗi/cảnh báo cùng loại (unknown-item-code)');
    expect(more[0].message.en).toContain('19,900 more issues');
    expect(run.stdout.length).toBeLessThan(200_000);
  });
});

describe('output: control characters never reach the terminal', () => {
  it('a unit name that would clear the screen and write the clipboard is shown harmless', async () => {
    const name = 'UBND xã \u001b[2J\u001b]52;c;cm0gLXJmIH4=\u0007Hộ Hải\u009b2J\u001b[8m';
    writeFileSync(join(dir, 'x.csv'), csvText(filledGrid('ninh-hai-2023', { name, level: 'commune' }, HOHAI), ',', true));
    for (const args of [['score', 'x.csv'], ['rank', 'x.csv', '--plan', 'ninh-hai-2023'], ['score', 'x.csv', '--json']]) {
      const run = await runCli(args, { cwd: dir });
      const out = run.stdout + run.stderr;
      expect(out, args.join(' ')).toContain('Hộ Hải');
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('keeps tabs and newlines, replaces every other control with "�" — colour and hidden-text sequences too', () => {
    expect(terminalSafe('a\tb\nc\u001b[31mđỏ\u001b[0m')).toBe('a\tb\nc\ufffd[31mđỏ\ufffd[0m');
    // "ESC [8m" would hide what follows (the ⚠ of a unit with errors) on the officer's terminal.
    expect(terminalSafe('Hộ Hải\u001b[8m ⚠ 1 lỗi')).toBe('Hộ Hải\ufffd[8m ⚠ 1 lỗi');
    expect(terminalSafe('x\u001b[2Jy\u0000z\u0085w\u007f')).toBe('x\ufffd[2Jy\ufffdz\ufffdw\ufffd');
  });
});

describe('output: one CSV writer that never writes a formula', () => {
  it('escapes text starting with = + - @ and leaves numbers alone', () => {
    const text = writeCsvText([['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t=1', 'Hộ Hải', 5, -5, true, null]]);
    expect(text).toBe('\ufeff"\'=HYPERLINK(""http://x"",""y"")",\'+1,\'-2,\'@SUM(A1),\'\t=1,Hộ Hải,5,-5,có,\r\n');
  });

  it('cds template writes a plan label that starts with "=" as text', async () => {
    const plan = JSON.parse(JSON.stringify((await import('../../shared/data/index.ts')).getPlan('ninh-hai-2023')));
    plan.targets[0].label.vi = '=cmd|\' /C calc\'!A0';
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const run = await runCli(['template', '--plan', 'plan.json', '--out', 't.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    const csv = readFileSync(join(dir, 't.csv'), 'utf8');
    expect(csv).toContain("'=cmd|");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});

describe('output files: no symlinks, written whole', () => {
  it('--html refuses a symbolic link and leaves its target untouched', async () => {
    writeFileSync(join(dir, 'x.csv'), csvText(filledGrid('ninh-hai-2023', { name: 'UBND xã Hộ Hải', level: 'commune' }, HOHAI), ',', true));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'quan-trong.txt'), 'dữ liệu của cán bộ');
    symlinkSync(join(dir, 'elsewhere', 'quan-trong.txt'), join(dir, 'out.html'));
    for (const args of [['score', 'x.csv', '--html', 'out.html'], ['score', 'x.csv', '--html', 'out.html', '--force'], ['rank', 'x.csv', '--plan', 'ninh-hai-2023', '--html', 'out.html']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('liên kết tượng trưng');
    }
    expect(readFileSync(join(dir, 'elsewhere', 'quan-trong.txt'), 'utf8')).toBe('dữ liệu của cán bộ');
    expect(lstatSync(join(dir, 'out.html')).isSymbolicLink()).toBe(true);
  });

  it('writes through a temporary file: the page is whole and no temporary file is left', async () => {
    writeFileSync(join(dir, 'x.csv'), csvText(filledGrid('ninh-hai-2023', { name: 'UBND xã Hộ Hải', level: 'commune' }, HOHAI), ',', true));
    expect((await runCli(['score', 'x.csv', '--html', 'p.html'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['score', 'x.csv', '--html', 'p.html'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'p.html'), 'utf8')).toMatch(/<\/html>\s*$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // `template` never replaces a file, even one appearing between the check and the write.
    writeFileSync(join(dir, 't.csv'), 'của cán bộ');
    expect((await runCli(['template', '--plan', 'ninh-hai-2023', '--out', 't.csv'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe('của cán bộ');
    expect(existsSync(join(dir, 'p.html'))).toBe(true);
  });
});

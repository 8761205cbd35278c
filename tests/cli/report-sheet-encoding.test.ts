// Which sheet is the report, and which encoding the file is in: never scored silently from the
// wrong sheet, never "does not have the report layout" because of the encoding.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeReportText } from '../../cli/io/decode-text.ts';
import { chooseReportSheet } from '../../cli/io/choose-sheet.ts';
import { CliError } from '../../cli/errors.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const ALL_MET = { 'TC-01': '100%', 'TC-02': '100%', 'TC-03B': { numerator: 61, denominator: 98 }, 'TC-05': 'có', 'TC-06': '60%', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
const grid = (name: string, period: string, values: Record<string, RawValue | { numerator: RawValue; denominator: RawValue }> = ALL_MET) =>
  filledGrid('ninh-hai-2023', { name, period, level: 'commune' }, values);

async function workbook(sheets: { name: string; grid: RawValue[][] }[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v as string | number;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('which sheet is the report', () => {
  it('an example sheet before the real one is not scored and does not block it', async () => {
    const example = grid('Xã Ví Dụ', 'Năm 2023', { ...ALL_MET, 'TC-06': '99%' });
    const real = grid('UBND xã Hộ Hải', 'Năm 2023', { ...ALL_MET, 'TC-06': '10%' });
    writeFileSync(join(dir, 'b.xlsx'), await workbook([{ name: 'Ví dụ', grid: example }, { name: 'Báo cáo', grid: real }]));
    const run = await runCli(['score', 'b.xlsx', '--json'], { cwd: dir });
    const json = JSON.parse(run.stdout);
    expect(json.unit?.name ?? json.scorecard.unit.name).toBe('UBND xã Hộ Hải');
    expect(json.scorecard.items.find((i: { targetId: string }) => i.targetId === 'TC-06').actual).toBe(10);
    expect(json.issues.map((i: { message: { vi: string } }) => i.message.vi).join('\n')).toContain('Trang tính "Ví dụ" là hướng dẫn/ví dụ: không chấm');
  });

  it('several report sheets: the latest period is taken and the choice is said', async () => {
    const q1 = grid('UBND xã Hộ Hải', 'Quý 1/2023', { ...ALL_MET, 'TC-06': '20%' });
    const q3 = grid('UBND xã Hộ Hải', 'Quý 3/2023', { ...ALL_MET, 'TC-06': '70%' });
    writeFileSync(join(dir, 'b.xlsx'), await workbook([{ name: 'Q1', grid: q1 }, { name: 'Q3', grid: q3 }]));
    const run = await runCli(['score', 'b.xlsx', '--json'], { cwd: dir });
    const json = JSON.parse(run.stdout);
    expect(json.scorecard.items.find((i: { targetId: string }) => i.targetId === 'TC-06').actual).toBe(70);
    const said = json.issues.map((i: { message: { vi: string; en: string } }) => i.message.en).join('\n');
    expect(said).toContain('has 2 sheets with the report layout ("Q1", "Q3"); scored "Q3"');
  });

  it('several report sheets without a single latest period: lists them and asks for --sheet-name (exit 2)', async () => {
    const a = grid('UBND xã Hộ Hải', 'Năm 2023');
    const b = grid('UBND xã Hộ Hải', 'Năm 2023', { ...ALL_MET, 'TC-06': '10%' });
    writeFileSync(join(dir, 'b.xlsx'), await workbook([{ name: 'Bản 1', grid: a }, { name: 'Bản 2', grid: b }]));
    const run = await runCli(['score', 'b.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('("Bản 1", "Bản 2")');
    expect(run.stdout + run.stderr).toContain('--sheet-name');
    const picked = await runCli(['score', 'b.xlsx', '--sheet-name', 'Bản 2', '--json'], { cwd: dir });
    expect(JSON.parse(picked.stdout).scorecard.items.find((i: { targetId: string }) => i.targetId === 'TC-06').actual).toBe(10);
  });

  it('one report sheet among others is simply the report', () => {
    const chosen = chooseReportSheet([{ name: 'Ghi chú', grid: [['ghi chú']] }, { name: 'Báo cáo', grid: grid('X', 'Năm 2023') }], 'b.xlsx');
    expect('table' in chosen && chosen.table.sheet).toBe('Báo cáo');
  });
});

/** Windows-1258 keeps â ê ô ơ ư ă whole and writes tones as combining marks after them. */
function windows1258(text: string): Buffer {
  const split = text.normalize('NFD').replace(/([aeouAEOU])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031B])/g, (_m, base: string, tone: string, mark: string) => (base + mark).normalize('NFC') + tone);
  const bytes = iconv.encode(split, 'windows-1258');
  if (bytes.includes(0x3f) && !text.includes('?')) throw new Error('fixture: text not representable in Windows-1258');
  return bytes;
}

describe('encodings', () => {
  // "≥" has no place in the legacy code pages: their files write ">=".
  const text = () => csvText(grid('UBND xã Hộ Hải', 'Năm 2023'), ',', false).replace(/≥/g, '>=');

  it('reads UTF-16 ("Unicode Text" of Excel: BOM, tabs) like UTF-8', async () => {
    const tabbed = csvText(grid('UBND xã Hộ Hải', 'Năm 2023'), ',', false).replace(/,/g, '\t');
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tabbed, 'utf-16le')]));
    writeFileSync(join(dir, 'u8.csv'), text());
    const a = JSON.parse((await runCli(['score', 'u16.txt', '--json'], { cwd: dir })).stdout);
    const b = JSON.parse((await runCli(['score', 'u8.csv', '--json'], { cwd: dir })).stdout);
    expect(a.scorecard.unit.name).toBe('UBND xã Hộ Hải');
    expect(a.scorecard.total).toEqual(b.scorecard.total);
    // Without a byte-order mark too.
    expect(decodeReportText(iconv.encode('Đơn vị,Xã Hộ Hải', 'utf-16le'), 'x').text).toBe('Đơn vị,Xã Hộ Hải');
  });

  it('reads Windows-1258 and TCVN3 (ABC) files, with the Vietnamese letters right', async () => {
    writeFileSync(join(dir, 'cp1258.csv'), windows1258(text()));
    writeFileSync(join(dir, 'tcvn3.csv'), iconv.encode(text(), 'tcvn'));
    for (const file of ['cp1258.csv', 'tcvn3.csv']) {
      const run = await runCli(['score', file, '--json'], { cwd: dir });
      expect(run.stderr, file).toBe('');
      const json = JSON.parse(run.stdout);
      expect(json.scorecard.unit.name, file).toBe('UBND xã Hộ Hải');
      expect(json.scorecard.total.percent, file).toBe(100);
    }
    expect(decodeReportText(windows1258('Mã chỉ tiêu'), 'x').encoding).toBe('windows-1258');
    expect(decodeReportText(iconv.encode('Mã chỉ tiêu', 'tcvn'), 'x').encoding).toBe('tcvn3');
  });

  it('refuses a legacy file it cannot read, naming the encoding and how to save as UTF-8 — not "no report layout"', async () => {
    // Legacy bytes that read as neither encoding's report words.
    writeFileSync(join(dir, 'la.csv'), Buffer.from([0x41, 0xe9, 0x2c, 0xb8, 0x0d, 0x0a, 0x42, 0xf5, 0x2c, 0xa7, 0x0d, 0x0a]));
    const run = await runCli(['score', 'la.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    const out = run.stdout + run.stderr;
    expect(out).toContain('không phải UTF-8');
    expect(out).toContain('CSV UTF-8');
    expect(out).toContain('TCVN3');
    expect(out).not.toContain('không có mẫu báo cáo');
    let key = '';
    try {
      decodeReportText(Buffer.from([0xe9, 0x2c, 0xb8, 0xa7]), 'x');
    } catch (error) {
      key = (error as CliError).detail.key;
    }
    expect(key).toBe('safety.encoding-refused');
  });
});

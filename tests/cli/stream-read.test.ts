// Report files are read row by row: a CSV streams from disk (decoded as it comes, the encoding
// judged from its first bytes), a large XLSX through exceljs' streaming reader; both stop at the
// row/column limits with the limit named (exit 2), and both give exactly the grid the whole-file
// readers give.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/errors.ts';
import { decodeReportText } from '../../cli/io/decode-text.ts';
import { CsvTooLarge, readCsvFile, readCsvGrid } from '../../cli/io/read-csv.ts';
import { readWholeXlsx, STREAM_ABOVE_BYTES, streamXlsxSheets } from '../../cli/io/read-xlsx.ts';
import { readReportFile } from '../../cli/io/report-file.ts';
import { guardXlsx } from '../../cli/io/xlsx-guard.ts';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';
import { SHEET_HEAD, workbookParts, zipArchive } from './zip-fixture.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HOHAI = { 'TC-01': '100%', 'TC-02': '100%', 'TC-03B': { numerator: 61, denominator: 98 }, 'TC-05': 'có', 'TC-06': '60%', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
const hohai = (name = 'UBND xã Hộ Hải') => filledGrid('ninh-hai-2023', { name, level: 'commune' }, HOHAI);

/** The grid the whole-file reader gives (read all bytes, decode, parse). */
function wholeCsv(path: string): ReturnType<typeof readCsvGrid> {
  return readCsvGrid(decodeReportText(readFileSync(path), path).text);
}

describe('CSV: streamed from disk, same grid as the whole-file reader', () => {
  it('every sample CSV of the project', async () => {
    const files = ['samples/reports', 'samples/ninh-hai-2023'].flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => join(folder, f)));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const streamed = await readCsvFile(file);
      expect(streamed, file).not.toBeNull();
      expect(streamed, file).toEqual(wholeCsv(file));
    }
  });

  it('the encodings and delimiters offices save in: UTF-8 with/without BOM, UTF-16 with/without BOM, `;`', async () => {
    const grid = hohai('UBND xã Hộ Hải; "Ninh Hải"');
    const variants: [string, Buffer][] = [
      ['utf8-bom.csv', Buffer.from(csvText(grid, ';', true), 'utf8')],
      ['utf8.csv', Buffer.from(csvText(grid, ',', false), 'utf8')],
      ['utf16le-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvText(grid, ',', false).replace(/,/g, '\t'), 'utf-16le')])],
      ['utf16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csvText(grid, ';', false), 'utf-16be')])],
      ['utf16le.csv', iconv.encode(csvText(grid, ',', false), 'utf-16le')],
    ];
    for (const [name, bytes] of variants) {
      writeFileSync(join(dir, name), bytes);
      const streamed = await readCsvFile(join(dir, name));
      expect(streamed, name).toEqual(wholeCsv(join(dir, name)));
      expect(streamed![0]![0], name).toBe(grid[0]![0]);
    }
  });

  it('a large file: pieces cut inside multi-byte letters and quoted multi-line fields join back exactly', async () => {
    const lines = [csvText(hohai(), ';', true)];
    for (let i = 0; i < 40_000; i++) lines.push(`GC-${i};"Ghi chú ""${i}"";\r\ndòng hai của ô";Đạt ${i},5;ư\r\n`, i % 1000 === 0 ? ';;;\r\n\r\n' : '');
    // Blank rows in the middle are kept (they number the rows); the export's blank tail is not.
    lines.push(';;;\r\n'.repeat(50_000));
    const path = join(dir, 'lon.csv');
    writeFileSync(path, lines.join(''));
    expect(readFileSync(path).length).toBeGreaterThan(2 * 1024 * 1024);
    const streamed = await readCsvFile(path);
    const whole = wholeCsv(path);
    expect(streamed).toEqual(whole);
    expect(whole.at(-1)).toEqual(['GC-39999', 'Ghi chú "39999";\r\ndòng hai của ô', 'Đạt 39999,5', 'ư']);
    const blank = (grid: ReturnType<typeof readCsvGrid>) => grid.filter((row) => row.every((c) => c === null)).length;
    expect(blank(whole)).toBe(80 + blank(readCsvGrid(lines[0]!)));
  });

  it('legacy encodings (Windows-1258, TCVN3) are left to the whole-file reader and still read', async () => {
    const text = csvText(hohai(), ',', false);
    writeFileSync(join(dir, 'tcvn.csv'), iconv.encode(text, 'tcvn'));
    expect(await readCsvFile(join(dir, 'tcvn.csv'))).toBeNull();
    const [sheet] = await readReportFile(join(dir, 'tcvn.csv'));
    expect(sheet!.grid).toEqual(wholeCsv(join(dir, 'tcvn.csv')));
    expect(sheet!.grid.flat()).toContain('UBND xã Hộ Hải');
    // UTF-8 at first, not UTF-8 further on: read again whole (and refused, naming the encoding).
    writeFileSync(join(dir, 'lech.csv'), Buffer.concat([Buffer.from('a,b\r\n'.repeat(100_000)), Buffer.from([0xe9, 0x2c, 0xb8, 0xa7])]));
    expect(await readCsvFile(join(dir, 'lech.csv'))).toBeNull();
    const refused = await readReportFile(join(dir, 'lech.csv')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).detail.key).toBe('safety.encoding-refused');
  });
});

describe('CSV: stops at the limits', () => {
  it('stops reading at the row limit: bytes after it are never decoded', async () => {
    // Past row 200 the file stops being UTF-8; a reader that went on would fall back (null) instead.
    const path = join(dir, 'dai.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('Đơn vị,x\r\n'.repeat(200)), Buffer.alloc(2 * 1024 * 1024, 0x41), Buffer.from([0xff, 0xfe, 0xe9])]));
    await expect(readCsvFile(path, { rows: 100, columns: 10 })).rejects.toBeInstanceOf(CsvTooLarge);
    await expect(readCsvFile(path, { rows: 100_000, columns: 10 })).resolves.toBeNull();
    writeFileSync(join(dir, 'rong.csv'), Array.from({ length: 20 }, (_, i) => `c${i}`).join(',') + '\r\n');
    await expect(readCsvFile(join(dir, 'rong.csv'), { rows: 100, columns: 10 })).rejects.toBeInstanceOf(CsvTooLarge);
  });

  it('a file past 1,000,000 rows: exit 2 and the message names the limit', async () => {
    writeFileSync(join(dir, 'trieu.csv'), 'x;1\n'.repeat(1_000_001));
    const run = await runCli(['validate', 'trieu.csv', '--plan', 'ninh-hai-2023'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/hơn 1[.,]?000[.,]?000 dòng/);
    expect(run.stderr).toMatch(/more than 1[.,]?000[.,]?000 rows/);
  });
});

/** A workbook written by exceljs (as Excel-made files, worksheets come before shared strings/styles). */
async function richWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const example = wb.addWorksheet('Ví dụ');
  hohai('Xã Ví Dụ').forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (example.getCell(r + 1, c + 1).value = v as string | number)));
  const ws = wb.addWorksheet('Báo cáo');
  hohai().forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (ws.getCell(r + 1, c + 1).value = v as string | number)));
  const set = (ref: string, value: unknown, numFmt?: string) => {
    const cell = ws.getCell(ref);
    if (numFmt) cell.style = { ...cell.style, numFmt };
    cell.value = value as never;
  };
  set('H1', 0.855, '0.0%');
  set('H2', 1, '0%');
  set('H3', new Date(Date.UTC(2023, 11, 31)), 'dd/mm/yyyy');
  set('H4', { formula: 'H2*100', result: 100 });
  set('H5', { formula: 'H1', result: 0.425 }, '0.0%');
  set('H6', { formula: 'CONCAT("a","b")', result: 'ab' });
  set('H7', { richText: [{ text: 'Xã ' }, { font: { bold: true }, text: 'Tân Hải' }] });
  set('H8', { text: 'cổng', hyperlink: 'https://dichvucong.gov.vn' });
  set('H9', true);
  set('H10', 'Hộ Hải');
  set('I10', 'Hộ Hải'); // the same shared string twice
  set('J12', 'gộp');
  ws.mergeCells('J12:L14');
  ws.getCell('Z40').value = 'ô xa';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function streamed(bytes: Uint8Array, limits?: { rows: number; columns: number }) {
  return streamXlsxSheets(bytes, { path: 'x.xlsx', guarded: guardXlsx(bytes, 'x.xlsx') }, limits);
}

describe('XLSX: the streaming reader gives the full reader’s grid', () => {
  it('shared strings, percent formats, dates, formulas’ saved results, rich text, links, merges, sheet order', async () => {
    const bytes = await richWorkbook();
    expect(guardXlsx(bytes, 'x.xlsx').streamable).toBe(true);
    const whole = await readWholeXlsx(bytes);
    expect(await streamed(bytes)).toEqual(whole);
    const sheet = whole[1]!.grid;
    expect(whole.map((s) => s.name)).toEqual(['Ví dụ', 'Báo cáo']);
    expect([0, 1, 2, 3, 4, 5].map((r) => sheet[r]![7])).toEqual(['85,5%', '100%', '31/12/2023', 100, '42,5%', 'ab']);
  });

  it('the files `cds template` and `cds plan export` write', async () => {
    expect((await runCli(['template', '--plan', 'ninh-hai-2023', '--level', 'xa', '--out', 'mau.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['plan', 'export', 'ninh-hai-2023', '--out', 'ke-hoach.xlsx'], { cwd: dir })).code).toBe(0);
    for (const file of ['mau.xlsx', 'ke-hoach.xlsx']) {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const whole = await readWholeXlsx(bytes);
      expect(whole[0]!.grid.length, file).toBeGreaterThan(5);
      expect(await streamed(bytes), file).toEqual(whole);
    }
  });

  it('a hand-made archive (inline strings, a value left under a merge) reads the same', async () => {
    const sheet =
      SHEET_HEAD +
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Xã A</t></is></c><c r="C1" t="inlineStr"><is><t>ẩn dưới ô gộp</t></is></c></row>' +
      '<row r="3"><c r="A3"><v>12.5</v></c><c r="B3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>';
    const bytes = zipArchive(workbookParts(sheet));
    const whole = await readWholeXlsx(bytes);
    expect(whole[0]!.grid).toEqual([['Đơn vị', 'Xã A'], [], [12.5, true, null, '#N/A']]);
    expect(await streamed(bytes)).toEqual(whole);
  });

  it('a formula whose saved result is an error stays an error (its code is lost in streaming)', async () => {
    const sheet = SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData></worksheet>';
    const bytes = zipArchive(workbookParts(sheet));
    expect((await readWholeXlsx(bytes))[0]!.grid).toEqual([['#DIV/0!']]);
    expect((await streamed(bytes))[0]!.grid).toEqual([['#ERROR!']]);
  });

  it('shared strings and number formats are known to every sheet, whatever the order of the parts', async () => {
    const sheet = SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.855</v></c></row></sheetData></worksheet>';
    const parts = workbookParts(sheet);
    const shared = { name: 'xl/sharedStrings.xml', data: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Tỷ lệ hồ sơ</t></si></sst>' };
    const styles = {
      name: 'xl/styles.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    };
    // Every order of the parts: before, between and after the sheet (exceljs alone loses the styles
    // when they come after the sheet but the shared strings before it).
    for (const order of [[shared, styles, parts[4]!], [shared, parts[4]!, styles], [parts[4]!, shared, styles], [styles, parts[4]!, shared]]) {
      const bytes = zipArchive([...parts.slice(0, 4), ...order]);
      const whole = await readWholeXlsx(bytes);
      expect(whole[0]!.grid).toEqual([['Tỷ lệ hồ sơ', '85,5%']]);
      expect(await streamed(bytes)).toEqual(whole);
    }
  });
});

describe('XLSX: large workbooks stream and stop at the limits', () => {
  /** The Hộ Hải report plus `extra` rows of notes below it, written by exceljs. */
  async function bigReport(extra: number): Promise<Uint8Array> {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    const grid = hohai();
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (ws.getCell(r + 1, c + 1).value = v as string | number)));
    for (let r = 0; r < extra; r++) ws.getCell(grid.length + 2 + r, 9).value = `ghi chú số ${r} — không thuộc bảng báo cáo`;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('a workbook inflating past the streaming threshold is read row by row and scores as the full reader would', async () => {
    const bytes = await bigReport(30_000);
    const guarded = guardXlsx(bytes, 'lon.xlsx');
    expect(guarded.inflatedBytes).toBeGreaterThan(STREAM_ABOVE_BYTES);
    expect(await streamed(bytes)).toEqual(await readWholeXlsx(bytes));
    writeFileSync(join(dir, 'lon.xlsx'), bytes);
    const run = await runCli(['score', 'lon.xlsx', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).scorecard.total.percent).toBe(100);
  });

  it('stops at the row limit naming the sheet, the cell and the limit', async () => {
    const bytes = await bigReport(300);
    const refused = await streamed(bytes, { rows: 100, columns: 50 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CliError);
    const detail = (refused as CliError).detail;
    expect(detail.key).toBe('safety.sheet-too-large');
    expect(detail.params).toMatchObject({ sheet: 'Báo cáo', cell: 'I101', maxRows: 100 });
  });

  it('stops at the column limit', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rộng');
    for (let c = 1; c <= 30; c++) ws.getCell(1, c).value = c;
    const refused = await streamed(new Uint8Array(await wb.xlsx.writeBuffer()), { rows: 100, columns: 20 }).catch((error: unknown) => error);
    expect((refused as CliError).detail).toMatchObject({ key: 'safety.sheet-too-large', params: { cell: 'AD1', columns: 30, maxColumns: 20 } });
  });

  it('a merged range reaching past the limits is refused before reading; a huge one within them is streamed', async () => {
    const merged = (ref: string) =>
      zipArchive(workbookParts(SHEET_HEAD + `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells></worksheet>`));
    const refused = (() => {
      try {
        guardXlsx(merged('A1:XFD1048576'), 'g.xlsx');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect((refused as CliError).detail).toMatchObject({ key: 'safety.sheet-too-large', params: { cell: 'XFD1048576' } });
    // 25 million merged cells in a 1 KB file: the full reader builds a cell for each (gigabytes).
    const bytes = merged('A1:SF50000');
    expect(bytes.length).toBeLessThan(2048);
    writeFileSync(join(dir, 'gop.xlsx'), bytes);
    const sheets = await readReportFile(join(dir, 'gop.xlsx'));
    expect(sheets).toEqual([{ name: 'Báo cáo', grid: [['Đơn vị']] }]);
  });

  it('past 50,000 rows: exit 2, the message names the limit', async () => {
    writeFileSync(join(dir, 'dai.xlsx'), await bigReport(60_000));
    const run = await runCli(['validate', 'dai.xlsx', '--plan', 'ninh-hai-2023'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tối đa 50.000 dòng và 500 cột');
    expect(run.stderr).toContain('at most 50,000 rows and 500 columns');
  });
});

import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../cli/io/csv-delimiter.ts';
import { readCsvGrid } from '../../cli/io/read-csv.ts';
import { excelCellToRaw, isPercentFormat } from '../../cli/io/excel-cell.ts';
import { rectangular } from '../../cli/io/grid.ts';
import { parseSheetsList, isReportFileName } from '../../cli/io/inputs.ts';
import { parseSpreadsheetRef } from '../../cli/sheets/spreadsheet-ref.ts';
import { retryDelay, withRetry, type RetryPolicy } from '../../cli/sheets/retry.ts';
import { mapLimit } from '../../cli/sheets/pool.ts';
import { sheetsErrorMessage } from '../../cli/sheets/api-error.ts';
import { createSheetsClient, READ_SCOPE, WRITE_SCOPE } from '../../cli/sheets/client.ts';
import { textBar } from '../../cli/render/bar.ts';
import { stringDocument, toHtml } from '../../cli/render/string-dom.ts';
import { both } from '../../cli/messages/index.ts';

describe('CSV reading', () => {
  it('detects `;`, `,` and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('Đơn vị;Xã A\nMã chỉ tiêu;Giá trị\nTC-01;85,5\n')).toBe(';');
    expect(detectDelimiter('Đơn vị,Xã A\n"TC-01","Hồ sơ; văn bản",85.5\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('drops the BOM, keeps texts as typed and makes empty fields blank', () => {
    const grid = readCsvGrid('\ufeffĐơn vị;Xã A\r\nTC-01;"85,5";\r\n\r\n');
    expect(grid).toEqual([
      ['Đơn vị', 'Xã A'],
      ['TC-01', '85,5', null],
    ]);
  });

  it('pads ragged rows to a rectangle', () => {
    expect(rectangular([['a'], [], ['b', 1, true]])).toEqual([
      ['a', null, null],
      [null, null, null],
      ['b', 1, true],
    ]);
  });
});

describe('XLSX cells', () => {
  it('turns each kind of cell into what the officer sees', () => {
    expect(excelCellToRaw(12, 'General')).toBe(12);
    expect(excelCellToRaw(1, '0%')).toBe('100%');
    expect(excelCellToRaw(0.855, '0.0%')).toBe('85,5%');
    expect(excelCellToRaw(0.005, '0.0%')).toBe('0,5%');
    expect(excelCellToRaw(new Date(Date.UTC(2024, 1, 29)), 'dd/mm/yyyy')).toBe('29/02/2024');
    expect(excelCellToRaw({ formula: 'A1/B1', result: 42 }, undefined)).toBe(42);
    expect(excelCellToRaw({ sharedFormula: 'A1', result: 0.5 }, '0%')).toBe('50%');
    expect(excelCellToRaw({ formula: 'A1/0', result: { error: '#DIV/0!' } }, undefined)).toBe('#DIV/0!');
    expect(excelCellToRaw({ formula: 'A1' }, undefined)).toBeNull();
    expect(excelCellToRaw({ richText: [{ text: 'có ' }, { text: 'minh chứng' }] }, undefined)).toBe('có minh chứng');
    expect(excelCellToRaw({ text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' }, undefined)).toBe('Cổng DVC');
    expect(excelCellToRaw({ error: '#N/A' }, undefined)).toBe('#N/A');
    expect(excelCellToRaw('', undefined)).toBeNull();
    expect(excelCellToRaw(true, undefined)).toBe(true);
  });

  it('recognises percent formats only outside quoted text', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe('inputs', () => {
  it('reads a spreadsheet list with comments', () => {
    expect(parseSheetsList('\ufeff# huyện\nabc123\n\n https://docs.google.com/spreadsheets/d/xyz/edit#gid=5  # xã B\n')).toEqual([
      'abc123',
      'https://docs.google.com/spreadsheets/d/xyz/edit#gid=5',
    ]);
  });

  it('takes report files, not lock or hidden files', () => {
    expect(isReportFileName('xa-a.xlsx')).toBe(true);
    expect(isReportFileName('XA-B.CSV')).toBe(true);
    expect(isReportFileName('~$xa-a.xlsx')).toBe(false);
    expect(isReportFileName('.xa.csv')).toBe(false);
    expect(isReportFileName('ghi-chu.docx')).toBe(false);
  });

  it('parses spreadsheet URLs and ids', () => {
    expect(parseSpreadsheetRef('https://docs.google.com/spreadsheets/d/1AbC_d-9/edit#gid=123')).toEqual({ id: '1AbC_d-9', gid: 123 });
    expect(parseSpreadsheetRef('https://docs.google.com/spreadsheets/u/0/d/1AbC/edit?gid=4')).toEqual({ id: '1AbC', gid: 4 });
    expect(parseSpreadsheetRef('1AbC_d-9')).toEqual({ id: '1AbC_d-9', gid: null });
    expect(parseSpreadsheetRef('https://example.com/file')).toBeNull();
    expect(parseSpreadsheetRef('not an id')).toBeNull();
  });
});

describe('retries and concurrency', () => {
  const policy = (sleeps: number[]): RetryPolicy => ({ attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
  const httpError = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, response: { status, headers } });

  it('retries 429 and 5xx with growing waits, then succeeds', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls === 1) throw httpError(429);
      if (calls === 2) throw httpError(503);
      return 'ok';
    }, policy(sleeps));
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('does not retry what cannot get better, and gives up after the last attempt', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw httpError(403);
    }, policy(sleeps))).rejects.toThrow('HTTP 403');
    expect(calls).toBe(1);
    calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw httpError(500);
    }, policy(sleeps))).rejects.toThrow('HTTP 500');
    expect(calls).toBe(4);
  });

  it('follows Retry-After when the server sends it', () => {
    expect(retryDelay(httpError(429, { 'retry-after': '3' }), 1, { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0 })).toBe(3000);
    expect(retryDelay(httpError(429, { 'retry-after': '60' }), 1, { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0 })).toBe(10_000);
  });

  it('never runs more than the limit at once and keeps the order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });
});

describe('Sheets errors and auth', () => {
  it('tells whom to share the spreadsheet with on 403, and what 401/404/429 mean', () => {
    const e = (status: number) => Object.assign(new Error('x'), { status });
    const forbidden = both(sheetsErrorMessage(e(403), { id: 'abc', email: 'bot@x.iam.gserviceaccount.com' }));
    expect(forbidden.vi).toContain('bot@x.iam.gserviceaccount.com');
    expect(forbidden.en).toContain('Share it');
    expect(sheetsErrorMessage(e(401), { id: 'abc', email: null }).key).toBe('cli.sheets.unauthenticated');
    expect(sheetsErrorMessage(e(404), { id: 'abc', email: null }).key).toBe('cli.sheets.not-found');
    expect(sheetsErrorMessage(e(429), { id: 'abc', email: null }).key).toBe('cli.sheets.rate-limited');
    expect(sheetsErrorMessage(new Error('Could not load the default credentials.'), { id: 'abc', email: null }).key).toBe('cli.sheets.no-credentials');
  });

  it('asks for the read-write scope only when writing', async () => {
    expect((await createSheetsClient({ write: false })).scopes).toEqual([READ_SCOPE]);
    expect((await createSheetsClient({ write: true })).scopes).toEqual([WRITE_SCOPE]);
    expect((await createSheetsClient({ write: false, accessToken: 't' })).scopes).toEqual([]);
  });
});

describe('rendering helpers', () => {
  it('draws bars of unicode blocks, clamped', () => {
    expect(textBar(50, 10)).toBe('█████░░░░░');
    expect(textBar(0, 4)).toBe('░░░░');
    expect(textBar(130, 4)).toBe('████');
    expect(textBar(null, 4)).toBe('░░░░');
    expect(textBar(56.25, 4)).toBe('██▎░');
  });

  it('serialises the string DOM with every text and attribute escaped', () => {
    const doc = stringDocument();
    const el = doc.createElement('p');
    el.setAttribute('data-x', '"><script>');
    el.append('<b>&</b>', doc.createElement('br'));
    const span = doc.createElement('span');
    span.style.width = '40%';
    el.append(span);
    expect(toHtml(el)).toBe('<p data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;<br><span style="width: 40%"></span></p>');
  });
});

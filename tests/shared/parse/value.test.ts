import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDate, parseNumber, type Parsed } from '../../../shared/parse/value.ts';
import type { RawValue } from '../../../shared/schema/report.ts';

const percent = { percent: true };
const count = { percent: false };

function num(p: Parsed): number | string {
  if (p.kind === 'number') return p.value;
  if (p.kind === 'error') return `error:${p.code}`;
  return p.kind;
}

describe('parseNumber: formats officers type', () => {
  // [raw, expected in a percent field, expected in a count field]
  const cases: [RawValue, number | string, number | string][] = [
    ['85%', 85, 85],
    ['85 %', 85, 85],
    ['85,5%', 85.5, 85.5],
    ['85,5', 85.5, 85.5],
    ['85.5', 85.5, 85.5],
    ['0,855', 85.5, 0.855],
    ['0.855', 85.5, 0.855],
    [',5', 50, 0.5],
    ['0,5%', 0.5, 0.5],
    ['1.234', 1234, 1234],
    ['12.500', 12500, 12500],
    ['1.234,5', 1234.5, 1234.5],
    ['1.234.567', 1234567, 1234567],
    ['1.234.567,89', 1234567.89, 1234567.89],
    ['1,234.5', 1234.5, 1234.5],
    ['1,234,567', 1234567, 1234567],
    ['1,234', 1.234, 1.234],
    ['1234.567', 1234.567, 1234.567],
    ['1 234 567', 1234567, 1234567],
    ['1 234,5', 1234.5, 1234.5],
    [' 12 ', 12, 12],
    ['\u00a012\u00a0', 12, 12],
    ['1\u00a0234', 1234, 1234],
    ['12\u202f%', 12, 12],
    ['-5', -5, -5],
    ['−3,5', -3.5, -3.5],
    ['+7', 7, 7],
    ['100%', 100, 100],
    ['0', 0, 0],
    ['1', 1, 1],
    ['1.5E-3', 0.15, 0.0015],
    // JS numbers and what spreadsheets give for a percent-formatted cell
    [0.85, 85, 0.85],
    [0.855, 85.5, 0.855],
    [85, 85, 85],
    [1, 1, 1],
    [0, 0, 0],
    [-0.5, -0.5, -0.5],
    [1234.5, 1234.5, 1234.5],
    // blanks: never 0
    [null, 'blank', 'blank'],
    ['', 'blank', 'blank'],
    ['   ', 'blank', 'blank'],
    ['\u00a0', 'blank', 'blank'],
    ['-', 'blank', 'blank'],
    ['—', 'blank', 'blank'],
    // not numbers
    ['85,5,1', 'error:not-a-number', 'error:not-a-number'],
    ['12 34', 'error:not-a-number', 'error:not-a-number'],
    ['1.23.4', 'error:not-a-number', 'error:not-a-number'],
    ['1,2.3', 'error:not-a-number', 'error:not-a-number'],
    ['5,', 'error:not-a-number', 'error:not-a-number'],
    ['abc', 'error:not-a-number', 'error:not-a-number'],
    ['≥ 80%', 'error:not-a-number', 'error:not-a-number'],
    ['N/A', 'error:not-a-number', 'error:not-a-number'],
    ['%', 'error:not-a-number', 'error:not-a-number'],
    ['Infinity', 'error:not-a-number', 'error:not-a-number'],
    [true, 'error:not-a-number', 'error:not-a-number'],
    [false, 'error:not-a-number', 'error:not-a-number'],
    [Number.NaN, 'error:not-a-number', 'error:not-a-number'],
    [Number.POSITIVE_INFINITY, 'error:not-a-number', 'error:not-a-number'],
  ];
  it.each(cases)('%j → percent %j, count %j', (raw, inPercent, inCount) => {
    expect(num(parseNumber(raw, percent))).toBe(inPercent);
    expect(num(parseNumber(raw, count))).toBe(inCount);
  });

  it.each(['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #n/a '])(
    'spreadsheet error %j is its own error, quoted',
    (raw) => {
      const p = parseNumber(raw, percent);
      expect(p.kind).toBe('error');
      if (p.kind !== 'error') return;
      expect(p.code).toBe('spreadsheet-error');
      expect(p.message).toEqual({ key: 'parse.spreadsheet-error', params: { raw: raw.trim().toUpperCase() } });
    },
  );

  it('quotes the raw value in a not-a-number message, with the key for the field kind', () => {
    expect(parseNumber('85,5,1', percent)).toEqual({
      kind: 'error',
      code: 'not-a-number',
      message: { key: 'parse.not-a-number', params: { raw: '85,5,1' } },
    });
    expect(parseNumber(' abc ', count)).toEqual({
      kind: 'error',
      code: 'not-a-number',
      message: { key: 'parse.not-a-count', params: { raw: 'abc' } },
    });
  });

  it('says how a share was read as a percent (info), and only in percent fields', () => {
    const p = parseNumber('0,855', percent);
    expect(p).toEqual({
      kind: 'number',
      value: 85.5,
      note: { code: 'share-read-as-percent', severity: 'info', message: { key: 'parse.share-read-as-percent', params: { raw: '0,855', value: 85.5 } } },
    });
    expect(parseNumber('0,855', count)).toEqual({ kind: 'number', value: 0.855, note: null });
    expect(parseNumber('85', percent)).toEqual({ kind: 'number', value: 85, note: null });
  });

  it('warns when a count carries a % sign but keeps the number', () => {
    const p = parseNumber('12%', count);
    expect(p.kind === 'number' && p.value).toBe(12);
    expect(p.kind === 'number' && p.note?.code).toBe('percent-sign-unexpected');
    expect(p.kind === 'number' && p.note?.severity).toBe('warning');
  });

  it('reads -0 as 0', () => {
    expect(Object.is(num(parseNumber(-0, count)), 0)).toBe(true);
    expect(Object.is(num(parseNumber('-0', count)), 0)).toBe(true);
  });
});

describe('parseBoolean', () => {
  const cases: [RawValue, boolean | string][] = [
    ['có', true], ['Có', true], ['CÓ', true], [' co ', true], ['x', true], ['X', true], ['✓', true], ['✔', true],
    ['đạt', true], ['Đạt', true], ['đã', true], ['rồi', true], ['hoàn thành', true], ['yes', true], ['Yes', true],
    ['true', true], ['TRUE', true], ['1', true], [1, true], [true, true],
    ['không', false], ['Không', false], ['KHÔNG', false], ['khong', false], ['ko', false], ['chưa', false],
    ['chưa đạt', false], ['Chưa  Đạt', false], ['không đạt', false], ['no', false], ['false', false], ['FALSE', false],
    ['0', false], [0, false], [false, false], ['✗', false],
    [null, 'blank'], ['', 'blank'], ['  ', 'blank'], ['-', 'blank'],
    ['maybe', 'error:not-a-yes-no'], ['2', 'error:not-a-yes-no'], [2, 'error:not-a-yes-no'], [0.5, 'error:not-a-yes-no'],
    ['#N/A', 'error:spreadsheet-error'],
  ];
  it.each(cases)('%j → %j', (raw, expected) => {
    const p = parseBoolean(raw);
    const got = p.kind === 'boolean' ? p.value : p.kind === 'error' ? `error:${p.code}` : p.kind;
    expect(got).toBe(expected);
  });

  it('quotes the raw value when it is no answer', () => {
    expect(parseBoolean('có lẽ')).toEqual({ kind: 'error', code: 'not-a-yes-no', message: { key: 'parse.not-a-yes-no', params: { raw: 'có lẽ' } } });
  });
});

describe('parseDate', () => {
  const cases: [RawValue, string][] = [
    ['15/11/2023', '2023-11-15'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['2023-11-15', '2023-11-15'],
    ['2023-11-15T08:30:00Z', '2023-11-15'],
    [45245, '2023-11-15'],
    [45245.75, '2023-11-15'],
    [61, '1900-03-01'],
    [null, 'blank'],
    ['', 'blank'],
    ['29/02/2023', 'error:not-a-date'],
    ['31/04/2024', 'error:not-a-date'],
    ['15/13/2023', 'error:not-a-date'],
    ['1/2/23', 'error:not-a-date'],
    ['2023-02-30', 'error:not-a-date'],
    ['hôm qua', 'error:not-a-date'],
    [0, 'error:not-a-date'],
    [true, 'error:not-a-date'],
  ];
  it.each(cases)('%j → %j', (raw, expected) => {
    const p = parseDate(raw);
    const got = p.kind === 'date' ? p.value : p.kind === 'error' ? `error:${p.code}` : p.kind;
    expect(got).toBe(expected);
  });
});

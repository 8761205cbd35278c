import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { both } from '../../../shared/messages/index.ts';
import { comparePeriods, daysBetween, latestPeriod, parsePeriod, periodSlug, readReportPeriod, type Period } from '../../../shared/period/period.ts';

function period(text: string | number): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(`not a period: ${text}`);
  return p.period;
}
const span = (text: string | number) => {
  const p = period(text);
  return `${p.kind} ${p.start}..${p.end}`;
};

describe('parsePeriod: the spellings of `Kỳ báo cáo`', () => {
  it.each([
    ['Năm 2025', 'year 2025-01-01..2025-12-31'],
    ['năm 2025', 'year 2025-01-01..2025-12-31'],
    ['2025', 'year 2025-01-01..2025-12-31'],
    [2025, 'year 2025-01-01..2025-12-31'],
    ['Kỳ báo cáo: Năm 2024.', 'year 2024-01-01..2024-12-31'],
    ['6 tháng đầu năm 2025', 'half 2025-01-01..2025-06-30'],
    ['Sáu tháng đầu năm 2025', 'half 2025-01-01..2025-06-30'],
    ['06 tháng năm 2025', 'half 2025-01-01..2025-06-30'],
    ['6 tháng cuối năm 2025', 'half 2025-07-01..2025-12-31'],
    ['H2/2025', 'half 2025-07-01..2025-12-31'],
    ['Báo cáo 6 tháng đầu năm 2025', 'half 2025-01-01..2025-06-30'],
    ['9 tháng đầu năm 2025', 'months 2025-01-01..2025-09-30'],
    ['3 tháng đầu năm 2025', 'quarter 2025-01-01..2025-03-31'],
    ['Quý 3/2025', 'quarter 2025-07-01..2025-09-30'],
    ['Quý III/2025', 'quarter 2025-07-01..2025-09-30'],
    ['quý IV năm 2024', 'quarter 2024-10-01..2024-12-31'],
    ['Q1 2025', 'quarter 2025-01-01..2025-03-31'],
    ['2025-Q2', 'quarter 2025-04-01..2025-06-30'],
    ['Tháng 10/2025', 'month 2025-10-01..2025-10-31'],
    ['Tháng 2 năm 2024', 'month 2024-02-01..2024-02-29'],
    ['T2/2025', 'month 2025-02-01..2025-02-28'],
    ['10/2025', 'month 2025-10-01..2025-10-31'],
    ['2025-10', 'month 2025-10-01..2025-10-31'],
    ['đến 30/11/2025', 'cutoff 2025-01-01..2025-11-30'],
    ['Tính đến ngày 30/11/2025', 'cutoff 2025-01-01..2025-11-30'],
    ['Lũy kế đến hết ngày 15/5/2025', 'cutoff 2025-01-01..2025-05-15'],
    ['30/11/2025', 'cutoff 2025-01-01..2025-11-30'],
    ['Tính đến ngày 30 tháng 11 năm 2025', 'cutoff 2025-01-01..2025-11-30'],
    ['Đến hết tháng 10/2025', 'months 2025-01-01..2025-10-31'],
    ['Từ 01/01/2025 đến 30/11/2025', 'range 2025-01-01..2025-11-30'],
    ['Giai đoạn 2021-2025', 'range 2021-01-01..2025-12-31'],
    ['  QUÝ\u00a03 / 2025 ', 'quarter 2025-07-01..2025-09-30'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });

  it('reads a date cell (serial number) as a cut-off', () => {
    expect(span(45991)).toBe('cutoff 2025-01-01..2025-11-30');
  });

  it('gives canonical labels in both languages', () => {
    expect(period('quý III năm 2025').label).toEqual({ vi: 'Quý 3/2025', en: 'Q3 2025' });
    expect(period('Sáu tháng đầu năm 2025').label.vi).toBe('6 tháng đầu năm 2025');
    expect(period('tính đến 30/11/2025').label).toEqual({ vi: 'Đến 30/11/2025', en: 'Up to 30/11/2025' });
  });

  it('the same days are the same period, however written', () => {
    expect(period('6 tháng đầu năm 2025').key).toBe(period('đến 30/06/2025').key);
    expect(period('Năm 2025').key).toBe(period('Từ 01/01/2025 đến 31/12/2025').key);
    expect(period('Quý 3/2025').key).not.toBe(period('Tháng 9/2025').key);
  });

  it.each(['Quý 5/2025', 'Tháng 13/2025', 'đến 31/02/2025', 'tuần này', 'Năm nay', 'abc 2025', 'Từ 30/11/2025 đến 01/01/2025', true])('refuses %s with a message quoting it', (text) => {
    const p = parsePeriod(text as string);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.blank).toBe(false);
      expect(p.message.key).toBe('period.unreadable');
    }
  });

  it('a blank cell is "missing", not "unreadable"', () => {
    const p = parsePeriod('  ');
    expect(p.ok === false && p.blank).toBe(true);
  });

  it('locates the error at the cell (sheet + A1), in Vietnamese and English', () => {
    const cell = { raw: 'kỳ 3', location: { sheet: 'Báo cáo', row: 5, column: 2, a1: 'B5', field: 'Kỳ báo cáo' } };
    const { period: p, issue } = readReportPeriod(cell);
    expect(p).toBeNull();
    expect(issue?.location).toEqual(cell.location);
    expect(issue?.severity).toBe('error');
    const text = both(issue!.message);
    expect(text.vi).toContain('"kỳ 3" (ô B5) không phải kỳ báo cáo');
    expect(text.en).toContain('(cell B5) is not a reporting period');
    expect(readReportPeriod(null).issue?.code).toBe('period-missing');
  });
});

describe('comparePeriods: chronological order', () => {
  it('orders mixed kinds by their last day', () => {
    const texts = ['Năm 2025', 'đến 30/11/2025', 'Quý 1/2025', 'Tháng 10/2025', '6 tháng đầu năm 2025', 'Năm 2024', '9 tháng đầu năm 2025'];
    const sorted = texts.map((t) => period(t)).sort(comparePeriods).map((p) => p.label.vi);
    expect(sorted).toEqual(['Năm 2024', 'Quý 1/2025', '6 tháng đầu năm 2025', '9 tháng đầu năm 2025', 'Tháng 10/2025', 'Đến 30/11/2025', 'Năm 2025']);
  });

  it('on the same last day the longer period comes last (the year after its fourth quarter)', () => {
    expect(comparePeriods(period('Quý 4/2025'), period('Năm 2025'))).toBeLessThan(0);
  });

  it('is a total order consistent with itself (property)', () => {
    const texts = ['Năm 2024', 'Năm 2025', 'Quý 2/2025', 'Quý 4/2025', 'Tháng 6/2025', '6 tháng đầu năm 2025', 'đến 15/08/2025', 'Giai đoạn 2021-2025'];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), (a, b) => {
        const [pa, pb] = [period(a), period(b)];
        expect(Math.sign(comparePeriods(pa, pb)) + Math.sign(comparePeriods(pb, pa))).toBe(0);
        if (comparePeriods(pa, pb) === 0) expect(pa.key).toBe(pb.key);
      }),
    );
  });

  it('latestPeriod picks the latest and skips items without one', () => {
    const items = [{ p: period('Quý 1/2025') }, { p: null }, { p: period('Quý 3/2025') }, { p: period('Quý 2/2025') }];
    expect(latestPeriod(items, (i) => i.p)?.p?.label.vi).toBe('Quý 3/2025');
    expect(latestPeriod([{ p: null }], (i) => i.p)).toBeNull();
  });

  it('counts days without a clock', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2025-01-01')).toBe(-364);
  });
});

describe('public surface', () => {
  it('the core exports periods, unit identity, trend and pace for the extension and the add-on', async () => {
    const core = await import('../../../shared/index.ts');
    const p = core.parsePeriod('Quý 3/2025');
    expect(p.ok && core.periodSlug(p.period)).toBe('2025-q3');
    expect(core.unitKey({ code: null, name: 'UBND xã Hải An' })).toBe('name:hai an');
    expect(typeof core.buildTrend).toBe('function');
    expect(core.pace([{ date: '2025-03-31', value: 10 }, { date: '2025-06-30', value: 20 }], { value: 15, comparator: '>=', unit: 'count' }, '2025-09-30')?.meets).toBe(true);
  });
});

describe('periodSlug: a period in a file name', () => {
  it.each([
    ['Năm 2025', '2025'],
    ['6 tháng cuối năm 2025', '2025-h2'],
    ['Quý III/2025', '2025-q3'],
    ['Tháng 3/2025', '2025-t03'],
    ['9 tháng đầu năm 2025', '2025-9-thang'],
    ['đến 30/11/2025', 'den-2025-11-30'],
    ['Từ 15/01/2025 đến 30/11/2025', '2025-01-15-den-2025-11-30'],
  ])('%s → %s', (text, slug) => {
    expect(periodSlug(period(text))).toBe(slug);
  });
});

describe('parsePeriod never throws and is consistent (property)', () => {
  it('any text gives a period whose first day is not after its last, or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('Quý', 'Tháng', 'đến', '6 tháng đầu năm', 'Năm').chain((w) => fc.integer({ min: 0, max: 3000 }).map((n) => `${w} ${n}`))), (text) => {
        const p = parsePeriod(text);
        if (p.ok) {
          expect(p.period.start <= p.period.end).toBe(true);
          expect(p.period.key).toBe(`${p.period.start}..${p.period.end}`);
        } else expect(['period.blank', 'period.unreadable']).toContain(p.message.key);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { dayNumber, deadlinesDue, isoOfDay } from '../../../shared/plan/deadlines.ts';
import { plan } from '../score/helpers.ts';

const source = { document: 'KH' };
const label = (s: string) => ({ vi: s, en: s });

// Ninh Hải 2023: report before 15/11, award files before 30/11, district report before 15/12.
// Hải An: yearly results before 10/12, spring report before 20/5.
const p = plan({
  deadlines: [
    { id: 'bao-cao', label: label('Báo cáo kết quả'), date: '2023-11-15', kind: 'before', source },
    { id: 'ho-so', label: label('Hồ sơ khen thưởng'), date: '2023-11-30', kind: 'before', source },
    { id: 'tinh', label: label('Báo cáo tỉnh'), date: '2023-12-15', kind: 'before', source },
    { id: 'nam', label: label('Báo cáo năm'), yearly: { month: 12, day: 10 }, kind: 'before', source },
    { id: 'thang5', label: label('Báo cáo tháng 5'), yearly: { month: 5, day: 20 }, kind: 'by', source },
    { id: 'so-ket', label: label('Sơ kết'), date: '2024-09-30', precision: 'quarter', source },
  ],
});

const due = (today: string, horizonDays?: number) => deadlinesDue(p, today, { horizonDays });

describe('deadlinesDue', () => {
  it('"before" means the last allowed day is the day before; "by" the day itself', () => {
    const [first] = due('2023-11-10');
    expect(first).toMatchObject({ id: 'bao-cao', date: '2023-11-15', lastDay: '2023-11-14', daysLeft: 4, status: 'upcoming' });
    const may = deadlinesDue(p, '2024-05-20').find((d) => d.id === 'thang5');
    expect(may).toMatchObject({ lastDay: '2024-05-20', daysLeft: 0, status: 'due-today' });
  });

  it('is due today on the last allowed day, overdue the day after', () => {
    expect(due('2023-11-14').find((d) => d.id === 'bao-cao')!.status).toBe('due-today');
    expect(due('2023-11-15').find((d) => d.id === 'bao-cao')).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });

  it('keeps a missed fixed deadline within the horizon and drops it beyond', () => {
    expect(due('2023-12-14', 30).find((d) => d.id === 'bao-cao')).toMatchObject({ daysLeft: -30, status: 'overdue' });
    expect(due('2023-12-15', 30).find((d) => d.id === 'bao-cao')).toBeUndefined();
  });

  it('drops deadlines further ahead than the horizon', () => {
    expect(due('2023-10-01', 30).map((d) => d.id)).toEqual([]);
    expect(due('2023-10-01', 60).map((d) => d.id)).toEqual(['bao-cao', 'ho-so']);
  });

  it('sorts by days left, then id', () => {
    expect(due('2023-11-20', 30).map((d) => [d.id, d.daysLeft])).toEqual([
      ['bao-cao', -6],
      ['ho-so', 9],
      ['nam', 19],
      ['tinh', 24],
    ]);
  });

  it('takes the next occurrence of a yearly deadline, across the new year', () => {
    // 10/12/2024 is gone (last day 9/12): the next one is 10/12/2025.
    const afterYearEnd = deadlinesDue(p, '2024-12-20', { horizonDays: 400 }).find((d) => d.id === 'nam');
    expect(afterYearEnd).toMatchObject({ date: '2025-12-10', lastDay: '2025-12-09', yearly: true, status: 'upcoming' });
    expect(afterYearEnd!.daysLeft).toBe(354);
    const onLastDay = deadlinesDue(p, '2024-12-09').find((d) => d.id === 'nam');
    expect(onLastDay).toMatchObject({ date: '2024-12-10', daysLeft: 0, status: 'due-today' });
    const newYear = deadlinesDue(p, '2024-12-31', { horizonDays: 365 }).find((d) => d.id === 'nam');
    expect(newYear).toMatchObject({ date: '2025-12-10', daysLeft: 343 });
  });

  it('counts calendar days across a leap day', () => {
    const leap = plan({ deadlines: [{ id: 'x', label: label('X'), date: '2024-03-01', source }] });
    expect(deadlinesDue(leap, '2024-02-28')[0]!.daysLeft).toBe(2);
    const common = plan({ deadlines: [{ id: 'x', label: label('X'), date: '2023-03-01', source }] });
    expect(deadlinesDue(common, '2023-02-28')[0]!.daysLeft).toBe(1);
  });

  it('puts a yearly 29 February on 28 February in common years', () => {
    const p29 = plan({ deadlines: [{ id: 'x', label: label('X'), yearly: { month: 2, day: 29 }, source }] });
    expect(deadlinesDue(p29, '2023-02-01')[0]).toMatchObject({ date: '2023-02-28', daysLeft: 27 });
    expect(deadlinesDue(p29, '2024-02-01')[0]).toMatchObject({ date: '2024-02-29', daysLeft: 28 });
  });

  it('keeps the precision so a view can say "quý III/2024"', () => {
    expect(due('2024-09-15').find((d) => d.id === 'so-ket')).toMatchObject({ precision: 'quarter', kind: 'by', daysLeft: 15 });
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => due('2023-02-30')).toThrow(RangeError);
    expect(() => due('15/11/2023')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('round-trips dates through day numbers in UTC', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2023-12-31', '2024-01-01', '2099-06-15']) {
      expect(isoOfDay(dayNumber(iso))).toBe(iso);
    }
    expect(dayNumber('2024-01-01') - dayNumber('2023-01-01')).toBe(365);
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
  });
});

import type { Deadline, Plan } from '../schema/plan.ts';
import { daysInMonth } from './calendar.ts';

export type DeadlineStatus = 'overdue' | 'due-today' | 'upcoming';

export interface DueDeadline {
  id: string;
  label: Deadline['label'];
  /** The date as the document states it (this year's occurrence for a yearly deadline), YYYY-MM-DD. */
  date: string;
  /** The last day allowed: the day before `date` for "trước ngày" (`before`). */
  lastDay: string;
  /** Calendar days from today to the last allowed day; negative when overdue. */
  daysLeft: number;
  status: DeadlineStatus;
  kind: Deadline['kind'];
  /** Kept so a view can say "quý III/2024" when the document gives only a quarter. */
  precision: Deadline['precision'];
  yearly: boolean;
  who: Deadline['who'] | null;
  source: Deadline['source'];
}

export interface DeadlineOptions {
  /** How far ahead (and, for missed fixed deadlines, back) to look, in days. Default 30. */
  horizonDays?: number;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; UTC, so no time zone or daylight saving shifts it. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`no such date: ${iso}`);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
}

export function isoOfDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export { daysInMonth } from './calendar.ts';

/** The yearly date in a given year; 29/2 (or 31 in a short month) falls on the month's last day. */
function yearlyDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month))) / DAY_MS;
}

/**
 * The plan's deadlines that matter on `today`: upcoming within the horizon, due today, and fixed
 * deadlines missed within the horizon (older ones are dropped). A yearly deadline is its next
 * occurrence whose last allowed day is today or later, so it is never overdue: next year's comes.
 * Sorted by days left, then id.
 */
export function deadlinesDue(plan: Plan, today: string, opts: DeadlineOptions = {}): DueDeadline[] {
  const horizon = opts.horizonDays ?? 30;
  const now = dayNumber(today);
  const todayYear = Number(today.slice(0, 4));
  const due: DueDeadline[] = [];
  for (const deadline of plan.deadlines) {
    const shift = deadline.kind === 'before' ? 1 : 0;
    let stated: number;
    if (deadline.yearly) {
      const { month, day } = deadline.yearly;
      stated = yearlyDate(todayYear, month, day);
      if (stated - shift < now) stated = yearlyDate(todayYear + 1, month, day);
    } else if (deadline.date) {
      stated = dayNumber(deadline.date);
    } else {
      continue;
    }
    const last = stated - shift;
    const daysLeft = last - now;
    if (daysLeft > horizon || daysLeft < -horizon) continue;
    due.push({
      id: deadline.id,
      label: deadline.label,
      date: isoOfDay(stated),
      lastDay: isoOfDay(last),
      daysLeft,
      status: daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due-today' : 'upcoming',
      kind: deadline.kind,
      precision: deadline.precision,
      yearly: deadline.yearly !== undefined,
      who: deadline.who ?? null,
      source: deadline.source,
    });
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

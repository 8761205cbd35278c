// The report's `Kỳ báo cáo` as a period with a first and a last day, so reports of one unit can be
// put in order and compared. Pure: no clock, no Date.now — dates are ISO strings and day numbers.
import type { Issue, Message } from '../schema/issue.ts';
import type { RawValue, ReportCell } from '../schema/report.ts';
import { daysInMonth } from '../plan/calendar.ts';
import { parseDate, serialToIso } from '../parse/date.ts';
import { foldWords, quoteRaw } from '../parse/text.ts';
import { copyLocation } from '../validate/issue.ts';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'months' | 'cutoff' | 'range';

export interface Period {
  kind: PeriodKind;
  /** Year of the last day. */
  year: number;
  /** Half 1–2, quarter 1–4, month 1–12, months N ("9 tháng đầu năm"); null for year, cut-off, range. */
  index: number | null;
  /** First day, ISO yyyy-mm-dd. A cut-off ("đến 30/11/2025") counts from 1 January of its year. */
  start: string;
  /** Last day, ISO yyyy-mm-dd (the cut-off date itself for "đến …"). */
  end: string;
  /** `start..end`: the same days are the same period, however the text was written. */
  key: string;
  label: { vi: string; en: string };
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; blank: boolean; message: Message };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const dmy = (isoDate: string): string => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

function make(kind: PeriodKind, index: number | null, start: string, end: string, label: { vi: string; en: string }): Period {
  return { kind, year: Number(end.slice(0, 4)), index, start, end, key: `${start}..${end}`, label };
}

export function yearPeriod(y: number): Period {
  return make('year', null, iso(y, 1, 1), iso(y, 12, 31), { vi: `Năm ${y}`, en: `Year ${y}` });
}

export function halfPeriod(y: number, half: 1 | 2): Period {
  return half === 1
    ? make('half', 1, iso(y, 1, 1), iso(y, 6, 30), { vi: `6 tháng đầu năm ${y}`, en: `First half of ${y}` })
    : make('half', 2, iso(y, 7, 1), iso(y, 12, 31), { vi: `6 tháng cuối năm ${y}`, en: `Second half of ${y}` });
}

export function quarterPeriod(y: number, q: number): Period {
  const last = q * 3;
  return make('quarter', q, iso(y, last - 2, 1), iso(y, last, daysInMonth(y, last)), { vi: `Quý ${q}/${y}`, en: `Q${q} ${y}` });
}

export function monthPeriod(y: number, m: number): Period {
  return make('month', m, iso(y, m, 1), iso(y, m, daysInMonth(y, m)), { vi: `Tháng ${m}/${y}`, en: `Month ${m}/${y}` });
}

/** The first N months of a year ("9 tháng đầu năm 2025"); 3, 6 and 12 are a quarter, a half, a year. */
export function monthsPeriod(y: number, n: number): Period {
  if (n === 12) return yearPeriod(y);
  if (n === 6) return halfPeriod(y, 1);
  if (n === 3) return quarterPeriod(y, 1);
  return make('months', n, iso(y, 1, 1), iso(y, n, daysInMonth(y, n)), { vi: `${n} tháng đầu năm ${y}`, en: `First ${n} months of ${y}` });
}

/** Figures up to a day, counted from 1 January of that year (the usual "lũy kế từ đầu năm"). */
export function cutoffPeriod(endIso: string): Period {
  const y = Number(endIso.slice(0, 4));
  return make('cutoff', null, iso(y, 1, 1), endIso, { vi: `Đến ${dmy(endIso)}`, en: `Up to ${dmy(endIso)}` });
}

export function rangePeriod(startIso: string, endIso: string): Period {
  return make('range', null, startIso, endIso, { vi: `Từ ${dmy(startIso)} đến ${dmy(endIso)}`, en: `${dmy(startIso)} – ${dmy(endIso)}` });
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const WORD_NUMBERS: Record<string, number> = { ba: 3, sau: 6, chin: 9, muoi: 10 };
const YEAR = '(\\d{4})';
const SEP = '\\s*(?:/|-|\\.|nam|\\s)\\s*';
const DATE = '(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})';

const P = {
  year: new RegExp(`^(?:nam\\s*)?${YEAR}$`),
  span: new RegExp(`^(?:giai doan|ke hoach|nam)?\\s*${YEAR}\\s*(?:-|–|den)\\s*${YEAR}$`),
  half: new RegExp(`^(?:6|06|sau) thang\\s*(dau|cuoi)?\\s*(?:nam)?\\s*${YEAR}$`),
  halfWord: new RegExp(`^(?:nua|ban nien)\\s*(dau|cuoi)?\\s*(?:nam)?\\s*${YEAR}$`),
  halfCode: new RegExp(`^h\\s*([12])${SEP}${YEAR}$`),
  months: new RegExp(`^(\\d{1,2}|ba|chin|muoi) thang\\s*(?:dau)?\\s*(?:nam)?\\s*${YEAR}$`),
  quarter: new RegExp(`^(?:quy|q)\\s*(iv|i{1,3}|[1-4])${SEP}${YEAR}$`),
  quarterIso: new RegExp(`^${YEAR}\\s*[-/ ]\\s*q([1-4])$`),
  month: new RegExp(`^(?:thang|t)\\s*(\\d{1,2})${SEP}${YEAR}$`),
  monthNumeric: new RegExp(`^(\\d{1,2})\\s*[/.-]\\s*${YEAR}$`),
  monthIso: new RegExp(`^${YEAR}-(\\d{2})$`),
  cutoffMonth: new RegExp(`^(?:tinh |luy ke |so lieu )?den (?:het )?(?:thang|t)\\s*(\\d{1,2})${SEP}${YEAR}$`),
  cutoff: new RegExp(`^(?:(?:tinh|luy ke|so lieu|cap nhat)\\s+)?(?:den|toi)\\s+(?:het\\s+)?(?:ngay\\s+)?${DATE}$`),
  range: new RegExp(`^tu\\s+(?:ngay\\s+)?${DATE}\\s*(?:den|-|–)\\s*(?:ngay\\s+)?${DATE}$`),
  date: new RegExp(`^${DATE}$`),
};

// Words around the period that say nothing about it ("Báo cáo quý 3/2025", "Kỳ: năm 2025.").
const NOISE = /^(?:ky bao cao|bao cao|ky|so ket|tong ket|ket qua)\s*:?\s*/;

function dateOf(text: string): string | null {
  const parsed = parseDate(text);
  return parsed.kind === 'date' ? parsed.value : null;
}

const validYear = (y: number): boolean => y >= 1900 && y <= 2200;

/** The period a text names, or null. `s` is folded: lower case, no accents, single spaces. */
function fromFolded(s: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = P.year.exec(s))) return validYear(Number(m[1])) ? yearPeriod(Number(m[1])) : null;
  if ((m = P.span.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!validYear(a) || !validYear(b) || b < a) return null;
    return a === b ? yearPeriod(a) : { ...rangePeriod(iso(a, 1, 1), iso(b, 12, 31)), label: { vi: `Giai đoạn ${a}–${b}`, en: `${a}–${b}` } };
  }
  if ((m = P.half.exec(s)) || (m = P.halfWord.exec(s))) return halfPeriod(Number(m[2]), m[1] === 'cuoi' ? 2 : 1);
  if ((m = P.halfCode.exec(s))) return halfPeriod(Number(m[2]), m[1] === '2' ? 2 : 1);
  if ((m = P.months.exec(s))) {
    const n = WORD_NUMBERS[m[1]!] ?? Number(m[1]);
    return n >= 1 && n <= 12 ? monthsPeriod(Number(m[2]), n) : null;
  }
  if ((m = P.quarter.exec(s))) return quarterPeriod(Number(m[2]), ROMAN[m[1]!] ?? Number(m[1]));
  if ((m = P.quarterIso.exec(s))) return quarterPeriod(Number(m[1]), Number(m[2]));
  if ((m = P.cutoffMonth.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? monthsPeriod(Number(m[2]), month) : null;
  }
  if ((m = P.month.exec(s)) || (m = P.monthNumeric.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[2]), month) : null;
  }
  if ((m = P.monthIso.exec(s))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : null;
  }
  if ((m = P.cutoff.exec(s)) || (m = P.date.exec(s))) {
    const end = dateOf(m[1]!);
    return end === null ? null : cutoffPeriod(end);
  }
  if ((m = P.range.exec(s))) {
    const [start, end] = [dateOf(m[1]!), dateOf(m[2]!)];
    if (start === null || end === null || end < start) return null;
    return rangePeriod(start, end);
  }
  return null;
}

/**
 * `Kỳ báo cáo` as typed: "Năm 2025", "6 tháng đầu năm 2025", "Quý 3/2025", "Quý III năm 2025",
 * "Tháng 10/2025", "10/2025", "9 tháng đầu năm 2025", "đến 30/11/2025", "từ 01/01/2025 đến
 * 30/11/2025", "Giai đoạn 2021-2025"; a number cell 2025 is a year, a date cell a cut-off.
 */
export function parsePeriod(raw: RawValue): PeriodParse {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: false, blank: true, message: { key: 'period.blank', params: {} } };
  let period: Period | null = null;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && validYear(raw)) period = yearPeriod(raw);
    else {
      const date = serialToIso(raw);
      period = date === null ? null : cutoffPeriod(date);
    }
  } else if (typeof raw === 'string') {
    const folded = foldWords(raw)
      .replace(/[.;,]+$/, '')
      .replace(NOISE, '')
      // "ngày 30 tháng 11 năm 2025", as documents write a date, → 30/11/2025.
      .replace(/\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g, '$1/$2/$3')
      .trim();
    period = fromFolded(folded);
  }
  return period ? { ok: true, period } : { ok: false, blank: false, message: { key: 'period.unreadable', params: { raw: quoteRaw(raw) } } };
}

/**
 * The period of a report's `Kỳ báo cáo` cell, or an issue located at that cell (sheet + A1) saying
 * the text is not a period, or that there is none.
 */
export function readReportPeriod(cell: ReportCell | null): { period: Period | null; issue: Issue | null } {
  const parsed = parsePeriod(cell?.raw ?? null);
  if (parsed.ok) return { period: parsed.period, issue: null };
  const location = cell ? copyLocation(cell.location) : { sheet: null, row: null, column: null, a1: null, field: 'Kỳ báo cáo' };
  const where = location.a1 ?? location.field ?? '';
  return {
    period: null,
    issue: {
      code: parsed.blank ? 'period-missing' : 'period-unreadable',
      severity: 'error',
      location,
      itemCode: null,
      message: { key: parsed.message.key, params: { ...parsed.message.params, a1: where } },
    },
  };
}

/** Chronological: by last day, then the longer period last on the same last day (the year after its Q4), then key. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The item whose period is the latest (the first one given on a tie); null when none has a period. */
export function latestPeriod<T>(items: readonly T[], get: (t: T) => Period | null): T | null {
  let best: T | null = null;
  let bestPeriod: Period | null = null;
  for (const item of items) {
    const p = get(item);
    if (p === null) continue;
    if (bestPeriod === null || comparePeriods(p, bestPeriod) > 0) {
      best = item;
      bestPeriod = p;
    }
  }
  return best;
}

/** Days from one ISO date to another (negative when `to` is earlier). Arithmetic on UTC day numbers. */
export function daysBetween(fromIso: string, toIso: string): number {
  return (dayNumber(toIso) - dayNumber(fromIso));
}

export function dayNumber(isoDate: string): number {
  return Math.round(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000);
}

/** dd/mm/yyyy of an ISO date, as officers read dates. */
export function isoToDmy(isoDate: string): string {
  return dmy(isoDate);
}

/**
 * A period as part of a file name, short and sortable within a kind: "2025", "2025-h1",
 * "2025-q3", "2025-t10", "2025-9-thang", "den-2025-11-30", "2025-01-01-den-2025-11-30".
 */
export function periodSlug(p: Period): string {
  const y = String(p.year);
  switch (p.kind) {
    case 'year': return y;
    case 'half': return `${y}-h${p.index}`;
    case 'quarter': return `${y}-q${p.index}`;
    case 'month': return `${y}-t${pad(p.index ?? 0)}`;
    case 'months': return `${y}-${p.index}-thang`;
    case 'cutoff': return `den-${p.end}`;
    default: return `${p.start}-den-${p.end}`;
  }
}

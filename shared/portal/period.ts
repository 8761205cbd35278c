// The period a payload is about, read from the request body that produced it (the response does
// not say). Satisfaction takes dates; a date range that is exactly a year, quarter or month is
// named like the other groups' periods, so all six groups of one screen share one period key.
import type { Message } from '../schema/issue.ts';

export interface PortalPeriod {
  kind: 'year' | 'quarter' | 'month' | 'range';
  year: number | null;
  quarter: number | null;
  month: number | null;
  /** ISO dates, set for every kind (the first and last day). */
  from: string | null;
  to: string | null;
  /** Stable key: "2026", "2026-Q3", "2026-08", or "2026-01-05..2026-02-10". */
  key: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  // Month lengths without a clock or Date: leap years by the Gregorian rule.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function yearPeriod(year: number): PortalPeriod {
  return { kind: 'year', year, quarter: null, month: null, from: `${year}-01-01`, to: `${year}-12-31`, key: String(year) };
}

export function quarterPeriod(year: number, quarter: number): PortalPeriod {
  const m1 = (quarter - 1) * 3 + 1;
  const m3 = m1 + 2;
  return {
    kind: 'quarter', year, quarter, month: null,
    from: `${year}-${pad(m1)}-01`, to: `${year}-${pad(m3)}-${pad(lastDay(year, m3))}`,
    key: `${year}-Q${quarter}`,
  };
}

export function monthPeriod(year: number, month: number): PortalPeriod {
  return {
    kind: 'month', year, quarter: null, month,
    from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
    key: `${year}-${pad(month)}`,
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date range, named as a year, quarter or month when it is exactly one. */
export function rangePeriod(from: string, to: string): PortalPeriod | null {
  const a = ISO.exec(from);
  const b = ISO.exec(to);
  if (!a || !b) return null;
  const [y1, m1, d1] = [Number(a[1]), Number(a[2]), Number(a[3])];
  const [y2, m2, d2] = [Number(b[1]), Number(b[2]), Number(b[3])];
  if (y1 === y2 && d1 === 1 && d2 === lastDay(y2, m2)) {
    if (m1 === 1 && m2 === 12) return yearPeriod(y1);
    if (m1 === m2) return monthPeriod(y1, m1);
    if (m2 === m1 + 2 && (m1 - 1) % 3 === 0) return quarterPeriod(y1, (m1 - 1) / 3 + 1);
  }
  return { kind: 'range', year: y1 === y2 ? y1 : null, quarter: null, month: null, from, to, key: `${from}..${to}` };
}

function int(v: unknown): number | null {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** The period of a request body: `timeType` + `year` (+ `quarter`/`month`), or `fromDate`/`toDate`. */
export function periodFromRequest(request: unknown): PortalPeriod | null {
  let body = request;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!body || typeof body !== 'object') return null;
  const r = body as Record<string, unknown>;
  if (typeof r.fromDate === 'string' && typeof r.toDate === 'string') return rangePeriod(r.fromDate.slice(0, 10), r.toDate.slice(0, 10));
  const year = int(r.year);
  if (year === null || year < 2000 || year > 2100) return null;
  const quarter = int(r.quarter);
  const month = int(r.month);
  switch (r.timeType) {
    case 'quarter':
      return quarter !== null && quarter >= 1 && quarter <= 4 ? quarterPeriod(year, quarter) : null;
    case 'month':
      return month !== null && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
    case 'year':
    case undefined:
      return yearPeriod(year);
    default:
      return null;
  }
}

/** The request body that asks the portal for one period (and one province when given). */
export function requestForPeriod(
  endpoint: string,
  period: PortalPeriod,
  rootDepartmentId: string | null,
): Record<string, string | number> {
  const base: Record<string, string | number> = {};
  if (rootDepartmentId) Object.assign(base, { rootDepartmentId, currentPage: 1, pageSize: endpoint === 'dvc-progress-tree' || endpoint === 'formality-online-payment-tree' ? 100 : 200 });
  if (endpoint === 'handling-satisfaction' || period.kind === 'range') {
    return { fromDate: period.from ?? '', toDate: period.to ?? '', ...base };
  }
  const time: Record<string, string | number> = { timeType: period.kind, year: period.year ?? 0 };
  if (period.kind === 'quarter' && period.quarter !== null) time.quarter = period.quarter;
  if (period.kind === 'month' && period.month !== null) time.month = period.month;
  if (endpoint === 'service-results' && !rootDepartmentId) time.departmentType = 'ADMINISTRATIVE_UNIT';
  return { ...time, ...base };
}

/** The period as people read it ("Quý 3/2026"), as a message for both languages. */
export function periodMessage(period: PortalPeriod | null): Message {
  if (!period) return { key: 'portal.period.unknown', params: {} };
  switch (period.kind) {
    case 'year':
      return { key: 'portal.period.year', params: { year: String(period.year) } };
    case 'quarter':
      return { key: 'portal.period.quarter', params: { year: String(period.year), quarter: period.quarter } };
    case 'month':
      return { key: 'portal.period.month', params: { year: String(period.year), month: pad(period.month ?? 0) } };
    case 'range':
      return { key: 'portal.period.range', params: { from: period.from, to: period.to } };
  }
}

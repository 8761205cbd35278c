import type { RawValue } from '../schema/report.ts';
import { BLANK, type Parsed } from './parsed.ts';
import { cleanText, quoteRaw } from './text.ts';

/**
 * Dates as officers and spreadsheets write them, read into ISO YYYY-MM-DD:
 * - text dd/mm/yyyy (also d/m/yyyy and the separators - and .), day first as in Vietnam;
 * - ISO yyyy-mm-dd, with or without a time part;
 * - spreadsheet serial numbers (days since 1899-12-30, what Sheets' UNFORMATTED_VALUE and XLSX
 *   give for a date cell), 1 … 2958465 (year 9999); a time fraction is ignored.
 * Impossible dates (31/02/2024) and two-digit years are `not-a-date`.
 */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function notADate(raw: RawValue): Parsed {
  return { kind: 'error', code: 'not-a-date', message: { key: 'parse.not-a-date', params: { raw: quoteRaw(raw) } } };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoIfReal(year: number, month: number, day: number): string | null {
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO date of a spreadsheet serial number, or null outside 1 … 2958465. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const d = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** A date from a raw cell. Never throws. */
export function parseDate(raw: RawValue): Parsed {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'number') {
    const iso = serialToIso(raw);
    return iso === null ? notADate(raw) : { kind: 'date', value: iso };
  }
  if (typeof raw !== 'string') return notADate(raw);
  const s = cleanText(raw);
  if (s === '') return BLANK;
  let m = DAY_FIRST.exec(s);
  if (m !== null) {
    const iso = isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso === null ? notADate(raw) : { kind: 'date', value: iso };
  }
  m = ISO.exec(s);
  if (m !== null) {
    const iso = isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso === null ? notADate(raw) : { kind: 'date', value: iso };
  }
  return notADate(raw);
}

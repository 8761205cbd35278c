import type { RawValue } from '../schema/report.ts';

/**
 * Text as officers type it: leading/trailing spaces and the non-breaking or thin spaces that
 * spreadsheets and web pages paste in are not part of the value.
 */

// Spaces that look like a space in a cell: NBSP, narrow NBSP, thin, figure, ideographic, BOM.
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f\u3000\ufeff]/g;
const MANY_SPACES = /\s+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]/g;

function hasOddSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0 && (c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0xfeff)) return true;
  }
  return false;
}

/** Trimmed text with odd spaces made plain. Cheap when there is nothing to clean (the usual case). */
export function cleanText(s: string): string {
  const plain = hasOddSpace(s) ? s.replace(ODD_SPACES, ' ') : s;
  return plain.trim();
}

/** The text of a raw cell, cleaned; null for a blank cell. Numbers and booleans as JS writes them. */
export function cellText(raw: RawValue | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') {
    const s = cleanText(raw);
    return s === '' ? null : s;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  return raw ? 'TRUE' : 'FALSE';
}

/** True when a raw cell holds nothing (null, empty or only spaces). */
export function isBlank(raw: RawValue | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x2007 && c !== 0x2009 && c !== 0x202f && c !== 0x3000 && c !== 0xfeff) {
      return false;
    }
  }
  return true;
}

/**
 * A key for matching labels: lower case, Vietnamese accents removed (NFD + strip marks, đ → d),
 * everything that is not a letter or digit dropped ("Mã  đơn vị:" → "madonvi").
 */
export function foldKey(s: string): string {
  // Codes and English labels are plain ASCII: no accents to take off, no normalising needed.
  if (isAscii(s)) return s.toLowerCase().replace(NOT_ALNUM, '');
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(NOT_ALNUM, '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Like foldKey but keeps single spaces between words ("Chưa  đạt" → "chua dat"). */
export function foldWords(s: string): string {
  if (isAscii(s)) return s.trim().toLowerCase().replace(MANY_SPACES, ' ');
  return foldSpaced(s);
}

function foldSpaced(s: string): string {
  return cleanText(s)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(MANY_SPACES, ' ');
}

/** How a raw value is quoted back to the officer in a message: the text as typed. */
export function quoteRaw(raw: RawValue): string | number | boolean | null {
  if (typeof raw === 'string') return cleanText(raw);
  if (typeof raw === 'number' && !Number.isFinite(raw)) return String(raw);
  return raw;
}

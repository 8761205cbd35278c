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
    if (raw.length === 0) return null; // the commonest text (an empty cell): nothing to clean
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
  return foldVietnamese(s) ?? foldSpacedAnyText(s);
}

function foldSpacedAnyText(s: string): string {
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

// The letters of Vietnamese with their accents (lower case; upper case is derived).
const VIETNAMESE_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FOLD_FROM = 0xc0;
const FOLD_TO = 0x1ef9;

/**
 * For each character code from FOLD_FROM to FOLD_TO, the code of the ASCII letter foldSpaced
 * makes of a Vietnamese letter ("ế" → "e", "Đ" → "d"), else 0. Computed by the general path
 * itself, so the table cannot disagree with it.
 */
const LETTER_FOLDS: string = letterFolds();

function letterFolds(): string {
  const codes = new Array<number>(FOLD_TO - FOLD_FROM + 1).fill(0);
  for (const letter of VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase()) {
    const folded = foldSpacedAnyText(letter);
    const code = letter.charCodeAt(0);
    if (letter.length === 1 && code >= FOLD_FROM && code <= FOLD_TO && /^[a-z]$/.test(folded)) codes[code - FOLD_FROM] = folded.charCodeAt(0);
  }
  return String.fromCharCode(...codes);
}

/**
 * foldSpaced without normalize() (an ICU call, the slow part) for the usual text: ASCII and
 * Vietnamese letters, words one space apart, nothing to trim. Each character then folds on its
 * own, to the same letter the general path gives. Null for any other text.
 */
function foldVietnamese(s: string): string | null {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return null;
  let folded = '';
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let f: number;
    if (c < 0x80) {
      if (c < 32 || c === 127 || (c === 32 && previous === 32)) return null; // tabs, line breaks, runs of spaces
      f = c >= 65 && c <= 90 ? c + 32 : c;
    } else {
      f = c >= FOLD_FROM && c <= FOLD_TO ? LETTER_FOLDS.charCodeAt(c - FOLD_FROM) : 0;
      if (f === 0) return null;
    }
    folded += String.fromCharCode(f);
    previous = c;
  }
  return folded;
}

import type { RawValue } from '../schema/report.ts';
import type { Message } from '../schema/issue.ts';
import { BLANK, type Parsed, type ParseNote } from './parsed.ts';
import { spreadsheetError } from './spreadsheet-error.ts';
import { cleanText, quoteRaw } from './text.ts';

/**
 * Numbers as officers type them. The rules, in the order they apply:
 *
 * 1. Blank (null, '', spaces, non-breaking spaces) and a lone dash (-, –, —) are BLANK: not
 *    reported, never 0.
 * 2. Spreadsheet error values (#DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #NUM!, #NULL!, #ERROR!, …)
 *    are errors of their own (`spreadsheet-error`): the formula must be fixed.
 * 3. A JS number is taken as it is (NaN and ±Infinity are `not-a-number`); a JS boolean is
 *    `not-a-number`.
 * 4. Text: optional sign (+, -, −), digits with separators, optional trailing % (spaces allowed
 *    before it). Separators are read Vietnamese-first:
 *    - both `.` and `,` present: the LAST one is the decimal mark and appears once; the other is
 *      the thousands mark ("1.234,5" → 1234.5; "1,234.5" → 1234.5; "1.234.567,8" → 1234567.8);
 *    - only `,` once: decimal ("85,5" → 85.5, "0,855" → 0.855, and also "1,234" → 1.234 — a
 *      Vietnamese reading; an English thousands "1,234" then fails the whole-number check of a
 *      count, whose message shows how to write it);
 *    - only `.` once: thousands when exactly three digits follow and a 1–3 digit group not starting
 *      with 0 precedes ("1.234" → 1234, "12.500" → 12500); a decimal otherwise ("85.5" → 85.5,
 *      "0.855" → 0.855, "1.5" → 1.5, "1234.567" → 1234.567);
 *    - the same mark several times, or spaces between digit groups: thousands ("1.234.567",
 *      "1,234,567", "1 234 567"); groups after the first must have exactly three digits;
 *    - a leading decimal mark is accepted (",5" → 0.5); exponents only in the JS form ("1.5E-3").
 *    Anything else ("85,5,1", "12 34", "1.23.4", "abc", "≥ 80") is `not-a-number`.
 * 5. Share rule, percent fields only: a number strictly between 0 and 1 WITHOUT a % sign is a
 *    share and is multiplied by 100 ("0,855" → 85.5; a sheet cell formatted as 85% arrives as
 *    0.85 → 85), with an info note saying how it was read. Values ≥ 1, ≤ 0 and anything typed
 *    with % are never changed, so a real 0,5% must be typed "0,5%". A cell formatted "100%"
 *    arrives from a sheet as 1 and therefore reads as 1%: surfaces that can see the cell format
 *    should pass the displayed text ("100%") instead.
 * 6. A % sign in a field that expects a count keeps the number and adds a warning note.
 */
export interface NumberOptions {
  /** The field holds a percent (0–100): turns on the share rule (5). */
  percent: boolean;
}

const EXPONENT_FORM = /^\d+(\.\d+)?[eE][+-]?\d+$/;

/** Whether a cleaned text ends with a % sign (readNumberText reads the number without it). */
function endsWithPercent(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 37; /* % */
}

function isDash(s: string): boolean {
  if (s.length > 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/** Reads the number in a cleaned, non-empty text; NaN when it is not one. Never throws. */
export function readNumberText(s: string): number {
  let start = 0;
  let end = s.length;
  if (endsWithPercent(s)) {
    end--;
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
  }
  let negative = false;
  const sign = s.charCodeAt(start);
  if (sign === 45 || sign === 0x2212) {
    negative = true;
    start++;
  } else if (sign === 43) {
    start++;
  }
  while (start < end && s.charCodeAt(start) === 32) start++;
  if (start >= end) return NaN;

  // Pass 1: which separators, how many, where the last of each is.
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let letters = false;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if (c === 46) {
      dots++;
      lastDot = k;
    } else if (c === 44) {
      commas++;
      lastComma = k;
    } else if (c === 32) {
      spaces++;
    } else {
      letters = true;
      break;
    }
  }
  if (letters) {
    // Only the JS exponent form ("1.5E-3", as CSV exports write tiny numbers) is allowed.
    const body = s.slice(start, end);
    if (!EXPONENT_FORM.test(body)) return NaN;
    const v = Number(body);
    return negative ? -v : v;
  }

  // Decide the decimal mark (0 = none) and the one thousands mark (0 = none).
  let decimal = 0;
  let thousands = 0;
  if (dots > 0 && commas > 0) {
    if (spaces > 0) return NaN;
    if (lastDot > lastComma) {
      if (dots !== 1) return NaN;
      decimal = 46;
      thousands = 44;
    } else {
      if (commas !== 1) return NaN;
      decimal = 44;
      thousands = 46;
    }
  } else if (commas > 0) {
    if (commas === 1) {
      decimal = 44;
      thousands = spaces > 0 ? 32 : 0;
    } else {
      if (spaces > 0) return NaN;
      thousands = 44;
    }
  } else if (dots > 0) {
    if (dots === 1) {
      if (spaces > 0) {
        decimal = 46;
        thousands = 32;
      } else {
        const before = lastDot - start;
        const after = end - lastDot - 1;
        const groupLike = after === 3 && before >= 1 && before <= 3 && s.charCodeAt(start) !== 48;
        if (groupLike) thousands = 46;
        else decimal = 46;
      }
    } else {
      if (spaces > 0) return NaN;
      thousands = 46;
    }
  } else if (spaces > 0) {
    thousands = 32;
  }

  // Pass 2: check the groups and read the digits. Up to 15 digits the number is built exactly as
  // an integer and divided once by a power of ten (correctly rounded, like Number("85.5"), with
  // no string built); longer numbers go through Number() on a plain copy.
  let mantissa = 0;
  let digits = 0;
  let group = 0; // digits in the current group
  let groups = 0; // finished integer groups
  let inFraction = false;
  let fractionDigits = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (inFraction) fractionDigits++;
      else group++;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      continue;
    }
    if (c === decimal) {
      // A leading decimal mark (",5") is fine; otherwise the last integer group must be whole.
      if (groups > 0 && group !== 3) return NaN;
      if (groups === 0 && group === 0 && k !== start) return NaN;
      inFraction = true;
      continue;
    }
    if (c === thousands && !inFraction) {
      if (groups === 0) {
        if (group < 1 || group > 3) return NaN;
      } else if (group !== 3) {
        return NaN;
      }
      groups++;
      group = 0;
      continue;
    }
    return NaN;
  }
  if (inFraction) {
    if (fractionDigits === 0) return NaN;
  } else {
    if (group === 0) return NaN;
    if (groups > 0 && group !== 3) return NaN;
  }
  let value: number;
  if (digits <= 15) {
    value = fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits]!;
  } else {
    value = Number(plainDigits(s, start, end, decimal));
  }
  return negative ? -value : value;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The forms most cells hold, read in one pass: up to 15 digits with at most one `,` or `.` among
 * them and an optional `%` right after ("85,3%", "289", "1.447", "85.5", ",5"). Such a text has
 * nothing to clean, and gives the number readNumberText gives (built the same way). NaN for any
 * other text, which then goes through the general rules (NaN here never means "not a number").
 */
function readPlainNumber(s: string): number {
  const end = s.charCodeAt(s.length - 1) === 37 /* % */ ? s.length - 1 : s.length;
  let mantissa = 0;
  let digits = 0;
  let mark = -1; // where the one separator is
  for (let k = 0; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if ((c === 44 || c === 46) && mark < 0) {
      mark = k;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15 || mark === end - 1) return NaN;
  if (mark < 0) return mantissa;
  const after = end - mark - 1;
  // A lone `.` with exactly three digits after it and a 1–3 digit group not starting with 0 before
  // it is the thousands mark (rule 4).
  if (s.charCodeAt(mark) === 46 && after === 3 && mark >= 1 && mark <= 3 && s.charCodeAt(0) !== 48) return mantissa;
  return mantissa / POWERS_OF_TEN[after]!;
}

/** The digits of an already checked number text in JS form ("1.234.567,891" → "1234567.891"). */
function plainDigits(s: string, start: number, end: number, decimal: number): string {
  let plain = '';
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) plain += s[k];
    else if (c === decimal) plain += '.';
  }
  return plain;
}

function notANumber(raw: RawValue, percent: boolean): Parsed {
  const message: Message = {
    key: percent ? 'parse.not-a-number' : 'parse.not-a-count',
    params: { raw: quoteRaw(raw) },
  };
  return { kind: 'error', code: 'not-a-number', message };
}

function shareNote(raw: RawValue, value: number): ParseNote {
  return {
    code: 'share-read-as-percent',
    severity: 'info',
    message: { key: 'parse.share-read-as-percent', params: { raw: quoteRaw(raw), value } },
  };
}

function percentSignNote(raw: RawValue, value: number): ParseNote {
  return {
    code: 'percent-sign-unexpected',
    severity: 'warning',
    message: { key: 'parse.percent-sign-unexpected', params: { raw: quoteRaw(raw), value } },
  };
}

/** A number read as it is (no note: returned bare), or with the note saying how it was read. */
function finish(value: number, hadPercentSign: boolean, raw: RawValue, opts: NumberOptions): number | Parsed {
  if (opts.percent) {
    if (!hadPercentSign && value > 0 && value < 1) {
      // Rounding to 1e-9 of a point keeps 0.855 × 100 at 85.5 instead of 85.49999999999999;
      // shares too tiny for that rounding keep their exact product (never rounded to 0).
      const scaled = value * 100;
      const percent = scaled >= 1e-3 ? Math.round(scaled * 1e9) / 1e9 : scaled;
      return { kind: 'number', value: percent, note: shareNote(raw, percent) };
    }
    return value;
  }
  return hadPercentSign ? { kind: 'number', value, note: percentSignNote(raw, value) } : value;
}

/** A number from a raw cell (see the rules above). Never throws. */
export function parseNumber(raw: RawValue, opts: NumberOptions): Parsed {
  const read = readNumberCell(raw, opts);
  return typeof read === 'number' ? { kind: 'number', value: read, note: null } : read;
}

/**
 * parseNumber without an object for the usual case: a number read with nothing to say about it is
 * returned bare; anything else (blank, error, a number with its note) as parseNumber gives it. For
 * the hot path (validation of every value cell of a run).
 */
export function readNumberCell(raw: RawValue, opts: NumberOptions): number | Parsed {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return notANumber(raw, opts.percent);
    return finish(raw === 0 ? 0 : raw, false, raw, opts); // -0 reads as 0
  }
  if (typeof raw !== 'string') return notANumber(raw, opts.percent);
  if (raw.length === 0) return BLANK; // the most common text: nothing typed
  const plain = readPlainNumber(raw);
  if (!Number.isNaN(plain)) return finish(plain, endsWithPercent(raw), raw, opts); // unsigned: never -0
  const s = cleanText(raw);
  if (s === '' || isDash(s)) return BLANK;
  const sheetError = spreadsheetError(s);
  if (sheetError !== null) {
    return { kind: 'error', code: 'spreadsheet-error', message: { key: 'parse.spreadsheet-error', params: { raw: sheetError } } };
  }
  const value = readNumberText(s);
  if (Number.isNaN(value) || !Number.isFinite(value)) return notANumber(raw, opts.percent);
  return finish(value === 0 ? 0 : value, endsWithPercent(s), raw, opts);
}

import type { RawValue } from '../schema/report.ts';
import { BLANK, FALSE, TRUE, type Parsed } from './parsed.ts';
import { spreadsheetError } from './spreadsheet-error.ts';
import { cleanText, foldWords, quoteRaw } from './text.ts';
import { frozenMap } from '../frozen.ts';

/**
 * Yes/no answers as officers type them, matched ignoring case, accents and extra spaces:
 * yes = có, x, v, ✓ ✔ ☑ ✅, đạt, đã, rồi, hoàn thành, yes, y, true, ok, 1;
 * no = không, ko, k, chưa, chưa đạt, không đạt, chưa có, ✗ ✘, no, n, false, 0.
 * JS booleans (sheet checkboxes) and the numbers 1/0 are read directly. Blank (and a lone dash)
 * is BLANK, never "no". Anything else is `not-a-yes-no`.
 */
const YES = ['co', 'x', 'v', '✓', '✔', '☑', '✅', 'dat', 'da dat', 'da', 'roi', 'da co', 'co dat', 'hoan thanh', 'da hoan thanh', 'yes', 'y', 'true', 'ok', '1'];
const NO = ['khong', 'ko', 'k', 'chua', 'chua dat', 'khong dat', 'chua co', 'chua hoan thanh', 'khong co', '✗', '✘', 'no', 'n', 'false', '0'];

const ANSWERS: ReadonlyMap<string, boolean> = frozenMap<string, boolean>([
  ...YES.map((w): [string, boolean] => [w, true]),
  ...NO.map((w): [string, boolean] => [w, false]),
]);

// The exact spellings seen most often, looked up before any folding (no allocation).
const COMMON: ReadonlyMap<string, boolean> = frozenMap<string, boolean>([
  ['có', true], ['Có', true], ['CÓ', true], ['x', true], ['X', true], ['đạt', true], ['Đạt', true],
  ['không', false], ['Không', false], ['KHÔNG', false], ['chưa đạt', false], ['Chưa đạt', false],
  ['TRUE', true], ['FALSE', false], ['true', true], ['false', false],
  ['✓', true], ['✔', true], ['☑', true], ['✅', true], ['✗', false], ['✘', false],
]);

function notAYesNo(raw: RawValue): Parsed {
  return { kind: 'error', code: 'not-a-yes-no', message: { key: 'parse.not-a-yes-no', params: { raw: quoteRaw(raw) } } };
}

/** A yes/no answer from a raw cell. Never throws. */
export function parseBoolean(raw: RawValue): Parsed {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'boolean') return raw ? TRUE : FALSE;
  if (typeof raw === 'number') {
    if (raw === 1) return TRUE;
    if (raw === 0) return FALSE;
    return notAYesNo(raw);
  }
  if (typeof raw !== 'string') return notAYesNo(raw);
  const common = COMMON.get(raw);
  if (common !== undefined) return common ? TRUE : FALSE;
  const s = cleanText(raw);
  if (s === '' || s === '-' || s === '–' || s === '—') return BLANK;
  if (spreadsheetError(s) !== null) {
    return { kind: 'error', code: 'spreadsheet-error', message: { key: 'parse.spreadsheet-error', params: { raw: s.toUpperCase() } } };
  }
  const answer = ANSWERS.get(foldWords(s));
  if (answer === undefined) return notAYesNo(raw);
  return answer ? TRUE : FALSE;
}

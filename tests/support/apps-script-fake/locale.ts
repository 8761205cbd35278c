// How Google Sheets turns what someone types (or a script writes with setValues) into a cell
// value and a number format, and how it shows a value again, for the two locales the tests use.
//
// Typed dates and times (issue 14 §6; Sheets help "Format numbers in a spreadsheet" → dates and
// times are numbers shown with a date format, and Apps Script's Range.getValues returns them as
// Date objects): "1/2" (day/month in vi_VN, month/day in en_US, the current year), "2025-06-01",
// "1/6/2025" and "12:30" become Dates with a date or time format. Text starting with "-" or "+"
// that is not a number is taken as a formula, and a formula that does not parse shows #ERROR!
// ("Formula parse error"). An error literal typed as such ("#N/A") is an error value.

export type SheetLocale = 'vi_VN' | 'en_US';
export type Stored = string | number | boolean | Date;

function separators(locale: SheetLocale): { decimal: string; group: string } {
  return locale === 'vi_VN' ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number written the locale's way ("1.234,5" in vi_VN, "1,234.5" in en_US), or null. */
function localeNumber(text: string, locale: SheetLocale): { n: number; grouped: boolean; decimals: number } | null {
  const { decimal, group } = separators(locale);
  const re = new RegExp(`^([-+]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(decimal)}(\\d+))?$`);
  const m = re.exec(text.trim());
  if (!m) return null;
  const int = m[2]!.split(group).join('');
  const frac = m[3] ?? '';
  const n = Number(`${m[1] === '-' ? '-' : ''}${int}${frac ? '.' + frac : ''}`);
  return { n, grouped: m[2]!.includes(group), decimals: frac.length };
}

/** What Sheets stores for typed text: a formula, a number (maybe with a format), a boolean, a date or text. */
export function parseInput(text: string, locale: SheetLocale): { value: Stored | ''; formula: string | null; format: string | null } {
  if (text === '') return { value: '', formula: null, format: null };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text, format: null };
  // A leading apostrophe forces text; Sheets keeps neither it nor any parsing.
  if (text.startsWith("'")) return { value: text.slice(1), formula: null, format: null };
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const p = localeNumber(trimmed.slice(0, -1).trim(), locale);
    if (p) return { value: Number((p.n / 100).toPrecision(15)), formula: null, format: p.decimals > 0 ? '0.00%' : '0%' };
  }
  const p = localeNumber(trimmed, locale);
  if (p) return { value: p.n, formula: null, format: p.grouped ? '#,##0' + (p.decimals ? '.' + '0'.repeat(p.decimals) : '') : null };
  if (/^true$/i.test(trimmed)) return { value: true, formula: null, format: null };
  if (/^false$/i.test(trimmed)) return { value: false, formula: null, format: null };
  const d = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(trimmed);
  if (d) {
    const [a, b, y] = [Number(d[1]), Number(d[2]), d[3] ? Number(d[3]) : year];
    const [day, month] = locale === 'vi_VN' ? [a, b] : [b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { value: new Date(y, month - 1, day), formula: null, format: DATE_FORMAT };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [y, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { value: new Date(y, month - 1, day), formula: null, format: 'yyyy-MM-dd' };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    // A time alone is a date-time on Sheets' day zero, 30/12/1899.
    return { value: new Date(1899, 11, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)), formula: null, format: TIME_FORMAT };
  }
  if (/^[-+][^-+\s]/.test(trimmed)) return { value: '', formula: `=${trimmed}`, format: null };
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), formula: null, format: null };
  return { value: text, formula: null, format: null };
}

export const DATE_FORMAT = 'd/M/yyyy';
export const TIME_FORMAT = 'H:mm:ss';
const ERROR_LITERALS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!']);
/** The year a date typed without one ("1/2") falls in: fixed, so tests do not depend on the clock. */
export const TYPING_YEAR = 2025;
const year = TYPING_YEAR;

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** The text Sheets shows for a stored value under a number format. */
export function display(value: Stored | '', format: string | null, locale: SheetLocale): string {
  const { decimal, group } = separators(locale);
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    if (format === TIME_FORMAT) return `${value.getHours()}:${p(value.getMinutes())}:${p(value.getSeconds())}`;
    const [d, m, y] = [value.getDate(), value.getMonth() + 1, value.getFullYear()];
    if (format === 'yyyy-MM-dd') return `${y}-${p(m)}-${p(d)}`;
    return locale === 'vi_VN' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
  }
  if (typeof value === 'string') return value;
  const f = format ?? '';
  if (f === '@' || f === '') {
    if (!Number.isFinite(value)) return String(value);
    // "Automatic": up to 10 significant digits, no grouping.
    const s = Number(value.toPrecision(10)).toString();
    return s.replace('.', decimal);
  }
  // Literal text in a format — "…" or a backslash-escaped character — is shown as it is and does
  // not scale: 0"%" and 0\% show 85 as "85%" (Sheets help "Custom number formats": quotes and
  // backslash mark literal text; only an unquoted % multiplies by 100).
  const { pattern, before, after, percent } = splitFormat(f.split(';')[0]!);
  return before + formatNumber(value, pattern, percent, decimal, group) + after;
}

/** A number format section as literal text before and after, the digit pattern, and a real %. */
function splitFormat(f: string): { pattern: string; before: string; after: string; percent: boolean } {
  let pattern = '';
  let before = '';
  let after = '';
  let percent = false;
  for (let i = 0; i < f.length; i++) {
    const c = f[i]!;
    let literal: string | null = null;
    if (c === '"') {
      const end = f.indexOf('"', i + 1);
      literal = f.slice(i + 1, end < 0 ? f.length : end);
      i = end < 0 ? f.length : end;
    } else if (c === '\\') {
      literal = f[i + 1] ?? '';
      i++;
    } else if (c === '%') {
      percent = true;
      literal = '%';
    } else if ('0#?.,'.includes(c)) {
      pattern += c;
      continue;
    } else {
      literal = c;
    }
    if (pattern === '') before += literal;
    else after += literal;
  }
  return { pattern, before, after, percent };
}

function formatNumber(value: number, f: string, percent: boolean, decimal: string, group: string): string {
  const v = percent ? value * 100 : value;
  const fracPart = /\.([0#]+)/.exec(f)?.[1] ?? '';
  const minDec = (fracPart.match(/0/g) ?? []).length;
  const maxDec = fracPart.length;
  let s = Math.abs(v).toFixed(maxDec);
  if (maxDec > minDec) {
    const [i, fr = ''] = s.split('.');
    let frac = fr;
    while (frac.length > minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
    s = frac ? `${i}.${frac}` : i!;
  }
  const [i, fr] = s.split('.');
  const int = /[#0],[#0]/.test(f) ? groupDigits(i!, group) : i!;
  return (v < 0 && Number(s) !== 0 ? '-' : '') + int + (fr ? decimal + fr : '');
}

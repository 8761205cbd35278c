// How Google Sheets turns what someone types (or a script writes with setValues) into a cell
// value and a number format, and how it shows a value again, for the two locales the tests use.

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
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (d) {
    const [a, b, y] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const [day, month] = locale === 'vi_VN' ? [a, b] : [b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { value: new Date(y, month - 1, day), formula: null, format: 'd/M/yyyy' };
  }
  return { value: text, formula: null, format: null };
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** The text Sheets shows for a stored value under a number format. */
export function display(value: Stored | '', format: string | null, locale: SheetLocale): string {
  const { decimal, group } = separators(locale);
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const [d, m, y] = [value.getDate(), value.getMonth() + 1, value.getFullYear()];
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
  const percent = f.includes('%');
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
  return (v < 0 && Number(s) !== 0 ? '-' : '') + int + (fr ? decimal + fr : '') + (percent ? '%' : '');
}

export type Lang = 'vi' | 'en';

/** Numbers as each language writes them: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  // Half away from zero, as people round (Math.round rounds -12.5 to -12).
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * 10 ** maxDecimals)) / 10 ** maxDecimals;
  const fixed = Math.abs(rounded).toFixed(maxDecimals);
  // Trailing zeros are dropped only after a decimal point (40 stays 40; 12.50 becomes 12.5).
  const [int, frac] = (fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed).split('.');
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (rounded < 0 ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/** dd/mm/yyyy from an ISO date, as officers write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

import Papa from 'papaparse';
import type { RawValue } from '../../shared/schema/report.ts';

/**
 * A grid as CSV text with a UTF-8 BOM, so Excel opens the Vietnamese letters correctly.
 * Comma-separated, quoted where needed; `cds` reads `;` files too.
 */
export function writeCsvText(grid: RawValue[][]): string {
  const rows = grid.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'có' : 'không') : cell)));
  return '\ufeff' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}

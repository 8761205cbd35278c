import Papa from 'papaparse';
import type { RawValue } from '../../shared/schema/report.ts';
import { csvSafeCell } from '../safety/csv-cell.ts';

/**
 * The one CSV writer of `cds`: a grid as CSV text with a UTF-8 BOM, so Excel opens the Vietnamese
 * letters correctly. Comma-separated, quoted where needed; `cds` reads `;` files too. Text that
 * would start a formula (= + - @) is written as text (cli/safety/csv-cell.ts).
 */
export function writeCsvText(grid: readonly (readonly RawValue[])[]): string {
  const rows = grid.map((row) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'có' : 'không') : typeof cell === 'number' ? cell : csvSafeCell(cell))),
  );
  return '\ufeff' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}

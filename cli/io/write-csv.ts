import type { RawValue } from '../../shared/schema/report.ts';
import { toCsv } from '../../shared/csv.ts';

/**
 * A grid as CSV for `cds` files (templates, plan tables, collected reports): the toolkit's one CSV
 * writer (shared/csv.ts) — UTF-8 BOM for Excel, quoted where needed, yes/no as có/không, and text
 * that would start a formula (= + - @) written as text. Comma-separated; `cds` reads `;` files too.
 */
export function writeCsvText(grid: readonly (readonly RawValue[])[]): string {
  return toCsv(grid);
}

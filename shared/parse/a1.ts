/**
 * A1 notation for people: 1-based row and column → "E12", column 27 → "AA". Columns are bijective
 * base 26 (A…Z, AA…AZ, BA…), the way every spreadsheet names them.
 */
export function toA1(row: number, column: number): string {
  return columnName(column) + String(row);
}

/** Letters of a 1-based column: 1 → A, 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA. */
export function columnName(column: number): string {
  let n = Math.floor(column);
  if (!(n >= 1)) return '';
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = (n - 1 - rest) / 26;
  }
  return name;
}

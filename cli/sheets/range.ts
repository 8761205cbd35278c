/** A sheet name as A1 notation wants it: always quoted, inner quotes doubled ('Báo cáo' → 'Báo cáo'). */
export function quoteSheetName(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

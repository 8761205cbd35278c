// The simple onEdit trigger: after an officer types in a report sheet, the edited rows are checked
// again and only their marks change. Simple-trigger limits: no lock, no sidebar, ≤ 30 s; the
// work is one batch read of the sheet, the core (milliseconds), and the marks of those rows.
import { checkSheet } from './check.ts';
import type { EditEventLike } from './gas.ts';
import { applyMarks, planMarks } from './marks.ts';
import { isOutputGrid } from './sheet-names.ts';

export function handleEdit(e: EditEventLike | undefined): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const from = e.range.getRow();
  const to = e.range.getLastRow();
  const checked = checkSheet(sheet);
  if (checked.table === null || isOutputGrid(checked.read.grid)) return;
  const firstItemRow = checked.table.headerRow + 1;
  // An edit in the header block (plan, level…) can change every row's checks: redo them all.
  const rows = from < firstItemRow ? undefined : { from, to };
  const inRows = rows ? checked.issues.filter((i) => i.location.row !== null && i.location.row >= from && i.location.row <= to) : checked.issues;
  applyMarks(sheet, planMarks(inRows, checked.table.columns.code ?? 1, checked.read.name), {
    rows,
    extent: { rows: checked.read.rows, columns: checked.read.columns },
  });
}

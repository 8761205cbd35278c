// The simple onEdit trigger: after an officer types or pastes in a report sheet, its checks run
// again and the marks of the whole sheet are replaced. Real-platform limits it is written for
// (issue 14 §5):
// - it may run in AuthMode.NONE (the add-on not yet used in this document), where every
//   spreadsheet call throws: it returns before touching anything;
// - fast typing or a paste burst runs it for two events only and drops the rest, and `value` /
//   `oldValue` are absent for a multi-cell edit: it never reads them, and it re-marks every row
//   (not only the event's), so the next run — or "Kiểm tra số liệu" — repairs what a dropped
//   event left behind;
// - it runs on every edit of every sheet: the add-on's own sheets are skipped by name and other
//   sheets by a small read of their first rows, before the sheet is read in full;
// - two runs (two officers, or a burst) must not interleave their marks: it takes the document
//   lock with a short wait and skips when another run holds it (issue 9 §6);
// - a protected range it may not write ends the run quietly: "Kiểm tra" then says so.
import { readReportTable } from '../../shared/parse/report-table.ts';
import { checkSheet } from './check.ts';
import { isPlanTableGrid } from '../../shared/plan/table/index.ts';
import { lockService, spreadsheetApp, type EditEventLike } from './gas.ts';
import { planTabsOf, readPlanTab } from './plan-tab.ts';
import { applyMarks, planMarks } from './marks.ts';
import { isProtectionError } from './problem.ts';
import { isOutputGrid, isOutputSheetName } from './sheet-names.ts';
import { toRaw } from './sheet-port.ts';

/** Rows read to tell a report from any other sheet: its header block and table header sit on top. */
export const PROBE_ROWS = 40;
/** How long an edit waits for the document lock before leaving the marks to a later run. */
const EDIT_LOCK_MS = 2_000;

export function handleEdit(e: EditEventLike | undefined): void {
  if (!e || !e.range) return;
  // ScriptApp.AuthMode.NONE prints as "NONE"; no ScriptApp call is needed to compare.
  if (e.authMode !== undefined && String(e.authMode) === 'NONE') return;
  try {
    remark(e);
  } catch (err) {
    if (!isProtectionError(err)) throw err;
  }
}

function remark(e: EditEventLike): void {
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (isOutputSheetName(name)) return;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return;
  const probe = sheet.getRange(1, 1, Math.min(PROBE_ROWS, lastRow), lastColumn).getValues().map((line) => line.map((v) => toRaw(v, '')));
  const planTab = isPlanTableGrid(probe);
  if (!planTab && readReportTable(probe, name).table === null) return;

  const lock = lockService().getDocumentLock();
  if (lock !== null && !lock.tryLock(EDIT_LOCK_MS)) return;
  try {
    if (planTab) {
      // The officer's plan tab: its own errors, re-marked.
      const tab = readPlanTab(sheet);
      if (tab !== null) applyMarks(sheet, planMarks(tab.issues, 1, tab.name), { extent: { rows: tab.read.rows, columns: tab.read.columns } });
      return;
    }
    const checked = checkSheet(sheet, planTabsOf(spreadsheetApp().getActiveSpreadsheet()));
    if (checked.table === null || isOutputGrid(checked.read.grid)) return;
    // Only this sheet's marks: a plan tab's are redone when it is edited or checked.
    applyMarks(sheet, planMarks(checked.issues, checked.table.columns.code ?? 1, checked.read.name), {
      extent: { rows: checked.read.rows, columns: checked.read.columns },
    });
  } finally {
    lock?.releaseLock();
  }
}

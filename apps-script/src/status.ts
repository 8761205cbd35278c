// Submit → review → approve (issue 11 §3; DHIS2's data approval, in a sheet). A report's status
// lives in its header block — `Trạng thái` with who and when — next to the other header fields:
// Đang nhập → (Gửi báo cáo, only without errors) Đã gửi → (Duyệt) Đã duyệt, or (Trả lại) Trả lại →
// Gửi báo cáo again. An approved report's input cells are protected (only the owner may edit them)
// until it is returned. Every change is appended to the `Nhật ký trạng thái` tab.
//
// Who: the name the officer types in the sidebar. The add-on does not read the user's e-mail — that
// would need a third scope (userinfo.email), and the commune edition keeps exactly two.
import { both, msg, t } from './messages/index.ts';
import { foldKey } from '../../shared/parse/text.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import type { Checked } from './check.ts';
import type { StatusChange, StatusDto } from './dto.ts';
import { spreadsheetApp, type SheetLike, type SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { guardWrite, Problem } from './problem.ts';
import { asText, ensureSize, sameSheetName } from './sheet-port.ts';
import { findReport, markChecked } from './validate-flow.ts';
import { LOG_MARKER, LOG_SHEET } from './sheet-names.ts';

export type Status = 'draft' | 'submitted' | 'approved' | 'returned';
export type StatusAction = 'submit' | 'approve' | 'return';

export const STATUS_LABEL = foldKey('Trạng thái');
const WORDS: Record<Status, string> = { draft: 'Đang nhập', submitted: 'Đã gửi', approved: 'Đã duyệt', returned: 'Trả lại' };
const BY_WORD = new Map(Object.entries(WORDS).map(([k, v]) => [foldKey(v), k as Status]));
const NEXT: Record<StatusAction, { from: Status[]; to: Status }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'returned' },
};
/** Marks our approval protections (so "Trả lại" removes only those). */
export const APPROVAL_PROTECTION = 'CĐS: báo cáo đã duyệt';

export interface StatusCell {
  /** 1-based cell of the status value; who and when are the two cells below it. */
  row: number;
  column: number;
  status: Status;
  /** The block is there already (else it is written on the first change). */
  present: boolean;
  who: string;
  when: string;
}

const cellString = (v: RawValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** The status block of a report: found by its `Trạng thái` label above the table, or where it goes. */
export function statusCell(c: Checked): StatusCell | null {
  const table = c.table;
  if (table === null) return null;
  const grid = c.read.grid;
  for (let r = 0; r < table.headerRow - 1; r++) {
    const line = grid[r] ?? [];
    for (let col = 0; col < line.length; col++) {
      const raw = line[col];
      if (typeof raw !== 'string' || foldKey(raw) !== STATUS_LABEL) continue;
      const word = cellString(grid[r]?.[col + 1]);
      return {
        row: r + 1,
        column: col + 2,
        status: word === '' ? 'draft' : BY_WORD.get(foldKey(word)) ?? 'draft',
        present: true,
        who: cellString(grid[r + 1]?.[col + 1]),
        when: cellString(grid[r + 2]?.[col + 1]),
      };
    }
  }
  // Not there yet: two columns right of the header block's values, on the unit's row, where the
  // three cells and their labels are empty.
  const first = table.header.unitName?.location.row ?? 2;
  const used = Object.values(table.header).map((h) => h?.location.column ?? 0);
  for (let col = Math.max(4, ...used) + 2; col < 40; col++) {
    const free = [0, 1, 2].every((d) => cellString(grid[first - 1 + d]?.[col - 2]) === '' && cellString(grid[first - 1 + d]?.[col - 1]) === '');
    if (free && first + 2 < table.headerRow) return { row: first, column: col, status: 'draft', present: false, who: '', when: '' };
  }
  return null;
}

export function statusDto(c: Checked): StatusDto | null {
  const cell = statusCell(c);
  if (cell === null) return null;
  return { code: cell.status, text: both(msg(`sheets.status.${cell.status}`)), who: cell.who, when: cell.when, present: cell.present };
}

function logSheet(book: SpreadsheetLike): SheetLike {
  for (const sheet of book.getSheets()) {
    if (!sameSheetName(sheet.getName(), LOG_SHEET) && !sheet.getName().toLowerCase().startsWith(`${LOG_SHEET.toLowerCase()} (`)) continue;
    const a1 = sheet.getRange(1, 1).getValues()[0]?.[0];
    if (typeof a1 === 'string' && a1.startsWith(LOG_MARKER)) return sheet;
  }
  const active = book.getActiveSheet();
  const name = book.getSheets().some((s) => sameSheetName(s.getName(), LOG_SHEET)) ? `${LOG_SHEET} (2)` : LOG_SHEET;
  const sheet = book.insertSheet(name);
  active.activate();
  guardWrite(name, () => {
    sheet.getRange(1, 1, 2, 8).setValues([
      [LOG_MARKER, '', '', '', '', '', '', ''],
      ['time', 'sheet', 'unit', 'period', 'from', 'to', 'who', 'note'].map((k) => t(msg(`sheets.status.col.${k}`), 'vi')),
    ]);
    sheet.getRange(2, 1, 1, 8).setFontWeight('bold');
    sheet.setFrozenRows(2);
  });
  return sheet;
}

/** The input cells of an approved report: counts, values and evidence of every item row. */
function inputRange(sheet: SheetLike, c: Checked) {
  const cols = c.table!.columns;
  const columns = [cols.numerator, cols.denominator, cols.value, cols.evidence].filter((x): x is number => x !== null);
  const rows = c.table!.rows.map((r) => r.row);
  if (columns.length === 0 || rows.length === 0) return null;
  const from = Math.min(...columns);
  const to = Math.max(...columns);
  return sheet.getRange(Math.min(...rows), from, Math.max(...rows) - Math.min(...rows) + 1, to - from + 1);
}

/**
 * Gửi báo cáo / Duyệt / Trả lại on the active report. Submitting runs the checks first and refuses
 * a report with errors (their marks and list are the answer's `validation`).
 */
export function changeStatus(book: SpreadsheetLike, action: StatusAction, who: string, now: string, note = ''): StatusChange {
  const name = who.trim();
  if (name === '') throw new Problem('sheets.status.who-missing');
  const step = NEXT[action];
  if (!step) throw new Problem('sheets.status.not-allowed', { from: '', action: String(action) });
  const checked = findReport(book);
  const cell = statusCell(checked);
  if (cell === null) throw new Problem('sheets.status.no-room', { sheet: checked.read.name });
  if (!step.from.includes(cell.status)) {
    throw new Problem('sheets.status.not-allowed', { from: WORDS[cell.status], action: t(msg(`sheets.status.action.${action}`), 'vi') });
  }
  if (action === 'submit') {
    const validation = markChecked(checked);
    if (validation.counts.error > 0) {
      return { status: statusDto(checked)!, validation, refused: true, text: both(msg('sheets.status.has-errors', { count: validation.counts.error })) };
    }
  }
  return withDocumentLock(() => {
    const sheet = checked.sheet;
    const sheetName = checked.read.name;
    guardWrite(sheetName, () => {
      ensureSize(sheet, cell.row + 2, cell.column);
      const labels = ['Trạng thái', 'Người cập nhật', 'Cập nhật lúc'];
      // Plain-text cells, so the time stays as written (no apostrophe, no date parsing).
      const range = sheet.getRange(cell.row, cell.column - 1, 3, 2);
      range.setNumberFormat('@');
      range.setValues(labels.map((l, i) => [l, [WORDS[step.to], name, now][i]!]));
      if (action === 'approve') {
        const range = inputRange(sheet, checked);
        if (range) {
          const p = range.protect().setDescription(`${APPROVAL_PROTECTION} (${now}, ${name})`);
          // Until its editors change, a script's protection mirrors the spreadsheet's: remove them,
          // so only the owner may edit an approved report.
          p.removeEditors(p.getEditors());
        }
      }
      if (action === 'return') {
        for (const p of sheet.getProtections(spreadsheetApp().ProtectionType.RANGE)) {
          if (p.getDescription().startsWith(APPROVAL_PROTECTION)) p.remove();
        }
      }
    });
    const log = logSheet(book);
    const logName = log.getName();
    const header = checked.table!.header;
    const unit = cellString(header.unitName?.raw) || cellString(header.unitCode?.raw);
    const period = cellString(header.period?.raw);
    guardWrite(logName, () => {
      const at = Math.max(2, log.getLastRow()) + 1;
      ensureSize(log, at, 8);
      log.getRange(at, 1, 1, 8).setValues([[now, sheetName, unit, period, WORDS[cell.status], WORDS[step.to], name, note].map((v) => asText(v))]);
    });
    const after: StatusDto = { code: step.to, text: both(msg(`sheets.status.${step.to}`)), who: name, when: now, present: true };
    return { status: after, validation: null, refused: false, text: both(msg('sheets.status.changed', { sheet: sheetName, status: WORDS[step.to], statusEn: after.text.en })) };
  });
}

/** A report's status for consolidation (draft when it has no block). */
export function statusOf(c: Checked): { status: Status; present: boolean } {
  const cell = statusCell(c);
  return cell === null ? { status: 'draft', present: false } : { status: cell.status, present: cell.present };
}

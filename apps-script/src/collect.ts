// District edition (issue 11 §3): "Thu thập báo cáo các xã". The district workbook's `Đơn vị` tab
// lists one commune per row — name, code, link to its spreadsheet. Each linked spreadsheet is opened
// read-only (the edition's one extra scope), its report sheet read in one batch and copied into the
// district workbook (`Thu thập — <đơn vị>`), so checking, ranking and history then work on the
// district's own copy. The tab gets, to the right of what the officer typed, each commune's
// collection status (đã gửi / chưa có báo cáo / không có quyền / không hợp lệ) and when.
import { both, msg, t } from './messages/index.ts';
import { columnName } from '../../shared/parse/a1.ts';
import { cellText, foldKey } from '../../shared/parse/text.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import { checkGrid, type Checked } from './check.ts';
import { coreRun, type CoreRun } from '../../shared/plan/core-run.ts';
import type { CollectDto, CollectRowDto } from './dto.ts';
import { spreadsheetApp, type SheetLike, type SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { isPlanTableGrid } from '../../shared/plan/table/index.ts';
import { guardWrite, Problem } from './problem.ts';
import { asText, ensureSize, findSheet, freeSheetName, readSheet, sameSheetName } from './sheet-port.ts';
import { isOutputGrid, REPORT_SHEET } from './sheet-names.ts';
import { statusOf } from './status.ts';

export const UNITS_SHEET = 'Đơn vị';
export const COPY_PREFIX = 'Thu thập — ';
export type CollectStatus = 'submitted' | 'not-submitted' | 'missing' | 'no-access' | 'invalid';

const LABELS = { name: ['đơn vị', 'tên đơn vị', 'xã', 'unit'], code: ['mã đơn vị', 'mã', 'code'], link: ['liên kết', 'đường dẫn', 'link', 'url', 'bảng tính'] } as const;
const OUR_COLUMNS = ['status', 'when', 'sheet', 'detail'] as const;

interface UnitRow {
  row: number;
  name: string;
  code: string | null;
  link: string | null;
  /** The copy sheet this row names from an earlier collection (ours to rewrite), if any. */
  copy: string | null;
}

interface Layout {
  headerRow: number;
  columns: { name: number; code: number | null; link: number };
  /** First of our four columns (status, when, copy sheet, detail). */
  ours: number;
  rows: UnitRow[];
}

function findLayout(grid: RawValue[][]): Layout | null {
  for (let r = 0; r < Math.min(grid.length, 20); r++) {
    const line = grid[r] ?? [];
    const find = (names: readonly string[]) => {
      const i = line.findIndex((v) => typeof v === 'string' && names.includes(foldKey(v).replace(/\s+/g, ' ')));
      return i < 0 ? null : i + 1;
    };
    const name = find(LABELS.name.map((n) => foldKey(n)));
    const link = find(LABELS.link.map((n) => foldKey(n)));
    if (name === null || link === null) continue;
    const code = find(LABELS.code.map((n) => foldKey(n)));
    const statusLabel = foldKey(t(msg('sheets.collect.col.status'), 'vi'));
    const existing = line.findIndex((v) => typeof v === 'string' && foldKey(v) === statusLabel);
    const ours = existing >= 0 ? existing + 1 : Math.max(name, link, code ?? 0, line.length) + 1;
    const rows: UnitRow[] = [];
    for (let i = r + 1; i < grid.length; i++) {
      const l = grid[i] ?? [];
      const unit = cellText(l[name - 1] ?? null);
      if (unit === null) continue;
      rows.push({
        row: i + 1,
        name: unit,
        code: code === null ? null : cellText(l[code - 1] ?? null),
        link: cellText(l[link - 1] ?? null),
        copy: existing >= 0 ? cellText(l[ours + 1] ?? null) : null,
      });
    }
    return { headerRow: r + 1, columns: { name, code, link }, ours, rows };
  }
  return null;
}

/** Apps Script's refusal to open a spreadsheet not shared with the user. */
function isNoAccess(e: unknown): boolean {
  const m = e !== null && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : '';
  return /permission|access denied|không có quyền|requested document/i.test(m);
}

/** The commune's report sheet: `Báo cáo` first, else the first sheet holding a report table. */
function remoteReport(remote: SpreadsheetLike, run: CoreRun): { sheet: SheetLike; checked: Checked } | null {
  const sheets = remote.getSheets();
  const ordered = [...sheets.filter((s) => sameSheetName(s.getName(), REPORT_SHEET)), ...sheets.filter((s) => !sameSheetName(s.getName(), REPORT_SHEET))];
  for (const sheet of ordered) {
    const read = readSheet(sheet);
    if (isOutputGrid(read.grid) || isPlanTableGrid(read.grid)) continue;
    const checked = checkGrid(sheet, read, undefined, run);
    if (checked.table !== null) return { sheet, checked };
  }
  return null;
}

/** Writes a commune's report grid into the district workbook; returns the copy's sheet name. */
function writeCopy(book: SpreadsheetLike, unit: UnitRow, grid: RawValue[][]): string {
  const own = unit.copy !== null ? findSheet(book, unit.copy) : null;
  const sheet = own ?? book.insertSheet(freeSheetName(book, `${COPY_PREFIX}${unit.name}`));
  const name = sheet.getName();
  const width = Math.max(1, ...grid.map((l) => l.length));
  guardWrite(name, () => {
    if (own) sheet.clear();
    ensureSize(sheet, Math.max(1, grid.length), width);
    const range = sheet.getRange(1, 1, Math.max(1, grid.length), width);
    // As read: numbers as numbers, text (percents as "85,5%") kept as text.
    range.setNumberFormat('@');
    range.setValues((grid.length ? grid : [[]]).map((l) => Array.from({ length: width }, (_, i) => {
      const v = l[i];
      return v === null || v === undefined ? '' : v;
    })));
  });
  return name;
}

export function collect(book: SpreadsheetLike, now: string): CollectDto {
  return withDocumentLock(() => {
    const unitsSheet = findSheet(book, UNITS_SHEET);
    if (unitsSheet === null) throw new Problem('sheets.collect.no-units-sheet');
    const read = readSheet(unitsSheet);
    const layout = findLayout(read.grid);
    if (layout === null) throw new Problem('sheets.collect.no-layout', { sheet: read.name });
    const active = book.getActiveSheet();
    const rows: CollectRowDto[] = [];
    const lines: (string | number)[][] = [];
    // Each plan compiled once for every commune's workbook.
    const run = coreRun();
    for (const unit of layout.rows) {
      let status: CollectStatus;
      let copy = unit.copy ?? '';
      let detail = '';
      if (unit.link === null) {
        status = 'missing';
        detail = t(msg('sheets.collect.detail.no-link'), 'vi');
      } else {
        try {
          const remote = spreadsheetApp().openByUrl(unit.link);
          const found = remoteReport(remote, run);
          if (found === null) {
            status = 'missing';
            detail = t(msg('sheets.collect.detail.no-report'), 'vi');
          } else {
            copy = writeCopy(book, unit, found.checked.read.grid);
            const errors = found.checked.issues.filter((i) => i.severity === 'error').length;
            const workflow = statusOf(found.checked);
            status = errors > 0 ? 'invalid' : workflow.present && workflow.status !== 'submitted' && workflow.status !== 'approved' ? 'not-submitted' : 'submitted';
            if (errors > 0) detail = t(msg('sheets.collect.detail.errors', { count: errors }), 'vi');
          }
        } catch (e) {
          if (e instanceof Problem) throw e;
          if (!isNoAccess(e)) {
            status = 'missing';
            detail = t(msg('sheets.collect.detail.bad-link'), 'vi');
          } else {
            status = 'no-access';
            detail = t(msg('sheets.collect.detail.no-access'), 'vi');
          }
        }
      }
      rows.push({ unit: unit.name, code: unit.code, status, statusText: both(msg(`sheets.collect.status.${status}`)), sheet: copy || null, detail });
      lines.push([t(msg(`sheets.collect.status.${status}`), 'vi'), now, copy, detail].map((v) => asText(String(v))));
    }
    active.activate();
    // Our four columns only: the officer's names, codes and links are never written.
    guardWrite(read.name, () => {
      const last = Math.max(layout.headerRow, ...layout.rows.map((r) => r.row));
      ensureSize(unitsSheet, last, layout.ours + OUR_COLUMNS.length - 1);
      // One write: the header, each commune's line, and rows between them as they were.
      const byRow = new Map(layout.rows.map((u, i) => [u.row, lines[i]!]));
      const block = Array.from({ length: last - layout.headerRow + 1 }, (_, i) => {
        const row = layout.headerRow + i;
        if (i === 0) return OUR_COLUMNS.map((c) => t(msg(`sheets.collect.col.${c}`), 'vi'));
        return byRow.get(row) ?? OUR_COLUMNS.map((_, j) => {
          const v = read.grid[row - 1]?.[layout.ours - 1 + j];
          return v === null || v === undefined ? '' : typeof v === 'string' ? asText(v) : v;
        });
      });
      unitsSheet.getRange(layout.headerRow, layout.ours, block.length, OUR_COLUMNS.length).setValues(block);
    });
    const count = (s: CollectStatus) => rows.filter((r) => r.status === s).length;
    return {
      sheet: read.name,
      rows,
      text: both(msg('sheets.collect.done', {
        submitted: count('submitted'), missing: count('missing') + count('not-submitted'), noAccess: count('no-access'), invalid: count('invalid'),
        columns: `${columnName(layout.ours)}–${columnName(layout.ours + OUR_COLUMNS.length - 1)}`,
      })),
    };
  });
}

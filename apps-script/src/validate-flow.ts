// "Kiểm tra số liệu": find the report sheet, check it, replace our marks, list the issues. The
// officer's plan tab a report uses is checked with it (its errors listed and marked on its cells);
// on a plan tab itself, the tab is checked.
import { isPlanTableGrid } from '../../shared/plan/table/index.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import { ISSUE_LIST_LIMIT, checkSheet, counts, issueDto, type Checked } from './check.ts';
import { both, msg } from './messages/index.ts';
import type { Text, ValidationDto } from './dto.ts';
import type { SheetLike, SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { applyMarks, planMarks } from './marks.ts';
import { isPlanTabName, planTabsOf, readPlanTab, type PlanTab, type PlanTabs } from './plan-tab.ts';
import { Problem, isProtectionError } from './problem.ts';
import { REPORT_SHEET, isOutputGrid } from './sheet-names.ts';
import { findSheet, type SheetGrid } from './sheet-port.ts';
import { statusDto } from './status.ts';

const isReport = (c: Checked) => c.table !== null && !isOutputGrid(c.read.grid) && !isPlanTableGrid(c.read.grid);

/** The active sheet when it holds a report, else the "Báo cáo" sheet. */
export function findReport(book: SpreadsheetLike, tabs: PlanTabs = planTabsOf(book)): Checked {
  const active = book.getActiveSheet();
  const first = checkSheet(active, tabs);
  if (isReport(first)) return first;
  const named = findSheet(book, REPORT_SHEET);
  if (named !== null && named.getName() !== first.read.name) {
    const second = checkSheet(named, tabs);
    if (isReport(second)) return second;
  }
  throw new Problem('sheets.error.no-report', { sheet: first.read.name });
}

interface Listed {
  name: string;
  issues: readonly Issue[];
  valid: boolean;
}

function dto(c: Listed, marked: number, notice: Text | null): ValidationDto {
  return {
    sheet: c.name,
    issues: c.issues.slice(0, ISSUE_LIST_LIMIT).map(issueDto),
    counts: counts(c.issues),
    marked,
    valid: c.valid,
    truncated: c.issues.length > ISSUE_LIST_LIMIT,
    notice,
  };
}

export function validationDto(c: Checked, marked: number, notice: Text | null = null): ValidationDto {
  return { ...dto({ name: c.read.name, issues: c.issues, valid: c.valid }, marked, notice), status: statusDto(c) };
}

/** Marks of `issues` on one sheet; a sheet the officer may not write keeps its marks (null). */
function markSheet(sheet: SheetLike, read: SheetGrid, issues: readonly Issue[], fallbackColumn: number): number | null {
  try {
    return applyMarks(sheet, planMarks(issues, fallbackColumn, read.name), { extent: { rows: read.rows, columns: read.columns } }).marked;
  } catch (e) {
    if (!isProtectionError(e)) throw e;
    return null;
  }
}

/**
 * Replaces every mark of ours on the checked sheet (and on the plan tab it uses) with the marks of
 * its issues. A sheet the officer may not write (an owner's protection) keeps its marks; the issues
 * are still listed.
 */
export function markChecked(c: Checked): ValidationDto {
  return withDocumentLock(() => {
    const marked = markSheet(c.sheet, c.read, c.issues, c.table?.columns.code ?? 1);
    const tabMarked = c.tab === null ? 0 : markSheet(c.tab.sheet, c.tab.read, c.tab.issues, 1);
    const blocked = [marked === null ? c.read.name : null, tabMarked === null ? c.tab?.name ?? null : null].filter((x): x is string => x !== null);
    const notice = blocked.length > 0 ? both(msg('sheets.notice.marks-protected', { sheet: blocked.join('", "') })) : null;
    return validationDto(c, (marked ?? 0) + (tabMarked ?? 0), notice);
  });
}

/** "Kiểm tra" on a plan tab: its own errors, listed and marked at their cells. */
export function checkPlanTab(tab: PlanTab): ValidationDto {
  return withDocumentLock(() => {
    const marked = markSheet(tab.sheet, tab.read, tab.issues, 1);
    const notice = marked === null ? both(msg('sheets.notice.marks-protected', { sheet: tab.name })) : null;
    return dto({ name: tab.name, issues: tab.issues, valid: tab.plan !== null }, marked ?? 0, notice);
  });
}

export function validateActive(book: SpreadsheetLike): ValidationDto {
  const active = book.getActiveSheet();
  if (isPlanTabName(active.getName())) {
    const tab = readPlanTab(active);
    if (tab !== null) return checkPlanTab(tab);
  }
  return markChecked(findReport(book));
}

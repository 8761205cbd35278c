// "Kiểm tra số liệu": find the report sheet, check it, replace our marks, list the issues.
import { ISSUE_LIST_LIMIT, checkSheet, counts, issueDto, type Checked } from './check.ts';
import { both, msg } from '../../shared/messages/index.ts';
import type { Text, ValidationDto } from './dto.ts';
import type { SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { applyMarks, planMarks } from './marks.ts';
import { Problem, isProtectionError } from './problem.ts';
import { REPORT_SHEET, isOutputGrid } from './sheet-names.ts';
import { findSheet } from './sheet-port.ts';

/** The active sheet when it holds a report, else the "Báo cáo" sheet. */
export function findReport(book: SpreadsheetLike): Checked {
  const active = book.getActiveSheet();
  const first = checkSheet(active);
  if (first.table !== null && !isOutputGrid(first.read.grid)) return first;
  const named = findSheet(book, REPORT_SHEET);
  if (named !== null && named.getName() !== first.read.name) {
    const second = checkSheet(named);
    if (second.table !== null && !isOutputGrid(second.read.grid)) return second;
  }
  throw new Problem('sheets.error.no-report', { sheet: first.read.name });
}

export function validationDto(c: Checked, marked: number, notice: Text | null = null): ValidationDto {
  return {
    sheet: c.read.name,
    issues: c.issues.slice(0, ISSUE_LIST_LIMIT).map(issueDto),
    counts: counts(c.issues),
    marked,
    valid: c.valid,
    truncated: c.issues.length > ISSUE_LIST_LIMIT,
    notice,
  };
}

/**
 * Replaces every mark of ours on the checked sheet with the marks of its issues. A sheet the
 * officer may not write (an owner's protection) keeps its marks; the issues are still listed.
 */
export function markChecked(c: Checked): ValidationDto {
  const plan = planMarks(c.issues, c.table?.columns.code ?? 1, c.read.name);
  try {
    const result = withDocumentLock(() => applyMarks(c.sheet, plan, { extent: { rows: c.read.rows, columns: c.read.columns } }));
    return validationDto(c, result.marked);
  } catch (e) {
    if (!isProtectionError(e)) throw e;
    return validationDto(c, 0, both(msg('sheets.notice.marks-protected', { sheet: c.read.name })));
  }
}

export function validateActive(book: SpreadsheetLike): ValidationDto {
  return markChecked(findReport(book));
}

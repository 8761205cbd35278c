// "Chấm điểm" (check + marks + score + Kết quả sheet) and "Mở bảng điểm" (the same scorecard,
// read only: no marks, no sheet written).
import { scoreReport } from '../../shared/score/scorecard.ts';
import { scorecardView } from '../../shared/score/view.ts';
import { counts } from './check.ts';
import type { ScoreDto } from './dto.ts';
import type { SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { Problem } from './problem.ts';
import { writeResultSheet } from './result-sheet.ts';
import { trendFor } from './history.ts';
import { findReport, markChecked, validationDto } from './validate-flow.ts';

export function scoreActive(book: SpreadsheetLike, today: string, opts: { write: boolean }): ScoreDto {
  const checked = findReport(book);
  const validation = opts.write ? markChecked(checked) : validationDto(checked, 0);
  if (checked.plan === null || checked.report === null) {
    const planIssue = checked.issues.find((i) => i.code === 'plan-missing' || i.code === 'plan-unknown' || i.code === 'plan-tab-invalid');
    if (planIssue) throw new Problem(planIssue.message.key, planIssue.message.params);
    throw new Problem('sheets.error.no-report', { sheet: checked.read.name });
  }
  // Every issue found (the table's too): a value flagged as an error earns no points (truth note).
  const card = scoreReport(checked.report, checked.plan, { issues: checked.issues });
  const views = {
    vi: scorecardView(card, checked.plan, 'vi', { today }),
    en: scorecardView(card, checked.plan, 'en', { today }),
  };
  const trend = trendFor(book, card, checked.plan, checked.table?.header.period ?? null);
  const resultSheet = opts.write
    ? withDocumentLock(() => writeResultSheet(book, views.vi, checked.read.name, counts(checked.issues), trend))
    : null;
  return { sheet: checked.read.name, views, validation, resultSheet, trend };
}

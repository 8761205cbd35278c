// The add-on's entry: every export is a global function of the built Code.js (build.ts writes a
// top-level stub per name in EXPOSED), called by the menu, a trigger or google.script.run. Nothing
// else is global. Arguments and answers are plain data.
import { both, msg } from './messages/index.ts';
import { nowInVietnam, todayOr } from './clock.ts';
import { consolidate } from './consolidate-flow.ts';
import { saveAllHistory, saveHistory } from './history.ts';
import type { HistorySaved, StatusChange } from './dto.ts';
import { changeStatus, type StatusAction } from './status.ts';
import type { Answer, CellRef, PlanTabDone, PlanTabRequest, RankingDto, ScoreDto, TemplateChoices, TemplateDone, TemplateRequest, Text, ValidationDto } from './dto.ts';
import { createPlanTab, findPlanTabs, planTabsOf } from './plan-tab.ts';
import { spreadsheetApp, type EditEventLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { clearMarks } from './marks.ts';
import { buildMenu } from './menu.ts';
import { handleEdit } from './on-edit.ts';
import { answer, guardWrite, Problem } from './problem.ts';
import { showPrintDialog } from './print-flow.ts';
import { scoreActive } from './score-flow.ts';
import { showSidebar } from './sidebar.ts';
import { createTemplate, templateChoices } from './template-flow.ts';
import { validateActive } from './validate-flow.ts';

const book = () => spreadsheetApp().getActiveSpreadsheet();

// ---- triggers ----

/** Simple trigger; may run in AuthMode.NONE, where only the menu may be built. */
export function onOpen(_e?: unknown): void {
  buildMenu();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function onEdit(e?: EditEventLike): void {
  handleEdit(e);
}

// ---- menu entries: each opens the sidebar on its view; the page then calls the server ----

export function menuTemplate(): void {
  showSidebar('template');
}
export function menuValidate(): void {
  showSidebar('issues');
}
export function menuScore(): void {
  showSidebar('score');
}
export function menuOpenScorecard(): void {
  showSidebar('scorecard');
}
export function menuConsolidate(): void {
  showSidebar('ranking');
}
/** "In bảng điểm": the scorecard as a dossier document, in a dialog with a print button. */
export function menuPrintScorecard(): void {
  const shown = answer(() => showPrintDialog(book(), todayOr(undefined)));
  if (!shown.ok) book().toast(shown.problem.vi, 'CĐS', 10);
}
export function menuClearMarks(): void {
  const count = answer(clearAllMarks);
  if (!count.ok) {
    book().toast(count.problem.vi, 'CĐS', 10);
    return;
  }
  book().toast(`${both(msg('sheets.toast.marks-cleared', { count: count.value })).vi}`, 'CĐS', 5);
}

function clearAllMarks(): number {
  return withDocumentLock(() => book().getSheets().reduce((n, sheet) => n + guardWrite(sheet.getName(), () => clearMarks(sheet)), 0));
}

// ---- google.script.run ----

export function sidebarChoices(): TemplateChoices {
  return templateChoices(findPlanTabs(book()));
}
export function sidebarCreateTemplate(req: TemplateRequest): Answer<TemplateDone> {
  return answer(() => withDocumentLock(() => createTemplate(book(), req ?? ({} as TemplateRequest), planTabsOf(book()))));
}
/** "Tạo kế hoạch": a new editable plan tab, empty or pre-filled from a bundled plan. */
export function sidebarCreatePlanTab(req: PlanTabRequest): Answer<PlanTabDone> {
  return answer(() => withDocumentLock(() => createPlanTab(book(), req ?? {})));
}
export function sidebarValidate(): Answer<ValidationDto> {
  return answer(() => validateActive(book()));
}
/** Check, mark, score and write "Kết quả". `today` is the officer's calendar day (YYYY-MM-DD). */
export function sidebarScore(today?: string): Answer<ScoreDto> {
  return answer(() => scoreActive(book(), todayOr(today), { write: true }));
}
/** The scorecard only: no marks, no sheet written. */
export function sidebarScorecard(today?: string): Answer<ScoreDto> {
  return answer(() => scoreActive(book(), todayOr(today), { write: false }));
}
/** `includeAll`: rank reports not yet submitted too. */
export function sidebarConsolidate(includeAll?: boolean): Answer<RankingDto> {
  return answer(() => consolidate(book(), includeAll === true));
}
export function sidebarSelectCell(ref: CellRef): Answer<CellRef> {
  return answer(() => {
    const sheet = book().getSheetByName(String(ref?.sheet ?? ''));
    if (sheet === null || typeof ref.a1 !== 'string' || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(ref.a1)) {
      throw new Problem('sheets.error.cell-not-found', { sheet: String(ref?.sheet ?? ''), a1: String(ref?.a1 ?? '') });
    }
    sheet.activate();
    sheet.getRange(ref.a1).activate();
    return { sheet: sheet.getName(), a1: ref.a1 };
  });
}
/** Gửi báo cáo / Duyệt / Trả lại; `who` is the name the officer typed (no e-mail is read). */
export function sidebarSetStatus(action: StatusAction, who: string, note?: string): Answer<StatusChange> {
  return answer(() => changeStatus(book(), action, String(who ?? ''), nowInVietnam(), typeof note === 'string' ? note : ''));
}
/** "Lưu kỳ báo cáo": `confirm` is the officer's yes to replacing a period already saved. */
export function sidebarSaveHistory(confirm?: boolean): Answer<HistorySaved> {
  return answer(() => saveHistory(book(), nowInVietnam(), confirm === true));
}
/** "Lưu kỳ — mọi đơn vị": every unit sheet of the workbook, each with its own period. */
export function sidebarSaveHistoryAll(confirm?: boolean): Answer<HistorySaved> {
  return answer(() => saveAllHistory(book(), nowInVietnam(), confirm === true));
}
export function sidebarClearMarks(): Answer<{ count: number; text: Text }> {
  return answer(() => {
    const count = clearAllMarks();
    return { count, text: both(msg('sheets.toast.marks-cleared', { count })) };
  });
}

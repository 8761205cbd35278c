// The add-on's entry: every export is a global function of the built Code.js (build.ts writes a
// top-level stub per name in EXPOSED), called by the menu, a trigger or google.script.run. Nothing
// else is global. Arguments and answers are plain data.
import { both, msg } from '../../shared/messages/index.ts';
import { todayOr } from './clock.ts';
import { consolidate } from './consolidate-flow.ts';
import type { Answer, CellRef, RankingDto, ScoreDto, TemplateChoices, TemplateDone, TemplateRequest, Text, ValidationDto } from './dto.ts';
import { spreadsheetApp, type EditEventLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { clearMarks } from './marks.ts';
import { buildMenu } from './menu.ts';
import { handleEdit } from './on-edit.ts';
import { answer, guardWrite, Problem } from './problem.ts';
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
  return templateChoices();
}
export function sidebarCreateTemplate(req: TemplateRequest): Answer<TemplateDone> {
  return answer(() => withDocumentLock(() => createTemplate(book(), req ?? ({} as TemplateRequest))));
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
export function sidebarConsolidate(): Answer<RankingDto> {
  return answer(() => consolidate(book()));
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
export function sidebarClearMarks(): Answer<{ count: number; text: Text }> {
  return answer(() => {
    const count = clearAllMarks();
    return { count, text: both(msg('sheets.toast.marks-cleared', { count })) };
  });
}

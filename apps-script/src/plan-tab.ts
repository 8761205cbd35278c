// The officer's own plan, typed in a `Kế hoạch` tab in the plan-table layout (issue 10 §2). The
// core reads it (shared/plan/table: readPlanTable, with every error at its cell); this file finds
// the tabs, tells which one a report uses, and writes a new tab for "Tạo kế hoạch".
//
// Which tabs are plan tabs: sheets named `Kế hoạch…` (any case, `Kế hoạch (2)`…) or the sheet a
// report's `Kế hoạch` cell names, whose cells form a plan table (`Mã kế hoạch` above a targets
// table). The read-only plan view the template writes (`KẾ HOẠCH — …` in A1) is not one.
// Which plan a report uses: the tab its `Kế hoạch` cell names (by sheet name or by the tab's
// `Mã kế hoạch`, ahead of a bundled plan of the same id: the officer adapted it), else the bundled
// plan of that id; a blank cell uses the only plan tab when there is exactly one.
import { getPlan, indicatorById, indicators } from '../../shared/data/index.ts';
import { draftPlan } from '../../shared/plan/draft/index.ts';
import { draftToGrid } from '../../shared/plan/draft/to-plan.ts';
import { both, msg } from './messages/index.ts';
import { COMPARATOR_CHOICES, LEVEL_CHOICES, UNIT_CHOICES, emptyPlanGrid, isPlanTableGrid, planToGrid, readPlanTable, type PlanGrid } from '../../shared/plan/table/index.ts';
import { cellText, foldKey, isBlank } from '../../shared/parse/text.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import type { PlanTabDone, PlanTabRequest } from './dto.ts';
import { spreadsheetApp, type SheetLike, type SpreadsheetLike } from './gas.ts';
import { guardWrite, Problem } from './problem.ts';
import { ensureSize, findSheet, freeSheetName, readSheet, sameSheetName, type SheetGrid } from './sheet-port.ts';
import { PLAN_MARKER, PLAN_SHEET } from './sheet-names.ts';

export interface PlanTab {
  sheet: SheetLike;
  name: string;
  /** The `Mã kế hoạch` typed in the tab (even when the plan has errors), or null. */
  planId: string | null;
  /** The plan, or null when the tab has errors. */
  plan: Plan | null;
  /** Every issue of the tab, located at its cells. */
  issues: Issue[];
  read: SheetGrid;
}

const PLAN_ID_LABEL = foldKey('Mã kế hoạch');
/** Blank rows per table an empty tab offers (rows inserted inside a table keep its drop-downs). */
export const EMPTY_ROWS = 12;

/** The `Mã kế hoạch` value of a plan grid: the next non-blank cell right of the label. */
function planIdOf(grid: readonly RawValue[][]): string | null {
  for (const line of grid.slice(0, 30)) {
    for (let c = 0; c < line.length; c++) {
      const raw = line[c];
      if (typeof raw !== 'string' || raw.length > 60) continue;
      const colon = raw.indexOf(':');
      if (colon > 0 && foldKey(raw.slice(0, colon)) === PLAN_ID_LABEL) return cellText(raw.slice(colon + 1));
      if (foldKey(raw) !== PLAN_ID_LABEL) continue;
      let v = c + 1;
      while (v < line.length && isBlank(line[v] ?? null)) v++;
      return v < line.length ? cellText(line[v] ?? null) : null;
    }
  }
  return null;
}

/** `Kế hoạch`, `KẾ HOẠCH (2)`, `Kế hoạch xã`…: a sheet worth reading as a plan tab. */
export function isPlanTabName(name: string): boolean {
  const n = name.normalize('NFC').toLowerCase();
  const base = PLAN_SHEET.normalize('NFC').toLowerCase();
  return n === base || n.startsWith(`${base} `) || n.startsWith(`${base}(`);
}

/** Reads one sheet as a plan tab, or null when it is not one (one cheap read first). */
export function readPlanTab(sheet: SheetLike): PlanTab | null {
  const values = sheet.getDataRange().getValues();
  const a1 = values[0]?.[0];
  if (typeof a1 === 'string' && a1.startsWith(PLAN_MARKER)) return null;
  if (!isPlanTableGrid(values.map((line) => line.map((v) => (v instanceof Date || v === '' ? null : (v as RawValue)))))) return null;
  const read = readSheet(sheet);
  const result = readPlanTable(read.grid, { sheet: read.name });
  return { sheet, name: read.name, planId: planIdOf(read.grid), plan: result.plan, issues: result.issues, read };
}

/** The plan tabs of the workbook (`also`: a sheet name a report's `Kế hoạch` cell gives). */
export function findPlanTabs(book: SpreadsheetLike, also: readonly string[] = []): PlanTab[] {
  const out: PlanTab[] = [];
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (!isPlanTabName(name) && !also.some((a) => sameSheetName(a, name))) continue;
    const tab = readPlanTab(sheet);
    if (tab !== null) out.push(tab);
  }
  return out;
}

/** The plan tabs, read lazily (once per run, only when a report needs them); `named` finds any sheet by name. */
export interface PlanTabs {
  (): readonly PlanTab[];
  named?: (name: string) => PlanTab | null;
}

export function planTabsOf(book: SpreadsheetLike): PlanTabs {
  let tabs: PlanTab[] | null = null;
  const all = (() => (tabs ??= findPlanTabs(book))) as PlanTabs;
  // A tab of any name, when the report's `Kế hoạch` cell gives that name.
  all.named = (name: string) => {
    const sheet = findSheet(book, name);
    return sheet === null ? null : readPlanTab(sheet);
  };
  return all;
}

export type PlanChoice =
  | { kind: 'tab'; tab: PlanTab }
  | { kind: 'bundled'; plan: Plan }
  | { kind: 'none'; id: string | null };

/** The plan a report's `Kế hoạch` cell (`id`, null when blank) asks for. */
export function choosePlan(id: string | null, tabs: PlanTabs): PlanChoice {
  if (id === null) {
    const all = tabs();
    return all.length === 1 ? { kind: 'tab', tab: all[0]! } : { kind: 'none', id };
  }
  const key = id.trim().toLowerCase();
  const tab = tabs().find((t) => sameSheetName(t.name, id) || (t.planId !== null && t.planId.trim().toLowerCase() === key));
  if (tab) return { kind: 'tab', tab };
  const named = tabs.named?.(id) ?? null;
  if (named) return { kind: 'tab', tab: named };
  const plan = getPlan(id);
  return plan ? { kind: 'bundled', plan } : { kind: 'none', id };
}

/** The issue at the report's `Kế hoạch` cell when the tab it names has errors. */
export function tabInvalidMessage(tab: PlanTab): Issue['message'] {
  return msg('sheets.plan-tab.invalid', { sheet: tab.name, count: tab.issues.filter((i) => i.severity === 'error').length });
}

function dropDown(values: readonly string[], helpKey: string) {
  return spreadsheetApp()
    .newDataValidation()
    .requireValueInList([...values], true)
    // Officers may type the document's own words ("từ … trở lên", "hồ sơ"): a hint, not a refusal.
    .setAllowInvalid(true)
    .setHelpText(both(msg(helpKey)).vi)
    .build();
}

/** Pasted plan text longer than this is not a plan document (a whole workbook pasted by mistake). */
export const MAX_PLAN_TEXT = 300_000;

function layout(req: PlanTabRequest): { grid: PlanGrid; from: Plan | null; draft?: PlanTabDone['draft'] } {
  if (typeof req?.fromText === 'string' && req.fromText.trim() !== '') {
    if (req.fromText.length > MAX_PLAN_TEXT) throw new Problem('sheets.error.plan-text-too-long', { max: MAX_PLAN_TEXT });
    // A draft: every proposed row carries its quote; the plan id is left blank so the tab scores
    // nothing until the officer has reviewed it (its error is marked at that cell).
    const draft = draftPlan(req.fromText, { indicators });
    return { grid: draftToGrid(draft, indicatorById), from: null, draft: { targets: draft.targets.length, deadlines: draft.deadlines.length, awards: draft.awards.length } };
  }
  const id = typeof req?.fromPlanId === 'string' && req.fromPlanId.trim() !== '' ? req.fromPlanId.trim() : null;
  if (id === null) return { grid: emptyPlanGrid({ rows: EMPTY_ROWS }), from: null };
  const plan = getPlan(id);
  if (!plan) throw new Problem('sheets.error.plan-unknown', { planId: id });
  return { grid: planToGrid(plan), from: plan };
}

/**
 * "Tạo kế hoạch": a new editable tab (`Kế hoạch`, or `Kế hoạch (2)` when the name is taken in any
 * case — no sheet is ever overwritten) in the plan-table layout, empty or pre-filled from a bundled
 * plan, with drop-downs on So sánh, Đơn vị tính and Cấp áp dụng (and Bắt buộc).
 */
export function createPlanTab(book: SpreadsheetLike, req: PlanTabRequest): PlanTabDone {
  const { grid: pg, from, draft } = layout(req);
  const rows = pg.grid.length;
  const width = Math.max(1, ...pg.grid.map((l) => l.length));
  const targets = pg.sections.find((s) => s.kind === 'targets');
  const criteria = pg.sections.find((s) => s.kind === 'criteria');
  const name = freeSheetName(book, PLAN_SHEET);
  const sheet = book.insertSheet(name);
  guardWrite(name, () => {
    ensureSize(sheet, rows, width);
    const all = sheet.getRange(1, 1, rows, width);
    // Plain text everywhere, so "2023–2025", "15/11/2023" and "80%" stay as typed; the reader
    // reads numbers from text the way it reads a CSV.
    all.setNumberFormats(pg.grid.map(() => new Array<string>(width).fill('@')));
    all.setValues(pg.grid.map((line) => Array.from({ length: width }, (_, i) => {
      const v = line[i];
      return v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'có' : 'không') : String(v);
    })));
    const headingRows = new Set(pg.sections.flatMap((s) => [s.headingRow, s.headerRow]));
    all.setFontWeights(pg.grid.map((_, i) => new Array(width).fill(i === 0 || headingRows.has(i + 1) ? 'bold' : 'normal')));
    if (targets) {
      const first = targets.firstRow;
      const count = Math.max(1, targets.lastRow - first + 1);
      const drop = (field: string, values: readonly string[], key: string) => {
        const column = targets.columns[field];
        if (column !== undefined) sheet.getRange(first, column, count, 1).setDataValidation(dropDown(values, key));
      };
      drop('comparator', COMPARATOR_CHOICES, 'sheets.plan-tab.help.comparator');
      drop('unit', UNIT_CHOICES, 'sheets.plan-tab.help.unit');
      drop('level', LEVEL_CHOICES, 'sheets.plan-tab.help.level');
    }
    if (criteria && criteria.columns.mandatory !== undefined && criteria.lastRow >= criteria.firstRow) {
      sheet.getRange(criteria.firstRow, criteria.columns.mandatory, criteria.lastRow - criteria.firstRow + 1, 1).setDataValidation(dropDown(['có', 'không'], 'sheets.template.help.yes-no'));
    }
    [130, 360, 140, 90, 90, 110, 110, 70, 120].forEach((w, i) => {
      if (i < width) sheet.setColumnWidth(i + 1, w);
    });
  });
  sheet.activate();
  const text = both(draft
    ? msg('sheets.plan-tab.created-draft', { sheet: name, ...draft })
    : from
      ? msg('sheets.plan-tab.created-from', { sheet: name, plan: from.title.vi })
      : msg('sheets.plan-tab.created', { sheet: name }));
  return draft ? { sheet: name, text, draft } : { sheet: name, text };
}

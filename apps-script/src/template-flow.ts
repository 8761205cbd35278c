// "Tạo mẫu báo cáo": a new "Báo cáo" sheet in the core's report layout (the same grid as `cds
// template`), formatted for typing, and the plan's "Kế hoạch" sheet. A second request makes
// "Báo cáo (2)": an existing sheet is never touched.
//
// `Giá trị` of a percent target holds =IFERROR(C9/D9/ISNUMBER(C9)) shown as a percent. The formula
// has no argument separator, so it reads the same in every locale: "," or ";" between arguments
// depends on the spreadsheet's locale and is unverified for vi_VN (issue 14 §3). It gives the
// fraction when both counts are numbers and D9 ≠ 0; blank otherwise — a blank C9 divides by
// ISNUMBER(C9) = FALSE = 0, a blank or zero D9 divides by 0, text gives #VALUE!, and IFERROR with
// one argument turns each of those into a blank cell. The formula's result is a fraction in a percent-formatted cell, which the sheet port
// passes on as "83,3%": the core reads an explicit percent, equal to its own numerator ÷
// denominator, so it never disagrees with the counts and is never mistaken for a share (0,5 → 50%).
// With the counts blank the formula gives "" and the value counts as not reported. An officer
// who has only the rate types it over the formula ("85%").
import { plans } from '../../shared/data/index.ts';
import { GROUP_WORDS } from '../../shared/parse/group.ts';
import { ReportGroup } from '../../shared/schema/report.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { both, msg, t } from './messages/index.ts';
import { columnName } from '../../shared/parse/a1.ts';
import { LEVEL_WORDS } from '../../shared/parse/level.ts';
import { Level } from '../../shared/schema/common.ts';
import type { ItemColumn } from '../../shared/schema/report.ts';
import { reportTemplate, type TemplateLayout } from '../../shared/plan/template.ts';
import type { PlanOption, TemplateChoices, TemplateDone, TemplateRequest } from './dto.ts';
import { choosePlan, type PlanTab, type PlanTabs } from './plan-tab.ts';
import { spreadsheetApp, type DataValidationLike, type SpreadsheetLike } from './gas.ts';
import { writePlanSheet } from './plan-sheet.ts';
import { Problem } from './problem.ts';
import { ensureSize, freeSheetName } from './sheet-port.ts';
import { REPORT_SHEET } from './sheet-names.ts';

const TEXT = '@';
const COUNT_FORMAT = '#,##0.##';
const PERCENT_FORMAT = '0.##%';
const INPUT_FILL = '#fffbea';
const HEAD_FILL = '#e8eef7';
const WIDTHS: Record<ItemColumn, number> = { code: 130, label: 380, numerator: 100, denominator: 100, value: 100, target: 100, evidence: 220 };
const YES_NO = ['có', 'không'];

const option = (p: Plan, sheet: string | null): PlanOption => ({ id: p.id, title: { vi: p.title.vi, en: p.title.en ?? p.title.vi }, level: p.level, period: p.period.label, sheet });

/** Plans to build a report on: the officer's valid plan tabs first, then the bundled plans. */
export function templateChoices(tabs: readonly PlanTab[] = []): TemplateChoices {
  const bundled = plans.map((p) => option(p, null));
  return {
    plans: [...tabs.filter((t) => t.plan !== null).map((t) => option(t.plan!, t.name)), ...bundled],
    levels: Level.options.map((value) => ({ value, label: both(msg(`score.level.${value}`)) })),
    groups: ReportGroup.options.map((value) => ({ value, label: { vi: GROUP_WORDS[value].vi, en: GROUP_WORDS[value].en } })),
    bundled,
  };
}

/**
 * The Giá trị formula of a percent row: the fraction, shown as a percent by the cell format;
 * blank unless both counts are numbers and the denominator is not 0. No argument separator.
 */
export function rateFormula(row: number, numeratorColumn: number, denominatorColumn: number): string {
  const n = `${columnName(numeratorColumn)}${row}`;
  const d = `${columnName(denominatorColumn)}${row}`;
  return `=IFERROR(${n}/${d}/ISNUMBER(${n}))`;
}

function help(key: string): string {
  return t(msg(key), 'vi');
}

function validations(layout: TemplateLayout): (DataValidationLike | null)[][] {
  const app = spreadsheetApp();
  const number = (key: string, max: number) =>
    app.newDataValidation().requireNumberBetween(0, max).setAllowInvalid(true).setHelpText(help(key)).build();
  // One rule object per kind, shared by every cell of that kind (as Apps Script allows).
  const count = number('sheets.template.help.count', 1e15);
  const percent = number('sheets.template.help.percent', 10);
  const value = number('sheets.template.help.value', 1e15);
  const yesNo = app.newDataValidation().requireValueInList(YES_NO, true).setAllowInvalid(true).setHelpText(help('sheets.template.help.yes-no')).build();
  const c = layout.table.columns;
  return layout.rows.map((r) => {
    const line: (DataValidationLike | null)[] = new Array(layout.width).fill(null);
    if (r.expects === 'boolean') {
      line[c.value - 1] = yesNo;
      return line;
    }
    line[c.numerator - 1] = count;
    line[c.denominator - 1] = count;
    line[c.value - 1] = r.unit === 'percent' ? percent : value;
    return line;
  });
}

/** Runs of adjacent columns, e.g. [1,2,6] → [[1,2],[6,6]]. */
function columnRuns(columns: number[]): [number, number][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

export function createTemplate(book: SpreadsheetLike, req: TemplateRequest, tabs: PlanTabs = () => []): TemplateDone {
  const wanted = String(req.planId ?? '').trim();
  // An officer's plan tab of that id comes first (they adapted it), then the bundled plan.
  const choice = wanted === '' ? ({ kind: 'none', id: null } as const) : choosePlan(wanted, tabs);
  if (choice.kind === 'tab' && choice.tab.plan === null) throw new Problem('sheets.plan-tab.invalid', { sheet: choice.tab.name, count: choice.tab.issues.filter((i) => i.severity === 'error').length });
  const plan = choice.kind === 'tab' ? choice.tab.plan! : choice.kind === 'bundled' ? choice.plan : null;
  if (!plan) throw new Problem('sheets.error.plan-unknown', { planId: wanted });
  const level = Level.safeParse(req.level).success ? (req.level as Level) : plan.level;
  const group = ReportGroup.safeParse(req.group).success ? (req.group as ReportGroup) : undefined;
  const clean = (s: unknown) => (typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined);
  const { grid, layout } = reportTemplate(plan, {
    level,
    group,
    unitName: clean(req.unitName),
    unitCode: clean(req.unitCode),
    period: clean(req.period),
  });

  // The plan sheet first: if it cannot be written (an owner protected it), nothing is created. A
  // plan typed in a tab is its own plan sheet.
  const planSheet = choice.kind === 'tab' ? choice.tab.name : writePlanSheet(book, plan);
  const name = freeSheetName(book, REPORT_SHEET);
  const sheet = book.insertSheet(name);
  ensureSize(sheet, layout.height, layout.width);
  const all = sheet.getRange(1, 1, layout.height, layout.width);
  const c = layout.table.columns;
  const first = layout.table.firstRow;

  // Formats first, so text is stored as typed ("2025", "H44.104" stay text) and numbers as numbers.
  const formats: string[][] = grid.map(() => new Array<string>(layout.width).fill(TEXT));
  const values = grid.map((line) => line.map((v) => (v === null ? '' : v)));
  for (const r of layout.rows) {
    const i = r.row - 1;
    if (r.expects === 'boolean') continue;
    formats[i]![c.numerator - 1] = COUNT_FORMAT;
    formats[i]![c.denominator - 1] = COUNT_FORMAT;
    if (r.unit === 'percent') {
      formats[i]![c.value - 1] = PERCENT_FORMAT;
      values[i]![c.value - 1] = rateFormula(r.row, c.numerator, c.denominator);
    } else {
      formats[i]![c.value - 1] = COUNT_FORMAT;
    }
  }
  all.setNumberFormats(formats);
  all.setValues(values);

  // Emphasis: title and table header bold; the cells to type in lightly filled.
  all.setFontWeights(grid.map((_, i) => new Array(layout.width).fill(i + 1 === layout.title.row || i + 1 === layout.table.headerRow ? 'bold' : 'normal')));
  const inputColumns = new Set([c.numerator, c.denominator, c.value, c.evidence]);
  all.setBackgrounds(grid.map((_, i) => {
    const row = i + 1;
    return Array.from({ length: layout.width }, (_, j) => {
      if (row === layout.table.headerRow) return HEAD_FILL;
      if (row >= first && row <= layout.table.lastRow && inputColumns.has(j + 1)) return INPUT_FILL;
      // Several fields share a row (`Cấp` and `Đối tượng` on row 4): every value cell is filled.
      if (Object.values(layout.header).some((h) => h.row === row && h.valueColumn === j + 1)) return INPUT_FILL;
      return null;
    });
  }));

  if (layout.rows.length > 0) {
    sheet.getRange(first, 1, layout.rows.length, layout.width).setDataValidations(validations(layout));
    sheet.getRange(first, c.label, layout.rows.length, 1).setWrap(true);
  }
  const levelCell = layout.header.level;
  sheet
    .getRange(levelCell.row, levelCell.valueColumn)
    .setDataValidation(
      spreadsheetApp().newDataValidation().requireValueInList(Level.options.map((l) => LEVEL_WORDS[l].vi), true).setAllowInvalid(true).build(),
    );
  // `Đối tượng`: the template's words as a drop-down; other spellings ("xóm", "Cá nhân") stay allowed.
  const groupCell = layout.header.group;
  sheet
    .getRange(groupCell.row, groupCell.valueColumn)
    .setDataValidation(
      spreadsheetApp().newDataValidation().requireValueInList(ReportGroup.options.map((g) => GROUP_WORDS[g].vi), true).setAllowInvalid(true).build(),
    );

  // Labels are protected with a warning only: officers can still fix a typo after confirming.
  const description = help('sheets.template.protect-labels');
  const headerRows = Object.values(layout.header).map((h) => h.row);
  const headerLabelColumn = Object.values(layout.header)[0]!.labelColumn;
  sheet.getRange(Math.min(...headerRows), headerLabelColumn, Math.max(...headerRows) - Math.min(...headerRows) + 1, 1).protect().setDescription(description).setWarningOnly(true);
  sheet.getRange(layout.table.headerRow, 1, 1, layout.width).protect().setDescription(description).setWarningOnly(true);
  if (layout.rows.length > 0) {
    for (const [from, to] of columnRuns([c.code, c.label, c.target])) {
      sheet.getRange(first, from, layout.rows.length, to - from + 1).protect().setDescription(description).setWarningOnly(true);
    }
  }

  sheet.setFrozenRows(layout.table.headerRow);
  for (const [field, column] of Object.entries(c) as [ItemColumn, number][]) sheet.setColumnWidth(column, WIDTHS[field]);

  sheet.activate();
  const text = both(msg('sheets.template.created', { sheet: name, count: layout.rows.length }));
  return { sheet: name, planSheet, items: layout.rows.length, text };
}

// The "Kết quả" sheet: the scorecard as a table, rewritten in full each time (one setValues plus
// one call per kind of format), from the same display model as the sidebar.
import { t, msg } from './messages/index.ts';
import type { AwardStatus } from '../../shared/schema/scorecard.ts';
import type { AwardRuleView, ScorecardView } from '../../shared/score/view.ts';
import type { SheetLike, SpreadsheetLike } from './gas.ts';
import type { TrendDto } from './dto.ts';
import { guardWrite } from './problem.ts';
import { asText, ensureSize, ownedSheet } from './sheet-port.ts';
import { RESULT_MARKER, RESULT_SHEET } from './sheet-names.ts';

const WIDTH = 8;
// "Có thể đề nghị" is information, not a verdict: blue, never the not-met red nor the met green.
const STATUS_COLOURS: Record<string, string> = { met: '#dafbe1', 'not-met': '#ffebe9', missing: '#eaeef2', proposable: '#ddf4ff' };
const AWARD_COLOUR: Record<AwardStatus, string> = { eligible: 'met', proposable: 'proposable', 'not-eligible': 'not-met', 'not-applicable': 'missing' };
const SECTION = '#e8eef7';

type Line = { cells: (string | number)[]; bold?: boolean; fill?: string | null; statusColumn?: { status: string } };

const L = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), 'vi');

export function resultLines(view: ScorecardView, source: string, issues: { error: number; warning: number }, trend: TrendDto | null = null): Line[] {
  const lines: Line[] = [];
  lines.push({ cells: [`${RESULT_MARKER} — ${view.title}`], bold: true });
  lines.push({ cells: [L('sheets.result.unit'), view.unit, '', L('sheets.result.period'), view.period] });
  // Issue 13: whose awards these are, and the movement as the document names it.
  lines.push({ cells: [view.group, ...(view.movement ? ['', L('score.view.movement', { movement: view.movement })] : [])] });
  lines.push({ cells: [L('sheets.result.total'), view.total.text, '', L('sheets.result.source'), source], bold: false });
  lines.push({ cells: [L('sheets.result.issues', { errors: issues.error, warnings: issues.warning })] });
  lines.push({ cells: [] });
  lines.push({
    cells: ['sheets.result.col.pillar', 'sheets.result.col.code', 'sheets.result.col.item', 'sheets.result.col.actual', 'sheets.result.col.target', 'sheets.result.col.status', 'sheets.result.col.points', 'sheets.result.col.gap'].map((k) => L(k)),
    bold: true,
    fill: SECTION,
  });
  for (const p of view.pillars) {
    lines.push({ cells: [p.label, '', p.metText, '', '', '', p.pointsText, ''], bold: true });
    for (const item of p.items) {
      lines.push({
        // The document's qualification ("khoảng 10%", "Từ năm 2023") under the target's words.
        cells: [p.label, item.targetId, item.note ? `${item.label}\n${L('score.plan.note', { note: item.note })}` : item.label, item.actualText, item.targetText, item.statusLabel, item.pointsText, item.gapText ?? ''],
        statusColumn: { status: item.status },
      });
    }
  }
  if (view.criteria.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.result.criteria')], bold: true, fill: SECTION });
    for (const c of view.criteria) {
      const status = c.met === null ? 'missing' : c.met ? 'met' : 'not-met';
      lines.push({ cells: ['', c.criterionId, c.label, '', '', c.statusLabel, c.mandatory ? t(msg('ui.mandatory'), 'vi') : '', ''], statusColumn: { status } });
    }
  }
  lines.push({ cells: [] });
  lines.push({ cells: [L('sheets.result.award')], bold: true, fill: SECTION });
  lines.push({ cells: ['', view.award.ruleId ?? '', view.award.award ?? '', '', '', view.award.statusLabel], statusColumn: { status: AWARD_COLOUR[view.award.status] } });
  const head = view.award.rules.find((x) => x.ruleId === view.award.ruleId);
  if (head) lines.push(...ruleDetails(head));
  for (const r of view.award.reasons) lines.push({ cells: ['', '', r] });
  // The group's other rules, told apart by id (two rules may give the same award on other conditions).
  for (const r of view.award.rules.filter((x) => x.ruleId !== view.award.ruleId)) {
    lines.push({ cells: ['', r.ruleId, r.award, '', '', r.statusLabel], statusColumn: { status: AWARD_COLOUR[r.status] } });
    lines.push(...ruleDetails(r));
  }
  if (view.gains.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.result.gains')], bold: true, fill: SECTION });
    for (const g of view.gains) lines.push({ cells: ['', g.targetId, g.label, g.text, '', '', '', g.gapText ?? ''] });
  }
  if (view.deadlines.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.result.deadlines')], bold: true, fill: SECTION });
    for (const d of view.deadlines) lines.push({ cells: ['', d.dateText, d.label, d.daysLeftText] });
  }
  if (trend !== null) {
    // Change since the previous saved period (Lịch sử), and the pace line.
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.ui.trend', { period: trend.previous.vi })], bold: true, fill: SECTION });
    for (const c of trend.changes) lines.push({ cells: ['', c.targetId, c.label.vi, c.text.vi, '', c.backwards ? L('sheets.ui.backwards') : ''] });
    if (trend.pace.length > 0) {
      lines.push({ cells: [L('sheets.ui.pace')], bold: true, fill: SECTION });
      for (const p of trend.pace) lines.push({ cells: ['', p.targetId, p.label.vi, p.text.vi] });
    }
  }
  for (const n of view.notes) lines.push({ cells: [n] });
  return lines;
}

/** A rule's conditions in words and the document's note, one line each. */
function ruleDetails(rule: AwardRuleView): Line[] {
  return [
    ...(rule.conditions.length > 0 ? [{ cells: ['', '', L('score.view.award-conditions', { list: rule.conditions.join('; ') })] }] : []),
    ...(rule.note ? [{ cells: ['', '', L('score.plan.note', { note: rule.note })] }] : []),
  ];
}

function writeLines(sheet: SheetLike, lines: Line[], widths: readonly number[] | null): void {
  const width = Math.max(WIDTH, ...lines.map((l) => l.cells.length));
  sheet.clear();
  ensureSize(sheet, lines.length, width);
  const range = sheet.getRange(1, 1, lines.length, width);
  range.setValues(lines.map((l) => Array.from({ length: width }, (_, i) => {
    const v = l.cells[i];
    return typeof v === 'string' ? asText(v) : v ?? '';
  })));
  range.setFontWeights(lines.map((l) => Array.from({ length: width }, () => (l.bold ? 'bold' : 'normal'))));
  range.setBackgrounds(lines.map((l) => Array.from({ length: width }, (_, i) => {
    if (l.statusColumn && i === 5) return STATUS_COLOURS[l.statusColumn.status] ?? null;
    return l.fill ?? null;
  })));
  // Widths only on a new sheet: an officer's own resizing is kept.
  widths?.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
}

/** Rewrites (or creates) the result sheet and returns its name. */
export function writeResultSheet(book: SpreadsheetLike, view: ScorecardView, source: string, issues: { error: number; warning: number }, trend: TrendDto | null = null): string {
  const existed = new Set(book.getSheets().map((s) => s.getName()));
  const sheet = ownedSheet(book, RESULT_SHEET, RESULT_MARKER);
  const name = sheet.getName();
  guardWrite(name, () => writeLines(sheet, resultLines(view, source, issues, trend), existed.has(name) ? null : [160, 110, 320, 110, 100, 110, 110, 140]));
  return name;
}

export { writeLines, type Line };

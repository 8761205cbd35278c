// The read-only "Kế hoạch" sheet: the plan's targets, criteria, awards and deadlines, so officers
// see what they are scored against next to their report.
import { LEVEL_WORDS } from '../../shared/parse/level.ts';
import { t, msg, formatNumber } from './messages/index.ts';
import type { AwardCondition, Plan } from '../../shared/schema/plan.ts';
import { describeCondition } from '../../shared/score/award.ts';
import { deadlineDateText } from '../../shared/score/view.ts';
import { targetText } from '../../shared/plan/template.ts';
import type { SpreadsheetLike } from './gas.ts';
import { guardWrite } from './problem.ts';
import { writeLines, type Line } from './result-sheet.ts';
import { ownedSheet } from './sheet-port.ts';
import { PLAN_MARKER, PLAN_SHEET } from './sheet-names.ts';

const SECTION = '#e8eef7';
const L = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), 'vi');

function conditionText(c: AwardCondition): string {
  switch (c.kind) {
    case 'min-percent':
      return L('sheets.plan.condition.min-percent', { min: c.min });
    case 'indicator':
      return c.label.vi;
    case 'criterion':
      return L('sheets.plan.condition.criterion', { id: c.criterionId });
    case 'all-targets-met':
      return L('sheets.plan.condition.all-targets-met');
    default:
      // one-of, all-of, min-targets-met, results-count: the shared wording (shared/score/award.ts).
      return describeCondition(c, null, 'vi');
  }
}

export function planLines(plan: Plan): Line[] {
  const lines: Line[] = [];
  const head = (keys: string[]) => lines.push({ cells: keys.map((k) => L(k)), bold: true, fill: SECTION });
  lines.push({ cells: [`${PLAN_MARKER} — ${plan.title.vi}`], bold: true });
  lines.push({ cells: [L('sheets.rank.plan'), plan.id, '', L('sheets.plan.period', { period: plan.period.label })] });
  lines.push({ cells: [L('sheets.plan.col.source'), plan.source.document + (plan.source.section ? ` — ${plan.source.section}` : '')] });
  if (plan.movement) lines.push({ cells: [L('score.view.movement', { movement: plan.movement })] });
  lines.push({ cells: [] });
  lines.push({ cells: [L('sheets.plan.targets')], bold: true });
  head(['sheets.plan.col.code', 'sheets.plan.col.label', 'sheets.plan.col.pillar', 'sheets.plan.col.target', 'sheets.plan.col.level', 'sheets.plan.col.source']);
  for (const target of plan.targets) {
    lines.push({
      cells: [
        target.id,
        target.label.vi + (target.note ? ` (${target.note})` : ''),
        L(`score.pillar.${target.pillar}`),
        targetText(target),
        target.level ? LEVEL_WORDS[target.level].vi : '',
        target.source.section ?? target.source.document,
      ],
    });
  }
  if (plan.criteria.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.plan.criteria')], bold: true });
    head(['sheets.plan.col.code', 'sheets.plan.col.label', 'sheets.plan.col.group', 'sheets.plan.col.mandatory']);
    for (const c of plan.criteria) {
      lines.push({ cells: [c.id, c.label.vi, L(`sheets.group.${c.group}`), c.mandatory ? t(msg('yes'), 'vi') : t(msg('no'), 'vi')] });
    }
  }
  if (plan.awards.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.plan.awards')], bold: true });
    head(['sheets.plan.col.code', 'sheets.plan.col.label', 'sheets.plan.col.group', 'sheets.plan.col.conditions', 'sheets.plan.col.quota']);
    for (const a of plan.awards) {
      // Conditions, "chỉ đề nghị" for a proposal, and the document's note: all three, never one for another.
      const conditions = [a.conditions.map(conditionText).join('; '), a.proposal ? L('score.plan.proposal') : '', a.note ?? ''].filter(Boolean).join(' — ');
      lines.push({ cells: [a.id, a.award.vi, L(`sheets.group.${a.group ?? a.recipient}`), conditions, a.quota === undefined ? L('sheets.rank.no-quota') : formatNumber(a.quota, 'vi')] });
    }
  }
  if (plan.deadlines.length > 0) {
    lines.push({ cells: [] });
    lines.push({ cells: [L('sheets.plan.deadlines')], bold: true });
    head(['sheets.plan.col.code', 'sheets.plan.col.label', 'sheets.plan.col.date']);
    for (const d of plan.deadlines) {
      const when = d.date
        ? deadlineDateText({ date: d.date, precision: d.precision, kind: d.kind }, 'vi')
        : L('sheets.plan.every-year', { day: String(d.yearly!.day), month: String(d.yearly!.month) });
      lines.push({ cells: [d.id, d.label.vi, when] });
    }
  }
  return lines;
}

/** Writes the plan sheet (one per plan) and protects it; returns its name. */
export function writePlanSheet(book: SpreadsheetLike, plan: Plan): string {
  const existed = new Set(book.getSheets().map((s) => s.getName()));
  const sheet = ownedSheet(book, PLAN_SHEET, `${PLAN_MARKER} — ${plan.title.vi}`);
  const name = sheet.getName();
  const fresh = !existed.has(name);
  guardWrite(name, () => {
    writeLines(sheet, planLines(plan), fresh ? [120, 380, 140, 220, 110, 220, 90, 90] : null);
    if (fresh) sheet.protect().setDescription(L('sheets.plan.protect'));
  });
  return name;
}

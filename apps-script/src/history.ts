// "Lưu kỳ báo cáo" (issue 11 §3): the current period's values and points go into a `Lịch sử` tab in
// long format — one row per unit, period and target — so a unit can be followed over time. Saving
// never touches another period's rows; saving a period already there asks first, then replaces
// only that period's rows of that unit. The scorecard then shows, per target, the change since the
// previous saved period and the pace line (the periods helper's pure functions: shared/period,
// shared/trend/pace, shared/unit/identity).
import { both, formatNumber, msg, t } from './messages/index.ts';
import { comparePeriods, isoToDmy, parsePeriod, readReportPeriod, type Period } from '../../shared/period/period.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { coreRun, type CoreRun } from '../../shared/plan/core-run.ts';
import { pace, paceDeadline } from '../../shared/trend/pace.ts';
import { unitKey } from '../../shared/unit/identity.ts';
import type { HistorySaved, Text, TrendDto } from './dto.ts';
import type { SheetLike, SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { guardWrite, Problem } from './problem.ts';
import { asText, ensureSize, readSheet, sameSheetName } from './sheet-port.ts';
import { findReport } from './validate-flow.ts';
import { checkGrid, type Checked } from './check.ts';
import { planTabsOf } from './plan-tab.ts';
import { isPlanTableGrid } from '../../shared/plan/table/index.ts';
import { HISTORY_MARKER, HISTORY_SHEET, isOutputGrid } from './sheet-names.ts';

const HEADER_ROW = 2;
const COLUMNS = ['period', 'start', 'end', 'unit-code', 'unit', 'plan', 'code', 'label', 'value', 'points', 'max', 'status', 'saved', 'source'] as const;
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<(typeof COLUMNS)[number], number>;

export interface HistoryRow {
  period: Period;
  unitCode: string | null;
  unitName: string | null;
  code: string;
  value: number | boolean | null;
  points: number | null;
}

/** The add-on's history sheet (A1 carries the marker), case aside; null when there is none yet. */
export function historySheet(book: SpreadsheetLike): SheetLike | null {
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (!sameSheetName(name, HISTORY_SHEET) && !name.toLowerCase().startsWith(`${HISTORY_SHEET.toLowerCase()} (`)) continue;
    const a1 = sheet.getRange(1, 1).getValues()[0]?.[0];
    if (typeof a1 === 'string' && a1.startsWith(HISTORY_MARKER)) return sheet;
  }
  return null;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

function valueOf(raw: unknown): number | boolean | null {
  if (typeof raw === 'number') return raw;
  const s = text(raw).toLowerCase();
  if (s === '') return null;
  if (s === 'có') return true;
  if (s === 'không') return false;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Every saved row, with its period read back from the label and the days saved with it. */
export function readHistory(sheet: SheetLike): HistoryRow[] {
  const { grid } = readSheet(sheet);
  const out: HistoryRow[] = [];
  for (const line of grid.slice(HEADER_ROW)) {
    const parsed = parsePeriod(line[COL.period] ?? null);
    const code = text(line[COL.code]);
    if (!parsed.ok || code === '') continue;
    const points = line[COL.points];
    out.push({
      period: parsed.period,
      unitCode: text(line[COL['unit-code']]) || null,
      unitName: text(line[COL.unit]) || null,
      code,
      value: valueOf(line[COL.value]),
      points: typeof points === 'number' ? points : null,
    });
  }
  return out;
}

const sameUnit = (key: string | null, row: { unitCode: string | null; unitName: string | null }) => key !== null && unitKey({ code: row.unitCode, name: row.unitName }) === key;

function rowsOf(card: Scorecard, period: Period, planId: string, saved: string, source: string): (string | number)[][] {
  return card.items.map((item) => {
    const line: (string | number)[] = new Array(COLUMNS.length).fill('');
    line[COL.period] = asText(period.label.vi);
    line[COL.start] = asText(isoToDmy(period.start));
    line[COL.end] = asText(isoToDmy(period.end));
    line[COL['unit-code']] = card.unit.code ? asText(card.unit.code) : '';
    line[COL.unit] = card.unit.name ? asText(card.unit.name) : '';
    line[COL.plan] = asText(planId);
    line[COL.code] = asText(item.targetId);
    line[COL.label] = asText(item.label.vi);
    line[COL.value] = item.actual === null ? '' : typeof item.actual === 'boolean' ? (item.actual ? 'có' : 'không') : item.actual;
    line[COL.points] = item.points ?? '';
    line[COL.max] = item.max ?? '';
    line[COL.status] = t(msg(`score.status.${item.status}`), 'vi');
    line[COL.saved] = asText(saved);
    line[COL.source] = asText(source);
    return line;
  });
}

function headerLines(): (string | number)[][] {
  const title = new Array(COLUMNS.length).fill('');
  title[0] = HISTORY_MARKER;
  return [title, COLUMNS.map((c) => t(msg(`sheets.history.col.${c}`), 'vi'))];
}

/** The report's period, or a problem naming the `Kỳ báo cáo` cell. */
function periodOf(checked: ReturnType<typeof findReport>): Period {
  const { period, issue } = readReportPeriod(checked.table?.header.period ?? null);
  if (period === null) throw new Problem('sheets.history.no-period', { sheet: checked.read.name, detail: issue ? both(issue.message).vi : '' });
  return period;
}

interface ToSave {
  checked: Checked;
  period: Period;
  card: Scorecard;
  key: string;
}

/** A checked report ready to save, or the problem that says why not. */
function toSave(checked: Checked, run?: CoreRun): ToSave {
  if (checked.plan === null || checked.report === null) throw new Problem('sheets.error.no-report', { sheet: checked.read.name });
  const period = periodOf(checked);
  const card = scoreReport(checked.report, checked.plan, { issues: checked.issues, ...(run ? { compiled: run.compiled(checked.plan) } : {}) });
  const key = unitKey({ code: card.unit.code, name: card.unit.name });
  if (key === null) throw new Problem('sheets.history.no-unit', { sheet: checked.read.name });
  return { checked, period, card, key };
}

/**
 * Saves the active report's period. `confirm` is the officer's yes to replacing a period already
 * saved for this unit; without it nothing is written and the answer asks.
 */
export function saveHistory(book: SpreadsheetLike, savedAt: string, confirm: boolean): HistorySaved {
  return saveReports(book, [toSave(findReport(book))], savedAt, confirm);
}

/**
 * "Lưu kỳ — mọi đơn vị": every unit sheet of the workbook (a district's collected copies, or one
 * sheet per unit), each with its own period. Sheets that cannot be saved are named in the answer.
 */
export function saveAllHistory(book: SpreadsheetLike, savedAt: string, confirm: boolean): HistorySaved {
  const tabs = planTabsOf(book);
  // Each plan compiled once for every unit sheet.
  const run = coreRun();
  const ready: ToSave[] = [];
  const skipped: string[] = [];
  for (const sheet of book.getSheets()) {
    const read = readSheet(sheet);
    if (isOutputGrid(read.grid) || isPlanTableGrid(read.grid)) continue;
    const checked = checkGrid(sheet, read, tabs, run);
    if (checked.table === null) continue;
    try {
      ready.push(toSave(checked, run));
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      skipped.push(`${read.name}: ${e.text.vi}`);
    }
  }
  if (ready.length === 0) throw new Problem('sheets.error.no-units');
  const done = saveReports(book, ready, savedAt, confirm);
  return skipped.length === 0 ? done : { ...done, skipped };
}

function saveReports(book: SpreadsheetLike, reports: readonly ToSave[], savedAt: string, confirm: boolean): HistorySaved {
  return withDocumentLock(() => {
    let sheet = historySheet(book);
    const fresh = sheet === null;
    const old = sheet === null ? [] : readSheet(sheet).grid;
    const body = old.slice(HEADER_ROW);
    /** Which of the reports a saved line belongs to (same unit, same period), or -1. */
    const owner = (line: readonly unknown[]) => {
      const p = parsePeriod((line[COL.period] ?? null) as string | null);
      if (!p.ok) return -1;
      const unit = { unitCode: text(line[COL['unit-code']]) || null, unitName: text(line[COL.unit]) || null };
      return reports.findIndex((r) => p.period.key === r.period.key && sameUnit(r.key, unit));
    };
    const clashes = new Set(body.map(owner).filter((i) => i >= 0));
    if (clashes.size > 0 && !confirm) {
      const first = reports[[...clashes][0]!]!;
      const unit = reports.length === 1 ? first.card.unit.name ?? first.card.unit.code ?? '' : `${clashes.size}/${reports.length}`;
      return { saved: false, needsConfirm: true, sheet: sheet?.getName() ?? HISTORY_SHEET, rows: 0, text: both(msg('sheets.history.confirm', { period: first.period.label.vi, unit })) };
    }
    if (sheet === null) {
      const active = book.getActiveSheet();
      const name = book.getSheets().some((s) => sameSheetName(s.getName(), HISTORY_SHEET)) ? `${HISTORY_SHEET} (2)` : HISTORY_SHEET;
      sheet = book.insertSheet(name);
      active.activate();
    }
    const target = sheet;
    const name = target.getName();
    const added = reports.flatMap((r) => rowsOf(r.card, r.period, r.checked.plan!.id, savedAt, r.checked.read.name));
    guardWrite(name, () => {
      if (clashes.size === 0) {
        // Appended below what is there: no other row is written.
        const at = fresh ? HEADER_ROW + 1 : Math.max(HEADER_ROW, old.length) + 1;
        ensureSize(target, at + added.length - 1, COLUMNS.length);
        if (fresh) {
          target.getRange(1, 1, HEADER_ROW, COLUMNS.length).setValues(headerLines());
          target.getRange(HEADER_ROW, 1, 1, COLUMNS.length).setFontWeight('bold');
          target.setFrozenRows(HEADER_ROW);
        }
        target.getRange(at, 1, added.length, COLUMNS.length).setValues(added);
        return;
      }
      // Replacing these units' periods: every other row is written back as it was read.
      const kept = body.filter((line) => owner(line) < 0).map((line) => Array.from({ length: COLUMNS.length }, (_, i) => {
        const v = line[i];
        return v === null || v === undefined ? '' : typeof v === 'string' ? asText(v) : (v as string | number | boolean);
      }));
      const lines = [...kept, ...added];
      ensureSize(target, HEADER_ROW + Math.max(lines.length, body.length), COLUMNS.length);
      const padded = [...lines, ...Array.from({ length: Math.max(0, body.length - lines.length) }, () => new Array(COLUMNS.length).fill(''))];
      target.getRange(HEADER_ROW + 1, 1, padded.length, COLUMNS.length).setValues(padded);
    });
    const label = reports.length === 1 ? reports[0]!.period.label.vi : `${reports.length} đơn vị`;
    return { saved: true, needsConfirm: false, sheet: name, rows: added.length, text: both(msg('sheets.history.saved', { period: label, count: added.length, sheet: name })) };
  });
}

function valueText(v: number | boolean | null, unit: string, lang: 'vi' | 'en'): string {
  if (v === null) return t(msg('unknown'), lang);
  if (typeof v === 'boolean') return t(msg(v ? 'yes' : 'no'), lang);
  return `${formatNumber(v, lang)}${unit === 'percent' ? '%' : ''}`;
}

/**
 * Change since the previous saved period of this unit, per target, and the pace line — or null when
 * nothing earlier was saved. Reads the history sheet only when there is one.
 */
export function trendFor(book: SpreadsheetLike, card: Scorecard, plan: Plan, periodCell: Parameters<typeof readReportPeriod>[0]): TrendDto | null {
  const sheet = historySheet(book);
  if (sheet === null) return null;
  const { period } = readReportPeriod(periodCell);
  const key = unitKey({ code: card.unit.code, name: card.unit.name });
  if (period === null || key === null) return null;
  const earlier = readHistory(sheet).filter((r) => sameUnit(key, r) && comparePeriods(r.period, period) < 0);
  if (earlier.length === 0) return null;
  const previous = earlier.reduce((a, b) => (comparePeriods(a.period, b.period) >= 0 ? a : b)).period;
  const prevRows = new Map(earlier.filter((r) => r.period.key === previous.key).map((r) => [r.code, r]));
  const by = paceDeadline(plan, period);
  const changes: TrendDto['changes'] = [];
  const paceLines: TrendDto['pace'] = [];
  for (const item of card.items) {
    const before = prevRows.get(item.targetId);
    // Unknown in both periods says nothing: left out.
    if (before && (before.value !== null || item.actual !== null)) {
      const from = before.value;
      const to = item.actual;
      const delta = typeof from === 'number' && typeof to === 'number' ? Math.round((to - from) * 100) / 100 : null;
      const lowerIsBetter = item.comparator === '<' || item.comparator === '<=';
      const backwards = delta !== null ? (lowerIsBetter ? delta > 0 : delta < 0) : from === true && to === false;
      const both2 = (lang: 'vi' | 'en'): string => {
        const d = delta === null ? '' : ` (${delta > 0 ? '+' : ''}${formatNumber(delta, lang)}${item.unit === 'percent' ? ' điểm %' : ''})`;
        return `${valueText(from, item.unit, lang)} → ${valueText(to, item.unit, lang)}${lang === 'en' ? d.replace(' điểm %', ' pts') : d}`;
      };
      changes.push({ targetId: item.targetId, label: { vi: item.label.vi, en: item.label.en }, text: { vi: both2('vi'), en: both2('en') }, delta, backwards });
    }
    if (by !== null && typeof item.target === 'number' && typeof item.actual === 'number') {
      const points = earlier.filter((r) => r.code === item.targetId && typeof r.value === 'number').map((r) => ({ date: r.period.end, value: r.value as number }));
      const line = pace([...points, { date: period.end, value: item.actual }], { value: item.target, comparator: item.comparator, unit: item.unit }, by);
      if (line) {
        const params = { value: `${formatNumber(line.projected, 'vi')}${item.unit === 'percent' ? '%' : ''}`, date: isoToDmy(line.by), basis: line.basis };
        const paramsEn = { ...params, value: `${formatNumber(line.projected, 'en')}${item.unit === 'percent' ? '%' : ''}` };
        const key2 = line.meets ? 'sheets.trend.pace-meets' : 'sheets.trend.pace-misses';
        paceLines.push({ targetId: item.targetId, label: { vi: item.label.vi, en: item.label.en }, text: { vi: t(msg(key2, params), 'vi'), en: t(msg(key2, paramsEn), 'en') }, meets: line.meets });
      }
    }
  }
  const label: Text = { vi: previous.label.vi, en: previous.label.en };
  return { previous: label, changes, pace: paceLines };
}

// Check marks: a cell note and a background per problem cell.
// - Notes: ours are blocks starting with NOTE_PREFIX, appended after the officer's own note (kept).
// - Backgrounds: conditional-format rules whose always-true formula carries a marker, listed first
//   so they show. The cell's own background is never written, so the officer's colours stay as
//   they were and clearing is removing our rules. Other rules of the sheet are kept as they are.
// Marking twice gives the same notes and rules; nothing a person typed is written.
import { both } from './messages/index.ts';
import { msg } from '../../shared/messages/index.ts';
import { columnName } from '../../shared/parse/a1.ts';
import type { Issue, Severity } from '../../shared/schema/issue.ts';
import { spreadsheetApp, type ConditionalFormatRuleLike, type SheetLike } from './gas.ts';

export const NOTE_PREFIX = '[CĐS] ';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RULE_MARKER = 'cds-mark:';
export const MARK_COLOURS: Readonly<Record<Severity, string>> = { error: '#f4c7c3', warning: '#fce8b2', info: '#d2e3fc' };

/** `N("cds-mark:error")=0` is always true: the rule colours every cell of its ranges. */
function markFormula(severity: Severity): string {
  return `=N("${RULE_MARKER}${severity}")=0`;
}

function ruleSeverity(rule: ConditionalFormatRuleLike): Severity | null {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  if (typeof formula !== 'string') return null;
  const m = /cds-mark:(error|warning|info)/.exec(formula);
  return m ? (m[1] as Severity) : null;
}

/** The officer's part of a note: everything before our first block. */
export function ownNote(note: string): string {
  if (note.startsWith(NOTE_PREFIX)) return '';
  const at = note.indexOf(`\n\n${NOTE_PREFIX}`);
  return at < 0 ? note : note.slice(0, at);
}

function withMarks(own: string, marks: string[]): string {
  if (marks.length === 0) return own;
  const ours = marks.join('\n\n');
  return own === '' ? ours : `${own}\n\n${ours}`;
}

/** One issue as note text: "[CĐS] Lỗi: …" then the English line. */
export function noteText(issue: Issue): string {
  const text = both(issue.message);
  const sev = both(msg(`sheets.severity.${issue.severity}`));
  return `${NOTE_PREFIX}${sev.vi}: ${text.vi}\n${sev.en}: ${text.en}`;
}

type CellKey = string; // "row,column"
const key = (row: number, column: number): CellKey => `${row},${column}`;

/** Where an issue is marked: its cell, or the row's first cell when only the row is known. */
export function markCell(issue: Issue, rowFallbackColumn: number): { row: number; column: number } | null {
  const { row, column } = issue.location;
  if (row === null) return null;
  return { row, column: column ?? rowFallbackColumn };
}

export interface MarkPlan {
  /** Per cell: note blocks and the most severe severity. */
  cells: Map<CellKey, { row: number; column: number; notes: string[]; severity: Severity }>;
}

export function planMarks(issues: readonly Issue[], rowFallbackColumn: number, sheetName: string): MarkPlan {
  const cells: MarkPlan['cells'] = new Map();
  for (const issue of issues) {
    if (issue.location.sheet !== null && issue.location.sheet !== sheetName) continue;
    const at = markCell(issue, rowFallbackColumn);
    if (at === null) continue;
    const k = key(at.row, at.column);
    const cell = cells.get(k) ?? { ...at, notes: [], severity: issue.severity };
    const text = noteText(issue);
    if (!cell.notes.includes(text)) cell.notes.push(text);
    if (SEVERITIES.indexOf(issue.severity) < SEVERITIES.indexOf(cell.severity)) cell.severity = issue.severity;
    cells.set(k, cell);
  }
  return { cells };
}

/** Cells of a range list, one key per cell. */
function cellsOf(rule: ConditionalFormatRuleLike): { row: number; column: number }[] {
  const out: { row: number; column: number }[] = [];
  for (const r of rule.getRanges()) {
    const row = r.getRow();
    const column = r.getColumn();
    const rows = r.getNumRows();
    const columns = r.getNumColumns();
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) out.push({ row: row + i, column: column + j });
  }
  return out;
}

/** Vertical runs of cells in the same column → A1 ranges (fewer ranges in the rule). */
function runs(cells: { row: number; column: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1]!.column === start.column && sorted[i + 1]!.row === end.row + 1) end = sorted[++i]!;
    const col = columnName(start.column);
    out.push(end.row === start.row ? `${col}${start.row}` : `${col}${start.row}:${col}${end.row}`);
    i++;
  }
  return out;
}

export interface MarkResult {
  marked: number;
  removed: number;
}

/**
 * Replaces our marks on `sheet` by `plan`. With `rows`, only marks on those rows change (onEdit);
 * without, every mark of ours is replaced. Reads: rules + notes; writes only what changed.
 */
export function applyMarks(sheet: SheetLike, plan: MarkPlan, opts: { rows?: { from: number; to: number }; extent?: { rows: number; columns: number } } = {}): MarkResult {
  const inScope = (row: number) => !opts.rows || (row >= opts.rows.from && row <= opts.rows.to);
  const rules = sheet.getConditionalFormatRules();
  const others: ConditionalFormatRuleLike[] = [];
  const old = new Map<CellKey, { row: number; column: number; severity: Severity }>();
  for (const rule of rules) {
    const severity = ruleSeverity(rule);
    if (severity === null) {
      others.push(rule);
      continue;
    }
    for (const c of cellsOf(rule)) old.set(key(c.row, c.column), { ...c, severity });
  }

  // Final mark set: old marks outside the scope, plus the new plan inside it.
  const final = new Map<CellKey, { row: number; column: number; severity: Severity }>();
  for (const [k, c] of old) if (!inScope(c.row)) final.set(k, c);
  for (const [k, c] of plan.cells) if (inScope(c.row)) final.set(k, { row: c.row, column: c.column, severity: c.severity });

  // Notes: one read and at most one write over the rows concerned.
  let maxRow = opts.extent?.rows ?? 1;
  let maxCol = opts.extent?.columns ?? 1;
  for (const c of [...old.values(), ...plan.cells.values()]) {
    if (!inScope(c.row)) continue;
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.column);
  }
  const fromRow = opts.rows ? opts.rows.from : 1;
  const toRow = opts.rows ? opts.rows.to : maxRow;
  let removed = 0;
  if (toRow >= fromRow) {
    const range = sheet.getRange(fromRow, 1, toRow - fromRow + 1, maxCol);
    const notes = range.getNotes();
    let changed = false;
    const next = notes.map((line, i) => line.map((note, j) => {
      const row = fromRow + i;
      const column = 1 + j;
      const own = ownNote(note);
      const mark = plan.cells.get(key(row, column));
      const value = withMarks(own, mark && inScope(row) ? mark.notes : []);
      if (value !== note) {
        changed = true;
        if (own !== note) removed++;
      }
      return value;
    }));
    if (changed) range.setNotes(next);
  }

  // Rules: ours first (they show over the officer's own rules), written only when they change.
  const same = final.size === old.size && [...final].every(([k, c]) => old.get(k)?.severity === c.severity);
  if (!same) {
    const app = spreadsheetApp();
    const ours: ConditionalFormatRuleLike[] = [];
    for (const severity of SEVERITIES) {
      const cells = [...final.values()].filter((c) => c.severity === severity);
      if (cells.length === 0) continue;
      ours.push(
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(markFormula(severity))
          .setBackground(MARK_COLOURS[severity])
          .setRanges(runs(cells).map((a1) => sheet.getRange(a1)))
          .build(),
      );
    }
    sheet.setConditionalFormatRules([...ours, ...others]);
  }
  return { marked: final.size, removed };
}

/** Removes every mark of ours from the sheet; the officer's notes and rules stay. */
export function clearMarks(sheet: SheetLike): number {
  const rules = sheet.getConditionalFormatRules();
  const others = rules.filter((r) => ruleSeverity(r) === null);
  const range = sheet.getDataRange();
  // Marks may sit below the data (rows deleted since): cover the rules' extent too.
  let rows = range.getNumRows();
  let columns = range.getNumColumns();
  for (const rule of rules) {
    if (ruleSeverity(rule) === null) continue;
    for (const c of cellsOf(rule)) {
      rows = Math.max(rows, c.row);
      columns = Math.max(columns, c.column);
    }
  }
  const all = sheet.getRange(1, 1, rows, columns);
  const notes = all.getNotes();
  let count = 0;
  const next = notes.map((line) => line.map((note) => {
    const own = ownNote(note);
    if (own !== note) count++;
    return own;
  }));
  if (count > 0) all.setNotes(next);
  if (others.length !== rules.length) sheet.setConditionalFormatRules(others);
  return count;
}

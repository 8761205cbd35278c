import type { ItemValue, ReportRow, ReportTable } from '../schema/report.ts';
import { rowRaw } from '../parse/report-table.ts';
import { parseBoolean } from '../parse/boolean.ts';
import { readNumberCell } from '../parse/number.ts';
import { BLANK, type Parsed } from '../parse/parsed.ts';
import { cellText, foldKey } from '../parse/text.ts';
import { ratioValue, type RatioOptions } from '../ratio.ts';
import { CheckedItems, PLAIN_NUMBER, type CellRead, type PlanIndex, type PlanItem } from './context.ts';
import { checkRow, type RowPass } from './item-rules.ts';

/**
 * Reads every item row of a table against the plan: which item the row is (code as typed,
 * ignoring case and spaces, or the indicator id of exactly one target), its parsed cells, and the
 * ItemValue that goes into the Report:
 * - numbers for number items, có/không for yes/no items; anything unreadable is null, never 0;
 * - a percent item with only the counts typed gets value = numerator ÷ denominator × 100
 *   (left null when the denominator is 0: scoring applies the indicator's zero-denominator policy
 *   to the counts);
 * - a repeated code, an unknown code, a target for another level or a row with values but no code
 *   is set aside (its issues come from the duplicate-code and unknown-code rules).
 */
const PERCENT = { percent: true } as const;
const COUNT = { percent: false } as const;
const COUNTS_AS_PERCENT: RatioOptions = Object.freeze({ percent: true, negative: 'no-figure' });

/** The number a cell was read as (null: blank or not a number). */
function numberOf(read: number | Parsed): number | null {
  return typeof read === 'number' ? read : read.kind === 'number' ? read.value : null;
}

/** What validation keeps of a cell: its kind and parse findings; a bare number becomes PLAIN_NUMBER. */
function kept(read: number | Parsed): CellRead {
  return typeof read === 'number' ? PLAIN_NUMBER : read;
}

// The plan's own item is returned, never one keyed by the typed copy: the report's items are keyed
// by its code, and a string read from a file would have to be looked up in V8's string table on
// every store.
function resolveItem(typed: string, index: PlanIndex): PlanItem | undefined {
  const exact = index.items.get(typed);
  if (exact !== undefined) return exact;
  const byFold = index.byFoldedCode.get(foldKey(typed));
  if (byFold !== undefined) return index.items.get(byFold);
  const viaIndicator = index.byIndicator.get(typed);
  if (viaIndicator !== undefined && viaIndicator.length === 1) return index.items.get(viaIndicator[0]!);
  return undefined;
}

function hasAnyValue(row: ReportRow): boolean {
  return cellText(rowRaw(row, 'numerator')) !== null || cellText(rowRaw(row, 'denominator')) !== null || cellText(rowRaw(row, 'value')) !== null;
}

/** Reads one item row into `checked`; with a fused pass, its per-item rules run on it right away. */
function readItem(item: PlanItem, row: ReportRow, checked: CheckedItems, pass: RowPass | null): void {
  let numerator: number | Parsed = BLANK;
  let denominator: number | Parsed = BLANK;
  let value: number | Parsed;
  let resultValue: number | boolean | null = null;
  if (item.expects === 'boolean') {
    const answer = parseBoolean(rowRaw(row, 'value'));
    if (answer.kind === 'boolean') resultValue = answer.value;
    value = answer;
  } else {
    // Counts are counts even in a percent row: the share rule applies only to the value.
    numerator = readNumberCell(rowRaw(row, 'numerator'), COUNT);
    denominator = readNumberCell(rowRaw(row, 'denominator'), COUNT);
    value = readNumberCell(rowRaw(row, 'value'), item.percent ? PERCENT : COUNT);
    resultValue = numberOf(value);
    if (resultValue === null && typeof value !== 'number' && value.kind === 'blank' && item.percent) {
      // No value when the denominator is 0 or negative (the range rule names a negative count).
      resultValue = ratioValue(numberOf(numerator), numberOf(denominator), COUNTS_AS_PERCENT);
    }
  }
  const code = item.code;
  const evidence = cellText(rowRaw(row, 'evidence'));
  const result: ItemValue = {
    code,
    numerator: numberOf(numerator),
    denominator: numberOf(denominator),
    value: resultValue,
    evidence,
    row: row.row,
  };
  checked.add(row, item, result, kept(numerator), kept(denominator), kept(value));
  if (pass !== null) {
    const it = pass.view;
    it.code = code;
    it.row = row;
    it.item = item;
    it.numerator = kept(numerator);
    it.denominator = kept(denominator);
    it.value = kept(value);
    it.result = result;
    checkRow(pass);
  }
}

/** Reads every row of the table; `pass`: the fused pass (item-rules.ts), null to keep the reads for the rules. */
export function readItems(table: ReportTable, index: PlanIndex, pass: RowPass | null): CheckedItems {
  const rows = table.rows;
  const checked = new CheckedItems(index, rows.length, pass === null);
  const inOrder = index.cleanByOrdinal;
  let next = 0; // ordinal of the item the next row most likely holds: the one after the last read
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const raw = rowRaw(row, 'code');
    // The code exactly as the plan has it (the usual cell): nothing to clean or fold. Rows usually
    // follow the plan's order, and comparing with the code expected next is cheaper than a Map
    // lookup, which must first hash the text (fresh from the file in every report).
    let exact: PlanItem | undefined;
    if (typeof raw === 'string') {
      const expected = inOrder[next];
      exact = expected !== undefined && expected.code === raw ? expected : index.byCleanCode.get(raw);
    }
    const typed = exact === undefined ? cellText(raw) : exact.code;
    if (typed === null) {
      // A row without a code: a section heading when nothing is typed, lost data otherwise.
      if (hasAnyValue(row)) checked.setAsideRow({ reason: 'no-code', code: null, row });
      continue;
    }
    const item = exact ?? resolveItem(typed, index);
    if (item === undefined) {
      const other = index.otherLevel.get(typed);
      if (other !== undefined) checked.setAsideRow({ reason: 'other-level', code: typed, row, level: other.level });
      else checked.setAsideRow({ reason: 'unknown', code: typed, row });
      continue;
    }
    next = item.ordinal + 1;
    const first = checked.positionOf(item);
    if (first >= 0) {
      checked.setAsideRow({ reason: 'duplicate', code: item.code, row, firstRow: checked.rows[first]!.row });
      continue;
    }
    readItem(item, row, checked, pass);
  }
  return checked;
}

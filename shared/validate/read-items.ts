import type { ItemValue, ReportRow, ReportTable } from '../schema/report.ts';
import { rowRaw } from '../parse/report-table.ts';
import { parseBoolean } from '../parse/boolean.ts';
import { readNumberCell } from '../parse/number.ts';
import { BLANK, type Parsed } from '../parse/parsed.ts';
import { cellText, foldKey } from '../parse/text.ts';
import { ratioValue, type RatioOptions } from '../ratio.ts';
import { CheckedByCode, PLAIN_NUMBER, type CellRead, type CheckedItem, type PlanIndex, type PlanItem, type SetAsideRow } from './context.ts';

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

export interface ReadItems {
  checked: CheckedItem[];
  byCode: CheckedByCode;
  setAside: SetAsideRow[];
}

/** The number a cell was read as (null: blank or not a number). */
function numberOf(read: number | Parsed): number | null {
  return typeof read === 'number' ? read : read.kind === 'number' ? read.value : null;
}

/** What validation keeps of a cell: its kind and parse findings; a bare number becomes PLAIN_NUMBER. */
function kept(read: number | Parsed): CellRead {
  return typeof read === 'number' ? PLAIN_NUMBER : read;
}

// The plan's own code string is returned, never the typed copy: the report's items are keyed by it,
// and a string read from a file would have to be looked up in V8's string table on every store.
function resolveCode(typed: string, index: PlanIndex): string | null {
  const exact = index.items.get(typed);
  if (exact !== undefined) return exact.code;
  const folded = foldKey(typed);
  const byFold = index.byFoldedCode.get(folded);
  if (byFold !== undefined) return byFold;
  const viaIndicator = index.byIndicator.get(typed);
  if (viaIndicator !== undefined && viaIndicator.length === 1) return viaIndicator[0] ?? null;
  return null;
}

function hasAnyValue(row: ReportRow): boolean {
  return cellText(rowRaw(row, 'numerator')) !== null || cellText(rowRaw(row, 'denominator')) !== null || cellText(rowRaw(row, 'value')) !== null;
}

function readItem(code: string, item: PlanItem, row: CheckedItem['row']): CheckedItem {
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
  const evidence = cellText(rowRaw(row, 'evidence'));
  const result: ItemValue = {
    code,
    numerator: numberOf(numerator),
    denominator: numberOf(denominator),
    value: resultValue,
    evidence,
    row: row.row,
  };
  return { code, row, item, numerator: kept(numerator), denominator: kept(denominator), value: kept(value), result };
}

export function readItems(table: ReportTable, index: PlanIndex): ReadItems {
  // Sized for every row, then cut to the items read (no regrowth per report).
  const checked = new Array<CheckedItem>(table.rows.length);
  let count = 0;
  const byCode = new CheckedByCode(index);
  const setAside: SetAsideRow[] = [];
  for (const row of table.rows) {
    const typed = cellText(rowRaw(row, 'code'));
    if (typed === null) {
      // A row without a code: a section heading when nothing is typed, lost data otherwise.
      if (hasAnyValue(row)) setAside.push({ reason: 'no-code', code: null, row });
      continue;
    }
    const code = resolveCode(typed, index);
    if (code === null) {
      const other = index.otherLevel.get(typed);
      if (other !== undefined) setAside.push({ reason: 'other-level', code: typed, row, level: other.level });
      else setAside.push({ reason: 'unknown', code: typed, row });
      continue;
    }
    const planItem = index.items.get(code) as PlanItem;
    const first = byCode.getItem(planItem);
    if (first !== undefined) {
      setAside.push({ reason: 'duplicate', code, row, firstRow: first.row.row });
      continue;
    }
    const item = readItem(code, planItem, row);
    checked[count++] = item;
    byCode.set(item);
  }
  checked.length = count;
  return { checked, byCode, setAside };
}

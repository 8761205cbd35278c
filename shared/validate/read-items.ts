import type { ItemColumn, ItemValue, ReportCell, ReportTable } from '../schema/report.ts';
import { parseBoolean } from '../parse/boolean.ts';
import { parseNumber } from '../parse/number.ts';
import { BLANK, type Parsed } from '../parse/parsed.ts';
import { cellText, foldKey } from '../parse/text.ts';
import { ratioValue, type RatioOptions } from '../ratio.ts';
import { CheckedByCode, type CheckedItem, type PlanIndex, type PlanItem, type SetAsideRow } from './context.ts';

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

function numberOf(p: Parsed): number | null {
  return p.kind === 'number' ? p.value : null;
}

function resolveCode(typed: string, index: PlanIndex): string | null {
  if (index.items.has(typed)) return typed;
  const folded = foldKey(typed);
  const byFold = index.byFoldedCode.get(folded);
  if (byFold !== undefined) return byFold;
  const viaIndicator = index.byIndicator.get(typed);
  if (viaIndicator !== undefined && viaIndicator.length === 1) return viaIndicator[0] ?? null;
  return null;
}

function hasAnyValue(cells: Record<ItemColumn, ReportCell>): boolean {
  return cellText(cells.numerator.raw) !== null || cellText(cells.denominator.raw) !== null || cellText(cells.value.raw) !== null;
}

function readItem(code: string, item: PlanItem, row: CheckedItem['row']): CheckedItem {
  const cells = row.cells;
  let numerator: Parsed = BLANK;
  let denominator: Parsed = BLANK;
  let value: Parsed;
  let resultValue: number | boolean | null = null;
  if (item.expects === 'boolean') {
    value = parseBoolean(cells.value.raw);
    if (value.kind === 'boolean') resultValue = value.value;
  } else {
    // Counts are counts even in a percent row: the share rule applies only to the value.
    numerator = parseNumber(cells.numerator.raw, COUNT);
    denominator = parseNumber(cells.denominator.raw, COUNT);
    value = parseNumber(cells.value.raw, item.percent ? PERCENT : COUNT);
    resultValue = numberOf(value);
    if (resultValue === null && value.kind === 'blank' && item.percent) {
      // No value when the denominator is 0 or negative (the range rule names a negative count).
      resultValue = ratioValue(numberOf(numerator), numberOf(denominator), COUNTS_AS_PERCENT);
    }
  }
  const evidence = cellText(cells.evidence.raw);
  const result: ItemValue = {
    code,
    numerator: numberOf(numerator),
    denominator: numberOf(denominator),
    value: resultValue,
    evidence,
    row: row.row,
  };
  return { code, row, item, numerator, denominator, value, result };
}

export function readItems(table: ReportTable, index: PlanIndex): ReadItems {
  const checked: CheckedItem[] = [];
  const byCode = new CheckedByCode(index);
  const setAside: SetAsideRow[] = [];
  for (const row of table.rows) {
    const typed = cellText(row.cells.code.raw);
    if (typed === null) {
      // A row without a code: a section heading when nothing is typed, lost data otherwise.
      if (hasAnyValue(row.cells)) setAside.push({ reason: 'no-code', code: null, row });
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
    checked.push(item);
    byCode.set(item);
  }
  return { checked, byCode, setAside };
}

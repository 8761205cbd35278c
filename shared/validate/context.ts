import type { Level, Unit } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Criterion, Plan, Target } from '../schema/plan.ts';
import { REPORT_GROUPS } from '../schema/levels.ts';
import type { ReportGroup, ItemValue, Report, ReportCell, ReportRow, ReportTable } from '../schema/report.ts';
import { groupApplies } from '../score/group.ts';
import type { Parsed, ParseNote } from '../parse/parsed.ts';
import { cellText, foldKey } from '../parse/text.ts';
import { rowCell } from '../parse/report-table.ts';
import { frozenMap } from '../frozen.ts';
import { awardInputs } from '../plan/items.ts';
import type { ValueField } from '../schema/rule.ts';
import type { IssueCollector } from './cap.ts';

/** A target or criterion of the plan as the validator sees it. */
export interface PlanItem {
  code: string;
  /** `condition`: a value an award condition reads (shared/plan/items.ts). */
  kind: 'target' | 'criterion' | 'condition';
  unit: Unit;
  /** What the `Giá trị` cell holds: a number (percent, count…) or a có/không answer. */
  expects: 'number' | 'boolean';
  /** The value is a percent 0–100 (share rule on, value computable from the counts). */
  percent: boolean;
  target: Target | null;
  criterion: Criterion | null;
  indicatorId: string | null;
  /** Position among the applicable items: an array index for per-report lookups (no hashing). */
  ordinal: number;
  /** One bit of UNIT_BITS, so a rule's list of units is a mask test. */
  unitBit: number;
}

export const UNIT_BITS: Readonly<Record<Unit, number>> = Object.freeze({ percent: 1, count: 2, boolean: 4, days: 8, points: 16 });

/** The plan's items for one report level, built once per plan and level (3,321 reports share it). */
export interface PlanIndex {
  level: Level;
  /** Items that apply to the level, by code. */
  items: ReadonlyMap<string, PlanItem>;
  /**
   * The items whose code is already clean text (cellText gives it back unchanged, as for every
   * code a plan has in practice): a code cell holding exactly one of them is that item, with no
   * cleaning of the cell's text.
   */
  byCleanCode: ReadonlyMap<string, PlanItem>;
  /**
   * The items of byCleanCode by ordinal (a hole where the code is not clean): a table usually lists
   * the items in plan order, so the row after item k is first compared with item k + 1.
   */
  cleanByOrdinal: readonly (PlanItem | undefined)[];
  /** Lower-cased, accent- and space-free code → code, so "vp-01 " finds "VP-01". */
  byFoldedCode: ReadonlyMap<string, string>;
  /** Indicator id → codes of the applicable targets measuring it (cross-item rules, aliases). */
  byIndicator: ReadonlyMap<string, readonly string[]>;
  /** Targets of the plan meant for another level, by code (reported as not counted). */
  otherLevel: ReadonlyMap<string, Target>;
  /** Codes in plan order of every applicable item (completeness). */
  applicable: readonly string[];
  /**
   * The applicable items a report of each target group is asked (completeness), in plan order, as
   * plan items (found by their ordinal, no hashing of codes).
   */
  askedByGroup: Readonly<Record<ReportGroup, readonly PlanItem[]>>;
  /**
   * For each target group, every code it is asked → null, in plan order: a report that has exactly
   * those items in that order (its template's) gets its `items` as a copy of it, one allocation
   * instead of one per added key.
   */
  itemsShapes: Readonly<Record<ReportGroup, Readonly<Record<string, null>>>>;
}

/**
 * What validation keeps of a value cell: its kind and what parsing had to say (an error, a note). A
 * number's value is not repeated here: it is in the item's `result` (read it with resultField).
 */
export type CellRead = Exclude<Parsed, { kind: 'number' }> | { kind: 'number'; note: ParseNote | null };

/** A number read with nothing to say about it: one shared object, not one per cell. */
export const PLAIN_NUMBER: CellRead = Object.freeze({ kind: 'number', note: null });

/**
 * One item row read against the plan, as the per-item rules see it. The rules get it as a view
 * (CheckedItems.view, or the row being read in the fused pass) and must not keep it.
 */
export interface CheckedItem {
  code: string;
  row: ReportRow;
  item: PlanItem;
  numerator: CellRead;
  denominator: CellRead;
  value: CellRead;
  /** What goes into the Report. */
  result: ItemValue;
}

/** A view to fill (CheckedItems.view): one per validation, not one per row. */
export function emptyView(): CheckedItem {
  return { code: '', row: null as unknown as ReportRow, item: null as unknown as PlanItem, numerator: PLAIN_NUMBER, denominator: PLAIN_NUMBER, value: PLAIN_NUMBER, result: null as unknown as ItemValue };
}

const NO_ROWS_SET_ASIDE: readonly SetAsideRow[] = Object.freeze([]);

/**
 * The item rows read from one table, in row order, as parallel arrays: a report's 20-odd rows cost
 * a few arrays, not an object each (validation allocates per report what 3,321 reports multiply).
 * The arrays are sized for every row of the table: read them up to `length` (past it, holes; not
 * cut, as setting an array's length is a runtime call).
 */
export class CheckedItems {
  /** How many item rows were read. */
  length = 0;
  readonly rows: ReportRow[];
  readonly items: PlanItem[];
  /** What goes into the Report, by position. */
  readonly results: ItemValue[];
  /**
   * The cell reads of the item at position k: numerator at 3k, denominator at 3k + 1, value at
   * 3k + 2. Null when the per-item rules ran on each row as it was read (the fused pass): then
   * nothing reads them later.
   */
  readonly reads: CellRead[] | null;
  /** Rows that could not be read as an item of the plan, in row order (most tables have none). */
  setAside: readonly SetAsideRow[] = NO_ROWS_SET_ASIDE;
  // Plan item ordinal → position + 1 (0 or a hole: not read).
  private readonly positions: number[];
  private readonly index: PlanIndex;

  constructor(index: PlanIndex, rowCount: number, keepReads: boolean) {
    this.index = index;
    // Sized for every row (no regrowth per report).
    this.rows = new Array<ReportRow>(rowCount);
    this.items = new Array<PlanItem>(rowCount);
    this.results = new Array<ItemValue>(rowCount);
    this.reads = keepReads ? new Array<CellRead>(3 * rowCount) : null;
    this.positions = new Array<number>(index.applicable.length);
  }

  add(row: ReportRow, item: PlanItem, result: ItemValue, numerator: CellRead, denominator: CellRead, value: CellRead): void {
    const k = this.length++;
    this.rows[k] = row;
    this.items[k] = item;
    this.results[k] = result;
    this.positions[item.ordinal] = k + 1;
    const reads = this.reads;
    if (reads !== null) {
      reads[3 * k] = numerator;
      reads[3 * k + 1] = denominator;
      reads[3 * k + 2] = value;
    }
  }

  setAsideRow(row: SetAsideRow): void {
    // The shared empty list is replaced on the first row set aside.
    if (this.setAside === NO_ROWS_SET_ASIDE) this.setAside = [row];
    else (this.setAside as SetAsideRow[]).push(row);
  }

  /** Position of a plan item's row, -1 when the table has none. */
  positionOf(item: PlanItem): number {
    const p = this.positions[item.ordinal];
    return p === undefined || p === 0 ? -1 : p - 1;
  }

  /** Position of the row of an applicable item's code, -1 when the table has none (or the plan no such item). */
  positionOfCode(code: string): number {
    const item = this.index.items.get(code);
    return item === undefined ? -1 : this.positionOf(item);
  }

  /** The result of a plan item's row (undefined when the table has none). */
  resultOf(item: PlanItem): ItemValue | undefined {
    const k = this.positionOf(item);
    return k < 0 ? undefined : this.results[k];
  }

  /** Fills `into` with the item at position k (reads kept: not after a fused pass). */
  view(k: number, into: CheckedItem): CheckedItem {
    const reads = this.reads!;
    const item = this.items[k]!;
    into.code = item.code;
    into.row = this.rows[k]!;
    into.item = item;
    into.numerator = reads[3 * k]!;
    into.denominator = reads[3 * k + 1]!;
    into.value = reads[3 * k + 2]!;
    into.result = this.results[k]!;
    return into;
  }
}

/** Rows that could not be read as an item of the plan. */
export interface SetAsideRow {
  reason: 'duplicate' | 'unknown' | 'other-level' | 'no-code';
  code: string | null;
  row: ReportRow;
  /** duplicate: the row the code was first read on; other-level: the level the target is for. */
  firstRow?: number;
  level?: Level;
}

/** What a per-item rule needs besides the row: where its issues go, the indicator catalogue. */
export interface ItemRuleSink {
  /** Where the rules put what they find (capped per code). */
  issues: IssueCollector;
  indicators: ReadonlyMap<string, Indicator>;
}

export interface ValidationContext extends ItemRuleSink {
  table: ReportTable;
  plan: Plan;
  index: PlanIndex;
  /** Items read, in row order. */
  checked: CheckedItems;
  /** One view for the rules that go through the items one rule at a time (CheckedItems.view). */
  view: CheckedItem;
  report: Report;
  previous: Report | null;
  /** The unit's reports before `previous`, oldest first: the outlier rule's measure of a usual change. */
  history?: readonly Report[] | undefined;
}

function targetExpects(t: Target): 'number' | 'boolean' {
  return t.unit === 'boolean' || t.value === true ? 'boolean' : 'number';
}

/**
 * The plan's items that apply to a level, built fresh and frozen. Built once per plan and level by
 * compilePlan (shared/plan/compile.ts), which every report of a run then shares.
 */
export function buildPlanIndex(plan: Plan, level: Level): PlanIndex {
  const items = new Map<string, PlanItem>();
  const byFoldedCode = new Map<string, string>();
  const byIndicator = new Map<string, string[]>();
  const otherLevel = new Map<string, Target>();
  const applicable: string[] = [];
  for (const t of plan.targets) {
    if (t.level !== undefined && t.level !== level) {
      otherLevel.set(t.id, t);
      continue;
    }
    const expects = targetExpects(t);
    const unit = expects === 'boolean' ? 'boolean' : t.unit;
    items.set(t.id, {
      code: t.id,
      kind: 'target',
      unit,
      expects,
      percent: expects === 'number' && t.unit === 'percent',
      target: t,
      criterion: null,
      indicatorId: t.indicatorId,
      ordinal: applicable.length,
      unitBit: UNIT_BITS[unit],
    });
    const codes = byIndicator.get(t.indicatorId);
    if (codes) codes.push(t.id);
    else byIndicator.set(t.indicatorId, [t.id]);
    applicable.push(t.id);
  }
  for (const c of plan.criteria) {
    if (items.has(c.id)) continue;
    items.set(c.id, {
      code: c.id,
      kind: 'criterion',
      unit: 'boolean',
      expects: 'boolean',
      percent: false,
      target: null,
      criterion: c,
      indicatorId: null,
      ordinal: applicable.length,
      unitBit: UNIT_BITS.boolean,
    });
    applicable.push(c.id);
  }
  for (const input of awardInputs(plan)) {
    items.set(input.code, {
      code: input.code,
      kind: 'condition',
      unit: 'percent',
      expects: 'number',
      percent: true,
      target: null,
      criterion: null,
      indicatorId: input.code,
      ordinal: applicable.length,
      unitBit: UNIT_BITS.percent,
    });
    applicable.push(input.code);
  }
  for (const code of items.keys()) byFoldedCode.set(foldKey(code), code);
  const byCleanCode = [...items].filter(([code]) => cellText(code) === code);
  const cleanByOrdinal = new Array<PlanItem | undefined>(applicable.length).fill(undefined);
  for (const [, item] of byCleanCode) cleanByOrdinal[item.ordinal] = item;
  for (const item of items.values()) Object.freeze(item);
  const askedCodesByGroup = {} as Record<ReportGroup, readonly string[]>;
  const askedByGroup = {} as Record<ReportGroup, readonly PlanItem[]>;
  for (const group of REPORT_GROUPS) {
    askedCodesByGroup[group] = askedCodes(plan, items, applicable, group);
    askedByGroup[group] = Object.freeze(askedCodesByGroup[group].map((code) => items.get(code)!));
  }
  return Object.freeze({
    level,
    items: frozenMap(items),
    byCleanCode: frozenMap(byCleanCode),
    cleanByOrdinal: Object.freeze(cleanByOrdinal),
    byFoldedCode: frozenMap(byFoldedCode),
    byIndicator: frozenMap([...byIndicator].map(([k, codes]): [string, readonly string[]] => [k, Object.freeze(codes)])),
    otherLevel: frozenMap(otherLevel),
    applicable: Object.freeze(applicable),
    askedByGroup: Object.freeze(askedByGroup),
    itemsShapes: Object.freeze(
      Object.fromEntries(REPORT_GROUPS.map((group) => [group, Object.freeze(Object.fromEntries(askedCodesByGroup[group].map((code): [string, null] => [code, null])))])) as Record<
        ReportGroup,
        Readonly<Record<string, null>>
      >,
    ),
  });
}

/** Only what a target group is asked (`Đối tượng`): a xóm is not missing the agencies' criteria. */
function askedCodes(plan: Plan, items: ReadonlyMap<string, PlanItem>, applicable: readonly string[], group: ReportGroup): string[] {
  const inputs = new Set(awardInputs(plan, group).map((i) => i.code));
  return applicable.filter((code) => {
    const item = items.get(code);
    if (item?.kind === 'criterion' && item.criterion) return groupApplies(item.criterion.group, group);
    if (item?.kind === 'target') return group !== 'individual' && group !== 'other';
    return item?.kind !== 'condition' || inputs.has(code);
  });
}

// Field access by a ValueField without `obj[field]`: a keyed load whose key changes from call to
// call made V8 deoptimise the range rule over and over (1,180 times in the bench).
export function parsedField(it: CheckedItem, field: ValueField): CellRead {
  return field === 'value' ? it.value : field === 'numerator' ? it.numerator : it.denominator;
}

export function cellField(row: ReportRow, field: ValueField): ReportCell {
  return rowCell(row, field === 'value' ? 'value' : field === 'numerator' ? 'numerator' : 'denominator');
}

export function resultField(result: ItemValue, field: ValueField): number | boolean | null {
  return field === 'value' ? result.value : field === 'numerator' ? result.numerator : result.denominator;
}

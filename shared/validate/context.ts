import type { Level, Unit } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Criterion, Plan, Target } from '../schema/plan.ts';
import { REPORT_GROUPS } from '../schema/levels.ts';
import type { ReportGroup, ItemValue, Report, ReportCell, ReportRow, ReportTable } from '../schema/report.ts';
import { groupApplies } from '../score/group.ts';
import type { Parsed, ParseNote } from '../parse/parsed.ts';
import { foldKey } from '../parse/text.ts';
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

/** The items read from one table, by code, backed by an array indexed by the plan item's ordinal. */
export class CheckedByCode {
  private readonly index: PlanIndex;
  private readonly slots: (CheckedItem | undefined)[];
  constructor(index: PlanIndex) {
    this.index = index;
    this.slots = new Array<CheckedItem | undefined>(index.applicable.length);
  }
  get(code: string): CheckedItem | undefined {
    const item = this.index.items.get(code);
    return item === undefined ? undefined : this.slots[item.ordinal];
  }
  getItem(item: PlanItem): CheckedItem | undefined {
    return this.slots[item.ordinal];
  }
  set(checked: CheckedItem): void {
    this.slots[checked.item.ordinal] = checked;
  }
}

/** The plan's items for one report level, built once per plan and level (3,321 reports share it). */
export interface PlanIndex {
  level: Level;
  /** Items that apply to the level, by code. */
  items: ReadonlyMap<string, PlanItem>;
  /** Lower-cased, accent- and space-free code → code, so "vp-01 " finds "VP-01". */
  byFoldedCode: ReadonlyMap<string, string>;
  /** Indicator id → codes of the applicable targets measuring it (cross-item rules, aliases). */
  byIndicator: ReadonlyMap<string, readonly string[]>;
  /** Targets of the plan meant for another level, by code (reported as not counted). */
  otherLevel: ReadonlyMap<string, Target>;
  /** Codes in plan order of every applicable item (completeness). */
  applicable: readonly string[];
  /** The applicable codes a report of each target group is asked (completeness), in plan order. */
  askedByGroup: Readonly<Record<ReportGroup, readonly string[]>>;
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

/** One item row read against the plan. */
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

/** Rows that could not be read as an item of the plan. */
export interface SetAsideRow {
  reason: 'duplicate' | 'unknown' | 'other-level' | 'no-code';
  code: string | null;
  row: ReportRow;
  /** duplicate: the row the code was first read on; other-level: the level the target is for. */
  firstRow?: number;
  level?: Level;
}

export interface ValidationContext {
  table: ReportTable;
  plan: Plan;
  index: PlanIndex;
  indicators: ReadonlyMap<string, Indicator>;
  /** Items read, in row order. */
  checked: readonly CheckedItem[];
  byCode: CheckedByCode;
  setAside: readonly SetAsideRow[];
  report: Report;
  previous: Report | null;
  /** The unit's reports before `previous`, oldest first: the outlier rule's measure of a usual change. */
  history?: readonly Report[];
  /** Where the rules put what they find (capped per code). */
  issues: IssueCollector;
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
  for (const item of items.values()) Object.freeze(item);
  const askedByGroup = {} as Record<ReportGroup, readonly string[]>;
  for (const group of REPORT_GROUPS) askedByGroup[group] = Object.freeze(askedCodes(plan, items, applicable, group));
  return Object.freeze({
    level,
    items: frozenMap(items),
    byFoldedCode: frozenMap(byFoldedCode),
    byIndicator: frozenMap([...byIndicator].map(([k, codes]): [string, readonly string[]] => [k, Object.freeze(codes)])),
    otherLevel: frozenMap(otherLevel),
    applicable: Object.freeze(applicable),
    askedByGroup: Object.freeze(askedByGroup),
    itemsShapes: Object.freeze(
      Object.fromEntries(REPORT_GROUPS.map((group) => [group, Object.freeze(Object.fromEntries(askedByGroup[group].map((code): [string, null] => [code, null])))])) as Record<
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

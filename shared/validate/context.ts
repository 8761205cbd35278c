import type { Level, Unit } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { Criterion, Plan, Target } from '../schema/plan.ts';
import type { ItemValue, Report, ReportCell, ReportRow, ReportTable } from '../schema/report.ts';
import type { Parsed } from '../parse/parsed.ts';
import { foldKey } from '../parse/text.ts';

/** A target or criterion of the plan as the validator sees it. */
export interface PlanItem {
  code: string;
  kind: 'target' | 'criterion';
  unit: Unit;
  /** What the `Giá trị` cell holds: a number (percent, count…) or a có/không answer. */
  expects: 'number' | 'boolean';
  /** The value is a percent 0–100 (share rule on, value computable from the counts). */
  percent: boolean;
  target: Target | null;
  criterion: Criterion | null;
  indicatorId: string | null;
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
}

/** One item row read against the plan. */
export interface CheckedItem {
  code: string;
  row: ReportRow;
  item: PlanItem;
  numerator: Parsed;
  denominator: Parsed;
  value: Parsed;
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
  byCode: ReadonlyMap<string, CheckedItem>;
  setAside: readonly SetAsideRow[];
  report: Report;
  previous: Report | null;
  /** The level text as typed, for the header rule (null when the cell is blank or absent). */
  levelCell: ReportCell | null;
  issues: Issue[];
}

function targetExpects(t: Target): 'number' | 'boolean' {
  return t.unit === 'boolean' || t.value === true ? 'boolean' : 'number';
}

const cache = new WeakMap<Plan, Map<Level, PlanIndex>>();

/** The plan's items that apply to a level. Cached per plan object (plans are read-only data). */
export function planIndex(plan: Plan, level: Level): PlanIndex {
  let perLevel = cache.get(plan);
  if (perLevel === undefined) {
    perLevel = new Map();
    cache.set(plan, perLevel);
  }
  const known = perLevel.get(level);
  if (known !== undefined) return known;

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
    items.set(t.id, {
      code: t.id,
      kind: 'target',
      unit: expects === 'boolean' ? 'boolean' : t.unit,
      expects,
      percent: expects === 'number' && t.unit === 'percent',
      target: t,
      criterion: null,
      indicatorId: t.indicatorId,
    });
    const codes = byIndicator.get(t.indicatorId);
    if (codes) codes.push(t.id);
    else byIndicator.set(t.indicatorId, [t.id]);
    applicable.push(t.id);
  }
  for (const c of plan.criteria) {
    if (items.has(c.id)) continue;
    items.set(c.id, { code: c.id, kind: 'criterion', unit: 'boolean', expects: 'boolean', percent: false, target: null, criterion: c, indicatorId: null });
    applicable.push(c.id);
  }
  for (const code of items.keys()) byFoldedCode.set(foldKey(code), code);
  const index: PlanIndex = { level, items, byFoldedCode, byIndicator, otherLevel, applicable };
  perLevel.set(level, index);
  return index;
}

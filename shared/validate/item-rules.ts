import type { Rule, RuleKind, RuleOf } from '../schema/rule.ts';
import type { ReportRow } from '../schema/report.ts';
import { LocatedRow } from '../parse/report-table.ts';
import { frozenSet } from '../frozen.ts';
import { ISSUES_PER_CODE } from './cap.ts';
import { UNIT_BITS, type CheckedItem, type ItemRuleSink, type PlanItem } from './context.ts';
import { compulsoryPairRow } from './compulsory-pair.ts';
import { numeratorLeDenominatorRow } from './numerator-le-denominator.ts';
import { rangeRow, unitMask } from './range.ts';
import { requiredRow } from './required.ts';
import { typeRow } from './type.ts';
import { valueMatchesCountsRow } from './value-matches-counts.ts';

/**
 * The fused pass: the rules that look at one item row at a time run on each row as it is read
 * (read-items.ts), instead of one loop over the items per rule, and the rows' cell reads need not
 * be kept. The issues come out exactly as rule by rule:
 * - validateCompiled sorts them by position, ties kept in the order they were pushed. In a table
 *   read by readReportTable (LocatedRow) every cell of a row is located on that row, so only issues
 *   about the same row can tie, and the fused pass pushes each row's issues in rule order. The
 *   other rules that speak about item rows (outlier, comparison) must come after every per-item
 *   rule; the rest speak about header cells, set-aside rows or the whole report.
 * - the collector (cap.ts) keeps the first ISSUES_PER_CODE issues of each code, so which ones it
 *   keeps depends on their order within a code. Codes are shared only by rules of the same kind,
 *   and within a kind that has several rules (the four range rules) row order differs from rule
 *   order: the fused pass is used only while none of their codes can reach the cap (table rows ×
 *   the most issues of one such code a row can give ≤ ISSUES_PER_CODE), so nothing is dropped.
 * A list that cannot be fused, a longer table or hand-made rows go rule by rule.
 */

/** Rules that are not per-item but may speak about an item row's cells. */
const ITEM_ROW_KINDS: ReadonlySet<RuleKind> = frozenSet<RuleKind>(['outlier', 'comparison']);
/** The most issues of one code a type rule gives one row: one per value field. */
const TYPE_FIELDS = 3;
// Profile bits above the unit bits (UNIT_BITS go up to 16).
const PROFILE_NUMBER = 32;
const PROFILE_PERCENT = 64;

// The kinds as small numbers: the rules of different kinds are objects of different shapes, and
// switching on their `kind` for every row made the load megamorphic (slow) in checkRow.
const ROW_KINDS = ['required', 'type', 'range', 'numerator-le-denominator', 'compulsory-pair', 'value-matches-counts'] as const;

export interface RowCheck {
  /** Index of the rule's kind in ROW_KINDS. */
  readonly op: number;
  readonly rule: Rule;
  /** unitMask of a range rule (0 for the other kinds). */
  readonly unitMask: number;
}

export interface RulePlan {
  /** The per-item rules, in list order: run on each row as it is read. */
  readonly rowChecks: readonly RowCheck[];
  /**
   * rowChecks by an item's profile (profileOf): only the rules that can say something about such
   * an item (a yes/no criterion is not range-checked), so most rows run two or seven checks, not nine.
   */
  readonly checksByProfile: readonly (readonly RowCheck[])[];
  /** The other rules, in list order: run once the table is read. */
  readonly others: readonly Rule[];
  /** The most table rows the fused pass gives the same issues for (0: never). */
  readonly maxRows: number;
}

/** The fused pass's checks (RulePlan.checksByProfile) and where their issues go; `view` is filled with each row read. */
export interface RowPass extends ItemRuleSink {
  readonly checks: readonly (readonly RowCheck[])[];
  readonly view: CheckedItem;
}

export function planRules(rules: readonly Rule[]): RulePlan {
  const rowChecks: RowCheck[] = [];
  const others: Rule[] = [];
  let lastPerItem = -1;
  let firstItemRow = rules.length;
  rules.forEach((rule, k) => {
    const op = (ROW_KINDS as readonly RuleKind[]).indexOf(rule.kind);
    if (op >= 0) {
      rowChecks.push(Object.freeze({ op, rule, unitMask: rule.kind === 'range' ? unitMask(rule) : 0 }));
      lastPerItem = k;
    } else {
      others.push(rule);
      if (ITEM_ROW_KINDS.has(rule.kind)) firstItemRow = Math.min(firstItemRow, k);
    }
  });
  const perRow = sameCodePerRow(rowChecks);
  const maxRows = firstItemRow < lastPerItem ? 0 : perRow === 0 ? Number.POSITIVE_INFINITY : Math.floor(ISSUES_PER_CODE / perRow);
  const checksByProfile: (readonly RowCheck[])[] = [];
  for (const unitBit of Object.values(UNIT_BITS)) {
    for (const expects of ['number', 'boolean'] as const) {
      for (const percent of [false, true]) {
        checksByProfile[profile(unitBit, expects, percent)] = Object.freeze(rowChecks.filter((c) => mayApply(c, unitBit, expects, percent)));
      }
    }
  }
  return Object.freeze({ rowChecks: Object.freeze(rowChecks), checksByProfile: Object.freeze(checksByProfile), others: Object.freeze(others), maxRows });
}

function profile(unitBit: number, expects: PlanItem['expects'], percent: boolean): number {
  return unitBit | (expects === 'number' ? PROFILE_NUMBER : 0) | (percent ? PROFILE_PERCENT : 0);
}

/** An item's profile: its unit bit, whether it expects a number and whether it is a percent. */
export function profileOf(item: PlanItem): number {
  return profile(item.unitBit, item.expects, item.percent);
}

// Whether a check can give an issue for an item of this profile: the first test of each row rule.
function mayApply(check: RowCheck, unitBit: number, expects: PlanItem['expects'], percent: boolean): boolean {
  switch (check.rule.kind) {
    case 'range': return expects === 'number' && (unitBit & check.unitMask) !== 0;
    case 'compulsory-pair': return expects === 'number';
    case 'numerator-le-denominator':
    case 'value-matches-counts': return percent;
    default: return true;
  }
}

/**
 * The most issues of one code that the rules of a kind sharing codes (two or more rules of it) give
 * one row; 0 when no kind has two rules (then every code's issues come in the same order anyway).
 */
function sameCodePerRow(checks: readonly RowCheck[]): number {
  let most = 0;
  const kinds = new Set(checks.map((c) => c.rule.kind));
  for (const kind of kinds) {
    const ofKind = checks.filter((c) => c.rule.kind === kind);
    if (ofKind.length < 2) continue;
    if (kind === 'range') {
      // The range rules that apply to one unit, each giving at most one issue per field.
      let bits = 0;
      for (const c of ofKind) bits |= c.unitMask;
      for (let bit = 1; bit <= bits; bit <<= 1) {
        let n = 0;
        for (const c of ofKind) if (c.unitMask & bit) n += (c.rule as RuleOf<'range'>).fields.length;
        most = Math.max(most, n);
      }
    } else {
      most = Math.max(most, ofKind.length * (kind === 'type' ? TYPE_FIELDS : 1));
    }
  }
  return most;
}

/** Whether the fused pass gives a table the same issues as the rules one by one (see above). */
export function fusable(plan: RulePlan, rows: readonly ReportRow[]): boolean {
  if (rows.length > plan.maxRows) return false;
  // Located rows (each cell on its own row), each row once, in order: no two rows' issues can tie.
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (!(row instanceof LocatedRow) || (k > 0 && row.row <= rows[k - 1]!.row)) return false;
  }
  return true;
}

/** Runs the fused pass's checks on the row in pass.view, in list order. */
export function checkRow(pass: RowPass): void {
  const it = pass.view;
  const checks = pass.checks[profileOf(it.item)]!;
  for (let k = 0; k < checks.length; k++) {
    const check = checks[k]!;
    switch (check.op) {
      case 0: requiredRow(check.rule as RuleOf<'required'>, it, pass); break;
      case 1: typeRow(check.rule as RuleOf<'type'>, it, pass); break;
      case 2: rangeRow(check.rule as RuleOf<'range'>, check.unitMask, it, pass); break;
      case 3: numeratorLeDenominatorRow(check.rule as RuleOf<'numerator-le-denominator'>, it, pass); break;
      case 4: compulsoryPairRow(check.rule as RuleOf<'compulsory-pair'>, it, pass); break;
      case 5: valueMatchesCountsRow(check.rule as RuleOf<'value-matches-counts'>, it, pass); break;
    }
  }
}

import type { Level } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { AwardCondition, Plan, Target } from '../schema/plan.ts';
import { LEVELS } from '../schema/levels.ts';
import { frozenMap, frozenSet } from '../frozen.ts';
import { ruleConditions, negateVi } from '../score/award.ts';
import { pointsAtTarget } from '../score/item.ts';
import { buildPlanIndex, type PlanIndex } from '../validate/context.ts';

/**
 * A plan compiled once for a run: everything validation, scoring and ranking look up per report
 * (the item index of every level, target ids, each target's indicator, the conditions each award
 * rule really checks, the criteria's "not met" wording) worked out up front and frozen. 3,321
 * reports share one; nothing in it changes after compilePlan returns, so it needs no cache and
 * gives every caller the same answers. `plan` and `indicators` are the caller's own objects,
 * referred to, not copied.
 */
export interface CompiledPlan {
  readonly plan: Plan;
  /** The level a report that does not state its own is read and scored at. */
  readonly level: Level;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** The items of `level` (validation). */
  readonly index: PlanIndex;
  /** The items of every level: a report that states another level is read against its own. */
  readonly indexes: Readonly<Record<Level, PlanIndex>>;
  /** Ids of every target (a target's row is found by its own id before its indicator's). */
  readonly targetIds: ReadonlySet<string>;
  /** Each target's indicator, in plan order (undefined: not in the catalogue). */
  readonly targetIndicators: readonly (Indicator | undefined)[];
  /** Each target's points under its indicator's rule for a figure exactly at the target, in plan order. */
  readonly targetPointsAtTarget: readonly (number | null)[];
  /** The conditions each award rule checks (its own + the mandatory criteria of its group), in plan order. */
  readonly ruleConditions: readonly (readonly AwardCondition[])[];
  /** A criterion's Vietnamese label → its "not met" wording ("chưa đăng ký thi đua"). */
  readonly negatedLabels: ReadonlyMap<string, string>;
}

export interface CompileOptions {
  /**
   * The indicator catalogue, always the caller's: importing the bundled one here would pull the
   * zod-checked data into every bundle that compiles a plan (the extension's content script).
   */
  indicators: ReadonlyMap<string, Indicator>;
}

/** Compiles a plan for reports of `level` (the plan's own level when not given). Pure; never changes the plan. */
export function compilePlan(plan: Plan, level: Level, opts: CompileOptions): CompiledPlan {
  const { indicators } = opts;
  const indexes = {} as Record<Level, PlanIndex>;
  for (const l of LEVELS) indexes[l] = buildPlanIndex(plan, l);
  // The lists hold the plan's own condition objects (referred to, never frozen from here) and
  // frozen criterion conditions added for the rule's group.
  const ruleConditionList = plan.awards.map((rule) => Object.freeze(ruleConditions(rule, plan)));
  return Object.freeze({
    plan,
    level,
    indicators,
    index: indexes[level],
    indexes: Object.freeze(indexes),
    targetIds: frozenSet(plan.targets.map((t: Target) => t.id)),
    targetIndicators: Object.freeze(plan.targets.map((t) => indicators.get(t.indicatorId))),
    targetPointsAtTarget: Object.freeze(plan.targets.map((t) => pointsAtTarget(t, indicators.get(t.indicatorId)))),
    ruleConditions: Object.freeze(ruleConditionList),
    negatedLabels: frozenMap(plan.criteria.map((c): [string, string] => [c.label.vi, negateVi(c.label.vi)])),
  });
}

/** The compiled plan to use: the caller's when it is for this plan (and catalogue), else a fresh one. */
export function compiledFor(plan: Plan, given: CompiledPlan | undefined, indicators: ReadonlyMap<string, Indicator>): CompiledPlan {
  if (given !== undefined && given.plan === plan && indicators === given.indicators) return given;
  return compilePlan(plan, plan.level, { indicators });
}

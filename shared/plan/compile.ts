import type { Level, Pillar } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { AwardCondition, Plan, Target } from '../schema/plan.ts';
import type { Message } from '../schema/issue.ts';
import type { ReportGroup } from '../schema/report.ts';
import type { AwardResult, Gain } from '../schema/scorecard.ts';
import { LEVELS, REPORT_GROUPS } from '../schema/levels.ts';
import { PILLARS } from '../schema/pillars.ts';
import { frozenMap, frozenSet } from '../frozen.ts';
import { indicatorMissing, ruleConditions, negateVi, oneOfLabel, otherGroupResult, passedResult, sameData } from '../score/award.ts';
import { criteriaAsked, type AskedCriterion } from '../score/criteria.ts';
import { criterionGain, criterionNeeds, type CriterionNeeds } from '../score/gains.ts';
import { groupApplies, ruleGroup } from '../score/group.ts';
import { targetScoring, type TargetScoring } from '../score/item.ts';
import { buildPlanIndex, type PlanIndex } from '../validate/context.ts';

/**
 * A plan compiled once for a run: everything validation, scoring and ranking look up per report
 * (the item index of every level, target ids, each target's indicator and points, the conditions
 * each award rule really checks, the criteria's "not met" wording) worked out up front and frozen.
 * 3,321 reports share one; nothing in it changes after compilePlan returns, so it needs no cache
 * and gives every caller the same answers. `plan` and `indicators` are the caller's own objects,
 * referred to, not copied. Scorecards refer to some of its objects (items, criterion results and
 * gains that carry none of the report's own figures, labels, criterion reasons, results of rules
 * for other groups): read-only, like the plan's own labels.
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
  /** The conditions each award rule checks (its own + the mandatory criteria of its group), in plan order. */
  readonly ruleConditions: readonly (readonly AwardCondition[])[];
  /** A criterion's Vietnamese label → its "not met" wording ("chưa đăng ký thi đua"). */
  readonly negatedLabels: ReadonlyMap<string, string>;
  /** What scoring knows of each target before any report (row codes, rule, points if met), in plan order. */
  readonly targetScoring: readonly TargetScoring[];
  /** The pillars of the plan's targets, in display order (PILLARS): a scorecard's pillar totals. */
  readonly pillars: readonly Pillar[];
  /** Where each target's pillar is in `pillars` (-1: not one of PILLARS), in plan order. */
  readonly pillarAt: readonly number[];
  /**
   * For each award rule, the first earlier rule that checks the very same conditions (-1: none), in
   * plan order: both fail them for the same reasons (award tiers often share their conditions).
   */
  readonly sameConditionsAs: readonly number[];
  /** The criteria asked of each report group, in plan order, with their label and reasons (frozen). */
  readonly criteriaByGroup: ReadonlyMap<ReportGroup, readonly AskedCriterion[]>;
  /** The criteria the award rules need, for the criteria that block an award (gains). */
  readonly criterionNeeds: CriterionNeeds;
  /** Each criterion id → its gain when it blocks an award (the same for every report: frozen, shared). */
  readonly criterionGains: ReadonlyMap<string, Gain>;
  /** Each unlabelled one-of condition of the award rules → its wording in both languages. */
  readonly oneOfLabels: ReadonlyMap<AwardCondition, { readonly vi: string; readonly en: string }>;
  /** Each award rule's award label as scorecards give it (a copy of the plan's), in plan order. */
  readonly awardLabels: readonly AwardResult['award'][];
  /**
   * For each report group, each rule's result when it is for another group (not applicable, the
   * same for every report of the group), undefined when it applies; in plan order.
   */
  readonly otherGroupResults: ReadonlyMap<ReportGroup, readonly (AwardResult | undefined)[]>;
  /** Each rule's result when nothing blocks it and every condition holds (eligible or proposable), in plan order. */
  readonly passedResults: readonly AwardResult[];
  /** Each indicator condition of the award rules → its reason when a report gives no figure for it. */
  readonly indicatorMissing: ReadonlyMap<AwardCondition, Message>;
}

type OneOf = Extract<AwardCondition, { kind: 'one-of' }>;
type IndicatorCondition = Extract<AwardCondition, { kind: 'indicator' }>;

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
  const targetIds = frozenSet(plan.targets.map((t: Target) => t.id));
  const awardLabels = plan.awards.map((rule) => Object.freeze({ vi: rule.award.vi, en: rule.award.en }));
  const oneOfs = plan.awards.flatMap((rule) => rule.conditions).filter((c): c is OneOf => c.kind === 'one-of' && c.label === undefined);
  // Indicator conditions of the rules, inside one-of and all-of too.
  const leaves = plan.awards.flatMap((rule) => rule.conditions.flatMap((c) => (c.kind === 'one-of' || c.kind === 'all-of' ? c.conditions : [c])));
  const indicatorConditions = leaves.filter((c): c is IndicatorCondition => c.kind === 'indicator');
  const pillars = PILLARS.filter((p) => plan.targets.some((t) => t.pillar === p));
  return Object.freeze({
    plan,
    level,
    indicators,
    index: indexes[level],
    indexes: Object.freeze(indexes),
    targetIds,
    ruleConditions: Object.freeze(ruleConditionList),
    negatedLabels: frozenMap(plan.criteria.map((c): [string, string] => [c.label.vi, negateVi(c.label.vi)])),
    targetScoring: Object.freeze(plan.targets.map((t) => targetScoring(t, plan.scoring.method, indicators.get(t.indicatorId), targetIds))),
    pillars: Object.freeze(pillars),
    pillarAt: Object.freeze(plan.targets.map((t) => pillars.indexOf(t.pillar))),
    sameConditionsAs: Object.freeze(ruleConditionList.map((conditions, i) => ruleConditionList.findIndex((other, j) => j < i && sameData(other, conditions)))),
    criteriaByGroup: frozenMap(REPORT_GROUPS.map((g) => [g, Object.freeze(criteriaAsked(plan, g).map(freezeAsked))] as const)),
    criterionNeeds: criterionNeeds(ruleConditionList),
    criterionGains: frozenMap(plan.criteria.map((c) => [c.id, Object.freeze(criterionGain(c.id))] as const)),
    oneOfLabels: frozenMap(oneOfs.map((c) => [c, Object.freeze(oneOfLabel(c, plan))] as const)),
    awardLabels: Object.freeze(awardLabels),
    otherGroupResults: frozenMap(
      REPORT_GROUPS.map((g) => {
        const results = plan.awards.map((rule, i) => (groupApplies(ruleGroup(rule), g) ? undefined : freezeResult(otherGroupResult(rule, awardLabels[i]!))));
        return [g, Object.freeze(results)] as const;
      }),
    ),
    passedResults: Object.freeze(plan.awards.map((rule, i) => freezeResult(passedResult(rule, awardLabels[i]!)))),
    indicatorMissing: frozenMap(indicatorConditions.map((c) => [c, freezeMessage(indicatorMissing(c))] as const)),
  });
}

// Scorecards share these objects (read-only, like the plan's own labels they already refer to):
// frozen here, each part of them, so no scorecard can change another's.

function freezeMessage(m: Message): Message {
  Object.freeze(m.params);
  return Object.freeze(m);
}

function freezeAsked(a: AskedCriterion): AskedCriterion {
  Object.freeze(a.label);
  Object.freeze(a.answeredYes);
  Object.freeze(a.answeredNo);
  Object.freeze(a.notAnswered);
  freezeMessage(a.notMet);
  freezeMessage(a.unanswered);
  return Object.freeze(a);
}

function freezeResult(r: AwardResult): AwardResult {
  r.reasons.forEach(freezeMessage);
  Object.freeze(r.reasons);
  return Object.freeze(r);
}

/** The compiled plan to use: the caller's when it is for this plan (and catalogue), else a fresh one. */
export function compiledFor(plan: Plan, given: CompiledPlan | undefined, indicators: ReadonlyMap<string, Indicator>): CompiledPlan {
  if (given !== undefined && given.plan === plan && indicators === given.indicators) return given;
  return compilePlan(plan, plan.level, { indicators });
}

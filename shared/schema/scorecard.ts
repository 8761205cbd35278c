import * as z from 'zod';
import { Comparator, Level, Pillar, Unit } from './common.ts';
import { Issue, Message } from './issue.ts';
import { ReportGroup } from './report.ts';

/**
 * `missing`: no data (not reported, not given by the portal, or 0 ÷ 0) — see `NoData`.
 * `needs-fixing`: the report gives a value that validation flags as an error; it earns nothing.
 */
export const ItemStatus = z.enum(['met', 'not-met', 'missing', 'needs-fixing', 'not-applicable']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ScoredItem = z.object({
  targetId: z.string(),
  indicatorId: z.string(),
  label: z.object({ vi: z.string(), en: z.string() }),
  pillar: Pillar,
  unit: Unit,
  comparator: Comparator,
  target: z.union([z.number(), z.boolean()]),
  /** The typed value, or numerator ÷ denominator (× 100 for a percent). */
  actual: z.union([z.number(), z.boolean()]).nullable(),
  /** null when not reported or not applicable. */
  met: z.boolean().nullable(),
  /** 0–1; actual ÷ target capped at 1 for "at least" targets, 1/0 for yes/no. */
  attainment: z.number().min(0).max(1).nullable(),
  points: z.number().nullable(),
  /** null when the framework's maximum is unknown. */
  max: z.number().nullable(),
  /** How `points` was found: the plan's own points, the framework's rule, or the equal-weight convention. */
  pointsBasis: z.enum(['plan', 'framework', 'equal-weight', 'none']),
  status: ItemStatus,
  /** How far from the target in the target's unit (0 when met), null when unknown. */
  gap: z.number().nullable(),
  /** Why a `missing` item has no data: nothing reported (or given by the portal), or 0 ÷ 0. */
  noData: z.enum(['not-reported', 'zero-denominator']).optional(),
  /** The validation errors that make a `needs-fixing` item (cell and message). */
  errors: z.array(Issue).optional(),
});
export type ScoredItem = z.infer<typeof ScoredItem>;

export const Total = z.object({ points: z.number(), max: z.number(), percent: z.number().nullable() });
export type Total = z.infer<typeof Total>;

export const PillarTotal = Total.extend({ pillar: Pillar, met: z.number().int(), count: z.number().int() });

export const CriterionResult = z.object({
  criterionId: z.string(),
  label: z.object({ vi: z.string(), en: z.string() }),
  mandatory: z.boolean(),
  /** true = có, false = không, null = not answered. */
  met: z.boolean().nullable(),
});

/**
 * `proposable`: the conditions hold but the document only lets the unit be proposed ("có thể đề
 * nghị"); `not-applicable`: the rule is for another target group than the report's.
 */
export const AwardStatus = z.enum(['eligible', 'proposable', 'not-eligible', 'not-applicable']);
export type AwardStatus = z.infer<typeof AwardStatus>;

export const AwardResult = z.object({
  ruleId: z.string(),
  award: z.object({ vi: z.string(), en: z.string() }),
  /** true only when `status` is `eligible`. */
  eligible: z.boolean(),
  status: AwardStatus,
  reasons: z.array(Message),
});
export type AwardResult = z.infer<typeof AwardResult>;

export const Gain = z.object({
  /**
   * `not-met`, `no-data` and `needs-fixing` are items; `criterion` is a criterion that blocks an
   * award (not answered "có"), with its id in `targetId`.
   */
  kind: z.enum(['not-met', 'no-data', 'needs-fixing', 'criterion']),
  targetId: z.string(),
  /** Points the item would add if it reached its target. */
  points: z.number(),
  /** Attainment it would add (0–1). */
  attainment: z.number(),
  gap: z.number().nullable(),
});
export type Gain = z.infer<typeof Gain>;

export const Scorecard = z.object({
  planId: z.string(),
  unit: z.object({
    name: z.string().nullable(),
    code: z.string().nullable(),
    level: Level.nullable(),
    /** The report's target group, resolved (absent in the report = agency). */
    group: ReportGroup.optional(),
  }),
  period: z.string().nullable(),
  items: z.array(ScoredItem),
  pillars: z.array(PillarTotal),
  total: Total,
  criteria: z.array(CriterionResult),
  /**
   * The headline: the best rule of the report's own group (eligible, then proposable, then plan
   * order) decides `eligible`/`status`; `ruleId` null when the plan has no rule for that group.
   * Every rule is in `rules`, those of other groups as `not-applicable`.
   */
  award: z.object({
    eligible: z.boolean(),
    status: AwardStatus,
    ruleId: z.string().nullable(),
    reasons: z.array(Message),
    rules: z.array(AwardResult),
  }),
  gains: z.array(Gain),
  /** Every validation error of the report; non-empty means no award (`award.reasons` says why). */
  errors: z.array(Issue).optional(),
});
export type Scorecard = z.infer<typeof Scorecard>;

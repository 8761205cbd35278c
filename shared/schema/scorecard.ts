import * as z from 'zod';
import { Comparator, Level, Pillar, Unit } from './common.ts';
import { Message } from './issue.ts';

export const ItemStatus = z.enum(['met', 'not-met', 'missing', 'not-applicable']);
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

export const AwardResult = z.object({
  ruleId: z.string(),
  award: z.object({ vi: z.string(), en: z.string() }),
  eligible: z.boolean(),
  reasons: z.array(Message),
});
export type AwardResult = z.infer<typeof AwardResult>;

export const Gain = z.object({
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
  unit: z.object({ name: z.string().nullable(), code: z.string().nullable(), level: Level.nullable() }),
  period: z.string().nullable(),
  items: z.array(ScoredItem),
  pillars: z.array(PillarTotal),
  total: Total,
  criteria: z.array(CriterionResult),
  /** The first award rule for collectives decides `eligible`; every rule is in `rules`. */
  award: z.object({ eligible: z.boolean(), reasons: z.array(Message), rules: z.array(AwardResult) }),
  gains: z.array(Gain),
});
export type Scorecard = z.infer<typeof Scorecard>;

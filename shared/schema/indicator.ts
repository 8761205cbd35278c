import * as z from 'zod';
import { Localized, Pillar, Source, Unit } from './common.ts';
import { ENDPOINTS } from '../portal/endpoints.ts';

/**
 * How an indicator turns a ratio (0–100) or a count into points. `max: null` means the maximum is
 * not known from any source: it stays unknown, it is never guessed.
 */
export const PointRule = z.discriminatedUnion('kind', [
  /** points = max × min(1, ratio / 100) */
  z.object({ kind: z.literal('linear'), max: z.number().nonnegative() }),
  /** Full points from `fullAt` percent: points = max × min(1, ratio / fullAt). */
  z.object({ kind: z.literal('capped'), max: z.number().nonnegative(), fullAt: z.number().positive().max(100) }),
  /** Step table on a count or value: the highest step whose `from` ≤ value gives its points. */
  z.object({
    kind: z.literal('steps'),
    max: z.number().nonnegative(),
    steps: z.array(z.object({ from: z.number(), points: z.number().nonnegative() })).min(1),
  }),
  /** A category (e.g. "có"/"không", a grade) gives fixed points. */
  z.object({
    kind: z.literal('categorical'),
    max: z.number().nonnegative(),
    categories: z.array(z.object({ value: z.union([z.string(), z.boolean()]), points: z.number().nonnegative() })).min(1),
  }),
  /** Reported and shown, never scored (e.g. PAKN classification shares). */
  z.object({ kind: z.literal('monitoring') }),
  /** Scored by the framework, but the rule (and maybe the maximum) is not known. */
  z.object({ kind: z.literal('unknown'), max: z.number().nonnegative().nullable(), note: z.string().optional() }),
]);
export type PointRule = z.infer<typeof PointRule>;

/**
 * What a zero denominator means: `zero` gives 0 points, `full` gives full points (e.g. no
 * petitions → 6 points on the portal), `not-applicable` drops the item from the maximum,
 * `missing` treats the value as not reported.
 */
export const ZeroDenominator = z.enum(['zero', 'full', 'not-applicable', 'missing']);
export type ZeroDenominator = z.infer<typeof ZeroDenominator>;

/** Where a portal figure for this indicator comes from (see shared/portal). */
export const PortalBinding = z.object({
  /** Endpoint group under /api/v1/reporting/evaluation/. */
  endpoint: z.enum(ENDPOINTS),
  /** Metric code in `metrics[]` (metric groups), or the numerator/denominator field names (tree groups). */
  metricCode: z.string().optional(),
  numeratorField: z.string().optional(),
  denominatorField: z.string().optional(),
});
export type PortalBinding = z.infer<typeof PortalBinding>;

export const Indicator = z.object({
  /** Stable code: the portal's own code where it has one (ORIGINAL_RESULT_AVAILABLE), kebab-case otherwise. */
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/),
  name: Localized,
  pillar: Pillar,
  /** QĐ 766 group code (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH) for index metrics. */
  group: z.enum(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']).optional(),
  unit: Unit,
  direction: z.enum(['higher', 'lower']),
  numerator: Localized.optional(),
  denominator: Localized.optional(),
  /** Which units the indicator applies to. */
  scope: z.enum(['province', 'province-commune', 'commune', 'district', 'any']),
  pointRule: PointRule,
  zeroDenominator: ZeroDenominator,
  portal: PortalBinding.optional(),
  source: z.array(Source).min(1),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorCatalogue = z.array(Indicator);

import * as z from 'zod';
import { daysInMonth } from '../plan/calendar.ts';
import { Comparator, IsoDate, Level, Localized, Pillar, Source, Unit } from './common.ts';

const Code = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, . _ -');

/** One quantitative or yes/no target of a plan. */
export const Target = z.object({
  /** The code officers see in the report's `Mã chỉ tiêu` column. */
  id: Code,
  indicatorId: Code,
  /** The document's own wording, shortened. */
  label: Localized,
  pillar: Pillar,
  comparator: Comparator,
  /** A number in the indicator's unit (percent as 0–100), or `true` for a yes/no target. */
  value: z.union([z.number(), z.literal(true)]),
  unit: Unit,
  /** Only for reports of this level (Ninh Hải: ≥ 75% for the district, ≥ 50% for a commune). */
  level: Level.optional(),
  /** `yes-no` targets the document states as done/not done; `qualitative` ones are descriptive
   * tasks that an officer still answers có/không. */
  assessment: z.enum(['quantitative', 'yes-no', 'qualitative']),
  /** Points when the plan itself defines them; otherwise see Plan.scoring. */
  points: z.number().nonnegative().optional(),
  /** A note on the wording, e.g. "khoảng 10%" or "từ năm 2023". */
  note: z.string().optional(),
  source: Source,
});
export type Target = z.infer<typeof Target>;

/** Who a criterion or an award is for. */
/** `collective` is any collective (agency, village, enterprise); `commune` is a commune's own
 * authority (UBND xã), a cơ quan, đơn vị; `other` is the documents' "Đối tượng khác" (residents,
 * business people) — individuals who are not officials. */
export const TargetGroup = z.enum(['collective', 'commune', 'agency', 'village', 'enterprise', 'individual', 'other']);
export type TargetGroup = z.infer<typeof TargetGroup>;

/** A qualitative criterion, reported as có/không in a row whose `Mã chỉ tiêu` is its id. */
export const Criterion = z.object({
  id: Code,
  group: TargetGroup,
  label: Localized,
  /** Mandatory for an award (e.g. "có đăng ký thi đua"). */
  mandatory: z.boolean(),
  /** A note on who answers it, e.g. "chỉ áp dụng với doanh nghiệp công nghệ thông tin". */
  note: z.string().optional(),
  source: Source,
});
export type Criterion = z.infer<typeof Criterion>;

const leafConditions = [
  /** The plan's total percent (points ÷ maximum) reaches `min`: a share of points. */
  z.object({ kind: z.literal('min-percent'), min: z.number().min(0).max(100) }),
  /** The share of the applicable targets that are met reaches `min` (a target not reported is not met). */
  z.object({ kind: z.literal('min-targets-met'), min: z.number().min(0).max(100) }),
  /** A reported value compared with a threshold (e.g. the share of the provincial DTI points ≥ 90). */
  z.object({ kind: z.literal('indicator'), code: Code, comparator: Comparator, value: z.number(), label: Localized }),
  /** A criterion answered "có". */
  z.object({ kind: z.literal('criterion'), criterionId: Code }),
  /** Every target of the plan that applies is met. */
  z.object({ kind: z.literal('all-targets-met') }),
  /**
   * "Results count": the award is decided on the plan's results, not on paperwork alone, so every
   * applicable target must be reported (Ninh Hải IV.2 "căn cứ vào kết quả thực hiện…").
   */
  z.object({ kind: z.literal('results-count') }),
] as const;

/** A condition that reads one thing. */
export const AwardLeafCondition = z.discriminatedUnion('kind', [...leafConditions]);
export type AwardLeafCondition = z.infer<typeof AwardLeafCondition>;

/**
 * A condition of an award rule. `one-of` holds when at least one of its conditions does (Hải An:
 * CN-01 and one of CN-02/CN-03), `all-of` when every one does. One level of nesting is enough for
 * the documents and keeps a plan writable as a spreadsheet table.
 */
export const AwardCondition = z.discriminatedUnion('kind', [
  ...leafConditions,
  z.object({ kind: z.literal('one-of'), conditions: z.array(AwardLeafCondition).min(2), label: Localized.optional() }),
  z.object({ kind: z.literal('all-of'), conditions: z.array(AwardLeafCondition).min(1), label: Localized.optional() }),
]);
export type AwardCondition = z.infer<typeof AwardCondition>;

export const AwardRule = z.object({
  id: Code,
  /** The award form, e.g. "Giấy khen của Chủ tịch UBND huyện". */
  award: Localized,
  recipient: z.enum(['collective', 'individual']),
  group: TargetGroup.optional(),
  /** All must hold. An award with only descriptive conditions has an empty list and a note. */
  conditions: z.array(AwardCondition),
  /**
   * The document only lets the unit be proposed for this award ("đề nghị…", "nếu có"): meeting the
   * conditions reads "có thể đề nghị", never "đủ điều kiện", and ranking gives it no quota place.
   */
  proposal: z.boolean().optional(),
  /** At most this many recipients of this kind (Ninh Hải: 3 collectives, 5 individuals). */
  quota: z.number().int().positive().optional(),
  note: z.string().optional(),
  source: Source,
});
export type AwardRule = z.infer<typeof AwardRule>;

export const Deadline = z
  .object({
    id: Code,
    label: Localized,
    /** A fixed date… */
    date: IsoDate.optional(),
    /** …or one that comes back every year (10/12 each year). */
    yearly: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).optional(),
    /** The document gives only a quarter or a year: `date` is the last day of it. */
    precision: z.enum(['day', 'month', 'quarter', 'year']).default('day'),
    /** `before` = "trước ngày": the last day allowed is the day before `date`. */
    kind: z.enum(['by', 'before']).default('by'),
    who: TargetGroup.optional(),
    source: Source,
  })
  .refine((d) => (d.date ? 1 : 0) + (d.yearly ? 1 : 0) === 1, { message: 'a deadline has either date or yearly' })
  // A yearly day must exist in its month (29/2 is allowed: it comes back in leap years).
  .refine((d) => !d.yearly || d.yearly.day <= (d.yearly.month === 2 ? 29 : daysInMonth(2001, d.yearly.month)), {
    message: 'no such day in that month',
    path: ['yearly', 'day'],
  });
export type Deadline = z.infer<typeof Deadline>;

export const Plan = z.object({
  /** File name without .json, e.g. "van-phuc-2023-2025". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: Localized,
  locality: z.object({
    name: z.string().min(1),
    district: z.string().optional(),
    province: z.string().optional(),
  }),
  level: Level,
  /** Movement name as the document gives it. */
  movement: z.string().optional(),
  period: z.object({ from: z.number().int(), to: z.number().int(), label: z.string().min(1) }),
  /**
   * How target points are counted: `points` uses each target's `points` or its indicator's point
   * rule (QĐ 766); `attainment` is the toolkit's convention for plans that give no points: every
   * applicable target is worth `weight` (default 1) × its attainment.
   */
  scoring: z.object({ method: z.enum(['attainment', 'points']), note: z.string().optional() }),
  targets: z.array(Target),
  criteria: z.array(Criterion),
  awards: z.array(AwardRule),
  deadlines: z.array(Deadline),
  source: Source,
});
export type Plan = z.infer<typeof Plan>;

// zod schemas of the evaluation API payloads. Only the keys the toolkit reads are declared:
// extra keys are tolerated (zod strips them), a missing key or a changed type is rejected, and
// `null` stays `null` (never 0). The CLI and the extension both check every payload with these.
import * as z from 'zod';
import type { Endpoint } from './endpoints.ts';

/** A count or a ratio the portal may leave empty. `undefined` (key gone) is still an error. */
const num = z.number().nullable();
/** A maximum: the portal always gives it. */
const max = z.number();

export const Envelope = z.object({
  code: z.string(),
  data: z.unknown(),
  // The Gia Lai capture has no `message`; it is informative only.
  message: z.string().nullable().optional(),
});
export type Envelope = z.infer<typeof Envelope>;

const Department = z.object({
  departmentId: z.string().min(1),
  departmentName: z.string(),
});

export const Metric = z.object({
  code: z.string().min(1),
  name: z.string().nullable().optional(),
  numerator: num,
  denominator: num,
  ratio: num,
  score: num,
  maxScore: max,
});
export type Metric = z.infer<typeof Metric>;

/** A row of the metric groups (transparency, dossier-digitized, handling-satisfaction). */
export const MetricRow = Department.extend({
  // transparency and handling-satisfaction rows carry no code: matched by departmentId.
  departmentCode: z.string().nullable().optional(),
  departmentType: z.string().nullable().optional(),
  departmentLevel: z.string().nullable().optional(),
  totalScore: num,
  totalMaxScore: max,
  ratio: num,
  metrics: z.array(Metric),
});
export type MetricRow = z.infer<typeof MetricRow>;

const SatisfactionRow = MetricRow.extend({
  totalPetitions: num.optional(),
  classifiedPetitions: num.optional(),
  totalDossiers: num.optional(),
});

const metricGroup = <T extends z.ZodType>(row: T) =>
  z.object({
    overview: row.nullable(),
    evaluation: z.array(row),
  });

export const TransparencyData = metricGroup(MetricRow);
export const DossierDigitizedData = metricGroup(MetricRow);
export const HandlingSatisfactionData = metricGroup(SatisfactionRow);

const TreeNode = Department.extend({ departmentCode: z.string().nullable() });
const TreeChild = TreeNode.extend({ level: z.string().nullable().optional() });

const DvcProgressParent = TreeNode.extend({
  totalReceived: num,
  totalOnTime: num,
  totalCompleted: num.optional(),
  avgProcessingDays: num.optional(),
  ratio: num,
  totalScore: num,
  totalMaxScore: max,
});
const DvcProgressChild = TreeChild.extend({
  totalReceived: num,
  totalOnTime: num,
  totalOverdue: num.optional(),
  avgProcessingDays: num.optional(),
  ratio: num,
  score: num,
  maxScore: max,
});
export const DvcProgressData = z.object({ parent: DvcProgressParent.nullable(), children: z.array(DvcProgressChild) });

const ONLINE_COUNTS = [
  'authorityCount', 'partialCount', 'fullCount', 'onlineDossierCount', 'onlineServiceTotal',
  'channelOnlineSum', 'channelDirectSum', 'channelPostalSum', 'channelTotalSum', 'onlineOnTimeSum', 'onlineOverdueSum',
] as const;
const onlineCounts = Object.fromEntries(ONLINE_COUNTS.map((k) => [k, num.optional()])) as Record<(typeof ONLINE_COUNTS)[number], z.ZodOptional<typeof num>>;
const ProvideOnlineNode = TreeChild.extend({ totalScore: num, totalMaxScore: max, ratio: num, ...onlineCounts });
export const ProvideOnlineData = z.object({ parent: ProvideOnlineNode.nullable(), children: z.array(ProvideOnlineNode) });

export const PAYMENT_COUNTS = [
  'totalDossierOnlinePaymentSuccess',
  'totalDossierFinancialObligation',
  'totalDossierOnlineFormalityPaymentSuccess',
  'totalFeeDossierFormalityDistinct',
  'totalFeeDossierFormality',
  'totalFeeFormality',
] as const;
const paymentCounts = Object.fromEntries(PAYMENT_COUNTS.map((k) => [k, num])) as Record<(typeof PAYMENT_COUNTS)[number], typeof num>;
const PaymentNode = TreeChild.extend({ totalScore: num, totalMaxScore: max, ratio: num, ...paymentCounts });
export const PaymentData = z.object({ parent: PaymentNode.nullable(), children: z.array(PaymentNode) });

const GroupScores = z.object({ CKMB: num, TDGQ: num, CLGQ: num, TTTT: num, MDHL: num, MDSH: num });
const ServiceRow = Department.extend({
  departmentCode: z.string().nullable(),
  totalScore: num,
  ratio: num.optional(),
  childGroup: z.string().nullable().optional(),
  groupScores: GroupScores.nullable().optional(),
});
const Radar = z.object({ code: z.string(), name: z.string().nullable().optional(), score: num, maxScore: max, ratio: num.optional() });
export const ServiceResultsData = z.object({
  overview: z
    .object({ departmentName: z.string(), departmentCode: z.string().nullable(), totalScore: num, totalMaxScore: max, ratio: num.optional() })
    .nullable(),
  radar: z.array(Radar).nullable().optional(),
  evaluation: z.array(ServiceRow),
});

export const DATA_SCHEMA = {
  'service-results': ServiceResultsData,
  'transparency': TransparencyData,
  'dvc-progress-tree': DvcProgressData,
  'provide-online-tree': ProvideOnlineData,
  'formality-online-payment-tree': PaymentData,
  'dossier-digitized': DossierDigitizedData,
  'handling-satisfaction': HandlingSatisfactionData,
} as const satisfies Record<Endpoint, z.ZodType>;

export type ServiceResultsData = z.infer<typeof ServiceResultsData>;
export type MetricGroupData = z.infer<typeof TransparencyData>;
export type SatisfactionData = z.infer<typeof HandlingSatisfactionData>;
export type DvcProgressData = z.infer<typeof DvcProgressData>;
export type ProvideOnlineData = z.infer<typeof ProvideOnlineData>;
export type PaymentData = z.infer<typeof PaymentData>;

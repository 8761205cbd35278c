// zod schemas of the evaluation API payloads. Only the keys the toolkit reads are declared:
// extra keys are tolerated (zod strips them), a missing key or a changed type is rejected, and
// `null` stays `null` (never 0). The CLI and the extension both check every payload with these.
// zod/mini (not the full zod) keeps the extension's content script small: same checks, ~13 KB.
import * as z from 'zod/mini';
import type { Endpoint } from './endpoints.ts';

/** A count or a ratio the portal may leave empty. `undefined` (key gone) is still an error. */
const num = z.nullable(z.number());
/** A maximum: the portal always gives it. */
const max = z.number();

export const Envelope = z.object({
  code: z.string(),
  data: z.unknown(),
  // The Gia Lai capture has no `message`; it is informative only.
  message: z.optional(z.nullable(z.string())),
});
export type Envelope = z.infer<typeof Envelope>;

const optNum = z.optional(num);
const optStr = z.optional(z.nullable(z.string()));

const Department = z.object({
  departmentId: z.string().check(z.minLength(1)),
  departmentName: z.string(),
});

export const Metric = z.object({
  code: z.string().check(z.minLength(1)),
  name: optStr,
  numerator: num,
  denominator: num,
  ratio: num,
  score: num,
  maxScore: max,
});
export type Metric = z.infer<typeof Metric>;

/** A row of the metric groups (transparency, dossier-digitized, handling-satisfaction). */
export const MetricRow = z.extend(Department, {
  // transparency and handling-satisfaction rows carry no code: matched by departmentId.
  departmentCode: optStr,
  departmentType: optStr,
  departmentLevel: optStr,
  totalScore: num,
  totalMaxScore: max,
  ratio: num,
  metrics: z.array(Metric),
});
export type MetricRow = z.infer<typeof MetricRow>;

const SatisfactionRow = z.extend(MetricRow, {
  totalPetitions: optNum,
  classifiedPetitions: optNum,
  totalDossiers: optNum,
});

const metricGroup = <T extends z.ZodMiniType>(row: T) =>
  z.object({
    overview: z.nullable(row),
    evaluation: z.array(row),
  });

export const TransparencyData = metricGroup(MetricRow);
export const DossierDigitizedData = metricGroup(MetricRow);
export const HandlingSatisfactionData = metricGroup(SatisfactionRow);

const TreeNode = z.extend(Department, { departmentCode: z.nullable(z.string()) });
const TreeChild = z.extend(TreeNode, { level: optStr });

const DvcProgressParent = z.extend(TreeNode, {
  totalReceived: num,
  totalOnTime: num,
  totalCompleted: optNum,
  avgProcessingDays: optNum,
  ratio: num,
  totalScore: num,
  totalMaxScore: max,
});
const DvcProgressChild = z.extend(TreeChild, {
  totalReceived: num,
  totalOnTime: num,
  totalOverdue: optNum,
  avgProcessingDays: optNum,
  ratio: num,
  score: num,
  maxScore: max,
});
export const DvcProgressData = z.object({ parent: z.nullable(DvcProgressParent), children: z.array(DvcProgressChild) });

const ONLINE_COUNTS = [
  'authorityCount', 'partialCount', 'fullCount', 'onlineDossierCount', 'onlineServiceTotal',
  'channelOnlineSum', 'channelDirectSum', 'channelPostalSum', 'channelTotalSum', 'onlineOnTimeSum', 'onlineOverdueSum',
] as const;
const onlineCounts = Object.fromEntries(ONLINE_COUNTS.map((k) => [k, optNum])) as Record<(typeof ONLINE_COUNTS)[number], typeof optNum>;
const ProvideOnlineNode = z.extend(TreeChild, { totalScore: num, totalMaxScore: max, ratio: num, ...onlineCounts });
export const ProvideOnlineData = z.object({ parent: z.nullable(ProvideOnlineNode), children: z.array(ProvideOnlineNode) });

export const PAYMENT_COUNTS = [
  'totalDossierOnlinePaymentSuccess',
  'totalDossierFinancialObligation',
  'totalDossierOnlineFormalityPaymentSuccess',
  'totalFeeDossierFormalityDistinct',
  'totalFeeDossierFormality',
  'totalFeeFormality',
] as const;
const paymentCounts = Object.fromEntries(PAYMENT_COUNTS.map((k) => [k, num])) as Record<(typeof PAYMENT_COUNTS)[number], typeof num>;
const PaymentNode = z.extend(TreeChild, { totalScore: num, totalMaxScore: max, ratio: num, ...paymentCounts });
export const PaymentData = z.object({ parent: z.nullable(PaymentNode), children: z.array(PaymentNode) });

const GroupScores = z.object({ CKMB: num, TDGQ: num, CLGQ: num, TTTT: num, MDHL: num, MDSH: num });
const ServiceRow = z.extend(Department, {
  departmentCode: z.nullable(z.string()),
  totalScore: num,
  ratio: optNum,
  childGroup: optStr,
  groupScores: z.optional(z.nullable(GroupScores)),
});
const Radar = z.object({ code: z.string(), name: optStr, score: num, maxScore: max, ratio: optNum });
export const ServiceResultsData = z.object({
  overview: z.nullable(
    z.object({ departmentName: z.string(), departmentCode: z.nullable(z.string()), totalScore: num, totalMaxScore: max, ratio: optNum }),
  ),
  radar: z.optional(z.nullable(z.array(Radar))),
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
} as const satisfies Record<Endpoint, z.ZodMiniType>;

export type ServiceResultsData = z.infer<typeof ServiceResultsData>;
export type MetricGroupData = z.infer<typeof TransparencyData>;
export type SatisfactionData = z.infer<typeof HandlingSatisfactionData>;
export type DvcProgressData = z.infer<typeof DvcProgressData>;
export type ProvideOnlineData = z.infer<typeof ProvideOnlineData>;
export type PaymentData = z.infer<typeof PaymentData>;

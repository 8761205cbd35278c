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
const ServiceOverview = z.object({ departmentName: z.string(), departmentCode: z.nullable(z.string()), totalScore: num, totalMaxScore: max, ratio: optNum });
export const ServiceResultsData = z.object({
  overview: z.nullable(ServiceOverview),
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

/**
 * Each group's two kinds of row: its root (overview or tree parent) and the rows of its list
 * (evaluation or children). The overlay checks a list row with these only when it reads that row.
 */
export const ROW_SCHEMA = {
  'service-results': { root: ServiceOverview, row: ServiceRow },
  'transparency': { root: MetricRow, row: MetricRow },
  'dvc-progress-tree': { root: DvcProgressParent, row: DvcProgressChild },
  'provide-online-tree': { root: ProvideOnlineNode, row: ProvideOnlineNode },
  'formality-online-payment-tree': { root: PaymentNode, row: PaymentNode },
  'dossier-digitized': { root: MetricRow, row: MetricRow },
  'handling-satisfaction': { root: SatisfactionRow, row: SatisfactionRow },
} as const satisfies Record<Endpoint, { root: z.ZodMiniType; row: z.ZodMiniType }>;

const rows = z.array(z.unknown());
/**
 * Each group's data with the root, the radar and the containers checked strictly and the list's
 * rows left for later: what the overlay checks of every payload before reading one unit's row.
 */
export const SHELL_SCHEMA = {
  'service-results': z.object({ overview: z.nullable(ServiceOverview), radar: z.optional(z.nullable(z.array(Radar))), evaluation: rows }),
  'transparency': z.object({ overview: z.nullable(MetricRow), evaluation: rows }),
  'dvc-progress-tree': z.object({ parent: z.nullable(DvcProgressParent), children: rows }),
  'provide-online-tree': z.object({ parent: z.nullable(ProvideOnlineNode), children: rows }),
  'formality-online-payment-tree': z.object({ parent: z.nullable(PaymentNode), children: rows }),
  'dossier-digitized': z.object({ overview: z.nullable(MetricRow), evaluation: rows }),
  'handling-satisfaction': z.object({ overview: z.nullable(SatisfactionRow), evaluation: rows }),
} as const satisfies Record<Endpoint, z.ZodMiniType>;

/**
 * The fields of a list row that ranking and unit lookup read, with their types exactly as the row
 * schemas declare them: checked on every row of every payload (cheap), the rest of a row only when
 * it is read. `id` a non-empty string, `str` a string, `nullStr` string or null, `optStr` string,
 * null or absent, `num` a finite number or null, `optNum` the same or absent, `max` a finite number.
 */
export type RankFieldKind = 'id' | 'str' | 'nullStr' | 'optStr' | 'num' | 'optNum' | 'max';
const TREE_RANK: readonly (readonly [string, RankFieldKind])[] = [
  ['departmentId', 'id'], ['departmentName', 'str'], ['departmentCode', 'nullStr'], ['level', 'optStr'],
  ['totalScore', 'num'], ['totalMaxScore', 'max'], ['ratio', 'num'],
];
const METRIC_RANK: readonly (readonly [string, RankFieldKind])[] = [
  ['departmentId', 'id'], ['departmentName', 'str'], ['departmentCode', 'optStr'], ['departmentType', 'optStr'],
  ['departmentLevel', 'optStr'], ['totalScore', 'num'], ['totalMaxScore', 'max'], ['ratio', 'num'],
];
export const RANK_FIELDS: Readonly<Record<Endpoint, readonly (readonly [string, RankFieldKind])[]>> = {
  'service-results': [
    ['departmentId', 'id'], ['departmentName', 'str'], ['departmentCode', 'nullStr'], ['totalScore', 'num'], ['ratio', 'optNum'], ['childGroup', 'optStr'],
  ],
  'transparency': METRIC_RANK,
  'dvc-progress-tree': [
    ['departmentId', 'id'], ['departmentName', 'str'], ['departmentCode', 'nullStr'], ['level', 'optStr'],
    ['score', 'num'], ['maxScore', 'max'], ['ratio', 'num'],
  ],
  'provide-online-tree': TREE_RANK,
  'formality-online-payment-tree': TREE_RANK,
  'dossier-digitized': METRIC_RANK,
  'handling-satisfaction': METRIC_RANK,
};

export type ServiceResultsData = z.infer<typeof ServiceResultsData>;
export type MetricGroupData = z.infer<typeof TransparencyData>;
export type SatisfactionData = z.infer<typeof HandlingSatisfactionData>;
export type DvcProgressData = z.infer<typeof DvcProgressData>;
export type ProvideOnlineData = z.infer<typeof ProvideOnlineData>;
export type PaymentData = z.infer<typeof PaymentData>;

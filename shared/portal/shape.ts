// Which group a payload belongs to is decided by its endpoint (URL or request file), then checked
// against the group's shape; loose shape alone never decides. A payment payload with one renamed
// field must not pass as the online-service group: fields that belong to another group, metric codes
// of another group or unknown codes are refused ("portal changed"), never read.
import { ENDPOINTS, type Endpoint } from './endpoints.ts';
import { DATA_SCHEMA, PAYMENT_COUNTS } from './schemas.ts';

/** Fields only one tree group has: seeing one in another group's payload means the shapes are mixed. */
const TREE_OWN: Readonly<Record<'dvc-progress-tree' | 'provide-online-tree' | 'formality-online-payment-tree', readonly string[]>> = {
  'dvc-progress-tree': ['totalReceived', 'totalOnTime', 'totalOverdue', 'totalCompleted', 'avgProcessingDays'],
  'provide-online-tree': [
    'authorityCount', 'partialCount', 'fullCount', 'onlineDossierCount', 'onlineServiceTotal', 'channelOnlineSum',
    'channelDirectSum', 'channelPostalSum', 'channelTotalSum', 'onlineOnTimeSum', 'onlineOverdueSum',
  ],
  'formality-online-payment-tree': PAYMENT_COUNTS,
};
const TREE_COMMON = ['departmentId', 'departmentName', 'departmentCode', 'level', 'ratio', 'totalScore', 'totalMaxScore', 'scoreDelta'];
const TREE_EXTRA: Readonly<Record<keyof typeof TREE_OWN, readonly string[]>> = {
  'dvc-progress-tree': ['score', 'maxScore'],
  'provide-online-tree': [],
  'formality-online-payment-tree': [],
};

/** The metric codes of each metric group, as the 2026 portal names them. */
export const GROUP_METRIC_CODES: Readonly<Record<'transparency' | 'dossier-digitized' | 'handling-satisfaction', readonly string[]>> = {
  'transparency': ['PUBLISH_ON_TIME', 'PUBLIC_UPDATE_ON_TIME', 'PUBLIC_CONTENT_FULL', 'DOSSIER_SYNC'],
  'dossier-digitized': [
    'ORIGINAL_RESULT_AVAILABLE', 'SO_HOA_GIAY_TO_GIAI_QUYET', 'REUSED_DIGITIZED_DATA', 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
    'CITIZEN_DATA_CONNECTED_DOSSIER', 'CITIZEN_DATA_CONNECTED_FORMALITY', 'ELECTRONIC_CERTIFIED_COPY',
  ],
  'handling-satisfaction': [
    'DOSSIER_RECEIVING_SATISFACTION', 'PETITION_PROCESSING_ON_TIME', 'PETITION_HANDLING_SATISFACTION',
    'PETITION_CLASSIFICATION_TTHC', 'PETITION_CLASSIFICATION_STAFF',
  ],
};

/** One reason the shape does not fit, with the field it is about. */
export interface ShapeProblem {
  path: string;
  problem: string;
}

const rec = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

function treeNodes(d: Record<string, unknown>): { path: string; node: Record<string, unknown> }[] {
  const out: { path: string; node: Record<string, unknown> }[] = [];
  const p = rec(d.parent);
  if (p) out.push({ path: 'data.parent', node: p });
  if (Array.isArray(d.children)) d.children.forEach((c, i) => { const n = rec(c); if (n) out.push({ path: `data.children[${i}]`, node: n }); });
  return out;
}

function metricRows(d: Record<string, unknown>): { path: string; row: Record<string, unknown> }[] {
  const out: { path: string; row: Record<string, unknown> }[] = [];
  const o = rec(d.overview);
  if (o) out.push({ path: 'data.overview', row: o });
  if (Array.isArray(d.evaluation)) d.evaluation.forEach((r, i) => { const n = rec(r); if (n) out.push({ path: `data.evaluation[${i}]`, row: n }); });
  return out;
}

/**
 * What in `data` belongs to another group than `ep` (at most `limit` problems). With `strict`, fields
 * no known group has are refused too: used when no URL says which group the payload is.
 */
export function shapeProblems(ep: Endpoint, data: unknown, strict: boolean, limit = 5): ShapeProblem[] {
  const d = rec(data);
  if (!d) return [{ path: 'data', problem: 'not an object' }];
  const out: ShapeProblem[] = [];
  const add = (path: string, problem: string) => {
    if (out.length < limit) out.push({ path, problem });
  };
  if (ep === 'dvc-progress-tree' || ep === 'provide-online-tree' || ep === 'formality-online-payment-tree') {
    if ('evaluation' in d || 'overview' in d) add('data', 'rows of a metric group');
    const foreign = new Set(Object.entries(TREE_OWN).filter(([k]) => k !== ep).flatMap(([, v]) => v));
    const known = new Set([...TREE_COMMON, ...TREE_OWN[ep], ...TREE_EXTRA[ep]]);
    for (const { path, node } of treeNodes(d)) {
      for (const k of Object.keys(node)) {
        if (foreign.has(k)) add(`${path}.${k}`, 'field of another group');
        else if (strict && !known.has(k)) add(`${path}.${k}`, 'unknown field');
      }
      if (out.length >= limit) break;
    }
    return out;
  }
  if (ep === 'service-results') {
    if ('parent' in d || 'children' in d) add('data', 'tree of a group');
    for (const { path, row } of metricRows(d)) if ('metrics' in row) add(`${path}.metrics`, 'metrics of a group');
    if (strict && !('radar' in d) && !metricRows(d).some(({ row }) => 'groupScores' in row || 'childGroup' in row)) add('data', 'no ranking fields');
    return out;
  }
  if ('parent' in d || 'children' in d) add('data', 'tree of another group');
  const own = new Set(GROUP_METRIC_CODES[ep]);
  let seen = 0;
  for (const { path, row } of metricRows(d)) {
    if ('groupScores' in row || 'childGroup' in row) add(path, 'ranking row');
    const metrics = Array.isArray(row.metrics) ? row.metrics : [];
    metrics.forEach((m, i) => {
      const code = rec(m)?.code;
      if (typeof code !== 'string') return;
      if (own.has(code)) seen++;
      else add(`${path}.metrics[${i}].code`, `metric ${code} is not in this group`);
    });
    if (out.length >= limit) break;
  }
  if (strict && seen === 0) add('data', 'no metric of this group');
  return out;
}

/** The one endpoint whose schema and strict shape fit `data`; null when none or several do. */
export function detectEndpoint(data: unknown): Endpoint | null {
  const fits = ENDPOINTS.filter((ep) => DATA_SCHEMA[ep].safeParse(data).success && shapeProblems(ep, data, true, 1).length === 0);
  return fits.length === 1 ? fits[0]! : null;
}

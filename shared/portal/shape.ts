// Which group a payload belongs to is decided by its endpoint (URL or request file), then checked
// against the group's shape; loose shape alone never decides. A payment payload with one renamed
// field must not pass as the online-service group: fields that belong to another group, metric codes
// of another group or unknown codes are refused ("portal changed"), never read.
import { frozenSet } from '../frozen.ts';
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

/** The root and each row of a list, with their place (the place is spelled only when a problem needs it). */
function eachRow(d: Record<string, unknown>, root: string, list: string, f: (row: Record<string, unknown>, path: () => string) => boolean | void): void {
  const r = rec(d[root]);
  if (r && f(r, () => `data.${root}`) === false) return;
  const rows = d[list];
  if (!Array.isArray(rows)) return;
  for (let i = 0; i < rows.length; i++) {
    const n = rec(rows[i]);
    if (n && f(n, () => `data.${list}[${i}]`) === false) return;
  }
}

/**
 * What in `data` belongs to another group than `ep` (at most `limit` problems). With `strict`, fields
 * no known group has are refused too: used when no URL says which group the payload is. Every row is
 * looked at (the overlay runs this on national lists too: no allocation per row).
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
    const { foreign, known } = treeFields(ep);
    eachRow(d, 'parent', 'children', (node, path) => {
      for (const k in node) {
        if (foreign.has(k)) add(`${path()}.${k}`, 'field of another group');
        else if (strict && !known.has(k)) add(`${path()}.${k}`, 'unknown field');
      }
      return out.length < limit;
    });
    return out;
  }
  if (ep === 'service-results') {
    if ('parent' in d || 'children' in d) add('data', 'tree of a group');
    let ranking = false;
    eachRow(d, 'overview', 'evaluation', (row, path) => {
      if ('metrics' in row) add(`${path()}.metrics`, 'metrics of a group');
      if ('groupScores' in row || 'childGroup' in row) ranking = true;
    });
    if (strict && !('radar' in d) && !ranking) add('data', 'no ranking fields');
    return out;
  }
  if ('parent' in d || 'children' in d) add('data', 'tree of another group');
  const own = OWN_CODES[ep];
  let seen = 0;
  eachRow(d, 'overview', 'evaluation', (row, path) => {
    if ('groupScores' in row || 'childGroup' in row) add(path(), 'ranking row');
    const metrics = Array.isArray(row.metrics) ? row.metrics : [];
    for (let i = 0; i < metrics.length; i++) {
      const code = rec(metrics[i])?.code;
      if (typeof code !== 'string') continue;
      if (own.has(code)) seen++;
      else add(`${path()}.metrics[${i}].code`, `metric ${code} is not in this group`);
    }
    return out.length < limit;
  });
  if (strict && seen === 0) add('data', 'no metric of this group');
  return out;
}

const OWN_CODES: Readonly<Record<keyof typeof GROUP_METRIC_CODES, ReadonlySet<string>>> = {
  'transparency': frozenSet(GROUP_METRIC_CODES.transparency),
  'dossier-digitized': frozenSet(GROUP_METRIC_CODES['dossier-digitized']),
  'handling-satisfaction': frozenSet(GROUP_METRIC_CODES['handling-satisfaction']),
};

const TREE_FIELDS = Object.fromEntries((Object.keys(TREE_OWN) as (keyof typeof TREE_OWN)[]).map((ep) => [ep, {
  foreign: frozenSet(Object.entries(TREE_OWN).filter(([k]) => k !== ep).flatMap(([, v]) => v)),
  known: frozenSet([...TREE_COMMON, ...TREE_OWN[ep], ...TREE_EXTRA[ep]]),
}])) as Readonly<Record<keyof typeof TREE_OWN, { foreign: ReadonlySet<string>; known: ReadonlySet<string> }>>;

function treeFields(ep: keyof typeof TREE_OWN) {
  return TREE_FIELDS[ep];
}

/** The one endpoint whose schema and strict shape fit `data`; null when none or several do. */
export function detectEndpoint(data: unknown): Endpoint | null {
  const fits = ENDPOINTS.filter((ep) => DATA_SCHEMA[ep].safeParse(data).success && shapeProblems(ep, data, true, 1).length === 0);
  return fits.length === 1 ? fits[0]! : null;
}

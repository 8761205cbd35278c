// The evaluation API of the 2026 portal: one endpoint per QĐ 766 group, plus the ranking.
// POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/<endpoint>, answered 201 {code, data, message}.

export const ENDPOINTS = [
  'service-results',
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'dossier-digitized',
  'handling-satisfaction',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export const GROUP_CODES = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] as const;
export type GroupCode = (typeof GROUP_CODES)[number];

/** Maximum points of each group (portal radar and groupScores; QĐ 766 as the portal scores it in 2026). */
export const GROUP_MAX: Readonly<Record<GroupCode, number>> = { CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDHL: 18, MDSH: 22 };
export const TOTAL_MAX = 100;

/** The group each endpoint scores; `service-results` carries the total and every group. */
export const ENDPOINT_GROUP: Readonly<Record<Exclude<Endpoint, 'service-results'>, GroupCode>> = {
  'transparency': 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};

export const GROUP_ENDPOINT: Readonly<Record<GroupCode, Endpoint>> = {
  CKMB: 'transparency',
  TDGQ: 'dvc-progress-tree',
  CLGQ: 'provide-online-tree',
  TTTT: 'formality-online-payment-tree',
  MDHL: 'handling-satisfaction',
  MDSH: 'dossier-digitized',
};

/** The portal's own Vietnamese label of each endpoint, used in notices ("không đọc được nhóm …"). */
export const ENDPOINT_LABEL: Readonly<Record<Endpoint, string>> = {
  'service-results': 'Tổng hợp',
  'transparency': 'Công khai, minh bạch',
  'dvc-progress-tree': 'Tiến độ giải quyết',
  'provide-online-tree': 'Dịch vụ công trực tuyến',
  'formality-online-payment-tree': 'Thanh toán trực tuyến',
  'dossier-digitized': 'Số hóa hồ sơ',
  'handling-satisfaction': 'Mức độ hài lòng',
};

export const API_PATH = '/api/v1/reporting/evaluation/';

export function isEndpoint(s: string): s is Endpoint {
  return (ENDPOINTS as readonly string[]).includes(s);
}

export function isGroupCode(s: string): s is GroupCode {
  return (GROUP_CODES as readonly string[]).includes(s);
}

/**
 * The endpoint a URL (absolute or a path) or a bare name points at, or null. Query strings and a
 * trailing slash are ignored; only the evaluation API path counts, so other portal calls never match.
 */
export function endpointFromUrl(url: string): Endpoint | null {
  if (isEndpoint(url)) return url;
  // The path itself must be the API's: an address that only mentions it in its query string
  // (/uploads/x.json?/api/v1/reporting/evaluation/service-results) is not the API.
  const path = url.split(/[?#]/)[0]!;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+)?(\/.*)$/i.exec(path);
  if (!m || !m[1]!.startsWith(API_PATH)) return null;
  const rest = m[1]!.slice(API_PATH.length).replace(/\/+$/, '');
  return isEndpoint(rest) ? rest : null;
}

/** The group label for a notice: "Công khai, minh bạch (transparency)". */
export function endpointDisplayName(endpoint: string): string {
  return isEndpoint(endpoint) ? `${ENDPOINT_LABEL[endpoint]} (${endpoint})` : endpoint;
}

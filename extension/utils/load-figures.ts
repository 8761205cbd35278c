// The user-initiated "Tải số liệu cho đơn vị của tôi": the same same-origin POSTs the portal's page
// makes, for the chosen province and period. Run only when the user presses the button. Each group
// is fetched on its own (Promise.allSettled): one group that fails is named, the others are kept.
import { ENDPOINTS, API_PATH, requestForPeriod, type Endpoint, type PortalPeriod } from '../../shared/portal/index.ts';

export interface LoadedResponse {
  url: string;
  request: string;
  body: string;
  status: number;
}

export interface FailedLoad {
  endpoint: Endpoint;
  reason: string;
}

export interface LoadResult {
  responses: LoadedResponse[];
  failures: FailedLoad[];
}

export async function loadFigures(origin: string, rootDepartmentId: string, period: PortalPeriod, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const settled = await Promise.allSettled(
    ENDPOINTS.map(async (endpoint): Promise<LoadedResponse> => {
      const url = `${origin}${API_PATH}${endpoint}`;
      const request = JSON.stringify(requestForPeriod(endpoint, period, rootDepartmentId));
      const res = await fetchImpl(url, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/json' },
        body: request,
      });
      return { url, request, body: await res.text(), status: res.status };
    }),
  );
  const out: LoadResult = { responses: [], failures: [] };
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') out.responses.push(s.value);
    else out.failures.push({ endpoint: ENDPOINTS[i]!, reason: s.reason instanceof Error ? s.reason.message : String(s.reason) });
  });
  return out;
}

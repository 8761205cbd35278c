// The user-initiated "Tải số liệu cho đơn vị của tôi": the same same-origin POSTs the portal's page
// makes, for the chosen province and period. Run only when the user presses the button.
import { ENDPOINTS, API_PATH, requestForPeriod, type PortalPeriod } from '../../shared/portal/index.ts';

export interface LoadedResponse {
  url: string;
  request: string;
  body: string;
  status: number;
}

export async function loadFigures(origin: string, rootDepartmentId: string, period: PortalPeriod, fetchImpl: typeof fetch = fetch): Promise<LoadedResponse[]> {
  return Promise.all(
    ENDPOINTS.map(async (endpoint) => {
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
}

import { describe, expect, it } from 'vitest';
import { periodFromRequest, periodMessage, rangePeriod, requestForPeriod, quarterPeriod } from '../../../shared/portal/period.ts';
import { endpointFromUrl, endpointDisplayName } from '../../../shared/portal/endpoints.ts';
import { t } from '../../../shared/messages/index.ts';

describe('period from the request body', () => {
  it('reads year, quarter and month requests', () => {
    expect(periodFromRequest({ timeType: 'year', year: 2026 })).toMatchObject({ kind: 'year', key: '2026', from: '2026-01-01', to: '2026-12-31' });
    expect(periodFromRequest({ timeType: 'quarter', year: 2026, quarter: 3 })).toMatchObject({ kind: 'quarter', key: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(periodFromRequest('{"timeType":"month","year":2026,"month":2}')).toMatchObject({ kind: 'month', key: '2026-02', to: '2026-02-28' });
    expect(periodFromRequest({ timeType: 'month', year: 2028, month: 2 })?.to).toBe('2028-02-29');
  });

  it('names a satisfaction date range like the other groups when it is exactly a year, quarter or month', () => {
    expect(periodFromRequest({ fromDate: '2026-01-01', toDate: '2026-12-31' })?.key).toBe('2026');
    expect(periodFromRequest({ fromDate: '2026-07-01', toDate: '2026-09-30' })?.key).toBe('2026-Q3');
    expect(periodFromRequest({ fromDate: '2026-08-01', toDate: '2026-08-31' })?.key).toBe('2026-08');
    expect(rangePeriod('2026-08-05', '2026-09-10')).toMatchObject({ kind: 'range', key: '2026-08-05..2026-09-10' });
  });

  it('gives null for a body it cannot read', () => {
    expect(periodFromRequest(undefined)).toBeNull();
    expect(periodFromRequest('not json')).toBeNull();
    expect(periodFromRequest({ timeType: 'quarter', year: 2026, quarter: 7 })).toBeNull();
    expect(periodFromRequest({ timeType: 'week', year: 2026 })).toBeNull();
  });

  it('builds the request for a period as the portal expects it', () => {
    const q3 = quarterPeriod(2026, 3);
    expect(requestForPeriod('dossier-digitized', q3, 'ROOT')).toEqual({ timeType: 'quarter', year: 2026, quarter: 3, rootDepartmentId: 'ROOT', currentPage: 1, pageSize: 200 });
    expect(requestForPeriod('handling-satisfaction', q3, 'ROOT')).toEqual({ fromDate: '2026-07-01', toDate: '2026-09-30', rootDepartmentId: 'ROOT', currentPage: 1, pageSize: 200 });
    expect(periodFromRequest(requestForPeriod('handling-satisfaction', q3, 'ROOT'))?.key).toBe('2026-Q3');
  });

  it('says the period in both languages', () => {
    expect(t(periodMessage(quarterPeriod(2026, 3)), 'vi')).toBe('Quý 3/2026');
    expect(t(periodMessage(null), 'en')).toBe('Unknown period');
  });
});

describe('endpoint names', () => {
  it('recognises only the evaluation API', () => {
    expect(endpointFromUrl('https://dichvucong.gov.vn/api/v1/reporting/evaluation/dvc-progress-tree')).toBe('dvc-progress-tree');
    expect(endpointFromUrl('/api/v1/reporting/evaluation/transparency/?x=1')).toBe('transparency');
    expect(endpointFromUrl('/api/v1/reporting/formalities')).toBeNull();
    expect(endpointFromUrl('/api/v1/reporting/evaluation/something-new')).toBeNull();
    // only the path counts: an address that mentions the API in its query or below another path is not it
    expect(endpointFromUrl('https://dichvucong.gov.vn/uploads/x.json?/api/v1/reporting/evaluation/service-results')).toBeNull();
    expect(endpointFromUrl('https://dichvucong.gov.vn/files/api/v1/reporting/evaluation/service-results')).toBeNull();
    expect(endpointDisplayName('dossier-digitized')).toBe('Số hóa hồ sơ (dossier-digitized)');
  });
});

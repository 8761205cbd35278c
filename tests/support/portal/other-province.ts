// Payloads of "another province" for tests: the Phú Thọ fixtures made unrecognisable to the code
// (new department ids, codes H99.*, other names, rows in reverse order) and with the quirk seen on
// real payloads of another province: some groups label one agency `departmentType: PROVINCE`.
// Made here from the project's own fixtures; nothing is read from outside the project.
import { GROUP_CODES, GROUP_ENDPOINT, parsePortalPayload, type PortalPayload } from '../../../shared/portal/index.ts';
import { indicators } from '../../../shared/data/index.ts';
import { fixture, PHU_THO, requests } from './fixtures.ts';

const OTHER_ROOT = '019e11aa-0000-7000-8000-000000000001';
/** Văn phòng UBND tỉnh (H44.01 in Phú Thọ): the agency relabelled as a province in two groups. */
const LABELLED_ID = '019d2be3-6a88-732b-8b17-bb1e9a3f14ab';

const newId = (id: string) => id.replace(/^019d2be3/, '019e11aa');
export const OTHER_AGENCY_LABELLED_PROVINCE = newId(LABELLED_ID);

function remap(row: Record<string, unknown>): void {
  if (typeof row.departmentId === 'string') row.departmentId = newId(row.departmentId);
  if (typeof row.departmentCode === 'string') row.departmentCode = row.departmentCode.replace(/^H44/, 'H99');
  if (typeof row.departmentName === 'string') row.departmentName = row.departmentName.replace(/Phú Thọ/g, 'Tỉnh Khác').replace(/^UBND xã /, 'UBND xã Mới ');
}

/** The six group payloads of the other province as the page receives them: endpoint, body, request. */
export function otherProvinceBodies(): { endpoint: string; body: any; request: object }[] {
  return Object.entries(PHU_THO).map(([ep, name]) => {
    const body = fixture(name);
    const d = body.data;
    const rows: Record<string, unknown>[] = d.children ?? d.evaluation;
    for (const r of [d.parent, d.overview, ...rows].filter(Boolean)) remap(r);
    rows.reverse();
    if (ep === 'transparency' || ep === 'handling-satisfaction') {
      const r = rows.find((x) => x.departmentId === OTHER_AGENCY_LABELLED_PROVINCE)!;
      r.departmentType = 'PROVINCE';
    }
    return { endpoint: ep, body, request: { ...(requests[name] as object), rootDepartmentId: OTHER_ROOT } };
  });
}

export function otherProvince(): PortalPayload[] {
  return otherProvinceBodies().map(({ endpoint, body, request }) => {
    const p = parsePortalPayload(endpoint, body, request, { indicators });
    if (!p.ok) throw new Error(`${endpoint}: ${JSON.stringify(p.issues)}`);
    return p;
  });
}

/**
 * The province drill-down of `service-results` for those payloads, as the portal shapes it (rows
 * with `childGroup`): each row's total is the sum of its six group scores, in hundredths.
 */
export function otherProvinceServiceResults(groups: readonly PortalPayload[]): PortalPayload {
  const { body, request } = otherProvinceServiceBody(groups);
  const p = parsePortalPayload('service-results', body, request);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

/** The body and request of otherProvinceServiceResults, as the page receives them. */
export function otherProvinceServiceBody(groups: readonly PortalPayload[]): { body: object; request: object } {
  const rows = new Map<string, { departmentId: string; departmentName: string; departmentCode: string | null; childGroup: string; cents: number; parts: number }>();
  for (const code of GROUP_CODES) {
    const p = groups.find((x) => x.endpoint === GROUP_ENDPOINT[code])!;
    for (const u of p.units) {
      if (u.role !== 'row' || !u.unit.id) continue;
      const r = rows.get(u.unit.id) ?? { departmentId: u.unit.id, departmentName: u.unit.name, departmentCode: u.unit.code, childGroup: u.unit.level === 'COMMUNE' ? 'COMMUNE' : 'AGENCY', cents: 0, parts: 0 };
      r.departmentCode ??= u.unit.code;
      r.cents += Math.round((u.scores.find((s) => s.code === code)?.score ?? 0) * 100);
      r.parts++;
      rows.set(u.unit.id, r);
    }
  }
  const evaluation = [...rows.values()].map((r) => ({
    departmentId: r.departmentId, departmentName: r.departmentName, departmentCode: r.departmentCode,
    totalScore: r.cents / 100, ratio: r.cents / 100, scoreDelta: 0, childGroup: r.childGroup,
  }));
  const body = { code: 'OK', message: 'OK', data: { overview: { departmentName: 'UBND Tỉnh Khác', departmentCode: 'H99', totalScore: 60, totalMaxScore: 100, ratio: 60 }, radar: [], evaluation } };
  return { body, request: { timeType: 'year', year: 2026, rootDepartmentId: OTHER_ROOT, currentPage: 1, pageSize: 300 } };
}

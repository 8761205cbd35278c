// Portal payloads that cannot be read wrongly in silence (issue 9 §4): the group comes from the
// endpoint plus a strict shape check, a unit listed twice with different figures is a conflict, an
// empty group names itself, and the peer group of a unit never depends on the order of the payloads.
import { describe, expect, it } from 'vitest';
import { t } from '../../../shared/messages/index.ts';
import { figuresForUnit, parsePortalPayload, type PortalPayload } from '../../../shared/portal/index.ts';
import { indicators } from '../../../shared/data/index.ts';
import { fixture, PHU_THO, requests } from '../../support/portal/fixtures.ts';
import { otherProvince, otherProvinceServiceResults, OTHER_AGENCY_LABELLED_PROVINCE } from '../../support/portal/other-province.ts';

const PAY = PHU_THO['formality-online-payment-tree'];
const HY_CUONG = 'H44.104';

function paymentWithRenamedField(): any {
  const body = fixture(PAY);
  for (const n of [body.data.parent, ...body.data.children]) {
    n.totalDossierFinancialObligations = n.totalDossierFinancialObligation;
    delete n.totalDossierFinancialObligation;
  }
  return body;
}

describe('a payload is assigned to a group by its endpoint and a strict shape, never by loose shape', () => {
  it('a payment payload with one renamed field saved without its URL is not read as online services', () => {
    const r = parsePortalPayload(null, paymentWithRenamedField(), requests[PAY], { indicators });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.endpoint).toBeNull();
    expect(t(r.message, 'vi')).toContain('Cổng đã thay đổi');
    expect(t(r.message, 'en')).toContain('Portal changed');
  });

  it('…nor when it is sent to the online-services URL: fields of another group are refused', () => {
    const r = parsePortalPayload('https://dichvucong.gov.vn/api/v1/reporting/evaluation/provide-online-tree', paymentWithRenamedField(), requests[PAY]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(t(r.message, 'vi')).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Dịch vụ công trực tuyến (provide-online-tree)');
    expect(r.issues[0]!.location.field).toBe('data.parent.totalDossierOnlinePaymentSuccess');
  });

  it('…and at its own URL the missing field names the group and the field', () => {
    const r = parsePortalPayload('formality-online-payment-tree', paymentWithRenamedField(), requests[PAY]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.location.field).toBe('data.parent.totalDossierFinancialObligation');
  });

  it('metric codes of another group (or unknown codes) are refused at a metric group’s URL', () => {
    const body = fixture(PHU_THO.transparency);
    body.data.evaluation[3].metrics[0].code = 'ORIGINAL_RESULT_AVAILABLE';
    const r = parsePortalPayload('transparency', body, requests[PHU_THO.transparency]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.location.field).toBe('data.evaluation[3].metrics[0].code');
    const unknown = fixture(PHU_THO.transparency);
    unknown.data.evaluation[0].metrics.push({ ...unknown.data.evaluation[0].metrics[0], code: 'NEW_METRIC' });
    expect(parsePortalPayload('transparency', unknown).ok).toBe(false);
  });

  it('a tree payload without its URL is read only when its fields fit exactly one group', () => {
    const body = fixture(PHU_THO['provide-online-tree']);
    body.data.parent = null;
    // children carry only totalScore/totalMaxScore/ratio: online services or nothing else — read as such
    expect(parsePortalPayload(null, body).ok).toBe(true);
    body.data.children[0].score = 1;
    // `score` belongs to the progress tree's children only: the shape fits no group exactly
    expect(parsePortalPayload(null, body).ok).toBe(false);
  });
});

describe('a unit listed twice', () => {
  const others = () => Object.entries(PHU_THO).filter(([ep]) => ep !== 'dvc-progress-tree').map(([ep, name]) => parsePortalPayload(ep, fixture(name), requests[name], { indicators }) as PortalPayload);

  it('with different figures is a “portal data conflict”, and no number is shown for that group or the total', () => {
    const body = fixture(PHU_THO['dvc-progress-tree']);
    const row = body.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG);
    body.data.children.push({ ...row, totalOnTime: 3000, ratio: 87.13, score: 17.43 });
    const p = parsePortalPayload('dvc-progress-tree', body, requests[PHU_THO['dvc-progress-tree']], { indicators });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.conflicts.map((u) => u.unit.code)).toEqual([HY_CUONG, HY_CUONG]);
    const f = figuresForUnit([...others(), p], HY_CUONG, { indicators })!;
    expect(f.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(f.total.score).toBeNull();
    expect(f.notices.map((m) => t(m, 'vi'))).toEqual([
      'Dữ liệu Cổng mâu thuẫn: UBND xã Hy Cương (H44.104) có hai số liệu khác nhau trong nhóm Tiến độ giải quyết (dvc-progress-tree) — không hiển thị số nào',
    ]);
    expect(t(f.notices[0]!, 'en')).toContain('Portal data conflict');
    // the other units of the group are read as usual
    expect(figuresForUnit([...others(), p], 'H44.105', { indicators })!.groups.find((g) => g.code === 'TDGQ')?.score).not.toBeNull();
  });

  it('with the same figures twice is read once', () => {
    const body = fixture(PHU_THO['dvc-progress-tree']);
    const row = body.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG);
    body.data.children.push({ ...row });
    const p = parsePortalPayload('dvc-progress-tree', body, requests[PHU_THO['dvc-progress-tree']], { indicators }) as PortalPayload;
    expect(p.conflicts).toEqual([]);
    const f = figuresForUnit([...others(), p], HY_CUONG, { indicators })!;
    expect(f.groups.find((g) => g.code === 'TDGQ')?.score).toBe(16.12);
    expect(f.total.score).toBe(64.24);
    expect(f.notices).toEqual([]);
  });

  it('in two payloads of the same group and period with different figures is a conflict too', () => {
    const name = PHU_THO['dvc-progress-tree'];
    const a = parsePortalPayload('dvc-progress-tree', fixture(name), requests[name], { indicators }) as PortalPayload;
    const changed = fixture(name);
    Object.assign(changed.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG), { score: 19, ratio: 95 });
    const b = parsePortalPayload('dvc-progress-tree', changed, requests[name], { indicators }) as PortalPayload;
    const f = figuresForUnit([...others(), a, b], HY_CUONG, { indicators })!;
    expect(f.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(f.notices).toHaveLength(1);
  });
});

describe('an empty group', () => {
  it('names the group instead of showing nothing', () => {
    const body = fixture(PHU_THO.transparency);
    body.data.overview = null;
    body.data.evaluation = [];
    const r = parsePortalPayload('transparency', body, requests[PHU_THO.transparency]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(t(r.message, 'vi')).toBe('Cổng trả về nhóm Công khai, minh bạch (transparency) không có đơn vị nào — không có số liệu cho nhóm này');
    expect(r.endpoint).toBe('transparency');
  });
});

describe('payloads of a province the project was not built on', () => {
  const payloads = otherProvince();

  function orders<T>(list: T[]): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < list.length; i++) out.push([...list.slice(i), ...list.slice(0, i)], [...list.slice(i), ...list.slice(0, i)].reverse());
    return out;
  }

  it('an agency that some groups label `departmentType: PROVINCE` is ranked among the agencies, in any payload order', () => {
    const ranks = new Set<string>();
    for (const order of orders(payloads)) {
      const f = figuresForUnit(order, OTHER_AGENCY_LABELLED_PROVINCE, { indicators })!;
      expect(f.total.source).toBe('sum-of-groups');
      ranks.add(`${f.total.rank}/${f.total.rankOf}`);
    }
    // one answer whatever came first: among the 15 agencies (never 1/1 among "provinces")
    expect([...ranks]).toHaveLength(1);
    const [rank, of] = [...ranks][0]!.split('/').map(Number);
    expect(of).toBe(15);
    expect(rank).toBeGreaterThan(1);
  });

  it('every commune’s rank is the same in every payload order', () => {
    const first = figuresForUnit(payloads, 'H99.104', { indicators })!;
    expect(first.total.rankOf).toBe(148);
    for (const order of orders(payloads)) {
      const f = figuresForUnit(order, 'H99.104', { indicators })!;
      expect([f.total.rank, f.total.rankOf, f.total.score]).toEqual([first.total.rank, first.total.rankOf, first.total.score]);
    }
  });

  it('with the service-results payload (all seven endpoints) the total and the rank are the same', () => {
    const service = otherProvinceServiceResults(payloads);
    for (const key of [OTHER_AGENCY_LABELLED_PROVINCE, 'H99.104']) {
      const without = figuresForUnit(payloads, key, { indicators })!;
      for (const order of orders([...payloads, service])) {
        const f = figuresForUnit(order, key, { indicators })!;
        expect(f.total.source).toBe('service-results');
        expect([f.total.score, f.total.rank, f.total.rankOf]).toEqual([without.total.score, without.total.rank, without.total.rankOf]);
      }
    }
  });

  it('recomputed groups equal the portal’s to the cent for every unit', () => {
    let checked = 0;
    for (const p of payloads) {
      for (const u of p.units) {
        const f = figuresForUnit(payloads, u.unit.id!, { indicators });
        for (const g of f?.groups ?? []) {
          if (g.computed === null || g.score === null) continue;
          expect(g.computed, `${u.unit.name} ${g.code}`).toBe(g.score);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

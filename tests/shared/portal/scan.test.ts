// The overlay reads only what it shows (issue 8 §3): a payload is scanned (group, shape, who each
// row is and the score the ranking reads) and only my unit's rows are checked strictly and read in
// full. Everything the panel shows must be what the full reading gives: the same figures, rank,
// conflicts and peer groups on every fixture, and the same "portal changed" on every broken shape.
import { describe, expect, it } from 'vitest';
import { t } from '../../../shared/messages/index.ts';
import {
  figuresForUnit, parsePortalPayload, readUnitFigures, scanPortalPayload,
  type PortalParseResult, type PortalPayload, type ScannedPayload,
} from '../../../shared/portal/index.ts';
import { indicators } from '../../../shared/data/index.ts';
import { fixture, fixtureText, GIA_LAI, NATIONAL, PHU_THO, requests } from '../../support/portal/fixtures.ts';
import { NATIONAL_COMMUNES, NATIONAL_REQUEST, nationalDossierBody } from '../../support/portal/national-list.ts';
import { otherProvince, otherProvinceBodies, otherProvinceServiceBody, OTHER_AGENCY_LABELLED_PROVINCE } from '../../support/portal/other-province.ts';

const HY_CUONG = 'H44.104';
const URL_OF = (ep: string) => `https://dichvucong.gov.vn/api/v1/reporting/evaluation/${ep}`;

interface Input {
  endpoint: string;
  body: unknown;
  request: unknown;
}

const phuTho = (): Input[] => Object.entries(PHU_THO).map(([ep, name]) => ({ endpoint: URL_OF(ep), body: fixtureText(name), request: JSON.stringify(requests[name]) }));

function scanned(inputs: readonly Input[]): ScannedPayload[] {
  return inputs.map((i) => {
    const r = scanPortalPayload(i.endpoint, i.body, i.request);
    if (!r.ok) throw new Error(`${i.endpoint}: ${JSON.stringify(r.issues)}`);
    return r;
  });
}

function parsed(inputs: readonly Input[]): PortalPayload[] {
  return inputs.map((i) => parsePortalPayload(i.endpoint, i.body, i.request, { indicators }) as PortalPayload);
}

/** Every code and id of the payloads' units. */
function keysOf(payloads: readonly PortalPayload[]): string[] {
  const keys = new Set<string>();
  for (const p of payloads) for (const u of [...p.units, ...p.conflicts]) for (const k of [u.unit.code, u.unit.id]) if (k) keys.add(k);
  return [...keys];
}

/** For each key, the overlay's reading equals the full reading, with no failure. Returns how many units had figures. */
function expectSameReading(inputs: readonly Input[], keys?: readonly string[]): number {
  const full = parsed(inputs);
  const scans = scanned(inputs);
  // Who each unit is, whom it is ranked with and its first score: the same in both readings.
  scans.forEach((s, i) => {
    const head = (p: PortalPayload) => p.units.map((u) => [u.unit, u.role, u.peers, u.scores[0]]);
    expect(head(s)).toEqual(head(full[i]!));
    expect(s.conflicts).toEqual(full[i]!.conflicts);
  });
  let withFigures = 0;
  for (const key of keys ?? keysOf(full)) {
    const expected = figuresForUnit(full, key, { indicators });
    const got = readUnitFigures(scans, key, { indicators });
    expect(got.failures).toEqual([]);
    expect(got.figures, key).toEqual(expected);
    if (expected) withFigures++;
  }
  return withFigures;
}

describe('the overlay’s reading gives what the full reading gives', () => {
  it('every unit of the six Phú Thọ groups, by code and by id', () => {
    expect(expectSameReading(phuTho())).toBeGreaterThan(300);
    const mine = readUnitFigures(scanned(phuTho()), HY_CUONG, { indicators }).figures!;
    expect(mine.total).toMatchObject({ score: 64.24, rankOf: 148, source: 'sum-of-groups' });
  });

  it('every unit of another province, with and without its service-results, in every payload order', () => {
    const groups = otherProvinceBodies().map((b) => ({ endpoint: URL_OF(b.endpoint), body: JSON.stringify(b.body), request: JSON.stringify(b.request) }));
    expect(expectSameReading(groups)).toBeGreaterThan(300);
    const service = otherProvinceServiceBody(otherProvince());
    const all = [...groups, { endpoint: URL_OF('service-results'), body: JSON.stringify(service.body), request: JSON.stringify(service.request) }];
    expect(expectSameReading(all)).toBeGreaterThan(300);
    // The peer group never depends on the order the payloads came in.
    const scans = scanned(all);
    for (const key of [OTHER_AGENCY_LABELLED_PROVINCE, 'H99.104']) {
      const ranks = new Set<string>();
      for (let i = 0; i < scans.length; i++) {
        const order = [...scans.slice(i), ...scans.slice(0, i)];
        for (const o of [order, [...order].reverse()]) {
          const f = readUnitFigures(o, key, { indicators }).figures!;
          ranks.add(`${f.total.score} ${f.total.rank}/${f.total.rankOf}`);
        }
      }
      expect([...ranks], key).toHaveLength(1);
    }
  });

  it('the national ranking (34 provinces) and a province’s drill-down', () => {
    const national = [{ endpoint: URL_OF('service-results'), body: fixtureText(NATIONAL), request: JSON.stringify(requests[NATIONAL]) }];
    expect(expectSameReading(national)).toBe(35 + 34 - 1); // each province by code and id, the nation by its name only
    const f = readUnitFigures(scanned(national), 'H20', { indicators }).figures!;
    expect(f.total).toMatchObject({ score: 68.32, rankOf: 34, source: 'service-results' });
    const gia = [{ endpoint: URL_OF('service-results'), body: fixtureText(GIA_LAI), request: JSON.stringify(requests[GIA_LAI]) }];
    expect(expectSameReading(gia)).toBeGreaterThan(4);
  });

  it('group lists asked for with no province (rows ranked as provinces unless they are communes)', () => {
    const noProvince = phuTho().map((i) => ({ ...i, request: JSON.stringify({ timeType: 'year', year: 2026, currentPage: 1, pageSize: 500 }) }));
    expect(expectSameReading(noProvince)).toBeGreaterThan(300);
    expect(scanned(noProvince).flatMap((p) => p.units.map((u) => u.peers))).toContain('PROVINCE');
  });

  it(`a national list of ${NATIONAL_COMMUNES.toLocaleString('en')} communes: the same figures and rank for units across the list`, () => {
    const input = [{ endpoint: URL_OF('dossier-digitized'), body: JSON.stringify(nationalDossierBody()), request: JSON.stringify(NATIONAL_REQUEST) }];
    const keys = [HY_CUONG, 'national-1', 'H02.1001', 'national-1660', `national-${NATIONAL_COMMUNES - 1}`, 'H99.99999'];
    expect(expectSameReading(input, keys)).toBe(5);
    const [scan] = scanned(input);
    // Rows other than my unit's are not read in full: no metrics kept for them.
    expect(scan!.units.filter((u) => u.metrics.length > 0)).toHaveLength(0);
    const mine = readUnitFigures([scan!], HY_CUONG, { indicators }).figures!;
    expect(mine.metrics.length).toBeGreaterThan(0);
    expect(mine.groups.find((g) => g.code === 'MDSH')?.score).toBe(9.52);
    // Only the rows of the unit asked for are kept parsed; any other row is found in the body again.
    const kept = scanPortalPayload(input[0]!.endpoint, input[0]!.body, input[0]!.request, (f) => f.unit.code === HY_CUONG) as ScannedPayload;
    expect([...kept.rows.keys()]).toEqual([0]);
    expect(readUnitFigures([kept], HY_CUONG, { indicators }).figures).toEqual(mine);
    expect(readUnitFigures([kept], 'national-1660', { indicators }).figures).toEqual(figuresForUnit(parsed(input), 'national-1660', { indicators }));
    expect([...kept.rows.keys()]).toEqual([0, 1660]);
  });
});

describe('the scan refuses what the full reading refuses, with the same notice', () => {
  const DOSSIER = PHU_THO['dossier-digitized'];
  const PAY = PHU_THO['formality-online-payment-tree'];
  const renamedPayment = () => {
    const body = fixture(PAY);
    for (const n of [body.data.parent, ...body.data.children]) {
      n.totalDossierFinancialObligations = n.totalDossierFinancialObligation;
      delete n.totalDossierFinancialObligation;
    }
    return body;
  };
  const cases: [string, string | null, () => unknown, unknown][] = [
    ['an empty group', 'transparency', () => ({ code: 'OK', data: { overview: null, evaluation: [] } }), requests[PHU_THO.transparency]],
    ['a renamed list', 'handling-satisfaction', () => ({ code: 'OK', data: { overview: null, list: [] } }), requests[PHU_THO['handling-satisfaction']]],
    ['payment fields at the online-services URL', URL_OF('provide-online-tree'), renamedPayment, requests[PAY]],
    ['a renamed field of the root at its own URL', 'formality-online-payment-tree', renamedPayment, requests[PAY]],
    ['a payment payload saved without its URL', null, renamedPayment, requests[PAY]],
    ['a metric code of another group in any row', 'transparency', () => {
      const b = fixture(PHU_THO.transparency);
      b.data.evaluation[3].metrics[0].code = 'ORIGINAL_RESULT_AVAILABLE';
      return b;
    }, requests[PHU_THO.transparency]],
    ['the ranking’s score of any row sent as text', 'dossier-digitized', () => {
      const b = fixture(DOSSIER);
      b.data.evaluation[40].totalScore = '12,5';
      return b;
    }, requests[DOSSIER]],
    ['a row without its department id', 'dvc-progress-tree', () => {
      const b = fixture(PHU_THO['dvc-progress-tree']);
      b.data.children[7].departmentId = '';
      return b;
    }, requests[PHU_THO['dvc-progress-tree']]],
    ['an error answer', 'transparency', () => ({ code: 'UNAUTHORIZED', data: null, message: 'Hết phiên' }), undefined],
    ['text that is not JSON', 'transparency', () => '<html>', undefined],
    ['an unknown endpoint', '/api/v1/reporting/evaluation/new-group', () => ({ code: 'OK', data: {} }), undefined],
    ['a shape that fits no group', null, () => ({ code: 'OK', data: { foo: 1 } }), undefined],
  ];

  const essence = (r: PortalParseResult) => (r.ok ? 'ok' : { endpoint: r.endpoint, vi: t(r.message, 'vi'), en: t(r.message, 'en'), first: r.issues[0]?.location.field ?? null });

  it.each(cases)('%s', (_name, endpoint, body, request) => {
    const full = parsePortalPayload(endpoint, body(), request);
    const scan = scanPortalPayload(endpoint, body(), request);
    expect(full.ok).toBe(false);
    expect(essence(scan)).toEqual(essence(full));
  });

  it('a rank field in the wrong type names the row and the field', () => {
    const b = fixture(DOSSIER);
    b.data.evaluation[40].totalScore = '12,5';
    const r = scanPortalPayload('dossier-digitized', b, requests[DOSSIER]);
    expect(r.ok === false && r.issues[0]!.location.field).toBe('data.evaluation[40].totalScore');
    expect(r.ok === false && t(r.message, 'vi')).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
  });
});

describe('my unit’s rows are checked strictly when they are read', () => {
  const DVC = PHU_THO['dvc-progress-tree'];
  const withDvc = (body: unknown) => phuTho().map((i) => (i.endpoint === URL_OF('dvc-progress-tree') ? { ...i, body: JSON.stringify(body) } : i));

  it('a count of my unit sent as text: “portal changed” for that group, no number for it or the total', () => {
    const body = fixture(DVC);
    const at = body.data.children.findIndex((c: { departmentCode: string }) => c.departmentCode === HY_CUONG);
    body.data.children[at].totalOnTime = '2775';
    const scans = scanned(withDvc(body));
    const r = readUnitFigures(scans, HY_CUONG, { indicators });
    expect(r.failures).toHaveLength(1);
    expect(t(r.failures[0]!.message, 'vi')).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Tiến độ giải quyết (dvc-progress-tree)');
    expect(t(r.failures[0]!.message, 'en')).toContain('The portal changed its data format');
    expect(r.failures[0]!.issues[0]!.location.field).toBe(`data.children[${at}].totalOnTime`);
    expect(r.figures!.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(r.figures!.total.score).toBeNull();
    expect(r.figures!.groups.find((g) => g.code === 'CKMB')?.score).toBe(7.96);
  });

  it('…while another unit’s row is not read: my figures and rank stay those of the full reading', () => {
    const body = fixture(DVC);
    const other = body.data.children.findIndex((c: { departmentCode: string }) => c.departmentCode === 'H44.105');
    body.data.children[other].totalOnTime = '12';
    const scans = scanned(withDvc(body));
    const r = readUnitFigures(scans, HY_CUONG, { indicators });
    expect(r.failures).toEqual([]);
    expect(r.figures).toEqual(figuresForUnit(parsed(phuTho()), HY_CUONG, { indicators }));
    // …and that unit, when it is the one shown, gets the notice.
    expect(readUnitFigures(scans, 'H44.105', { indicators }).failures).toHaveLength(1);
  });

  it('my unit listed twice with different figures is a conflict; the same figures twice are read once', () => {
    const body = fixture(DVC);
    const row = body.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG);
    body.data.children.push({ ...row, totalOnTime: 3000, ratio: 87.13, score: 17.43 });
    const scans = scanned(withDvc(body));
    expect(scans.find((s) => s.endpoint === 'dvc-progress-tree')!.conflicts.map((u) => u.unit.code)).toEqual([HY_CUONG, HY_CUONG]);
    const r = readUnitFigures(scans, HY_CUONG, { indicators });
    expect(r.figures!.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(r.figures!.total.score).toBeNull();
    expect(r.figures!.notices.map((m) => t(m, 'vi'))).toEqual([
      'Dữ liệu Cổng mâu thuẫn: UBND xã Hy Cương (H44.104) có hai số liệu khác nhau trong nhóm Tiến độ giải quyết (dvc-progress-tree) — không hiển thị số nào',
    ]);
    const twice = fixture(DVC);
    twice.data.children.push({ ...twice.data.children.find((c: { departmentCode: string }) => c.departmentCode === HY_CUONG) });
    const same = readUnitFigures(scanned(withDvc(twice)), HY_CUONG, { indicators }).figures!;
    expect(same.notices).toEqual([]);
    expect(same.total.score).toBe(64.24);
  });
});

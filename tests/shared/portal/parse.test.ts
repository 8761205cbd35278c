import { describe, expect, it } from 'vitest';
import { parsePortalPayload, detectEndpoint, type PortalPayload, type UnitFigures } from '../../../shared/portal/index.ts';
import { t } from '../../../shared/messages/index.ts';
import { fixture, fixtureText, GIA_LAI, NATIONAL, PHU_THO, parseFixture, requests } from '../../support/portal/fixtures.ts';

const HY_CUONG_ID = '019d2be3-6ab4-74ce-8a81-2639f02edb61';

function unitById(p: PortalPayload, id: string): UnitFigures {
  const u = p.units.find((x) => x.unit.id === id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
}
function metric(u: UnitFigures, code: string) {
  const m = u.metrics.find((x) => x.code === code);
  if (!m) throw new Error(`no metric ${code}`);
  return m;
}

describe('parsePortalPayload on every fixture', () => {
  it('dvc-progress-tree: root counts, the commune row, and the on-time metric from the counts', () => {
    const p = parseFixture('dvc-progress-tree', PHU_THO['dvc-progress-tree']);
    expect(p.period?.key).toBe('2026');
    expect(p.rootDepartmentId).toBe('019d2be3-6a88-732b-8b17-b68020c8553a');
    expect(p.units).toHaveLength(164);
    const root = p.units[0]!;
    expect(root.role).toBe('root');
    expect(root.unit).toMatchObject({ code: 'H44', name: 'UBND tỉnh Phú Thọ' });
    expect(root.counts).toMatchObject({ totalReceived: 597918, totalOnTime: 528684 });
    expect(root.scores).toEqual([expect.objectContaining({ code: 'TDGQ', score: 17.68, max: 20 })]);
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.unit).toEqual({ id: HY_CUONG_ID, code: 'H44.104', name: 'UBND xã Hy Cương', level: 'COMMUNE', type: null });
    expect(hc.peers).toBe('COMMUNE');
    expect(hc.scores[0]).toMatchObject({ code: 'TDGQ', score: 16.12, max: 20, ratio: 80.6 });
    // By hand: 2775 / 3443 = 80.598315…%, × 20 = 16.119663… points
    const m = metric(hc, 'DVC_PROGRESS_ON_TIME');
    expect(m).toMatchObject({ numerator: 2775, denominator: 3443, max: 20, scoreSource: 'computed' });
    expect(m.ratio).toBeCloseTo(80.598315, 5);
    expect(m.score).toBeCloseTo(16.119663, 5);
    expect(m.provenance).toEqual({ endpoint: 'dvc-progress-tree', period: '2026', unit: 'H44.104' });
  });

  it('formality-online-payment-tree: the three payment ratios of a commune', () => {
    const p = parseFixture('formality-online-payment-tree', PHU_THO['formality-online-payment-tree']);
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.scores[0]).toMatchObject({ code: 'TTTT', score: 6.87, max: 10 });
    // By hand: 6/40 = 15% → 2 × 15/80 = 0.375; 16/40 = 40% → 2 × 40/80 = 1; 1707/1864 = 91.5773…% → 6 × 0.915773 = 5.49464
    expect(metric(hc, 'ONLINE_PAYMENT_FEE_FORMALITY')).toMatchObject({ numerator: 6, denominator: 40, ratio: 15, score: 0.375, max: 2 });
    expect(metric(hc, 'ONLINE_PAYMENT_FORMALITY_TRANSACTION')).toMatchObject({ numerator: 16, denominator: 40, ratio: 40, score: 1, max: 2 });
    const dossier = metric(hc, 'ONLINE_PAYMENT_DOSSIER');
    expect(dossier.ratio).toBeCloseTo(91.577253, 5);
    expect(dossier.score).toBeCloseTo(5.494635, 5);
    expect(0.375 + 1 + (dossier.score ?? 0)).toBeCloseTo(6.87, 2);
  });

  it('provide-online-tree: counts only on the province, the commune has its score alone', () => {
    const p = parseFixture('provide-online-tree', PHU_THO['provide-online-tree']);
    expect(p.units[0]!.counts).toMatchObject({ channelOnlineSum: 589496, channelTotalSum: 597894, fullCount: 21 });
    const share = metric(p.units[0]!, 'ONLINE_DOSSIER_SHARE');
    expect(share.ratio).toBeCloseTo((589496 / 597894) * 100, 9);
    // CLGQ's split is unknown: no points are invented
    expect(share.score).toBeNull();
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.counts).toEqual({});
    expect(hc.scores[0]).toMatchObject({ code: 'CLGQ', score: 6.4, max: 12, ratio: 53.33 });
    expect(metric(hc, 'ONLINE_DOSSIER_SHARE')).toMatchObject({ numerator: null, denominator: null, ratio: null, score: null });
  });

  it('transparency: rows without a code are kept by their id; metric figures as given', () => {
    const p = parseFixture('transparency', PHU_THO.transparency);
    expect(p.units).toHaveLength(164);
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.unit.code).toBeNull();
    expect(hc.provenance.unit).toBe(HY_CUONG_ID);
    expect(hc.scores[0]).toMatchObject({ code: 'CKMB', score: 7.96, max: 18 });
    expect(metric(hc, 'DOSSIER_SYNC')).toMatchObject({ numerator: 2896, denominator: 2896, ratio: 100, score: 6, max: 6, scoreSource: 'portal' });
    expect(metric(hc, 'PUBLIC_CONTENT_FULL')).toMatchObject({ numerator: 87, denominator: 89, ratio: 97.75, score: 1.96 });
  });

  it('handling-satisfaction: null scores stay null, zero denominators stay 0/0', () => {
    const p = parseFixture('handling-satisfaction', PHU_THO['handling-satisfaction']);
    expect(p.period?.key).toBe('2026');
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.scores[0]).toMatchObject({ code: 'MDHL', score: 17.37, max: 18 });
    expect(metric(hc, 'PETITION_CLASSIFICATION_TTHC').score).toBeNull();
    expect(metric(hc, 'PETITION_PROCESSING_ON_TIME')).toMatchObject({ numerator: 0, denominator: 0, score: 6 });
    expect(metric(hc, 'DOSSIER_RECEIVING_SATISFACTION')).toMatchObject({ numerator: 2775, denominator: 3443, ratio: 80.6, score: 5.37 });
    expect(hc.counts).toEqual({ totalPetitions: 0, classifiedPetitions: 0, totalDossiers: 3443 });
  });

  it('dossier-digitized: null numerator and ratio stay null, not 0', () => {
    const p = parseFixture('dossier-digitized', PHU_THO['dossier-digitized']);
    const hc = unitById(p, HY_CUONG_ID);
    expect(hc.unit.code).toBe('H44.104');
    expect(hc.scores[0]).toMatchObject({ code: 'MDSH', score: 9.52, max: 22 });
    expect(metric(hc, 'ELECTRONIC_CERTIFIED_COPY')).toMatchObject({ numerator: null, denominator: null, ratio: 100, score: 2 });
    const inspect = p.units.find((u) => u.unit.code === 'H44.23')!;
    const ora = metric(inspect, 'ORIGINAL_RESULT_AVAILABLE');
    expect(ora.denominator).toBe(0);
    expect(ora.ratio).toBeNull();
    expect(ora.score).toBeNull();
  });

  it('service-results (national): the 34 provinces with their six group scores', () => {
    const p = parseFixture('service-results', NATIONAL);
    expect(p.units).toHaveLength(35);
    const root = p.units[0]!;
    expect(root.unit).toMatchObject({ code: null, name: 'Cả nước', type: 'NATIONAL' });
    expect(root.scores.find((s) => s.code === 'TOTAL')).toMatchObject({ score: 56.56, max: 100 });
    expect(root.scores.find((s) => s.code === 'MDSH')).toMatchObject({ score: 8.6, max: 22 });
    expect(root.metrics.find((m) => m.code === 'ONLINE_SERVICE')).toMatchObject({ score: 13.1, max: 22 });
    const raw = fixture(NATIONAL).data.evaluation as { departmentCode: string; totalScore: number; groupScores: Record<string, number> }[];
    for (const row of raw) {
      const u = p.units.find((x) => x.unit.code === row.departmentCode)!;
      expect(u.peers).toBe('PROVINCE');
      expect(u.scores.find((s) => s.code === 'TOTAL')?.score).toBe(row.totalScore);
      expect(u.scores.find((s) => s.code === 'CLGQ')).toMatchObject({ score: row.groupScores.CLGQ, max: 12 });
    }
  });

  it('service-results (province drill-down, no message key): agencies and communes', () => {
    const p = parseFixture('service-results', GIA_LAI);
    expect(p.period?.key).toBe('2026-03');
    expect(p.units[0]!.unit).toMatchObject({ code: 'H21', name: 'UBND tỉnh Gia Lai' });
    expect(p.units.slice(1).map((u) => u.peers).sort()).toEqual(['AGENCY', 'COMMUNE', 'COMMUNE', 'COMMUNE']);
    expect(p.units.find((u) => u.unit.code === 'H21.217')?.scores[0]).toMatchObject({ code: 'TOTAL', score: 60.25, max: 100 });
  });

  it('recognises every fixture from its shape when saved without its URL', () => {
    const all = { ...PHU_THO, 'service-results': NATIONAL };
    for (const [ep, name] of Object.entries(all)) {
      expect(detectEndpoint(fixture(name).data)).toBe(ep);
      const r = parsePortalPayload(null, fixtureText(name));
      expect(r.ok && r.endpoint).toBe(ep);
    }
  });
});

describe('a changed or unknown shape is a notice, never a number', () => {
  const name = PHU_THO['dossier-digitized'];

  it('a missing required key names the group and the field', () => {
    const body = fixture(name);
    delete body.data.evaluation[5].metrics[0].numerator;
    const r = parsePortalPayload('dossier-digitized', body, requests[name]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(t(r.message, 'vi')).toBe('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
    expect(r.issues[0]!.location.field).toBe('data.evaluation[5].metrics[0].numerator');
    expect(r.period?.key).toBe('2026');
  });

  it('a changed type is rejected (a count sent as text)', () => {
    const body = fixture(PHU_THO['dvc-progress-tree']);
    body.data.children[0].totalOnTime = '156';
    const r = parsePortalPayload('dvc-progress-tree', body);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.location.field).toBe('data.children[0].totalOnTime');
  });

  it('a renamed list is rejected', () => {
    const body = fixture(PHU_THO.transparency);
    body.data.rows = body.data.evaluation;
    delete body.data.evaluation;
    const r = parsePortalPayload('transparency', body);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(t(r.message, 'en')).toBe('The portal changed its data format — group Công khai, minh bạch (transparency) could not be read');
  });

  it('extra keys are tolerated', () => {
    const body = fixture(PHU_THO['formality-online-payment-tree']);
    body.data.newThing = { a: 1 };
    body.data.children[0].brandNewCounter = 5;
    const r = parsePortalPayload('formality-online-payment-tree', body);
    expect(r.ok).toBe(true);
  });

  it('an error envelope, text that is not JSON and an unknown endpoint', () => {
    const err = parsePortalPayload('transparency', { code: 'UNAUTHORIZED', data: null, message: 'Hết phiên' });
    expect(err.ok).toBe(false);
    if (!err.ok) expect(t(err.message, 'vi')).toBe('Cổng trả lỗi cho nhóm Công khai, minh bạch (transparency): Hết phiên');
    const bad = parsePortalPayload('transparency', '<html>');
    expect(bad.ok === false && bad.message.key).toBe('portal.not-json');
    const unknown = parsePortalPayload('/api/v1/reporting/evaluation/new-group', { code: 'OK', data: {} });
    expect(unknown.ok === false && unknown.message.key).toBe('portal.unknown-endpoint');
    expect(parsePortalPayload(null, { code: 'OK', data: { foo: 1 } }).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { IndicatorCatalogue } from '../../../shared/schema/indicator.ts';
import { indicatorById, indicators } from '../../../shared/data/index.ts';
import { bundledIndicatorFiles } from '../../../shared/data/indicators/index.ts';

// The QĐ 766 metrics as the portal reports them, transcribed by hand from the research note
// (frameworks.md §1.3–1.5): code → [group, max, rule kind, fullAt or null, scope, zero-denominator policy].
const QD766: Record<string, [string, number, 'linear' | 'capped', number | null, 'province' | 'province-commune', string]> = {
  PUBLISH_ON_TIME: ['CKMB', 6, 'linear', null, 'province-commune', 'zero'],
  PUBLIC_UPDATE_ON_TIME: ['CKMB', 4, 'linear', null, 'province-commune', 'zero'],
  PUBLIC_CONTENT_FULL: ['CKMB', 2, 'linear', null, 'province-commune', 'zero'],
  DOSSIER_SYNC: ['CKMB', 6, 'linear', null, 'province-commune', 'zero'],
  DVC_PROGRESS_ON_TIME: ['TDGQ', 20, 'linear', null, 'province-commune', 'zero'],
  ONLINE_PAYMENT_FEE_FORMALITY: ['TTTT', 2, 'capped', 80, 'province-commune', 'zero'],
  ONLINE_PAYMENT_FORMALITY_TRANSACTION: ['TTTT', 2, 'capped', 80, 'province-commune', 'zero'],
  ONLINE_PAYMENT_DOSSIER: ['TTTT', 6, 'linear', null, 'province-commune', 'zero'],
  ORIGINAL_RESULT_AVAILABLE: ['MDSH', 6, 'linear', null, 'province-commune', 'zero'],
  SO_HOA_GIAY_TO_GIAI_QUYET: ['MDSH', 4, 'linear', null, 'province-commune', 'zero'],
  REUSED_DIGITIZED_DATA: ['MDSH', 2, 'capped', 80, 'province-commune', 'zero'],
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: ['MDSH', 4, 'linear', null, 'province-commune', 'zero'],
  CITIZEN_DATA_CONNECTED_DOSSIER: ['MDSH', 2, 'linear', null, 'province', 'zero'],
  CITIZEN_DATA_CONNECTED_FORMALITY: ['MDSH', 2, 'linear', null, 'province', 'zero'],
  ELECTRONIC_CERTIFIED_COPY: ['MDSH', 2, 'linear', null, 'province-commune', 'zero'],
  DOSSIER_RECEIVING_SATISFACTION: ['MDHL', 6, 'capped', 90, 'province-commune', 'zero'],
  PETITION_PROCESSING_ON_TIME: ['MDHL', 6, 'linear', null, 'province-commune', 'full'],
  PETITION_HANDLING_SATISFACTION: ['MDHL', 6, 'linear', null, 'province-commune', 'full'],
};
const GROUP_MAX: Record<string, number> = { CKMB: 18, TDGQ: 20, TTTT: 10, MDSH: 22, MDHL: 18 };
const CLGQ_UNKNOWN = ['ONLINE_SERVICE_PROVISION', 'ONLINE_SERVICE_WITH_DOSSIERS', 'ONLINE_DOSSIER_RATE', 'FULL_ONLINE_DOSSIER_RATE', 'ONLINE_DOSSIER_SHARE'];
const MONITORING = ['PETITION_CLASSIFICATION_TTHC', 'PETITION_CLASSIFICATION_STAFF'];

function get(id: string) {
  const indicator = indicatorById.get(id);
  if (indicator === undefined) throw new Error(`missing indicator ${id}`);
  return indicator;
}

describe('indicator catalogue', () => {
  it('every bundled file passes the catalogue schema', () => {
    for (const { file, json } of bundledIndicatorFiles) {
      const parsed = IndicatorCatalogue.safeParse(json);
      expect(parsed.success, file).toBe(true);
    }
  });

  it('has unique ids and indexes every indicator', () => {
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(indicatorById.size).toBe(ids.length);
  });

  it.each(Object.entries(QD766))('%s carries the documented group, points, rule, scope and zero policy', (code, [group, max, kind, fullAt, scope, zero]) => {
    const i = get(code);
    expect(i.group).toBe(group);
    expect(i.pillar).toBe('qd766');
    expect(i.pointRule.kind).toBe(kind);
    expect('max' in i.pointRule ? i.pointRule.max : undefined).toBe(max);
    if (fullAt !== null) expect(i.pointRule.kind === 'capped' ? i.pointRule.fullAt : null).toBe(fullAt);
    expect(i.scope).toBe(scope);
    expect(i.zeroDenominator).toBe(zero);
  });

  it('the known maxima of each QĐ 766 group add up to the group maximum', () => {
    const sums: Record<string, number> = {};
    for (const i of indicators) {
      if (i.group === undefined || i.group === 'CLGQ') continue;
      const max = 'max' in i.pointRule ? i.pointRule.max : 0;
      sums[i.group] = (sums[i.group] ?? 0) + (max ?? Number.NaN);
    }
    expect(sums).toEqual(GROUP_MAX);
  });

  it('keeps the CLGQ split unknown: rule "unknown" with max null', () => {
    for (const code of CLGQ_UNKNOWN) {
      const i = get(code);
      expect(i.group, code).toBe('CLGQ');
      expect(i.pointRule, code).toMatchObject({ kind: 'unknown', max: null });
    }
    expect(indicators.filter((i) => i.group === 'CLGQ').map((i) => i.id).sort()).toEqual([...CLGQ_UNKNOWN].sort());
  });

  it('invents no maximum: every scored maximum is a documented QĐ 766 one', () => {
    for (const i of indicators) {
      const max = 'max' in i.pointRule ? i.pointRule.max : null;
      if (max === null) continue;
      expect(QD766[i.id]?.[1], `${i.id} has max ${max}`).toBe(max);
    }
  });

  it('plan-only indicators give no points (unknown with max null, or monitoring)', () => {
    for (const i of indicators.filter((x) => x.group === undefined)) {
      const rule = i.pointRule;
      const honest = rule.kind === 'monitoring' || (rule.kind === 'unknown' && rule.max === null);
      expect(honest, i.id).toBe(true);
    }
  });

  it('the PAKN classification shares are monitoring only', () => {
    for (const code of MONITORING) expect(get(code).pointRule.kind).toBe('monitoring');
  });

  it('binds metric codes and tree fields to the portal', () => {
    for (const i of indicators) {
      if (i.portal === undefined) continue;
      const metricGroup = ['transparency', 'dossier-digitized', 'handling-satisfaction'].includes(i.portal.endpoint);
      if (metricGroup) expect(i.portal.metricCode, i.id).toBe(i.id);
    }
    expect(get('DVC_PROGRESS_ON_TIME').portal).toEqual({ endpoint: 'dvc-progress-tree', numeratorField: 'totalOnTime', denominatorField: 'totalReceived' });
    expect(get('ONLINE_PAYMENT_FEE_FORMALITY').portal).toMatchObject({ numeratorField: 'totalFeeDossierFormality', denominatorField: 'totalFeeFormality' });
    expect(get('ONLINE_PAYMENT_FORMALITY_TRANSACTION').portal).toMatchObject({ numeratorField: 'totalDossierOnlineFormalityPaymentSuccess', denominatorField: 'totalFeeDossierFormalityDistinct' });
    expect(get('ONLINE_PAYMENT_DOSSIER').portal).toMatchObject({ numeratorField: 'totalDossierOnlinePaymentSuccess', denominatorField: 'totalDossierFinancialObligation' });
    expect(get('ONLINE_DOSSIER_SHARE').portal).toEqual({ endpoint: 'provide-online-tree', numeratorField: 'channelOnlineSum', denominatorField: 'channelTotalSum' });
  });

  it('every percent indicator says what is counted, in both languages', () => {
    for (const i of indicators.filter((x) => x.unit === 'percent')) {
      expect(i.numerator?.vi, i.id).toBeTruthy();
      expect(i.numerator?.en, i.id).toBeTruthy();
      expect(i.denominator?.vi, i.id).toBeTruthy();
      expect(i.denominator?.en, i.id).toBeTruthy();
    }
  });

  it('every indicator has a source, and English names are not copies of the Vietnamese', () => {
    for (const i of indicators) {
      expect(i.source.length, i.id).toBeGreaterThan(0);
      expect(i.name.en, i.id).not.toBe(i.name.vi);
    }
  });

  it('has the officer-entered DTI share for Vạn Phúc, and says the toolkit cannot compute DTI', () => {
    const dti = get('dti-ty-le-diem');
    expect(dti.unit).toBe('percent');
    expect(dti.pointRule.kind).toBe('monitoring');
    expect(dti.source.map((s) => s.note ?? '').join(' ')).toMatch(/không tự tính được DTI/);
  });
});

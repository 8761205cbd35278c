import { describe, expect, it } from 'vitest';
import { PayloadStore } from '../../extension/utils/payload-store.ts';
import { indicators } from '../../shared/data/index.ts';
import { t } from '../../shared/messages/index.ts';
import { portalPanelView } from '../../shared/portal/index.ts';
import { fixture, fixtureText, PHU_THO, requests } from '../support/portal/fixtures.ts';

const URL_OF = (ep: string) => `https://dichvucong.gov.vn/api/v1/reporting/evaluation/${ep}`;
const at = new Date(2026, 8, 26, 14, 5);

function loadYear(store: PayloadStore) {
  for (const [ep, f] of Object.entries(PHU_THO)) store.accept(URL_OF(ep), fixtureText(f), JSON.stringify(requests[f]), at);
}

describe('PayloadStore', () => {
  it('keeps the payloads of the period on screen and gives my unit’s figures', () => {
    const store = new PayloadStore(indicators);
    expect(store.figures('H44.104')).toBeNull();
    loadYear(store);
    expect(store.period).toBe('2026');
    expect(store.all()).toHaveLength(6);
    expect(store.figures('H44.104')?.total.score).toBe(64.24);
    expect(store.rootFor('H44.104')).toBe('019d2be3-6a88-732b-8b17-b68020c8553a');
    expect(store.lastArrival).toBe(at);
  });

  it('a unit listed twice with different figures: the panel says “portal data conflict” and shows no number', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const f = PHU_THO['dvc-progress-tree'];
    const body = fixture(f);
    const row = body.data.children.find((c: { departmentCode: string }) => c.departmentCode === 'H44.104');
    body.data.children.push({ ...row, score: 20, ratio: 100, totalOnTime: row.totalReceived });
    store.accept(URL_OF('dvc-progress-tree'), JSON.stringify(body), JSON.stringify(requests[f]), at);
    const figs = store.figures('H44.104')!;
    expect(figs.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(figs.total.score).toBeNull();
    const view = portalPanelView({ lang: 'vi', unitCode: 'H44.104', figs, card: null, plan: null, indicators: new Map(), readAt: null, notices: store.notices() });
    expect(view.notices).toEqual(['Dữ liệu Cổng mâu thuẫn: UBND xã Hy Cương (H44.104) có hai số liệu khác nhau trong nhóm Tiến độ giải quyết (dvc-progress-tree) — không hiển thị số nào']);
    expect(view.groups.find((g) => g.code === 'TDGQ')?.text).toBe('—/20');
  });

  it('an empty group names the group', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const f = PHU_THO['dossier-digitized'];
    store.accept(URL_OF('dossier-digitized'), JSON.stringify({ code: 'OK', message: 'OK', data: { overview: null, evaluation: [] } }), JSON.stringify(requests[f]), at);
    expect(store.notices().map((m) => t(m, 'vi'))).toEqual(['Cổng trả về nhóm Số hóa hồ sơ (dossier-digitized) không có đơn vị nào — không có số liệu cho nhóm này']);
    expect(store.figures('H44.104')?.groups.find((g) => g.code === 'MDSH')?.score).toBeNull();
  });

  it('a repeated payload replaces the earlier one', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const f = PHU_THO['dvc-progress-tree'];
    const body = fixture(f);
    body.data.children.find((c: { departmentCode: string }) => c.departmentCode === 'H44.104').score = 10;
    store.accept(URL_OF('dvc-progress-tree'), JSON.stringify(body), JSON.stringify(requests[f]), at);
    expect(store.all()).toHaveLength(6);
    expect(store.figures('H44.104')?.groups.find((g) => g.code === 'TDGQ')?.score).toBe(10);
  });

  it('a payload in a changed format removes that group’s figure and leaves a notice', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const f = PHU_THO['handling-satisfaction'];
    store.accept(URL_OF('handling-satisfaction'), JSON.stringify({ code: 'OK', data: { overview: null, list: [] } }), JSON.stringify(requests[f]), at);
    const figs = store.figures('H44.104')!;
    expect(figs.groups.find((g) => g.code === 'MDHL')?.score).toBeNull();
    expect(figs.total.score).toBeNull();
    expect(store.notices().map((m) => t(m, 'vi'))).toEqual(['Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Mức độ hài lòng (handling-satisfaction)']);
    // A good payload for the group clears the notice again
    store.accept(URL_OF('handling-satisfaction'), fixtureText(f), JSON.stringify(requests[f]), at);
    expect(store.notices()).toEqual([]);
    expect(store.figures('H44.104')?.total.score).toBe(64.24);
  });

  it('a new period becomes the period on screen; its notices are its own', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const q3 = { ...(requests[PHU_THO['dvc-progress-tree']] as object), timeType: 'quarter', quarter: 3 };
    store.accept(URL_OF('dvc-progress-tree'), fixtureText(PHU_THO['dvc-progress-tree']), JSON.stringify(q3), at);
    expect(store.period).toBe('2026-Q3');
    const figs = store.figures('H44.104')!;
    expect(figs.period?.key).toBe('2026-Q3');
    expect(figs.groups.filter((g) => g.score !== null).map((g) => g.code)).toEqual(['TDGQ']);
  });

  it('per-procedure drill-downs neither replace nor change the period', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const one = { ...(requests[PHU_THO['dvc-progress-tree']] as object), timeType: 'month', month: 8, formalityId: 'X' };
    store.accept(URL_OF('dvc-progress-tree'), fixtureText(PHU_THO['dvc-progress-tree']), JSON.stringify(one), at);
    expect(store.period).toBe('2026');
    expect(store.figures('H44.104')?.total.score).toBe(64.24);
  });

  it('my unit’s row in a changed shape: “portal changed” for that group and no number; another unit’s row is not read', () => {
    const store = new PayloadStore(indicators);
    loadYear(store);
    const f = PHU_THO['dvc-progress-tree'];
    const body = fixture(f);
    const mine = body.data.children.find((c: { departmentCode: string }) => c.departmentCode === 'H44.104');
    mine.totalReceived = '3443';
    store.accept(URL_OF('dvc-progress-tree'), JSON.stringify(body), JSON.stringify(requests[f]), at);
    const figs = store.figures('H44.104')!;
    expect(figs.groups.find((g) => g.code === 'TDGQ')?.score).toBeNull();
    expect(figs.total.score).toBeNull();
    expect(store.notices('H44.104').map((m) => t(m, 'vi'))).toEqual(['Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Tiến độ giải quyết (dvc-progress-tree)']);
    // Another unit of the same payload reads as before, without the notice.
    expect(store.notices('H44.105')).toEqual([]);
    expect(store.figures('H44.105')?.groups.find((g) => g.code === 'TDGQ')?.score).not.toBeNull();
    // The good payload again: the notice goes, the figure comes back.
    store.accept(URL_OF('dvc-progress-tree'), fixtureText(f), JSON.stringify(requests[f]), at);
    expect(store.notices('H44.104')).toEqual([]);
    expect(store.figures('H44.104')?.total.score).toBe(64.24);
  });

  it('gives the same figures whether my unit was named before the payloads came, asked for between them, or after', () => {
    const early = new PayloadStore(indicators);
    expect(early.figures('H44.104')).toBeNull();
    for (const [ep, f] of Object.entries(PHU_THO)) {
      early.accept(URL_OF(ep), fixtureText(f), JSON.stringify(requests[f]), at);
      early.figures('H44.104');
    }
    const late = new PayloadStore(indicators);
    loadYear(late);
    const told = new PayloadStore(indicators);
    told.setUnit('H44.104');
    loadYear(told);
    for (const key of ['H44.104', 'H44.105']) {
      expect(early.figures(key)).toEqual(late.figures(key));
      expect(told.figures(key)).toEqual(late.figures(key));
    }
  });

  it('rebuilds the figures when the plan brings its indicators', () => {
    const store = new PayloadStore([]);
    loadYear(store);
    expect(store.figures('H44.104')?.metrics.some((m) => m.code === 'DVC_PROGRESS_ON_TIME')).toBe(false);
    store.setIndicators(indicators);
    expect(store.figures('H44.104')?.metrics.some((m) => m.code === 'DVC_PROGRESS_ON_TIME')).toBe(true);
    expect(store.period).toBe('2026');
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPeriodHistory } from '../../extension/utils/period-history.ts';
import { quarterPeriod, type PortalSummary } from '../../shared/portal/index.ts';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, activePlanItem, lastFiguresItem, mergeSeenUnits, periodHistoryItem, seenUnitsItem, settingsItem, type SeenUnit,
} from '../../extension/utils/storage.ts';
import { activePlanFor, refreshActivePlan } from '../../extension/utils/active-plan.ts';
import { importedPlansItem } from '../../extension/utils/storage.ts';
import { getPlan } from '../../shared/data/index.ts';

describe('extension storage (fakeBrowser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults before anything is saved, and keeps what is saved', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, unitCode: 'H44.104', planId: 'hung-dao-2023' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ unitCode: 'H44.104', planId: 'hung-dao-2023' });
    expect(await settingsItem.getValue()).toMatchObject({ unitCode: 'H44.104', lang: 'vi' });
  });

  it('migrates the first release’s settings (v1) to v2', async () => {
    await fakeBrowser.storage.local.set({ settings: { unit: 'H44.104', plan: 'van-phuc-2023-2025' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, unitCode: 'H44.104', planId: 'van-phuc-2023-2025' });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    // A v1 value without a plan falls back to the national index
    await fakeBrowser.storage.local.set({ settings: { unit: null, plan: '' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await settingsItem.getValue()).planId).toBe('qd766-national');
  });

  it('merges the units seen, newest facts winning, codes filled in by id', async () => {
    const a: SeenUnit = { id: 'id-1', code: null, name: 'UBND xã A', level: 'COMMUNE', type: null, rootDepartmentId: 'root' };
    const b: SeenUnit = { id: 'id-1', code: 'H44.150', name: 'UBND xã A', level: null, type: 'COMMUNE_PEOPLE_COMMITTEE', rootDepartmentId: null };
    const merged = mergeSeenUnits([a], [b, { ...a, id: 'id-2', name: 'UBND xã B' }]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toEqual({ id: 'id-1', code: 'H44.150', name: 'UBND xã A', level: 'COMMUNE', type: 'COMMUNE_PEOPLE_COMMITTEE', rootDepartmentId: 'root' });
    await seenUnitsItem.setValue(merged);
    expect(await seenUnitsItem.getValue()).toHaveLength(2);
    expect(await lastFiguresItem.getValue()).toBeNull();
  });

  it('keeps a bounded list of units with bounded texts, the most recently seen ones', () => {
    const many: SeenUnit[] = Array.from({ length: 6_000 }, (_, i) => ({ id: `id-${i}`, code: `H99.${i}`, name: `Đơn vị ${i}`, level: null, type: null, rootDepartmentId: null }));
    const merged = mergeSeenUnits([], many);
    expect(merged).toHaveLength(5_000);
    expect(merged[0]!.id).toBe('id-1000');
    expect(merged.at(-1)!.id).toBe('id-5999');
    // seeing an old unit again keeps it (it becomes the most recent)
    const again = mergeSeenUnits(merged, [{ ...many[0]!, id: 'id-1000', name: 'Đơn vị 1000 (mới)' }]);
    expect(again.at(-1)).toMatchObject({ id: 'id-1000', name: 'Đơn vị 1000 (mới)' });
    const long = mergeSeenUnits([], [{ id: 'x'.repeat(10_000), code: 'c'.repeat(500), name: 'n'.repeat(100_000), level: null, type: null, rootDepartmentId: 'r'.repeat(999) }]);
    expect(long[0]!.name).toHaveLength(200);
    expect(long[0]!.id).toHaveLength(64);
    expect(long[0]!.code).toHaveLength(64);
    expect(long[0]!.rootDepartmentId).toHaveLength(64);
  });

  it('keeps the periods viewed (period history) and shows only the comparison of the figures on screen', async () => {
    const history = createPeriodHistory((f) => f());
    await history.load();
    const summary = (score: number): PortalSummary => ({
      unit: { code: 'H44.104', name: 'UBND xã Hy Cương' }, period: null, total: { score, max: 100, rank: null },
      groups: [{ code: 'TDGQ', score: score / 4, max: 20 }], metrics: [], targets: [],
    });
    history.update(summary(60), quarterPeriod(2026, 2), 'H44.104', 'van-phuc-2023-2025', '2026-07-01T00:00:00.000Z');
    history.update(summary(64), quarterPeriod(2026, 3), 'H44.104', 'van-phuc-2023-2025', '2026-10-01T00:00:00.000Z');
    await vi.waitFor(async () => expect((await periodHistoryItem.getValue()).map((e) => e.period.key)).toEqual(['2026-Q2', '2026-Q3']));
    const v = history.view(null, 'vi', 'H44.104', '2026-Q3')!;
    expect(v.rows.find((r) => r.code === 'TOTAL')).toMatchObject({ previous: '60', current: '64', change: '+4' });
    // another unit or period than the one on screen: no comparison
    expect(history.view(null, 'vi', 'H44.105', '2026-Q3')).toBeNull();
    expect(history.view(null, 'vi', 'H44.104', '2026-Q2')).toBeNull();
    // read back by the next page
    const next = createPeriodHistory((f) => f());
    await next.load();
    next.update(summary(64), quarterPeriod(2026, 3), 'H44.104', 'van-phuc-2023-2025', '2026-10-02T00:00:00.000Z');
    expect(next.view(null, 'vi', 'H44.104', '2026-Q3')!.rows.find((r) => r.code === 'TOTAL')?.previous).toBe('60');
  });

  it('resolves the active plan with only the indicators the overlay needs', async () => {
    const active = activePlanFor('van-phuc-2023-2025', [])!;
    expect(active.planId).toBe('van-phuc-2023-2025');
    const ids = new Set(active.indicators.map((i) => i.id));
    // every portal-bound indicator (the recomputation needs them) and the plan's own
    expect(ids.has('DVC_PROGRESS_ON_TIME')).toBe(true);
    for (const t of getPlan('van-phuc-2023-2025')!.targets) expect(ids.has(t.indicatorId), t.indicatorId).toBe(true);
    const plan = getPlan('van-phuc-2023-2025')!;
    const own = new Set([
      ...plan.targets.map((t) => t.indicatorId),
      ...plan.awards.flatMap((a) => a.conditions.flatMap((c) => (c.kind === 'indicator' ? [c.code] : []))),
    ]);
    expect(active.indicators.filter((i) => !i.portal && !own.has(i.id))).toEqual([]);
    // an unknown id falls back to the national QĐ 766 plan
    expect(activePlanFor('no-such-plan', [])?.planId).toBe('qd766-national');
  });

  it('carries the indicators an award names inside "one of" and "all of" (issue 13)', () => {
    const base = getPlan('hung-dao-2023')!;
    const label = { vi: 'Điều kiện', en: 'Condition' };
    const own = {
      ...base,
      id: 'xa-mot-trong-2026',
      awards: [{
        id: 'KT-01', award: { vi: 'Giấy khen', en: 'Certificate' }, recipient: 'collective' as const, source: base.source,
        conditions: [
          { kind: 'one-of' as const, conditions: [{ kind: 'indicator' as const, code: 'dti-ty-le-diem', comparator: '>=' as const, value: 90, label }, { kind: 'min-percent' as const, min: 90 }] },
          { kind: 'all-of' as const, conditions: [{ kind: 'indicator' as const, code: 'van-ban-dien-tu-ky-so', comparator: '>=' as const, value: 80, label }] },
        ],
      }],
    };
    const ids = new Set(activePlanFor('xa-mot-trong-2026', [own])!.indicators.map((i) => i.id));
    expect(ids.has('dti-ty-le-diem')).toBe(true);
    expect(ids.has('van-ban-dien-tu-ky-so')).toBe(true);
    const plain = new Set(activePlanFor('hung-dao-2023', [])!.indicators.map((i) => i.id));
    expect([plain.has('dti-ty-le-diem'), plain.has('van-ban-dien-tu-ky-so')]).toEqual([false, false]);
  });

  it('writes the active plan for the saved settings, imported plans included', async () => {
    const own = { ...getPlan('hung-dao-2023')!, id: 'xa-cua-toi-2026' };
    await importedPlansItem.setValue([own]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, planId: 'xa-cua-toi-2026' });
    await refreshActivePlan();
    expect((await activePlanItem.getValue())?.plan.id).toBe('xa-cua-toi-2026');
  });
});

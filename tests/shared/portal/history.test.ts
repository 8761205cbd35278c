// The periods an officer viewed (issue 11 §4): kept per unit and period (bounded), compared with the
// previous period of the same kind per group and per plan target, and the pace to the plan's deadline.
import { describe, expect, it } from 'vitest';
import {
  HISTORY_MAX_PERIODS_PER_UNIT, HISTORY_MAX_UNITS, figuresForUnit, historyEntry, monthPeriod, portalHistoryView, portalReport,
  portalSummary, previousEntry, quarterPeriod, recordHistory, yearPeriod, type PortalHistoryEntry, type PortalPeriod,
} from '../../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../../shared/data/index.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { phuThoPayloads } from '../../support/portal/fixtures.ts';

const plan = getPlan('van-phuc-2023-2025')!;
/** The same plan with a deadline still ahead of the 2026 periods, so a pace can be read. */
const planTo2027 = { ...plan, period: { ...plan.period, to: 2027 } };

function entry(period: PortalPeriod, total: number | null, groups: Record<string, number | null>, targets: Record<string, number | boolean | null>, unitCode = 'H44.104', savedAt = '2026-10-01T00:00:00.000Z'): PortalHistoryEntry {
  return { unitCode, planId: plan.id, period, savedAt, total, groups, targets };
}

describe('one entry per period viewed', () => {
  it('is made from the summary on screen, and not without a period', () => {
    const figs = figuresForUnit(phuThoPayloads(), 'H44.104', { indicators })!;
    const card = scoreReport(portalReport(figs, plan, indicatorById), plan);
    const summary = portalSummary(figs, card, plan, indicatorById);
    const e = historyEntry(summary, figs.period, 'H44.104', plan.id, '2026-10-01T08:00:00.000Z')!;
    expect(e.period.key).toBe('2026');
    expect(e.total).toBe(64.24);
    expect(e.groups.TDGQ).toBe(16.12);
    expect(e.targets['CQS-10']).toBe(40);
    // a target the portal does not give stays unknown, never 0
    expect(e.targets['CQS-09']).toBeNull();
    expect(historyEntry(summary, null, 'H44.104', plan.id, '2026-10-01T08:00:00.000Z')).toBeNull();
  });

  it('a re-read of the same unit and period replaces it; others are kept in order', () => {
    const q2 = entry(quarterPeriod(2026, 2), 60, {}, {});
    const q3 = entry(quarterPeriod(2026, 3), 61, {}, {});
    const q3again = entry(quarterPeriod(2026, 3), 62, {}, {}, 'H44.104', '2026-10-02T00:00:00.000Z');
    const list = recordHistory(recordHistory(recordHistory([], q3), q2), q3again);
    expect(list.map((e) => [e.period.key, e.total])).toEqual([['2026-Q2', 60], ['2026-Q3', 62]]);
  });

  it('is bounded: periods per unit and units', () => {
    let list: PortalHistoryEntry[] = [];
    for (let i = 0; i < HISTORY_MAX_PERIODS_PER_UNIT + 12; i++) {
      const year = 2020 + Math.floor(i / 12);
      list = recordHistory(list, entry(monthPeriod(year, (i % 12) + 1), i, {}, {}));
    }
    expect(list).toHaveLength(HISTORY_MAX_PERIODS_PER_UNIT);
    // the oldest months went first
    expect(list[0]!.period.key).toBe('2021-01');
    for (let u = 0; u < HISTORY_MAX_UNITS + 3; u++) list = recordHistory(list, entry(yearPeriod(2026), u, {}, {}, `H44.${200 + u}`, `2026-11-${String(10 + u)}T00:00:00.000Z`));
    const units = new Set(list.map((e) => e.unitCode));
    expect(units.size).toBe(HISTORY_MAX_UNITS);
    // the units read most recently stay
    expect(units.has(`H44.${200 + HISTORY_MAX_UNITS + 2}`)).toBe(true);
    expect(units.has('H44.104')).toBe(false);
  });
});

describe('the change since the previous period and the pace', () => {
  const q2 = entry(quarterPeriod(2026, 2), 60.5, { TDGQ: 16.12, MDSH: 9.52, CLGQ: null }, { 'CQS-02': 70, 'CQS-07': 74.47, 'CQS-09': null });
  const y2025 = entry(yearPeriod(2025), 50, { TDGQ: 10 }, { 'CQS-02': 10 });
  const q3 = entry(quarterPeriod(2026, 3), 69.28, { TDGQ: 19, MDSH: 9.52, CLGQ: 6.4 }, { 'CQS-02': 71, 'CQS-07': 100, 'CQS-09': null });
  const list = [y2025, q2, q3];

  it('compares with the previous period of the same kind only', () => {
    expect(previousEntry(list, q3)?.period.key).toBe('2026-Q2');
    expect(previousEntry(list, q2)).toBeNull();
    expect(previousEntry(list, entry(yearPeriod(2026), 1, {}, {}))?.period.key).toBe('2025');
  });

  it('per group and per plan target, unknown stays unknown', () => {
    const v = portalHistoryView(list, q3, plan, 'vi')!;
    expect(v.title).toBe('So với kỳ trước (Quý 2/2026)');
    const rows = Object.fromEntries(v.rows.map((r) => [r.code, r]));
    expect(rows.TOTAL).toMatchObject({ previous: '60,5', current: '69,28', change: '+8,78' });
    expect(rows.TDGQ).toMatchObject({ label: 'Tiến độ giải quyết', previous: '16,12', current: '19', change: '+2,88' });
    expect(rows.MDSH).toMatchObject({ change: '0' });
    expect(rows.CLGQ).toMatchObject({ previous: '—', current: '6,4', change: '—', delta: null });
    expect(rows['CQS-07']).toMatchObject({ previous: '74,47%', current: '100%', change: '+25,53' });
    expect(rows['CQS-09']).toMatchObject({ previous: '—', current: '—', change: '—' });
    const en = portalHistoryView(list, q3, plan, 'en')!;
    expect(en.title).toBe('Compared with the previous period (Q2 2026)');
    expect(en.columns).toEqual(['Group / target', 'Previous', 'This period', 'Change']);
  });

  it('the first period of its kind says there is nothing to compare yet', () => {
    const v = portalHistoryView([q2], q2, plan, 'vi')!;
    expect(v.rows).toEqual([]);
    expect(v.note).toBe('Chưa có kỳ trước cùng loại để so sánh. Các kỳ đã xem được lưu trên máy này.');
  });

  it('the pace to the plan’s deadline: a line through the periods viewed, none past the deadline', () => {
    // the plan ends in 2025: the 2026 quarters are past its deadline, no pace
    expect(portalHistoryView(list, q3, plan, 'vi')!.pace).toEqual([]);
    const v = portalHistoryView(list, q3, planTo2027, 'vi')!;
    const byId = Object.fromEntries(v.pace.map((p) => [p.targetId, p]));
    // CQS-02: 70 on 30/06/2026, 71 on 30/09/2026 (92 days): 71 + 1 × 457 / 92 = 75,97 on 31/12/2027 < 90
    expect(byId['CQS-02']).toMatchObject({ meets: false, text: 'CQS-02: theo đà này 75,97% vào 31/12/2027 — chưa đạt mục tiêu >= 90%' });
    // CQS-07: 74,47 → 100 already: the line passes 100 and is kept at 100
    expect(byId['CQS-07']).toMatchObject({ meets: true });
    expect(byId['CQS-07']!.text).toContain('100% vào 31/12/2027');
    // a target with fewer than two known values has no pace
    expect(byId['CQS-09']).toBeUndefined();
    expect(v.paceMethod).toBe('Cách tính: đường thẳng qua 2 kỳ gần nhất đã xem, đọc tại hạn của kế hoạch.');
  });
});

import { describe, expect, it } from 'vitest';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { deadlineDateText, scorecardView } from '../../../shared/score/view.ts';
import { catalogue, indicator, plan, report } from './helpers.ts';

const source = { document: 'KH' };

describe('scorecardView', () => {
  const p = plan({
    targets: [
      { id: 'a', value: 80, points: 40 },
      { id: 'b', value: 90, points: 60, pillar: 'xa-hoi-so', comparator: '>' },
      { id: 'c', value: true, unit: 'boolean', assessment: 'yes-no', comparator: '=', points: 0 },
      { id: 'h', value: 75, level: 'district' },
    ],
    criteria: [{ id: 'dk', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, mandatory: true, source }],
    awards: [
      {
        id: 'gk',
        award: { vi: 'Giấy khen', en: 'Certificate' },
        recipient: 'collective',
        conditions: [{ kind: 'min-percent', min: 90 }],
        source,
      },
    ],
    deadlines: [{ id: 'bc', label: { vi: 'Báo cáo năm', en: 'Yearly report' }, yearly: { month: 12, day: 10 }, kind: 'before', source }],
  });
  // a: 60/80 → 0.75 × 40 = 30; b: 1234.5 ÷ 1371.67 × 100 ≈ 90% → 60 × 0.99999… (not met: "> 90")
  const card = scoreReportWith(
    report({ a: { value: 60 }, b: { numerator: 1234.5, denominator: 1371.6666666666667 }, c: { value: true }, dk: { value: false } }),
    p,
    catalogue(),
  );
  const vi = scorecardView(card, p, 'vi', { today: '2024-12-01' });
  const en = scorecardView(card, p, 'en', { today: '2024-12-01' });

  it('renders the total with Vietnamese number formats', () => {
    expect(card.total.points).toBeCloseTo(90, 6);
    expect(vi.total.text).toBe('90/100 điểm (90%)');
    expect(en.total.text).toBe('90/100 points (90%)');
    expect(vi.total.barPercent).toBeCloseTo(90, 6);
    expect(vi.title).toBe('Kế hoạch CĐS thử nghiệm 2024');
    expect(vi.unit).toBe('Xã A (A)');
    expect(vi.level).toBe('cấp xã');
  });

  it('renders each item: actual, target with comparator, gap, status', () => {
    const [a, c] = vi.pillars[0]!.items;
    expect(a).toMatchObject({
      label: 'Chỉ tiêu a',
      actualText: '60%',
      targetText: '≥ 80%',
      gapText: 'còn thiếu 20%',
      statusLabel: 'Chưa đạt',
      barPercent: 75,
      pointsText: '30/40 điểm',
      met: false,
      pointsUnknown: false,
    });
    expect(c).toMatchObject({ actualText: 'có', targetText: 'có', statusLabel: 'Đạt', gapText: null, barPercent: 100 });
    const b = vi.pillars[1]!.items[0]!;
    expect(b.actualText).toBe('90%');
    expect(b.targetText).toBe('> 90%');
    expect(b.gapText).toBe('cần vượt 90%');
    expect(en.pillars[0]!.items[0]).toMatchObject({ gapText: '20% short', statusLabel: 'Not met' });
  });

  it('lists pillars with their totals and leaves out targets of another level (with a note)', () => {
    expect(vi.pillars.map((x) => [x.label, x.pointsText, x.metText])).toEqual([
      ['Chính quyền số', '30/40 điểm', '1/2 chỉ tiêu đạt'],
      ['Xã hội số', '60/60 điểm', '0/1 chỉ tiêu đạt'],
    ]);
    expect(vi.pillars.flatMap((x) => x.items).map((i) => i.targetId)).not.toContain('h');
    expect(vi.notes).toContain('1 chỉ tiêu không áp dụng cho cấp xã');
  });

  it('renders the award with its reasons and the criteria', () => {
    expect(vi.award).toMatchObject({ award: 'Giấy khen', eligible: false, statusLabel: 'Chưa đủ điều kiện' });
    // 89.99999…% from a division meets "≥ 90%": only the criterion holds the award back.
    expect(vi.award.reasons).toEqual(['chưa đăng ký thi đua']);
    expect(vi.criteria).toEqual([{ criterionId: 'dk', label: 'Có đăng ký thi đua', mandatory: true, met: false, statusLabel: 'Không' }]);
  });

  it('renders the gains and the deadlines with days left', () => {
    // The criterion that blocks the award comes first, then the targets by points.
    expect(vi.gains.map((g) => g.text)).toEqual([
      'chưa đạt tiêu chí bắt buộc để được khen thưởng',
      '+10 điểm nếu đạt ≥ 80%',
      '+0 điểm nếu đạt > 90%',
    ]);
    expect(vi.gains[0]).toMatchObject({ kind: 'criterion', label: 'Có đăng ký thi đua' });
    expect(vi.deadlines).toEqual([
      { id: 'bc', label: 'Báo cáo năm', dateText: 'trước 10/12/2024', daysLeft: 8, daysLeftText: 'còn 8 ngày', status: 'upcoming' },
    ]);
    expect(en.deadlines[0]!.daysLeftText).toBe('8 days left');
    expect(scorecardView(card, p, 'vi').deadlines).toEqual([]);
  });
});

describe('scorecardView: unknown points say "chưa rõ"', () => {
  it('marks items whose rule or maximum is unknown and notes they are out of the total', () => {
    const p = plan({ scoring: { method: 'points' }, targets: [{ id: 'k' }, { id: 'u' }, { id: 'm' }, { id: 'z', indicatorId: 'zd' }] });
    const indicators = catalogue(
      indicator({ id: 'k', pointRule: { kind: 'linear', max: 1234.5 } }),
      indicator({ id: 'u', pointRule: { kind: 'unknown', max: null } }),
      indicator({ id: 'm', pointRule: { kind: 'monitoring' } }),
      indicator({ id: 'zd', pointRule: { kind: 'linear', max: 6 }, zeroDenominator: 'full' }),
    );
    const card = scoreReportWith(report({ k: { value: 50 }, u: { value: 50 }, m: { value: 50 }, z: { numerator: 0, denominator: 0 } }), p, indicators);
    const view = scorecardView(card, p, 'vi');
    const items = view.pillars.flatMap((x) => x.items);
    expect(items.map((i) => [i.targetId, i.pointsText, i.pointsUnknown])).toEqual([
      ['k', '617,25/1.234,5 điểm', false],
      ['u', 'chưa rõ điểm', true],
      ['m', 'chỉ theo dõi, không tính điểm', false],
      ['z', '0/6 điểm', false],
    ]);
    // 0 ÷ 0 is no data, whatever the indicator's policy: no "✓ Đạt", no points.
    expect(items[3]!.actualText).toBe('mẫu số bằng 0 — chưa có số liệu');
    expect(items[3]!.statusLabel).toBe('Chưa báo cáo');
    expect(view.notes[0]).toBe('1 chỉ tiêu chưa rõ điểm (chưa rõ quy tắc hoặc điểm tối đa): không tính vào tổng');
    expect(view.total.text).toBe('617,25/1.240,5 điểm (49,76%)');
  });

  it('says when nothing is reported', () => {
    const p = plan({ targets: [{ id: 'a' }] });
    const view = scorecardView(scoreReportWith(report({}, { name: null, code: null }, { period: null }), p, catalogue()), p, 'vi');
    expect(view.pillars[0]!.items[0]!.actualText).toBe('chưa báo cáo');
    expect(view.unit).toBe('(chưa ghi đơn vị)');
    expect(view.period).toBe('(chưa ghi kỳ báo cáo)');
    expect(view.notes).toContain('1 chỉ tiêu chưa báo cáo: tính 0 điểm');
  });
});

describe('deadlineDateText', () => {
  it('keeps the document’s precision', () => {
    expect(deadlineDateText({ date: '2024-09-30', precision: 'quarter', kind: 'by' }, 'vi')).toBe('hạn quý III/2024');
    expect(deadlineDateText({ date: '2024-09-30', precision: 'quarter', kind: 'by' }, 'en')).toBe('by Q3 2024');
    expect(deadlineDateText({ date: '2025-12-31', precision: 'year', kind: 'by' }, 'vi')).toBe('hạn năm 2025');
    expect(deadlineDateText({ date: '2024-09-30', precision: 'month', kind: 'before' }, 'vi')).toBe('trước tháng 9/2024');
    expect(deadlineDateText({ date: '2023-11-15', precision: 'day', kind: 'before' }, 'vi')).toBe('trước 15/11/2023');
  });
});

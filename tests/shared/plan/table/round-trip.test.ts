import { describe, expect, it } from 'vitest';
import { checkPlan, plans } from '../../../../shared/data/index.ts';
import { canonicalPlan, emptyPlanGrid, planToGrid, readPlanTable } from '../../../../shared/plan/table/index.ts';
import type { Plan } from '../../../../shared/schema/plan.ts';

describe('plan → table → plan', () => {
  it('covers all six bundled plans', () => {
    expect(plans.map((p) => p.id).sort()).toEqual(
      ['cat-ne-2024', 'hai-an-2025-2030', 'hung-dao-2023', 'ninh-hai-2023', 'qd766-national', 'van-phuc-2023-2025'],
    );
  });

  for (const plan of plans) {
    it(`${plan.id} reads back to the same plan`, () => {
      const { grid } = planToGrid(plan);
      const back = readPlanTable(grid);
      expect(back.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(back.plan).toEqual(canonicalPlan(plan));
      // Same targets, comparators, values, levels in the same order: nothing is merged or dropped.
      expect(back.plan!.targets.map((t) => [t.id, t.comparator, t.value, t.level ?? null])).toEqual(
        plan.targets.map((t) => [t.id, t.comparator, t.value, t.level ?? null]),
      );
    });
  }

  it('keeps every kind of award condition, proposals, local indicators and source marks', () => {
    const doc = 'Kế hoạch số 5/KH-UBND';
    const json = {
      id: 'thu-dieu-kien',
      title: { vi: 'Kế hoạch thử', en: 'Test plan' },
      locality: { name: 'xã Thử' },
      level: 'commune',
      period: { from: 2025, to: 2027, label: 'giai đoạn 1: 2025–2027' },
      scoring: { method: 'points', note: 'điểm theo kế hoạch' },
      targets: [
        { id: 'A', label: { vi: 'Chỉ tiêu A' }, pillar: 'xa-hoi-so', comparator: '<=', value: 0.5, unit: 'percent', assessment: 'quantitative', points: 2.5, source: { document: doc, file: 'a.txt', evidence: 'primary' } },
        { id: 'B', label: { vi: 'Chỉ tiêu B', en: 'Target B' }, pillar: 'an-toan-thong-tin', comparator: '=', value: true, unit: 'boolean', assessment: 'qualitative', source: { document: 'Văn bản khác', note: 'ghi chú' } },
        { id: 'C', label: { vi: 'Chỉ tiêu C' }, pillar: 'kinh-te-so', comparator: '>', value: 1.234, unit: 'days', level: 'district', assessment: 'quantitative', source: { document: doc, evidence: 'primary' } },
      ],
      criteria: [
        { id: 'K1', group: 'individual', label: { vi: 'Tiêu chí 1' }, mandatory: true, note: 'chỉ với cán bộ', source: { document: doc, file: 'a.txt', evidence: 'primary' } },
        { id: 'K2', group: 'individual', label: { vi: 'Tiêu chí 2' }, mandatory: false, source: { document: doc, file: 'a.txt', evidence: 'primary' } },
        { id: 'K3', group: 'individual', label: { vi: 'Tiêu chí 3' }, mandatory: false, source: { document: doc, file: 'a.txt', evidence: 'primary' } },
      ],
      awards: [
        {
          id: 'KT-A',
          award: { vi: 'Giấy khen' },
          recipient: 'individual',
          group: 'individual',
          conditions: [
            { kind: 'min-percent', min: 80 },
            { kind: 'min-targets-met', min: 75.5 },
            { kind: 'criterion', criterionId: 'K1' },
            { kind: 'one-of', conditions: [{ kind: 'criterion', criterionId: 'K2' }, { kind: 'criterion', criterionId: 'K3' }] },
            { kind: 'indicator', code: 'A', comparator: '<=', value: 0.5, label: { vi: 'A không quá 0,5%', en: 'A at most 0.5%' } },
            { kind: 'all-targets-met' },
            { kind: 'results-count' },
            { kind: 'all-of', conditions: [{ kind: 'min-percent', min: 90 }, { kind: 'indicator', code: 'C', comparator: '>', value: 2, label: { vi: 'C > 2', en: 'C > 2' } }], label: { vi: 'Điểm cao và C', en: 'High score and C' } },
            { kind: 'one-of', conditions: [{ kind: 'indicator', code: 'A', comparator: '<', value: 1.5, label: { vi: 'A dưới 1,5%', en: 'A below 1.5%' } }, { kind: 'criterion', criterionId: 'K3' }] },
            { kind: 'one-of', conditions: [{ kind: 'results-count' }, { kind: 'min-targets-met', min: 50 }] },
          ],
          proposal: true,
          quota: 2,
          note: 'đề nghị',
          source: { document: doc, file: 'a.txt', evidence: 'primary' },
        },
      ],
      deadlines: [
        { id: 'D1', label: { vi: 'Nộp hồ sơ' }, date: '2025-09-30', precision: 'quarter', kind: 'before', who: 'individual', source: { document: doc, file: 'a.txt', evidence: 'primary' } },
        { id: 'D2', label: { vi: 'Hằng năm' }, yearly: { month: 2, day: 29 }, source: { document: doc, file: 'a.txt', evidence: 'primary' } },
      ],
      source: { document: doc, section: 'toàn văn', file: 'a.txt', evidence: 'primary', note: 'bản chụp' },
    };
    const checked = checkPlan(json);
    expect(checked.issues).toEqual([]);
    const plan = checked.plan as Plan;
    const back = readPlanTable(planToGrid(plan).grid);
    expect(back.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(back.plan).toEqual(canonicalPlan(plan));
    expect(back.plan!.targets[0]!.indicatorId).toBe('A');
  });

  it('writes English columns only when some English differs from the Vietnamese', () => {
    const vnOnly = checkPlan({
      id: 'x', title: { vi: 'Kế hoạch' }, locality: { name: 'xã X' }, level: 'commune',
      period: { from: 2024, to: 2024, label: '2024' }, scoring: { method: 'attainment' },
      targets: [{ id: 'T', label: { vi: 'Chỉ tiêu' }, pillar: 'nen-tang', comparator: '>=', value: 1, unit: 'count', assessment: 'quantitative', source: { document: 'KH' } }],
      criteria: [], awards: [], deadlines: [], source: { document: 'KH' },
    }).plan!;
    const names = planToGrid(vnOnly).grid.flat().filter((c): c is string => typeof c === 'string');
    expect(names.some((n) => n.includes('tiếng Anh'))).toBe(false);
    expect(names).toContain('Mã chỉ tiêu');
  });
});

describe('emptyPlanGrid', () => {
  it('lays out every label and column, and its blanks are reported cell by cell', () => {
    const layout = emptyPlanGrid({ rows: 3 });
    expect(layout.sections.map((s) => s.kind)).toEqual(['targets', 'criteria', 'awards', 'deadlines']);
    const targets = layout.sections[0]!;
    expect(targets.lastRow - targets.firstRow + 1).toBe(3);
    expect(layout.grid[targets.headerRow - 1]![targets.columns.comparator! - 1]).toBe('So sánh');
    const result = readPlanTable(layout.grid);
    expect(result.plan).toBeNull();
    const blanks = result.issues.filter((i) => i.code === 'plan-table-blank').map((i) => i.location.a1);
    // id, title, locality, level, period, document: each blank value cell named
    expect(blanks).toEqual(expect.arrayContaining(['B2', 'B3', 'B4']));
    expect(blanks.length).toBeGreaterThanOrEqual(6);
  });
});

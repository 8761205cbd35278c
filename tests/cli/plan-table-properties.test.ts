// Property: any plan an officer could write survives plan → table → CSV text → table → plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTableCsv } from '../../cli/io/plan-table-xlsx.ts';
import { readCsvGrid } from '../../cli/io/read-csv.ts';
import { checkPlan } from '../../shared/data/index.ts';
import { canonicalPlan, planToGrid, readPlanTable } from '../../shared/plan/table/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';

// Text as officers write it: Vietnamese letters, digits, punctuation that CSV must quote, and the
// characters a spreadsheet would take for a formula. No leading or trailing spaces (a cell's own
// spaces are not part of its value).
const word = fc.constantFrom('Tỷ lệ', 'hồ sơ', '"trực tuyến"', 'cấp xã,', 'ĐẠT', '=SUM(A1)', '-', '+84', '@x', '80%', '1.234', 'a;b', 'dòng\nmới', '(QĐ 766)');
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ').trim()).filter((s) => s !== '' && s === s.trim() && !/^'/.test(s));
const code = fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,3}$/);
const source = fc.record({ document: fc.constant('Kế hoạch số 1/KH-UBND'), section: fc.option(text, { nil: undefined }) }, { requiredKeys: ['document'] });
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0.001, max: 100, noNaN: true }).map((v) => Math.round(v * 1000) / 1000));
const target = fc.oneof(
  fc.record({
    label: fc.record({ vi: text, en: fc.option(text, { nil: undefined }) }, { requiredKeys: ['vi'] }),
    pillar: fc.constantFrom('chinh-quyen-so', 'kinh-te-so', 'xa-hoi-so', 'an-toan-thong-tin', 'nen-tang', 'qd766'),
    comparator: fc.constantFrom('>=', '>', '=', '<=', '<'),
    value: percent,
    unit: fc.constant('percent'),
    assessment: fc.constant('quantitative'),
    level: fc.option(fc.constantFrom('commune', 'district', 'province'), { nil: undefined }),
    points: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    note: fc.option(text, { nil: undefined }),
    source,
  }, { requiredKeys: ['label', 'pillar', 'comparator', 'value', 'unit', 'assessment', 'source'] }),
  fc.record({
    label: fc.record({ vi: text }),
    pillar: fc.constant('nen-tang'),
    comparator: fc.constant('>='),
    value: fc.integer({ min: 0, max: 5000 }),
    unit: fc.constantFrom('count', 'days', 'points'),
    assessment: fc.constant('quantitative'),
    source,
  }),
  fc.record({
    label: fc.record({ vi: text }),
    pillar: fc.constant('xa-hoi-so'),
    comparator: fc.constant('='),
    value: fc.constant(true),
    unit: fc.constant('boolean'),
    assessment: fc.constantFrom('yes-no', 'qualitative'),
    source,
  }),
);

const planJson = fc
  .record({
    targets: fc.uniqueArray(fc.tuple(code, target), { minLength: 1, maxLength: 6, selector: ([c]) => c }),
    criteria: fc.uniqueArray(fc.tuple(code.map((c) => `TC${c}`), text, fc.boolean()), { maxLength: 3, selector: ([c]) => c }),
    quota: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    min: fc.option(percent, { nil: undefined }),
    date: fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }),
    title: text,
  })
  .map(({ targets, criteria, quota, min, date, title }) => ({
    id: 'ke-hoach-thu',
    title: { vi: title },
    locality: { name: 'xã Thử' },
    level: 'commune',
    period: { from: 2024, to: 2025, label: '2024–2025' },
    scoring: { method: 'attainment' },
    targets: targets.map(([id, t]) => ({ id, ...t })),
    criteria: criteria.map(([id, label, mandatory]) => ({ id, group: 'collective', label: { vi: label }, mandatory, source: { document: 'Kế hoạch số 1/KH-UBND' } })),
    awards: [{
      id: 'KT-1', award: { vi: 'Giấy khen' }, recipient: 'collective',
      conditions: [...(min === undefined ? [] : [{ kind: 'min-percent', min }]), ...criteria.map(([id]) => ({ kind: 'criterion', criterionId: id }))],
      ...(quota === undefined ? {} : { quota }),
      source: { document: 'Kế hoạch số 1/KH-UBND' },
    }],
    deadlines: [{ id: 'TH-1', label: { vi: 'Báo cáo' }, date: date.toISOString().slice(0, 10), source: { document: 'Kế hoạch số 1/KH-UBND' } }],
    source: { document: 'Kế hoạch số 1/KH-UBND' },
  }));

describe('plan table round trip (property)', () => {
  it('every generated plan reads back from its CSV to the same plan', () => {
    fc.assert(
      fc.property(planJson, (json) => {
        const checked = checkPlan(json);
        expect(checked.issues).toEqual([]);
        const plan = checked.plan as Plan;
        const csv = planTableCsv(planToGrid(plan).grid);
        const back = readPlanTable(readCsvGrid(csv));
        expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(back.plan).toEqual(canonicalPlan(plan));
      }),
      { numRuns: 60 },
    );
  });
});

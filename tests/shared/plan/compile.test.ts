// compilePlan: one frozen compiled plan per run, the same answers as the wrapper path that compiles
// per call, on every bundled plan and every sample report.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvGrid } from '../../../cli/io/read-csv.ts';
import { getPlan, indicatorById, plans } from '../../../shared/data/index.ts';
import { createLocationBook, readReportTable } from '../../../shared/parse/report-table.ts';
import { compiledFor, compilePlan } from '../../../shared/plan/compile.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { scoreCompiled } from '../../../shared/score/score-report.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { validateCompiled, validateReport } from '../../../shared/validate/index.ts';

const SAMPLES = new URL('../../../samples/', import.meta.url);

function sampleFiles(): { file: string; text: string }[] {
  return ['reports', 'ninh-hai-2023'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, SAMPLES))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(new URL(`${dir}/${f}`, SAMPLES), 'utf8') })),
  );
}

/** Every object reachable from `value`, but not through the caller's own plan and catalogue. */
function ownObjects(value: unknown, skip: ReadonlySet<unknown>, seen = new Set<unknown>()): unknown[] {
  if (value === null || typeof value !== 'object' || skip.has(value) || seen.has(value)) return [];
  seen.add(value);
  const children = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  return [value, ...children.flatMap((c) => ownObjects(c, skip, seen))];
}

/** A filled copy of a plan's template: every number 80%, every yes/no "có", one row left blank. */
function filledTemplate(plan: Plan) {
  const { grid, layout } = reportTemplate(plan, { unitName: 'Xã Thử', unitCode: 'X01', period: '2024' });
  layout.rows.forEach((r, i) => {
    if (i === 1) return;
    grid[r.row - 1]![layout.table.columns.value - 1] = r.expects === 'boolean' ? (i % 3 === 0 ? 'không' : 'có') : `${60 + ((i * 7) % 41)}%`;
  });
  return grid;
}

describe('compilePlan', () => {
  it('is frozen all the way down, except the caller’s own plan and catalogue it refers to', () => {
    for (const plan of plans) {
      const compiled = compilePlan(plan, plan.level, { indicators: indicatorById });
      expect(compiled.plan).toBe(plan);
      expect(compiled.indicators).toBe(indicatorById);
      const skip = new Set<unknown>([plan, indicatorById, ...indicatorById.values(), ...plan.targets, ...plan.criteria, ...plan.awards, ...plan.awards.flatMap((a) => a.conditions)]);
      const objects = ownObjects(compiled, skip);
      expect(objects.length).toBeGreaterThan(10);
      expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
      // Frozen maps and sets refuse writes, too (Object.freeze alone would not stop Map#set).
      expect(() => (compiled.index.items as Map<string, unknown>).set('x', null)).toThrow(TypeError);
      expect(() => (compiled.targetIds as Set<string>).add('x')).toThrow(TypeError);
      expect(() => (compiled.ruleConditions as unknown[]).push([])).toThrow(TypeError);
    }
  });

  it('never changes the plan it compiles', () => {
    const plan = getPlan('hai-an-2025-2030')!;
    const before = JSON.stringify(plan);
    compilePlan(plan, 'commune', { indicators: indicatorById });
    expect(JSON.stringify(plan)).toBe(before);
    expect(Object.isFrozen(plan)).toBe(false);
  });

  it('gives the same validation and scorecards as the wrapper path, on every bundled plan', () => {
    for (const plan of plans) {
      const compiled = compilePlan(plan, plan.level, { indicators: indicatorById });
      const locations = createLocationBook();
      const grid = filledTemplate(plan);
      const viaWrapper = validateReport(readReportTable(grid, 'Báo cáo').table!, plan);
      const viaCompiled = validateCompiled(readReportTable(grid, 'Báo cáo', { locations }).table!, compiled);
      expect(viaCompiled).toEqual(viaWrapper);
      expect(validateReport(readReportTable(grid, 'Báo cáo').table!, plan, { compiled })).toEqual(viaWrapper);
      const card = scoreReport(viaWrapper.report, plan, { issues: viaWrapper.issues });
      expect(scoreCompiled(viaCompiled.report, compiled, viaCompiled.issues)).toEqual(card);
      expect(scoreReport(viaWrapper.report, plan, { issues: viaWrapper.issues, compiled })).toEqual(card);
      expect(card.items.length).toBe(plan.targets.length);
    }
  });

  it('gives the same results as the wrapper path on every sample report, with one compiled plan per plan', () => {
    const samples = sampleFiles();
    expect(samples.length).toBeGreaterThan(5);
    const compiledByPlan = new Map(plans.map((p) => [p.id, compilePlan(p, p.level, { indicators: indicatorById })]));
    const locations = createLocationBook();
    let scored = 0;
    for (const { file, text } of samples) {
      const grid = readCsvGrid(text);
      const table = readReportTable(grid, null).table;
      expect(table, file).not.toBeNull();
      const planId = String(table!.header.planId?.raw ?? '').trim();
      const plan = getPlan(planId) ?? getPlan(file.split('/')[1]!.replace(/\.csv$/, ''))!;
      const compiled = compiledByPlan.get(plan.id)!;
      const wrapped = validateReport(table!, plan);
      const fast = validateReport(readReportTable(grid, null, { locations }).table!, plan, { compiled });
      expect(fast, file).toEqual(wrapped);
      expect(scoreReport(fast.report, plan, { compiled }), file).toEqual(scoreReport(wrapped.report, plan));
      scored++;
    }
    expect(scored).toBe(samples.length);
  });

  it('reads a report that does not state its level at the compiled level', () => {
    const plan = getPlan('ninh-hai-2023')!;
    const levels = new Set(plan.targets.map((t) => t.level ?? null));
    expect(levels.size).toBeGreaterThan(1); // the plan has level-specific targets
    const grid = filledTemplate(plan);
    const table = readReportTable(grid, 'Báo cáo').table!;
    const noLevel = { ...table, header: { ...table.header, level: null } };
    const atPlan = validateCompiled(noLevel, compilePlan(plan, plan.level, { indicators: indicatorById }));
    const other = plan.level === 'commune' ? 'district' : 'commune';
    const atOther = validateCompiled(noLevel, compilePlan(plan, other, { indicators: indicatorById }));
    expect(Object.keys(atOther.report.items)).not.toEqual(Object.keys(atPlan.report.items));
    expect(validateReport(noLevel, plan)).toEqual(atPlan);
  });

  it('is used only for its own plan and catalogue: another one is compiled afresh', () => {
    const a = getPlan('cat-ne-2024')!;
    const b = getPlan('van-phuc-2023-2025')!;
    const compiledA = compilePlan(a, a.level, { indicators: indicatorById });
    expect(compiledFor(a, compiledA, indicatorById)).toBe(compiledA);
    expect(compiledFor(b, compiledA, indicatorById).plan).toBe(b);
    expect(compiledFor(a, compiledA, new Map()).indicators.size).toBe(0);
    const grid = filledTemplate(b);
    const table = readReportTable(grid, 'Báo cáo').table!;
    expect(validateReport(table, b, { compiled: compiledA })).toEqual(validateReport(table, b));
  });

  it('works out each award rule’s conditions and the criteria’s "not met" wording up front', () => {
    const plan = getPlan('hai-an-2025-2030')!;
    const compiled = compilePlan(plan, plan.level, { indicators: indicatorById });
    expect(compiled.ruleConditions.length).toBe(plan.awards.length);
    plan.awards.forEach((rule, i) => {
      // The rule's own conditions come first, the very same objects.
      expect(compiled.ruleConditions[i]!.slice(0, rule.conditions.length)).toEqual(rule.conditions);
      rule.conditions.forEach((c, j) => expect(compiled.ruleConditions[i]![j]).toBe(c));
    });
    for (const c of plan.criteria) expect(compiled.negatedLabels.get(c.label.vi)).toMatch(/^chưa /);
  });
});

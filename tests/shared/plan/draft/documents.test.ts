// Whole plan documents: the five seed plans (whose targets the bundled plans carry, so they are the
// gold standard) and plans of other localities the drafter was not written on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPlan, indicatorById, indicators } from '../../../../shared/data/index.ts';
import { draftPlan, type PlanDraft } from '../../../../shared/plan/draft/index.ts';
import { draftQuality, goldFromPlan, type GoldTarget } from '../../../../shared/plan/draft/quality.ts';
import { draftToGrid, draftToPlan } from '../../../../shared/plan/draft/to-plan.ts';
import { readPlanTable } from '../../../../shared/plan/table/index.ts';
import type { Level } from '../../../../shared/schema/common.ts';
import { SEED_PLANS } from '../../../../shared/data/seeds/index.ts';

const SEEDS = new URL('../../../../shared/data/seeds/', import.meta.url);
const FIXTURES = new URL('../../../fixtures/plan-draft/', import.meta.url);

const seeds = SEED_PLANS;

function seedDraft(file: string): PlanDraft {
  return draftPlan(readFileSync(new URL(file, SEEDS), 'utf8'), { indicators });
}

describe('the five seed plans', () => {
  it.each(seeds)('%s: every quantitative target of %s is proposed with its comparator, value and level', (file, planId) => {
    const plan = getPlan(planId)!;
    const q = draftQuality(seedDraft(file), goldFromPlan(plan), plan.level);
    expect(q.missed).toEqual([]);
    expect(q.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('every quote is an exact piece of the extracted text, at its offset', () => {
    for (const [file] of seeds) {
      const text = readFileSync(new URL(file, SEEDS), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
      const d = draftPlan(text);
      const sources = [...d.targets, ...d.deadlines, ...d.awards].map((x) => x.source);
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(text.slice(s.offset, s.offset + s.quote.length)).toBe(s.quote);
    }
  });

  it('Vạn Phúc: the header, the review quarters and the award forms', () => {
    const d = seedDraft('000_7ac6ef8f8f12be28.txt');
    expect(d.issuer).toBe('UBND xã Vạn Phúc');
    expect(d.level).toBe('commune');
    expect(d.issued.date).toBe('2023-08-25');
    expect(d.period).toMatchObject({ from: 2023, to: 2025 });
    expect(d.deadlines.map((x) => [x.date, x.precision])).toEqual([['2024-09-30', 'quarter'], ['2025-12-31', 'quarter']]);
    expect(d.awards.find((a) => a.minPercent !== null)?.minPercent).toBe(90);
    const bk = d.awards.find((a) => a.form?.startsWith('Bằng khen'));
    expect(bk).toMatchObject({ form: 'Bằng khen của Chủ tịch UBND tỉnh', proposal: true });
  });

  it('Ninh Hải: the three "trước ngày" deadlines and the quota of 3 collectives and 5 individuals', () => {
    const d = seedDraft('003_b1016627daa8395a.txt');
    expect(d.level).toBe('district');
    expect(d.deadlines.map((x) => [x.date, x.kind]).sort()).toEqual([['2023-11-15', 'before'], ['2023-11-30', 'before'], ['2023-12-15', 'before']]);
    expect(d.awards.find((a) => a.quota)?.quota).toEqual({ collective: 3, individual: 5 });
    expect(d.awards.some((a) => a.form === 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện')).toBe(true);
  });

  it('Hải An: a fixed date and the yearly 10/12 and 20/5 reports', () => {
    const d = seedDraft('004_52b1619693e432af.txt');
    expect(d.deadlines.some((x) => x.date === '2025-07-18')).toBe(true);
    expect(d.deadlines.filter((x) => x.yearly).map((x) => `${x.yearly!.day}/${x.yearly!.month}`)).toEqual(expect.arrayContaining(['10/12', '20/5']));
  });
});

// tinh-mau and huyen-mau were written from other provinces' plans to cover the genre (the drafter was
// corrected on them); phuong-hoa-an was written afterwards and first run as a held-out document.
// xa-dong-son and huyen-ky-son were written for the acceptance review (first run 12/14 and 13/13,
// one wrong year); the drafter was corrected on them (tests/shared/plan/draft/genre-review.test.ts).
describe('plans of other localities', () => {
  const docs = ['tinh-mau-2025', 'huyen-mau-2026', 'phuong-hoa-an-2025', 'xa-dong-son-2026', 'huyen-ky-son-2025'];
  it.each(docs)('%s: the gold targets are found', (name) => {
    const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, FIXTURES), 'utf8')) as { level: Level; targets: GoldTarget[] };
    const d = draftPlan(readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8'), { indicators });
    const q = draftQuality(d, gold.targets, gold.level);
    expect(q.missed).toEqual([]);
    expect(q.extra).toEqual([]);
  });

  it('the province plan: quotas, the proposal to the Prime Minister, yearly and quarter deadlines', () => {
    const d = draftPlan(readFileSync(new URL('tinh-mau-2025.txt', FIXTURES), 'utf8'));
    expect(d).toMatchObject({ issuer: 'UBND tỉnh Bình Minh', level: 'province', issued: { number: '215/KH-UBND', date: '2025-03-12' }, movement: 'Chuyển đổi số tỉnh Bình Minh' });
    expect(d.awards.find((a) => a.quota)?.quota).toEqual({ collective: 5, individual: 10 });
    expect(d.awards.find((a) => a.form === 'Bằng khen của Thủ tướng Chính phủ')?.proposal).toBe(true);
    expect(d.awards.find((a) => a.minPercent !== null)?.minPercent).toBe(85);
    expect(d.deadlines.map((x) => x.date ?? `${x.yearly!.day}/${x.yearly!.month}`)).toEqual(['2025-11-30', '15/6', '2027-12-31']);
  });
});

describe('the draft as a plan table for review', () => {
  it('reading the table back stops at the blank plan id until the officer fills it in', () => {
    const d = seedDraft('001_2d2fca842c8bf0cb.txt');
    const pg = draftToGrid(d, indicatorById);
    const first = readPlanTable(pg.grid, { sheet: 'Kế hoạch' });
    expect(first.plan).toBeNull();
    const at = pg.header.id!;
    expect(first.issues.some((i) => i.location.row === at.row && i.severity === 'error')).toBe(true);

    pg.grid[at.row - 1]![at.valueColumn - 1] = 'hung-dao-2023-nhap';
    const second = readPlanTable(pg.grid, { sheet: 'Kế hoạch' });
    expect(second.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const plan = second.plan!;
    expect(plan.targets.map((t) => [t.comparator, t.value, t.level ?? null])).toEqual(d.targets.map((t) => [t.comparator, t.value, t.level]));
    // Every row keeps the document's words for the review.
    for (const t of plan.targets) expect(t.source.note).toMatch(/^(Lời văn mềm.*)?Trích dòng \d+: “/);
  });

  it('unmatched targets become local indicators of the plan, matched ones keep the catalogue id', () => {
    const plan = draftToPlan(seedDraft('003_b1016627daa8395a.txt'), indicatorById);
    const byValue = plan.targets.map((t) => t.indicatorId === t.id ? 'local' : t.indicatorId);
    expect(byValue).toContain('ONLINE_SERVICE_WITH_DOSSIERS');
    expect(byValue).toContain('local');
    expect(plan.id).toBe('ninh-hai-2023');
  });
});

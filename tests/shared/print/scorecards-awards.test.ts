// Issue 13 on the printed scorecard (`cds score --html|--docx`, the add-on's "In bảng điểm"): the
// movement, the report's target group, each target's note and every award rule of the report's own
// group with its status ("Có thể đề nghị" for a proposal), conditions and note; other groups' rules hidden.
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import type { Lang } from '../../../shared/messages/index.ts';
import { scorecardsDocument } from '../../../shared/print/scorecards.ts';
import type { PrintDocument } from '../../../shared/print/model.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { report, type ItemInput } from '../score/helpers.ts';

function mustPlan(id: string): Plan {
  const p = getPlan(id);
  if (!p) throw new Error(`bundled plan ${id} is missing`);
  return p;
}

const yes = { value: true };
const answers = (ids: string[]): Record<string, ItemInput> => Object.fromEntries(ids.map((id) => [id, yes]));

/** Every text of the body, one string per paragraph, list item or table cell. */
function bodyTexts(doc: PrintDocument): string[] {
  return doc.body.flatMap((b) => {
    switch (b.kind) {
      case 'list':
        return b.items;
      case 'table':
        return b.rows.flatMap((row) => row.cells.map((cell) => cell.join('\n')));
      default:
        return [b.text];
    }
  });
}

function printed(p: Plan, items: Record<string, ItemInput>, unit: Parameters<typeof report>[1], lang: Lang): string[] {
  const card = scoreReport(report(items, unit), p);
  return bodyTexts(scorecardsDocument([{ card, plan: p, source: 'xa.xlsx', errors: 0, failure: null }], { lang, date: '2025-01-15' }));
}

describe('the printed scorecard shows the notes, the movement and every award rule of the report\'s group', () => {
  const p = mustPlan('van-phuc-2023-2025');
  const commune = { ...answers(['TT-01', 'TT-02', 'TT-03', 'TT-04']), 'dti-ty-le-diem': { value: 95 }, 'CQS-03': yes };

  it('prints the movement, the group and "Từ năm 2023" under CQS-03', () => {
    const texts = printed(p, commune, {}, 'vi');
    expect(texts).toContain('Phong trào: Chuyển đổi số giai đoạn 2023 – 2025');
    expect(texts).toContain('Đối tượng: cơ quan, đơn vị');
    const cqs03 = texts.find((x) => x.includes('Ghi chú: Từ năm 2023.'));
    expect(cqs03?.split('\n')).toHaveLength(2);
  });

  it('prints the district Giấy khen as eligible and the provincial Bằng khen as "Có thể đề nghị", each with its conditions and note; no individual rule', () => {
    const texts = printed(p, commune, {}, 'vi');
    const kt01 = texts.find((x) => x.startsWith('✓ Giấy khen của Chủ tịch UBND huyện — Đủ điều kiện.'));
    expect(kt01).toMatch(/Điều kiện: .*\(TT-01\).*90%/);
    expect(kt01).toContain('Ghi chú: Xét hằng năm');
    const kt02 = texts.find((x) => x.includes('Bằng khen của Chủ tịch UBND tỉnh (đề nghị)'));
    expect(kt02).toMatch(/^\? Bằng khen của Chủ tịch UBND tỉnh \(đề nghị\) — Có thể đề nghị\./);
    expect(kt02).toMatch(/nếu có/);
    expect(kt02).not.toMatch(/Đủ điều kiện/);
    // The individuals' rules (KT-03, KT-04, KT-05) are for another group: not printed.
    expect(texts.filter((x) => /^[✓?✗] /.test(x) && /Giấy khen|Bằng khen/.test(x))).toHaveLength(2);
    expect(texts.some((x) => x.includes('Chủ tịch UBND xã'))).toBe(false);
  });

  it('says so when the conditions do not hold, and a proposal not met is marked as proposal only; English on request', () => {
    const texts = printed(p, { 'TT-01': yes }, {}, 'en');
    const kt02 = texts.find((x) => x.includes('Provincial People\'s Committee (proposed)'));
    expect(kt02).toMatch(/^✗ .* — Not eligible \(proposal only\)\. Conditions: /);
    expect(texts).toContain('Movement: Chuyển đổi số giai đoạn 2023 – 2025');
  });

  it('prints an individual\'s rules only: both Giấy khen eligible, the Bằng khen "Có thể đề nghị"', () => {
    const texts = printed(p, answers(['CN-01', 'CN-02']), { group: 'individual' }, 'vi');
    expect(texts).toContain('Đối tượng: cá nhân');
    const rules = texts.filter((x) => /^[✓?✗] /.test(x) && /Giấy khen|Bằng khen/.test(x)).map((x) => x.split('.')[0]);
    expect(rules).toEqual([
      '✓ Giấy khen của Chủ tịch UBND huyện — Đủ điều kiện',
      '✓ Giấy khen của Chủ tịch UBND xã — Đủ điều kiện',
      '? Bằng khen của Chủ tịch UBND tỉnh (đề nghị) — Có thể đề nghị',
    ]);
  });
});

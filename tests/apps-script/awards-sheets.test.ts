// Issue 13 in the add-on: the template's `Đối tượng` cell is an input like `Cấp` (filled, with a
// drop-down), and the "Kết quả" sheet tells rules apart by id, shows "Có thể đề nghị" in its own
// informative colour (never the not-met red), and carries the group, the movement and the notes.
import { describe, expect, it } from 'vitest';
import { resultLines } from '../../apps-script/src/result-sheet.ts';
import type { ScoreDto, TemplateDone } from '../../apps-script/src/dto.ts';
import type { ScorecardView } from '../../shared/score/view.ts';
import { ok, rowOf, useBundle } from './helpers.ts';

const { setUp } = useBundle();

/** A fresh workbook with a Vạn Phúc report of Xã Vạn Phúc for 2025 in its `Báo cáo` sheet. */
function vanPhucReport() {
  const { gas, app } = setUp();
  ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: 'X1', period: '2025' }));
  return { gas, app, sheet: gas.book.sheet('Báo cáo') };
}

const INPUT_FILL = '#fffbea';
const PROPOSABLE = '#ddf4ff';
const MET = '#dafbe1';

describe('the template\'s Đối tượng cell', () => {
  it('is filled as an input and offers the five groups, like Cấp beside it; its label is not', () => {
    const { sheet } = vanPhucReport();
    expect([sheet.value('A4'), sheet.value('C4')]).toEqual(['Cấp', 'Đối tượng']);
    expect(sheet.cell('B4').background).toBe(INPUT_FILL);
    expect(sheet.cell('D4').background).toBe(INPUT_FILL);
    expect(sheet.cell('C4').background).not.toBe(INPUT_FILL);
    expect(sheet.cell('D4').validation?.criteria).toEqual({ kind: 'list', values: ['cơ quan, đơn vị', 'thôn, xóm', 'doanh nghiệp', 'cá nhân', 'khác'] });
  });
});

describe('the "Kết quả" sheet\'s award rules', () => {
  it('shows the district Giấy khen as met and the provincial Bằng khen "Có thể đề nghị" in blue, by rule id, with conditions and notes', () => {
    const { gas, app, sheet } = vanPhucReport();
    for (const code of ['TT-01', 'TT-02', 'TT-03', 'TT-04']) sheet.type(`E${rowOf(sheet, code)}`, 'có');
    sheet.type(`E${rowOf(sheet, 'dti-ty-le-diem')}`, '95%');
    const score = ok<ScoreDto>(app.sidebarScore('2025-06-01'));
    expect(score.views.vi.award.rules.map((r) => [r.ruleId, r.status])).toEqual([['KT-01', 'eligible'], ['KT-02', 'proposable']]);

    const result = gas.book.sheet('Kết quả');
    const grid = result.snapshot();
    const row = (id: string) => grid.findIndex((l) => l[1] === id) + 1;
    expect(grid[row('KT-01') - 1]![5]).toBe('Đủ điều kiện');
    expect(result.cell(`F${row('KT-01')}`).background).toBe(MET);
    expect(grid[row('KT-02') - 1]![5]).toBe('Có thể đề nghị');
    expect(result.cell(`F${row('KT-02')}`).background).toBe(PROPOSABLE);
    expect(String(grid[row('KT-02')]![2])).toMatch(/^Điều kiện: .*\(TT-01\)/);
    expect(grid.some((l) => String(l[2]).startsWith('Ghi chú: Văn bản chỉ cho phép đề nghị'))).toBe(true);
    // The group, the movement and "Từ năm 2023." under CQS-03.
    expect(grid.some((l) => l[0] === 'Đối tượng: cơ quan, đơn vị' && l[2] === 'Phong trào: Chuyển đổi số giai đoạn 2023 – 2025')).toBe(true);
    expect(String(grid.find((l) => l[1] === 'CQS-03')![2])).toMatch(/\nGhi chú: Từ năm 2023\.$/);
    // The individuals' rules (same award names) are not shown.
    expect(grid.some((l) => ['KT-03', 'KT-04', 'KT-05'].includes(String(l[1])))).toBe(false);
  });

  it('lists two rules with the same award name each once, with its own status', () => {
    const rule = (ruleId: string, status: 'eligible' | 'not-eligible' | 'proposable') => ({
      ruleId, award: 'Giấy khen', eligible: status === 'eligible', status, statusLabel: status, reasons: [], proposal: status === 'proposable', conditions: [], note: null,
    });
    const view = {
      title: 'KH', unit: 'Xã A', period: '2025', total: { text: '—', barPercent: 0, percent: null }, pillars: [], criteria: [], gains: [], deadlines: [], notes: [],
      movement: null, group: 'Đối tượng: cơ quan, đơn vị', level: null, lang: 'vi',
      award: { award: 'Giấy khen', ruleId: 'A', eligible: true, status: 'eligible', statusLabel: 'eligible', reasons: [], rules: [rule('A', 'eligible'), rule('B', 'not-eligible'), rule('C', 'proposable')] },
    } as ScorecardView;
    const lines = resultLines(view, 'Báo cáo', { error: 0, warning: 0 });
    const rules = lines.filter((l) => l.statusColumn && ['A', 'B', 'C'].includes(String(l.cells[1])));
    expect(rules.map((l) => [l.cells[1], l.cells[5], l.statusColumn!.status])).toEqual([
      ['A', 'eligible', 'met'],
      ['B', 'not-eligible', 'not-met'],
      ['C', 'proposable', 'proposable'],
    ]);
  });
});

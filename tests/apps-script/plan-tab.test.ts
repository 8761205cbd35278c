// Issue 10 §2: the officer's own plan typed in a `Kế hoạch` tab — created by "Tạo kế hoạch"
// (empty or from a bundled plan), read by the core's plan-table reader, used by the template,
// validation, scoring and consolidation, its errors listed and marked at its cells.
import { describe, expect, it } from 'vitest';
import type { Answer, PlanTabDone, RankingDto, ScoreDto, TemplateChoices, TemplateDone, ValidationDto } from '../../apps-script/src/dto.ts';
import { EMPTY_ROWS } from '../../apps-script/src/plan-tab.ts';
import { NOTE_PREFIX, MARK_COLOURS } from '../../apps-script/src/marks.ts';
import { getPlan } from '../../shared/data/index.ts';
import { COMPARATOR_CHOICES, LEVEL_CHOICES, UNIT_CHOICES, emptyPlanGrid, planToGrid } from '../../shared/plan/table/index.ts';
import { columnName } from '../../shared/parse/a1.ts';
import { ok, rowOf, useBundle, type Bundle } from './helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import type { FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const { setUp } = useBundle();

const catNe = getPlan('cat-ne-2024')!;
const layout = planToGrid(catNe);
const targets = layout.sections.find((s) => s.kind === 'targets')!;
const at = (row: number, column: number) => `${columnName(column)}${row}`;
/** The tab cell of a target's field, by the layout planToGrid writes. */
function targetCell(code: string, field: string): string {
  const row = targets.firstRow + catNe.targets.findIndex((t) => t.id === code);
  return at(row, targets.columns[field]!);
}
const idCell = at(layout.header.id!.row, layout.header.id!.valueColumn);

/** A pre-filled tab the officer adapted: own plan id, CT-04 raised from 80% to 90%. */
function adaptedTab(gas: FakeGas, app: Bundle): FakeSheet {
  const done = ok<PlanTabDone>(app.sidebarCreatePlanTab({ fromPlanId: 'cat-ne-2024' }));
  const tab = gas.book.sheet(done.sheet);
  tab.type(idCell, 'cat-ne-rieng');
  tab.type(targetCell('CT-04', 'value'), '90');
  return tab;
}

describe('"Tạo kế hoạch": an editable plan tab', () => {
  it('creates an empty tab in the plan-table layout with drop-downs on So sánh, Đơn vị tính, Cấp áp dụng', () => {
    const { gas, app } = setUp();
    const done = ok<PlanTabDone>(app.sidebarCreatePlanTab({}));
    expect(done.sheet).toBe('Kế hoạch');
    expect(done.text.vi).toContain('Kế hoạch');
    const tab = gas.book.sheet('Kế hoạch');
    const empty = emptyPlanGrid({ rows: EMPTY_ROWS });
    const t = empty.sections.find((s) => s.kind === 'targets')!;
    expect(tab.value(at(empty.header.id!.row, empty.header.id!.labelColumn))).toBe('Mã kế hoạch');
    expect(tab.value(at(t.headerRow, t.columns.comparator!))).toBe('So sánh');
    for (const [field, values] of [['comparator', COMPARATOR_CHOICES], ['unit', UNIT_CHOICES], ['level', LEVEL_CHOICES]] as const) {
      for (const row of [t.firstRow, t.lastRow]) {
        const rule = tab.cell(at(row, t.columns[field]!)).validation;
        expect(rule?.criteria, `${field} ${row}`).toEqual({ kind: 'list', values: [...values] });
        expect(rule?.allowInvalid).toBe(true);
      }
      // Only the targets table: the row below it (next table's heading) has no drop-down.
      expect(tab.cell(at(t.lastRow + 1, t.columns[field]!)).validation).toBeNull();
    }
    expect(tab.protections).toEqual([]); // editable
  });

  it('never takes an officer’s sheet, whatever its case, and can start from a bundled plan', () => {
    const { gas, app } = setUp();
    const mine = gas.book.insertSheet('KẾ HOẠCH');
    mine.type('A1', 'của tôi');
    const done = ok<PlanTabDone>(app.sidebarCreatePlanTab({ fromPlanId: 'cat-ne-2024' }));
    expect(done.sheet).toBe('Kế hoạch (2)');
    expect(mine.snapshot()).toEqual([['của tôi']]);
    const tab = gas.book.sheet('Kế hoạch (2)');
    expect(tab.value(idCell)).toBe('cat-ne-2024');
    expect(tab.value(targetCell('CT-04', 'value'))).toBe('80');
    const bad = app.sidebarCreatePlanTab({ fromPlanId: 'khong-co' }) as Answer<PlanTabDone>;
    expect(bad.ok).toBe(false);
  });
});

describe('the plan tab in use', () => {
  it('offers the tab’s plan for the template, and scores the report by the tab, not the bundled plan', () => {
    const { gas, app } = setUp();
    adaptedTab(gas, app);
    const choices = app.sidebarChoices() as TemplateChoices;
    expect(choices.plans[0]).toMatchObject({ id: 'cat-ne-rieng', sheet: 'Kế hoạch' });
    expect(choices.bundled.some((p) => p.id === 'cat-ne-rieng')).toBe(false);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-rieng', unitName: 'Xã Cát Nê', period: '2024' }));
    expect(done.planSheet).toBe('Kế hoạch');
    const report = gas.book.sheet(done.sheet);
    expect(report.snapshot().some((l) => l.includes('cat-ne-rieng'))).toBe(true);
    report.type(`E${rowOf(report, 'CT-04')}`, '85%');
    const score = ok<ScoreDto>(app.sidebarScore('2024-06-01'));
    const ct04 = score.views.vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CT-04')!;
    // 85% meets the bundled ≥ 80% but not the tab's ≥ 90%.
    expect(ct04.targetText).toContain('90');
    expect(ct04.met).toBe(false);
  });

  it('uses a tab of any name when the report’s Kế hoạch cell gives that name', () => {
    const { gas, app } = setUp();
    const tab = adaptedTab(gas, app);
    tab.name = 'KH xã 2024'; // renamed by the officer
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-2024', unitName: 'Xã Cát Nê', period: '2024' }));
    const report = gas.book.sheet(done.sheet);
    const planRow = report.snapshot().findIndex((l) => l[1] === 'cat-ne-2024');
    report.type(`B${planRow + 1}`, 'kh xã 2024');
    report.type(`E${rowOf(report, 'CT-04')}`, '85%');
    const ct04 = ok<ScoreDto>(app.sidebarScorecard('2024-06-01')).views.vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CT-04')!;
    expect(ct04.targetText).toContain('90');
  });

  it('uses the only plan tab when the report’s Kế hoạch cell is blank', () => {
    const { gas, app } = setUp();
    adaptedTab(gas, app);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-rieng', unitName: 'Xã Cát Nê', period: '2024' }));
    const report = gas.book.sheet(done.sheet);
    const planRow = report.snapshot().findIndex((l) => l[1] === 'cat-ne-rieng');
    report.type(`B${planRow + 1}`, '');
    const v = ok<ValidationDto>(app.sidebarValidate());
    expect(v.issues.filter((i) => i.code === 'plan-missing')).toEqual([]);
    expect(ok<ScoreDto>(app.sidebarScorecard('2024-06-01')).views.vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CT-04')!.targetText).toContain('90');
  });

  it('marks the tab’s errors at their cells, lists them, selects them, and scores nothing from a broken plan', () => {
    const { gas, app } = setUp();
    const tab = adaptedTab(gas, app);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-rieng', unitName: 'Xã Cát Nê', period: '2024' }));
    const badComparator = targetCell('CT-02', 'comparator');
    const badValue = targetCell('CT-03', 'value');
    tab.type(badComparator, 'khoảng chừng');
    tab.type(badValue, 'tám mươi');
    gas.book.active = gas.book.sheet(done.sheet);
    const v = ok<ValidationDto>(app.sidebarValidate());
    const onTab = v.issues.filter((i) => i.sheet === 'Kế hoạch');
    expect(onTab.map((i) => i.a1)).toEqual(expect.arrayContaining([badComparator, badValue]));
    expect(onTab.every((i) => i.text.vi.length > 0 && i.text.en.length > 0)).toBe(true);
    const planIssue = v.issues.find((i) => i.code === 'plan-tab-invalid')!;
    expect(planIssue.sheet).toBe(done.sheet);
    expect(planIssue.text.vi).toContain('"Kế hoạch"');
    for (const a1 of [badComparator, badValue]) {
      expect(tab.cell(a1).note).toContain(NOTE_PREFIX);
      expect(tab.shownBackground(a1)).toBe(MARK_COLOURS.error);
    }
    expect(tab.value(badComparator)).toBe('khoảng chừng'); // nothing typed is changed
    ok(app.sidebarSelectCell({ sheet: 'Kế hoạch', a1: badValue }));
    expect([gas.book.active.name, gas.book.activeRange?.getA1Notation()]).toEqual(['Kế hoạch', badValue]);
    const score = app.sidebarScore('2024-06-01') as Answer<ScoreDto>;
    expect(score.ok).toBe(false);
    if (!score.ok) expect(score.problem.vi).toContain('Kế hoạch');

    // "Kiểm tra" on the tab itself lists the tab's issues; once fixed, the marks go.
    gas.book.active = tab;
    const own = ok<ValidationDto>(app.sidebarValidate());
    expect(own.sheet).toBe('Kế hoạch');
    expect(own.valid).toBe(false);
    expect(own.issues.map((i) => i.a1)).toEqual(expect.arrayContaining([badComparator, badValue]));
    tab.type(badComparator, '≥');
    tab.type(badValue, '100');
    const fixed = ok<ValidationDto>(app.sidebarValidate());
    expect(fixed.valid).toBe(true);
    expect(tab.cell(badValue).note).toBe('');
  });

  it('consolidates units on the tab’s plan; the tab is never a unit', () => {
    const { gas, app } = setUp();
    adaptedTab(gas, app);
    for (const [unit, value] of [['Xã A', '95%'], ['Xã B', '85%']] as const) {
      const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-rieng', unitName: unit, unitCode: unit, period: '2024' }));
      const sheet = gas.book.sheet(done.sheet);
      sheet.type(`E${rowOf(sheet, 'CT-04')}`, value);
    }
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.planId).toBe('cat-ne-rieng');
    expect(ranking.rows.map((r) => r.source).sort()).toEqual(['Báo cáo', 'Báo cáo (2)']);
    expect(ranking.skipped.map((s) => s.name)).not.toContain('Kế hoạch');
  });

  it('reads a district "Tổng hợp" table against the tab its Kế hoạch cell names', () => {
    const { gas, app } = setUp();
    adaptedTab(gas, app);
    const s = gas.book.insertSheet('Tổng hợp');
    const rows = [
      ['Kế hoạch', 'cat-ne-rieng', ''],
      ['', '', ''],
      ['Đơn vị', 'Kỳ báo cáo', 'CT-04'],
      ['Xã A', "'2024", '95%'],
      ['Xã B', "'2024", '85%'],
    ];
    s.getRange(1, 1, rows.length, 3).setValues(rows);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.planId).toBe('cat-ne-rieng');
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã A', 'Xã B']);
  });
});

describe('onEdit with a plan tab', () => {
  it('checks a report against the tab’s plan, and re-marks the tab when it is edited', () => {
    const { gas, app } = setUp();
    const tab = adaptedTab(gas, app);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'cat-ne-rieng', unitName: 'Xã Cát Nê', period: '2024' }));
    const report = gas.book.sheet(done.sheet);
    const cell = `E${rowOf(report, 'CT-04')}`;
    app.onEdit(report.edit(cell, 'abc'));
    expect(report.cell(cell).note).toContain(NOTE_PREFIX);
    expect(Object.values(report.notesSnapshot()).some((n) => n.includes('cat-ne-rieng'))).toBe(false); // the plan is known
    const bad = targetCell('CT-02', 'comparator');
    app.onEdit(tab.edit(bad, 'khoảng chừng'));
    expect(tab.cell(bad).note).toContain(NOTE_PREFIX);
    app.onEdit(tab.edit(bad, '≥'));
    expect(tab.cell(bad).note).toBe('');
  });
});

describe('the template’s target group (Đối tượng)', () => {
  it('is offered with the core’s groups and written to the report header', () => {
    const { gas, app } = setUp();
    const choices = app.sidebarChoices() as TemplateChoices;
    expect(choices.groups.map((g) => g.value)).toEqual(['agency', 'village', 'enterprise', 'individual', 'other']);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Thôn 1', group: 'village' }));
    const grid = gas.book.sheet(done.sheet).snapshot();
    const label = grid.flatMap((l, r) => l.map((v, c) => [v, r, c] as const)).find(([v]) => v === 'Đối tượng')!;
    expect(grid[label[1]]![label[2] + 1]).toBe(choices.groups.find((g) => g.value === 'village')!.label.vi);
    const v = ok<ValidationDto>(app.sidebarValidate());
    expect(v.issues.filter((i) => i.code === 'group-invalid')).toEqual([]);
  });
});

describe('"Dán văn bản kế hoạch": a draft tab read from the pasted plan document', () => {
  const text = [
    'ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Tân Lập, ngày 10 tháng 02 năm 2026', 'KẾ HOẠCH', 'Chuyển đổi số xã Tân Lập năm 2026',
    'I. MỤC TIÊU', '- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình;',
    '- Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt trên 70%.',
    'II. TỔ CHỨC THỰC HIỆN', '- Các đơn vị báo cáo kết quả trước ngày 15/11/2026.',
  ].join('\n');

  it('writes the proposed rows with their quotes, and the tab scores nothing until the plan id is typed', () => {
    const { gas, app } = setUp();
    const done = ok<PlanTabDone>(app.sidebarCreatePlanTab({ fromText: text }));
    expect(done.draft).toEqual({ targets: 2, deadlines: 1, awards: 0 });
    expect(done.text.vi).toContain('BẢN NHÁP');
    const tab = gas.book.sheet(done.sheet);
    const cells = tab.getDataRange().getValues().flat().map(String);
    expect(cells).toContain('Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử');
    expect(cells.some((c) => c.includes('“Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt trên 70%.”'))).toBe(true);

    // Checking lists the blank plan id at its cell: the draft cannot be used unreviewed.
    const validation = ok<ValidationDto>(app.sidebarValidate());
    const planIssues = validation.issues.filter((i) => i.sheet === done.sheet);
    expect(planIssues.some((i) => i.a1 === idCell && i.severity === 'error')).toBe(true);

    // The officer reviews and types an id: the tab is then a plan like any other.
    tab.type(idCell, 'tan-lap-2026');
    const again = ok<ValidationDto>(app.sidebarValidate());
    expect(again.issues.filter((i) => i.sheet === done.sheet && i.severity === 'error')).toEqual([]);
  });

  it('refuses a pasted text far too long to be a plan, writing nothing', () => {
    const { gas, app } = setUp();
    const before = gas.book.getSheets().length;
    const answer = app.sidebarCreatePlanTab({ fromText: 'x'.repeat(300_001) }) as Answer<PlanTabDone>;
    expect(answer.ok).toBe(false);
    expect(gas.book.getSheets().length).toBe(before);
  });
});

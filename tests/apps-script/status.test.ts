// Issue 11 §3: submit → review → approve in the report's header block, with protections while
// approved, every change in a log tab, and rankings of submitted/approved reports only.
import { describe, expect, it } from 'vitest';
import type { Answer, RankingDto, StatusChange, TemplateDone, ValidationDto } from '../../apps-script/src/dto.ts';
import { ok, rowOf, useBundle, type Bundle } from './helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import { PROTECTED_MESSAGE, type FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const { setUp } = useBundle();

function report(gas: FakeGas, app: Bundle, unit: string): FakeSheet {
  const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit, period: 'Quý 1/2025' }));
  const sheet = gas.book.sheet(done.sheet);
  sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
  sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
  return sheet;
}

/** The status block's three values, read by its label. */
function block(sheet: FakeSheet): string[] {
  const grid = sheet.snapshot();
  for (let r = 0; r < grid.length; r++) {
    const c = grid[r]!.indexOf('Trạng thái');
    if (c >= 0) return [0, 1, 2].map((d) => String(grid[r + d]![c + 1]));
  }
  return [];
}

describe('Gửi báo cáo → Duyệt → Trả lại', () => {
  it('refuses to submit with errors, then records each change in the header block and the log', () => {
    const { gas, app } = setUp();
    const sheet = report(gas, app, 'Xã A');
    const bad = `C${rowOf(sheet, 'CQS-05')}`;
    sheet.type(bad, 'abc');
    const v = ok<ValidationDto>(app.sidebarValidate());
    expect(v.status).toMatchObject({ code: 'draft', present: false });

    const refused = ok<StatusChange>(app.sidebarSetStatus('submit', 'Nguyễn Văn A'));
    expect(refused.refused).toBe(true);
    expect(refused.text.vi).toMatch(/lỗi/);
    expect(refused.validation?.issues.some((i) => i.a1 === bad)).toBe(true);
    expect(block(sheet)).toEqual([]);
    expect(gas.book.sheets.some((s) => s.name === 'Nhật ký trạng thái')).toBe(false);
    expect((app.sidebarSetStatus('submit', '  ') as Answer<StatusChange>).ok).toBe(false);

    sheet.type(bad, '9');
    const typed = sheet.snapshot();
    gas.book.trips.reset();
    const sent = ok<StatusChange>(app.sidebarSetStatus('submit', 'Nguyễn Văn A'));
    // Call counts: the checks (one batch read set, marks rewritten once), the status block in one
    // write of a 3 × 2 range (plus its text format), one line appended to the log.
    const onReport = gas.book.trips.log.filter((l) => l.target.startsWith('Báo cáo!'));
    expect(onReport.filter((l) => l.op === 'setValues').map((l) => l.target)).toEqual([expect.stringMatching(/^Báo cáo![A-Z]+2:[A-Z]+4$/)]);
    expect(onReport.filter((l) => l.op.startsWith('set')).length).toBeLessThanOrEqual(4);
    expect(gas.book.trips.log.filter((l) => l.target.startsWith('Nhật ký trạng thái!A3') && l.op === 'setValues')).toHaveLength(1);
    expect(gas.book.trips.reads).toBeLessThanOrEqual(10);
    expect([sent.refused, sent.status.code, sent.status.who]).toEqual([false, 'submitted', 'Nguyễn Văn A']);
    // Each language says the status in its own words.
    expect(sent.text).toEqual({ vi: 'Trang "Báo cáo": trạng thái "Đã gửi".', en: 'Sheet "Báo cáo": status "Submitted".' });
    expect(block(sheet).slice(0, 2)).toEqual(['Đã gửi', 'Nguyễn Văn A']);
    expect(block(sheet)[2]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Nothing typed moved: the block went into empty cells.
    const after = sheet.snapshot();
    typed.forEach((line, r) => line.forEach((v, c) => {
      if (v !== '') expect(after[r]![c], `${r},${c}`).toEqual(v);
    }));
    expect(ok<ValidationDto>(app.sidebarValidate()).status).toMatchObject({ code: 'submitted', present: true });
    // Submitting twice is not a step of the workflow.
    expect((app.sidebarSetStatus('submit', 'Nguyễn Văn A') as Answer<StatusChange>).ok).toBe(false);

    ok<StatusChange>(app.sidebarSetStatus('approve', 'Trần Thị B'));
    expect(block(sheet)[0]).toBe('Đã duyệt');
    // Approved: the input cells are protected for everyone but the owner.
    gas.book.user = 'can-bo-xa@example.gov.vn';
    expect(() => sheet.getRange(`C${rowOf(sheet, 'CQS-01')}`).setValues([[1]])).toThrow(PROTECTED_MESSAGE);
    gas.book.user = gas.book.owner;
    ok<StatusChange>(app.sidebarSetStatus('return', 'Trần Thị B', 'Sai mẫu số'));
    expect(block(sheet)[0]).toBe('Trả lại');
    gas.book.user = 'can-bo-xa@example.gov.vn';
    expect(() => sheet.getRange(`C${rowOf(sheet, 'CQS-01')}`).setValues([[45]])).not.toThrow();
    gas.book.user = gas.book.owner;

    const log = gas.book.sheet('Nhật ký trạng thái').snapshot();
    expect(log[0]![0]).toMatch(/^NHẬT KÝ/);
    expect(log.slice(2).map((l) => [l[4], l[5], l[6], l[7]])).toEqual([
      ['Đang nhập', 'Đã gửi', 'Nguyễn Văn A', ''],
      ['Đã gửi', 'Đã duyệt', 'Trần Thị B', ''],
      ['Đã duyệt', 'Trả lại', 'Trần Thị B', 'Sai mẫu số'],
    ]);
    expect(log.slice(2).every((l) => l[1] === 'Báo cáo' && l[2] === 'Xã A' && l[3] === 'Quý 1/2025')).toBe(true);
  });

  it('ranks only submitted or approved reports once the workflow is in use, unless asked', () => {
    const { gas, app } = setUp();
    report(gas, app, 'Xã A');
    report(gas, app, 'Xã B');
    report(gas, app, 'Xã C');
    // No status anywhere: every report is ranked.
    expect(ok<RankingDto>(app.sidebarConsolidate()).rows).toHaveLength(3);
    gas.book.active = gas.book.sheet('Báo cáo (2)');
    ok(app.sidebarSetStatus('submit', 'Cán bộ B'));
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => [r.unit, r.status?.code])).toEqual([['Xã B (Xã B)', 'submitted']]);
    expect(ranking.skipped.map((s) => s.name).sort()).toEqual(['Báo cáo', 'Báo cáo (3)']);
    expect(ranking.skipped[0]!.reason).toEqual({ vi: 'chưa gửi (Đang nhập)', en: 'not submitted (Being entered)' });
    const all = ok<RankingDto>(app.sidebarConsolidate(true));
    expect(all.rows).toHaveLength(3);
    expect(all.rows.map((r) => r.status?.code).sort()).toEqual(['draft', 'draft', 'submitted']);
  });
});

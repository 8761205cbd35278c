// Issue 11 §3: "Lưu kỳ báo cáo" keeps each period in a `Lịch sử` tab (long format), never touching
// another period's rows, asking before it replaces a period; the scorecard shows the change since
// the previous period and the pace line.
import { describe, expect, it } from 'vitest';
import type { Answer, HistorySaved, ScoreDto, TemplateDone } from '../../apps-script/src/dto.ts';
import { ok, rowOf, useBundle, type Bundle } from './helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import type { FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const { setUp } = useBundle();

function report(gas: FakeGas, app: Bundle, unit: string, period: string): FakeSheet {
  const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit, period }));
  return gas.book.sheet(done.sheet);
}

function fill(sheet: FakeSheet, cqs01: [string, string], kts01: string): void {
  sheet.type(`C${rowOf(sheet, 'CQS-01')}`, cqs01[0]);
  sheet.type(`D${rowOf(sheet, 'CQS-01')}`, cqs01[1]);
  sheet.type(`E${rowOf(sheet, 'KTS-01')}`, kts01);
}

function setPeriod(sheet: FakeSheet, period: string): void {
  const row = sheet.snapshot().findIndex((l) => l[0] === 'Kỳ báo cáo') + 1;
  sheet.type(`B${row}`, period);
}

/** History rows of one target: [period, value]. */
function rowsFor(history: FakeSheet, code: string): [unknown, unknown][] {
  return history.snapshot().filter((l) => l[6] === code).map((l) => [l[0], l[8]]);
}

describe('Lưu kỳ báo cáo', () => {
  it('appends each period, asks before replacing one, and never touches another period', () => {
    const { gas, app } = setUp();
    const sheet = report(gas, app, 'Xã A', 'Quý 1/2025');
    fill(sheet, ['45', '50'], '10');
    gas.book.trips.reset();
    const first = ok<HistorySaved>(app.sidebarSaveHistory());
    expect(first).toMatchObject({ saved: true, needsConfirm: false, sheet: 'Lịch sử' });
    const history = gas.book.sheet('Lịch sử');
    expect(String(history.value('A1'))).toMatch(/^LỊCH SỬ/);
    expect(history.value('G2')).toBe('Mã chỉ tiêu');
    expect(rowsFor(history, 'CQS-01')).toEqual([['Quý 1/2025', 90]]);
    expect(first.rows).toBe(history.snapshot().length - 2);
    expect(gas.book.active.name).toBe('Báo cáo'); // the officer stays on the report

    setPeriod(sheet, 'Quý 2/2025');
    fill(sheet, ['40', '50'], '12');
    const q1 = history.snapshot().slice(0, first.rows + 2);
    gas.book.trips.reset();
    ok<HistorySaved>(app.sidebarSaveHistory());
    // Appended: one write of the new rows (plus growing the sheet when needed), no rewrite.
    const writes = gas.book.trips.log.filter((l) => l.target.startsWith('Lịch sử') && l.op === 'setValues');
    expect(writes.map((w) => w.target)).toEqual([`Lịch sử!A${first.rows + 3}:N${2 * first.rows + 2}`]);
    expect(history.snapshot().slice(0, first.rows + 2)).toEqual(q1);
    expect(rowsFor(history, 'CQS-01')).toEqual([['Quý 1/2025', 90], ['Quý 2/2025', 80]]);

    // The same period again: asked first, nothing written.
    fill(sheet, ['42', '50'], '12');
    gas.book.trips.reset();
    const again = ok<HistorySaved>(app.sidebarSaveHistory());
    expect(again).toMatchObject({ saved: false, needsConfirm: true });
    expect(again.text.vi).toContain('Quý 2/2025');
    expect(gas.book.trips.writes).toBe(0);
    ok<HistorySaved>(app.sidebarSaveHistory(true));
    expect(rowsFor(history, 'CQS-01')).toEqual([['Quý 1/2025', 90], ['Quý 2/2025', 84]]);
    expect(history.snapshot().slice(0, first.rows + 2)).toEqual(q1);
    expect(history.snapshot()).toHaveLength(2 * first.rows + 2);

    // The history is the add-on's own sheet: never a unit, never re-checked on edit.
    const ranking = ok<{ rows: unknown[]; skipped: { name: string }[] }>(app.sidebarConsolidate());
    expect(ranking.skipped.map((s) => s.name)).not.toContain('Lịch sử');
    gas.book.trips.reset();
    app.onEdit(history.edit('P5', 'ghi chú'));
    expect([gas.book.trips.reads, gas.book.trips.writes]).toEqual([0, 0]);
  });

  it('shows the change since the previous period and the pace line, per unit', () => {
    const { gas, app } = setUp();
    const a = report(gas, app, 'Xã A', 'Quý 1/2025');
    fill(a, ['45', '50'], '10%');
    ok(app.sidebarSaveHistory());
    // Another unit's period is not Xã A's history.
    const b = report(gas, app, 'Xã B', 'Quý 2/2025');
    fill(b, ['10', '50'], '1');
    ok(app.sidebarSaveHistory());
    gas.book.active = a;
    setPeriod(a, 'Quý 2/2025');
    fill(a, ['40', '50'], '12%');
    const score = ok<ScoreDto>(app.sidebarScorecard('2025-07-01'));
    expect(score.trend?.previous.vi).toBe('Quý 1/2025');
    const cqs01 = score.trend!.changes.find((c) => c.targetId === 'CQS-01')!;
    expect([cqs01.delta, cqs01.backwards]).toEqual([-10, true]);
    expect(cqs01.text.vi).toBe('90% → 80% (-10 điểm %)');
    const kts01 = score.trend!.changes.find((c) => c.targetId === 'KTS-01')!;
    expect([kts01.delta, kts01.backwards]).toEqual([2, false]);
    // Two points (Q1 90%, Q2 80%) → a straight line to the plan's end, 31/12/2025.
    const pace = score.trend!.pace.find((p) => p.targetId === 'CQS-01')!;
    expect(pace.text.vi).toMatch(/vào 31\/12\/2025/);
    expect(pace.text.vi).toMatch(/2 kỳ/);
    expect(JSON.parse(JSON.stringify(score))).toEqual(score);
    // The "Kết quả" sheet carries the same lines.
    ok<ScoreDto>(app.sidebarScore('2025-07-01'));
    const result = gas.book.sheet('Kết quả').snapshot();
    expect(result.some((l) => l[0] === 'Thay đổi so với kỳ trước (Quý 1/2025)')).toBe(true);
    expect(result.find((l) => l[1] === 'CQS-01' && String(l[3]).includes('→'))?.[3]).toBe('90% → 80% (-10 điểm %)');
    // Without history there is no trend at all.
    const { gas: g2, app: app2 } = setUp();
    fill(report(g2, app2, 'Xã A', 'Quý 2/2025'), ['40', '50'], '12');
    expect(ok<ScoreDto>(app2.sidebarScorecard('2025-07-01')).trend).toBeNull();
  });

  it('keeps an officer’s own "LỊCH SỬ" sheet and says which cell to fix when the period cannot be read', () => {
    const { gas, app } = setUp();
    const mine = gas.book.insertSheet('LỊCH SỬ');
    mine.type('A1', 'nhật ký của tôi');
    const sheet = report(gas, app, 'Xã A', 'Quý 1/2025');
    fill(sheet, ['45', '50'], '10');
    expect(ok<HistorySaved>(app.sidebarSaveHistory()).sheet).toBe('Lịch sử (2)');
    expect(mine.snapshot()).toEqual([['nhật ký của tôi']]);
    setPeriod(sheet, 'kỳ gì đó');
    const bad = app.sidebarSaveHistory() as Answer<HistorySaved>;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.vi).toMatch(/Kỳ báo cáo/);
  });
});

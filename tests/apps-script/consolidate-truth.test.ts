// "Tổng hợp các đơn vị" under the rules of issue 9: a value flagged as an error ("980%" typed for
// 98%) never ranks a unit above an honest one nor wins an award place, and the same unit and
// period twice (a copied sheet, a row typed twice) is listed with every copy, never ranked twice.
import { describe, expect, it } from 'vitest';
import type { RankingDto } from '../../apps-script/src/dto.ts';
import { ok, rowOf, useBundle } from './helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import type { FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const { setUp } = useBundle();

const HEAD = ['Đơn vị', 'Mã đơn vị', 'Cấp', 'Kỳ báo cáo', 'TC-01', 'TC-02', 'TC-03B', 'TC-05', 'TC-06', 'TD-01', 'TD-02', 'TD-03'];
/** Every Ninh Hải target met except TC-01, which each row gives. */
const row = (name: string, code: string, tc01: number | string, period = "'2023") => [name, code, 'xã', period, tc01, 100, 70, 'có', 90, 'có', 'có', 'có'];

function summary(gas: FakeGas, rows: (string | number)[][]): FakeSheet {
  const s = gas.book.insertSheet('Tổng hợp');
  const lines = [['Kế hoạch', 'ninh-hai-2023'], [], HEAD, ...rows];
  s.getRange(1, 1, lines.length, HEAD.length).setValues(lines.map((l) => Array.from({ length: HEAD.length }, (_, i) => l[i] ?? '')));
  return s;
}

describe('consolidation: a flagged value never ranks first nor takes an award place', () => {
  it('"980%" typed for 98% ranks below the honest 98%, is flagged, and gets no award', () => {
    const { gas, app } = setUp();
    summary(gas, [row('Xã Nhập Nhầm', 'X1', 980), row('Xã Trung Thực', 'X2', 98), row('Xã Thứ Ba', 'X3', 60)]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    const cheat = ranking.rows.find((r) => r.unit.includes('Nhập Nhầm'))!;
    const honest = ranking.rows.find((r) => r.unit.includes('Trung Thực'))!;
    expect(ranking.rows[0]!.unit).not.toContain('Nhập Nhầm');
    expect(cheat.rank).toBeGreaterThan(honest.rank);
    expect([cheat.flagged, cheat.eligible, cheat.awards]).toEqual([true, false, []]);
    for (const q of ranking.quotas) expect(q.recipients.join()).not.toContain('Nhập Nhầm');
    const sheet = gas.book.sheet('Xếp hạng');
    expect(sheet.snapshot().some((l) => l[1] === `⚠ ${cheat.unit}`)).toBe(true);
  });
});

describe('consolidation: a blank template is "chưa điền", not ranked with 0 points', () => {
  it('a unit sheet nobody filled in', () => {
    const { gas, app } = setUp();
    for (const [unit, filled] of [['Xã A', true], ['Xã Chưa Gửi', false]] as const) {
      ok(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit }));
      const sheet = gas.book.active;
      if (filled) sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
      if (filled) sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
    }
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã A (Xã A)']);
    expect(ranking.skipped.map((s) => [s.name, s.reason.vi])).toEqual([['Báo cáo (2)', 'chưa điền: mẫu báo cáo chưa có số liệu nào']]);
  });

  it('a row of a "Tổng hợp" table with only the unit’s name', () => {
    const { gas, app } = setUp();
    summary(gas, [row('Xã Tân Hải', 'X2', 90), ['Xã Chưa Gửi', 'X9', 'xã', "'2023"]]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã Tân Hải (X2)']);
    expect(ranking.skipped.map((s) => [s.name, s.reason.en])).toEqual([['Tổng hợp — dòng 5', 'not filled in: the template has no figures']]);
  });
});

describe('consolidation: a report made for another plan', () => {
  it('is listed with "báo cáo theo kế hoạch X, không phải Y", not ranked', () => {
    const { gas, app } = setUp();
    for (const unit of ['Xã A', 'Xã B']) {
      ok(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit }));
      gas.book.active.type(`C${rowOf(gas.book.active, 'CQS-01')}`, '45');
      gas.book.active.type(`D${rowOf(gas.book.active, 'CQS-01')}`, '50');
    }
    summary(gas, [row('Xã Tân Hải', 'X2', 90)]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.planId).toBe('van-phuc-2023-2025');
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã A (Xã A)', 'Xã B (Xã B)']);
    expect(ranking.skipped.map((s) => [s.name, s.reason.vi])).toEqual([['Tổng hợp — dòng 4', 'báo cáo theo kế hoạch ninh-hai-2023, không phải van-phuc-2023-2025']]);
  });
});

describe('consolidation: the same unit and period twice is listed, never ranked twice', () => {
  it('a row typed twice: both copies skipped naming both rows, no award place taken', () => {
    const { gas, app } = setUp();
    summary(gas, [row('Xã Hộ Hải', 'X1', 100), row('UBND xã Hộ Hải', 'X1', 100), row('Xã Tân Hải', 'X2', 90)]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã Tân Hải (X2)']);
    const dup = ranking.skipped.filter((s) => s.reason.vi.startsWith('trùng báo cáo'));
    expect(dup.map((s) => s.name)).toEqual(['Tổng hợp — dòng 4', 'Tổng hợp — dòng 5']);
    for (const s of dup) expect(s.reason.vi).toContain('Tổng hợp — dòng 4; Tổng hợp — dòng 5');
    for (const q of ranking.quotas) expect(q.recipients.join()).not.toContain('Hộ Hải');
    // The ranking sheet says it too, so the printout does not hide it.
    expect(gas.book.sheet('Xếp hạng').snapshot().some((l) => String(l[0]).startsWith('trùng báo cáo'))).toBe(true);
  });

  it('the same unit in two periods is not a duplicate, and only its latest period is ranked (issue 11)', () => {
    const { gas, app } = setUp();
    summary(gas, [row('Xã Hộ Hải', 'X1', 100, "'2023"), row('UBND xã Hộ Hải', '', 40, "'2022"), row('Xã Tân Hải', 'X2', 90)]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.skipped.filter((s) => s.reason.vi.startsWith('trùng báo cáo'))).toEqual([]);
    expect(ranking.rows.map((r) => r.unit).sort()).toEqual(['Xã Hộ Hải (X1)', 'Xã Tân Hải (X2)']);
    expect(ranking.skipped).toEqual([{ name: 'Tổng hợp — dòng 5', reason: expect.objectContaining({ vi: 'kỳ Năm 2022 cũ hơn kỳ Năm 2023 của cùng đơn vị: không xếp hạng' }) }]);
    expect(ranking.messages.map((m) => m.vi)).toContain('Có đơn vị có báo cáo nhiều kỳ: chỉ xếp hạng kỳ mới nhất của mỗi đơn vị (1 báo cáo kỳ cũ không xếp hạng).');
  });

  it('two copies of a unit’s latest period are both refused, never replaced by its older period', () => {
    const { gas, app } = setUp();
    summary(gas, [row('Xã Hộ Hải', 'X1', 100, "'2023"), row('Xã Hộ Hải', 'X1', 100, "'2023"), row('Xã Hộ Hải', 'X1', 40, "'2022"), row('Xã Tân Hải', 'X2', 90)]);
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã Tân Hải (X2)']);
    expect(ranking.skipped.map((s) => s.name).sort()).toEqual(['Tổng hợp — dòng 4', 'Tổng hợp — dòng 5', 'Tổng hợp — dòng 6']);
  });

  it('a copied unit sheet ("Báo cáo" and "Báo cáo (2)") is a duplicate naming both sheets', () => {
    const { gas, app } = setUp();
    for (const unit of ['Xã A', 'Xã A', 'Xã B']) {
      ok(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit }));
      const sheet = gas.book.active;
      sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
      sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
    }
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.unit)).toEqual(['Xã B (Xã B)']);
    const dup = ranking.skipped.filter((s) => s.reason.vi.startsWith('trùng báo cáo'));
    expect(dup.map((s) => s.name)).toEqual(['Báo cáo', 'Báo cáo (2)']);
    expect(dup[0]!.reason.en).toContain('Báo cáo; Báo cáo (2)');
  });
});

// The built dist/Code.js, loaded in a Node vm context with the fake services as its globals — the
// way Apps Script runs it: every entry is a top-level function, and the whole flow works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTE_PREFIX, MARK_COLOURS } from '../../apps-script/src/marks.ts';
import { MENU_ITEMS } from '../../apps-script/src/menu.ts';
import type { Answer, RankingDto, ScoreDto, TemplateDone, ValidationDto } from '../../apps-script/src/dto.ts';
import { ENTRIES, ok, plain, rowOf, useBundle } from './helpers.ts';
import type { FakeGas } from '../support/apps-script-fake/services.ts';
import type { FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const addOn = useBundle();
const { setUp } = addOn;
let code = '';
beforeAll(() => {
  code = addOn.built.code;
});

/** A Vạn Phúc report filled the way officers fill them, messy values included. */
function fillMessy(sheet: FakeSheet): void {
  const r = (code: string) => rowOf(sheet, code);
  sheet.type(`C${r('CQS-01')}`, '45');
  sheet.type(`D${r('CQS-01')}`, '50');
  sheet.type(`C${r('CQS-02')}`, '1.234,5'); // Vietnamese thousands and decimal
  sheet.type(`D${r('CQS-02')}`, '2000');
  sheet.type(`E${r('CQS-03')}`, 'không');
  sheet.type(`E${r('CQS-04')}`, '85%'); // over the formula: the rate only
  sheet.type(`C${r('CQS-05')}`, 'abc'); // text in a number cell
  sheet.type(`D${r('CQS-05')}`, '10');
  sheet.type(`C${r('CQS-07')}`, '1');
  sheet.type(`D${r('CQS-07')}`, '0');
  sheet.type(`E${r('CQS-07')}`, `=C${r('CQS-07')}/D${r('CQS-07')}`); // #DIV/0!
  sheet.type(`C${r('CQS-09')}`, '-5'); // negative count
  sheet.type(`D${r('CQS-09')}`, '40');
  sheet.type(`E${r('KTS-01')}`, '22');
  sheet.type(`E${r('TT-01')}`, 'có');
  sheet.type(`E${r('TT-02')}`, 'Có');
}

describe('bundle contract', () => {
  it('leaves no import/export and makes every menu, trigger and sidebar entry a global function', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const { gas, app } = setUp();
    for (const name of [...ENTRIES, ...MENU_ITEMS.map((m) => m.fn)]) expect(typeof app[name], name).toBe('function');
    // …and exactly those: the build exposes every export of the entry, nothing more.
    const built = code.match(/^function (\w+)\(\) \{ return __cds\./gm)!.map((l) => l.split(/[ (]/)[1]);
    expect(built.sort()).toEqual([...ENTRIES].sort());
    // Only entries are global: the bundle's internals stay inside its one global object.
    expect(typeof app.buildMenu).toBe('undefined');
    app.onOpen({ authMode: 'NONE' });
    const menu = gas.ui.menus[0]!;
    expect(menu.added).toBe(true);
    const items = menu.items.filter((i) => i !== 'separator') as { caption: string; functionName: string }[];
    expect(items.map((i) => i.caption)).toEqual(['Tạo mẫu báo cáo', 'Kiểm tra số liệu', 'Chấm điểm', 'Mở bảng điểm', 'Tổng hợp các đơn vị', 'In bảng điểm', 'Xóa đánh dấu kiểm tra']);
    for (const i of items) expect(typeof app[i.functionName], i.functionName).toBe('function');
  });

  it('builds only the menu in onOpen (AuthMode.NONE): no spreadsheet access', () => {
    const { gas, app } = setUp();
    gas.book.trips.reset();
    app.onInstall({ authMode: 'FULL' });
    expect(gas.book.trips.calls).toBe(0);
    expect(gas.ui.menus).toHaveLength(1);
  });

  it('ships a V8 manifest with only the two scopes, and a clasp example without a script id', () => {
    const manifest = JSON.parse(readFileSync(join(addOn.built.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.addOns).toBeUndefined();
    const clasp = JSON.parse(readFileSync(join(import.meta.dirname, '../../apps-script/.clasp.json.example'), 'utf8'));
    expect(clasp.rootDir).toBe('apps-script/dist');
    expect(clasp.scriptId).toMatch(/^PASTE-/); // a placeholder, never a real project id
  });

  it('opens the sidebar on the menu’s view, with CSS and JS inlined', () => {
    const { gas, app } = setUp();
    app.menuOpenScorecard();
    const page = gas.ui.sidebars[0]!;
    expect(page.getContent()).toContain('<meta name="cds-start" content="scorecard">');
    expect(page.getContent()).toMatch(/<style>[\s\S]*\.cds-card[\s\S]*<\/style>/);
    expect(page.getContent()).not.toMatch(/<script\s+src=|<link\s/);
    expect(page.title).toBe('Chấm điểm chuyển đổi số');
  });
});

describe('the whole flow in the bundle', () => {
  it('template → fill (messy) → validate → score, twice, user data untouched', () => {
    const { gas, app } = setUp();
    const choices = plain(app.sidebarChoices()) as { plans: { id: string }[] };
    expect(choices.plans.map((p) => p.id)).toContain('van-phuc-2023-2025');

    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: 'H44.104', period: '2025' }));
    expect(done.sheet).toBe('Báo cáo');
    const sheet = gas.book.sheet('Báo cáo');
    // Header: text stays text; labels protected (warning only); header frozen; data validation with Vietnamese help.
    expect(sheet.value('B3')).toBe('H44.104');
    expect(sheet.value('B5')).toBe('2025');
    expect(sheet.frozenRows).toBe(rowOf(sheet, 'Mã chỉ tiêu'));
    expect(sheet.protections.length).toBeGreaterThan(0);
    expect(sheet.protections.every((p) => p.warningOnly)).toBe(true);
    const r1 = rowOf(sheet, 'CQS-01');
    expect(sheet.cell(`E${r1}`).formula).toBe(`=IFERROR(C${r1}/D${r1}/ISNUMBER(C${r1}))`);
    expect(sheet.cell(`C${r1}`).validation?.helpText).toMatch(/Nhập số/);
    expect(sheet.cell(`E${rowOf(sheet, 'TT-01')}`).validation?.criteria).toEqual({ kind: 'list', values: ['có', 'không'] });
    const plan = gas.book.sheet('Kế hoạch');
    expect(String(plan.value('A1'))).toMatch(/^KẾ HOẠCH — /);
    expect(plan.protections).toHaveLength(1);
    expect(plan.snapshot().some((l) => l[0] === 'CQS-01')).toBe(true);

    fillMessy(sheet);
    sheet.getRange(`B${rowOf(sheet, 'CQS-05')}`).setNotes([['Ghi chú của cán bộ']]);
    sheet.getRange(`F${rowOf(sheet, 'CQS-05')}`).setBackground('#00ffff');
    const typed = sheet.snapshot();

    gas.book.trips.reset();
    const v1 = ok<ValidationDto>(app.sidebarValidate());
    const validateTrips = { reads: gas.book.trips.reads, writes: gas.book.trips.writes };
    // values, display values, number formats (a real % or a literal one), rules, notes, and one
    // look at the "Kế hoạch" sheet (an officer's plan tab of the same id would come first).
    expect(validateTrips.reads).toBeLessThanOrEqual(6);
    expect(validateTrips.writes).toBeLessThanOrEqual(2);
    const codes = new Set(v1.issues.map((i) => `${i.code}@${i.a1}`));
    const r = (c: string) => rowOf(sheet, c);
    expect(codes).toContain(`not-a-number@C${r('CQS-05')}`);
    expect(codes).toContain(`spreadsheet-error@E${r('CQS-07')}`);
    expect(v1.issues.some((i) => i.a1 === `C${r('CQS-09')}`)).toBe(true); // the negative count
    // 1.234,5 / 2000 and 45/50 through the formula, 85% typed: no issue on those cells.
    for (const a1 of [`E${r('CQS-01')}`, `E${r('CQS-02')}`, `C${r('CQS-02')}`, `E${r('CQS-04')}`]) expect(v1.issues.filter((i) => i.a1 === a1)).toEqual([]);
    expect(v1.valid).toBe(false);
    expect(sheet.shownBackground(`C${r('CQS-05')}`)).toBe(MARK_COLOURS.error);
    expect(sheet.cell(`C${r('CQS-05')}`).note.startsWith(NOTE_PREFIX + 'Lỗi')).toBe(true);
    expect(v1.issues.every((i) => i.text.vi.length > 0 && i.text.en.length > 0)).toBe(true);

    const notes1 = sheet.notesSnapshot();
    const rules1 = sheet.conditionalRules.map((x) => x.ranges.map((g) => g.getA1Notation()));
    gas.book.trips.reset();
    const v2 = ok<ValidationDto>(app.sidebarValidate());
    expect(gas.book.trips.writes).toBe(0);
    expect(plain(v2)).toEqual(plain(v1));
    expect(sheet.notesSnapshot()).toEqual(notes1);
    expect(sheet.conditionalRules.map((x) => x.ranges.map((g) => g.getA1Notation()))).toEqual(rules1);
    expect(sheet.snapshot()).toEqual(typed);
    expect(sheet.cell(`B${r('CQS-05')}`).note).toBe('Ghi chú của cán bộ');
    expect(sheet.cell(`F${r('CQS-05')}`).background).toBe('#00ffff');

    const score = ok<ScoreDto>(app.sidebarScore('2025-06-01'));
    expect(plain(score)).toEqual(score); // plain data only, no Date
    expect(score.resultSheet).toBe('Kết quả');
    const cqs02 = score.views.vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CQS-02')!;
    expect(cqs02.actualText).toBe('61,73%');
    expect(score.views.en.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CQS-04')!.met).toBe(true);
    expect(score.views.vi.total.percent).toBeGreaterThan(0);
    const result = gas.book.sheet('Kết quả');
    expect(String(result.value('A1'))).toMatch(/^KẾT QUẢ CHẤM ĐIỂM/);
    expect(result.snapshot().some((l) => l[1] === 'CQS-02' && l[3] === '61,73%')).toBe(true);
    const resultRows = result.snapshot().length;
    ok<ScoreDto>(app.sidebarScore('2025-06-01'));
    expect(result.snapshot().length).toBe(resultRows);
    expect(gas.book.sheets.filter((s) => s.name.startsWith('Kết quả'))).toHaveLength(1);
    expect(sheet.snapshot()).toEqual(typed);

    // The read-only look writes nothing.
    gas.book.trips.reset();
    ok<ScoreDto>(app.sidebarScorecard('2025-06-01'));
    expect(gas.book.trips.writes).toBe(0);
  });

  it('never destroys a sheet: a second template is "Báo cáo (2)"; an officer’s own "Kết quả" is kept', () => {
    const { gas, app } = setUp();
    ok(app.sidebarCreateTemplate({ planId: 'hung-dao-2023' }));
    const first = gas.book.sheet('Báo cáo');
    const item = `C${rowOf(first, 'Mã chỉ tiêu') + 1}`;
    first.type(item, '7');
    const mine = gas.book.insertSheet('Kết quả');
    mine.type('A1', 'bảng của tôi');
    const second = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'hung-dao-2023' }));
    expect(second.sheet).toBe('Báo cáo (2)');
    expect(first.value(item)).toBe(7);
    gas.book.active = first;
    const score = ok<ScoreDto>(app.sidebarScore('2023-06-01'));
    expect(score.resultSheet).toBe('Kết quả (2)');
    expect(mine.value('A1')).toBe('bảng của tôi');
  });

  it('re-checks the report on edit, and clears only its own marks', () => {
    const { gas, app } = setUp();
    ok(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025' }));
    const sheet = gas.book.sheet('Báo cáo');
    fillMessy(sheet);
    ok(app.sidebarValidate());
    const bad = `C${rowOf(sheet, 'CQS-05')}`;
    const other = `E${rowOf(sheet, 'CQS-07')}`;
    expect(sheet.cell(bad).note).toContain(NOTE_PREFIX);
    sheet.type(bad, '9');
    app.onEdit({ range: sheet.getRange(bad) });
    expect(sheet.cell(bad).note).toBe('');
    expect(sheet.shownBackground(bad)).not.toBe(MARK_COLOURS.error);
    expect(sheet.cell(other).note).toContain(NOTE_PREFIX);
    sheet.type(bad, 'mười');
    app.onEdit({ range: sheet.getRange(bad) });
    expect(sheet.cell(bad).note).toContain('mười');

    sheet.getRange('G9').setNotes([['của tôi']]);
    const cleared = ok<{ count: number }>(app.sidebarClearMarks());
    expect(cleared.count).toBeGreaterThan(0);
    expect(sheet.notesSnapshot()).toEqual({ G9: 'của tôi' });
    expect(sheet.conditionalRules).toEqual([]);
  });

  it('answers a problem, not a crash, when there is no report or the plan is unknown', () => {
    const { gas, app } = setUp();
    const none = app.sidebarValidate() as Answer<ValidationDto>;
    expect(none.ok).toBe(false);
    ok(app.sidebarCreateTemplate({ planId: 'cat-ne-2024' }));
    gas.book.sheet('Báo cáo').type('B6', 'khong-co-ke-hoach');
    const score = app.sidebarScore('2024-06-01') as Answer<ScoreDto>;
    expect(score.ok).toBe(false);
    if (!score.ok) expect(score.problem.vi).toContain('khong-co-ke-hoach');
    const v = ok<ValidationDto>(app.sidebarValidate());
    expect(v.issues[0]!.code).toBe('plan-unknown');
    expect(gas.book.sheet('Báo cáo').cell('B6').note).toContain(NOTE_PREFIX);
  });

  it('selects the cell of an issue', () => {
    const { gas, app } = setUp();
    ok(app.sidebarCreateTemplate({ planId: 'cat-ne-2024' }));
    gas.book.active = gas.book.sheet('Kế hoạch');
    ok(app.sidebarSelectCell({ sheet: 'Báo cáo', a1: 'C12' }));
    expect(gas.book.active.name).toBe('Báo cáo');
    expect(gas.book.activeRange?.getA1Notation()).toBe('C12');
    expect((app.sidebarSelectCell({ sheet: 'Báo cáo', a1: 'not a cell' }) as Answer<unknown>).ok).toBe(false);
  });
});

describe('consolidation', () => {
  function summary(gas: FakeGas): FakeSheet {
    const s = gas.book.insertSheet('Tổng hợp');
    const rows: (string | number)[][] = [
      ['Kế hoạch', 'ninh-hai-2023'],
      [],
      ['Đơn vị', 'Mã đơn vị', 'Cấp', 'TC-01', 'TC-02', 'TC-03B', 'TC-05', 'TC-06', 'TD-01', 'TD-02', 'Kỳ báo cáo', 'TD-03'],
      ['Xã Nhơn Hải', 'X1', 'xã', 100, 100, 60, 'có', 80, 'có', 'có', "'2023", 'có'],
      ['Xã Thanh Hải', 'X2', 'xã', 90, 100, 55, 'có', 50, 'có', 'có', "'2023", 'có'],
      ['Xã Vĩnh Hải', 'X3', 'xã', 80, 80, 40, 'không', 30, 'có', 'có', "'2023", 'có'],
      ['Xã Phương Hải', 'X4', 'xã', 100, 100, 70, 'có', 90, 'có', 'có', "'2023", 'có'],
      ['Xã Tri Hải', 'X5', 'xã', 'abc', 50, 20, 'không', 10, 'có', 'không', "'2023", 'không'],
      ['Thị trấn Khánh Hải', 'X6', 'xã', 100, 95, 65, 'có', 70, 'có', 'có', "'2023", 'có'],
    ];
    s.getRange(1, 1, rows.length, 12).setValues(rows.map((l) => Array.from({ length: 12 }, (_, i) => l[i] ?? '')));
    return s;
  }

  it('ranks the units of a "Tổng hợp" table with the award quota and marks its bad cells', () => {
    const { gas, app } = setUp();
    const s = summary(gas);
    const typed = s.snapshot();
    gas.book.trips.reset();
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.planId).toBe('ninh-hai-2023');
    expect(ranking.rows).toHaveLength(6);
    // Nhơn Hải and Phương Hải meet every target: tied first.
    expect(ranking.rows.slice(0, 2).map((r) => [r.rank, r.tied])).toEqual([[1, true], [1, true]]);
    expect(ranking.rows.slice(0, 2).map((r) => r.unit).join()).toMatch(/Nhơn Hải.*Phương Hải/);
    for (let i = 1; i < ranking.rows.length; i++) expect(ranking.rows[i]!.rank).toBeGreaterThanOrEqual(ranking.rows[i - 1]!.rank);
    // Quota of 3 collectives: never more than 3 proposed.
    const proposed = ranking.rows.filter((r) => r.awards.length > 0);
    expect(proposed.map((r) => r.unit)).toEqual(['Xã Nhơn Hải (X1)', 'Xã Phương Hải (X4)', 'Thị trấn Khánh Hải (X6)']);
    const quota = ranking.quotas.find((q) => q.quota === 3)!;
    expect([quota.eligible, quota.recipients.length]).toEqual([5, 3]);
    const triHai = ranking.rows.find((r) => r.unit.includes('Tri Hải'))!;
    expect(triHai.eligible).toBe(false);
    // A unit with data errors carries a mark in the sidebar rows and in the sheet.
    expect([triHai.flagged, triHai.errors > 0]).toEqual([true, true]);
    expect(ranking.rows.filter((r) => r.flagged).map((r) => r.unit)).toEqual([triHai.unit]);
    expect(s.cell('D8').note).toContain(NOTE_PREFIX);
    expect(s.snapshot()).toEqual(typed);
    const sheet = gas.book.sheet('Xếp hạng');
    expect(String(sheet.value('A1'))).toMatch(/^XẾP HẠNG/);
    expect(sheet.value('A5')).toBe(1);
    expect(sheet.snapshot().filter((l) => String(l[1]).startsWith('⚠ ')).map((l) => l[1])).toEqual([`⚠ ${triHai.unit}`]);
    // Everything written during consolidation was written under the document lock.
    expect(gas.book.trips.log.filter((l) => l.target.startsWith('Xếp hạng') || l.target.startsWith('Tổng hợp!')).every((l) => l.lockHeld)).toBe(true);
  });

  it('ranks one sheet per unit too', () => {
    const { gas, app } = setUp();
    for (const [unit, a, b] of [['Xã A', 45, 50], ['Xã B', 50, 50]] as const) {
      ok(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit }));
      const sheet = gas.book.active;
      sheet.type(`C${rowOf(sheet, 'CQS-01')}`, String(a));
      sheet.type(`D${rowOf(sheet, 'CQS-01')}`, String(b));
    }
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => r.source)).toEqual(['Báo cáo (2)', 'Báo cáo']);
  });

  it('refuses to write while another officer holds the lock, then works once it is free', () => {
    const { gas, app } = setUp();
    summary(gas);
    gas.book.lockHolder = 'officer-2';
    const busy = app.sidebarConsolidate() as Answer<RankingDto>;
    expect(busy.ok).toBe(false);
    if (!busy.ok) expect(busy.problem.vi).toMatch(/người khác/);
    expect(gas.book.sheets.some((s) => s.name === 'Xếp hạng')).toBe(false);
    gas.book.lockHolder = null;
    expect((app.sidebarConsolidate() as Answer<RankingDto>).ok).toBe(true);
    expect(gas.book.lockHolder).toBeNull();
  });
});

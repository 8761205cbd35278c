// Issue 14: what real Sheets does that the fake used not to. Each numbered case of the issue has a
// test here that runs the built bundle against the fake made faithful (the fake's own behaviours
// are pinned in fake.test.ts, with their sources in fake/*.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSheets, modernBuiltinUses } from '../../apps-script/build.ts';
import type { Answer, RankingDto, ScoreDto, TemplateDone, ValidationDto } from '../../apps-script/src/dto.ts';
import { MARK_COLOURS, NOTE_PREFIX } from '../../apps-script/src/marks.ts';
import { isPercentFormat, toRaw } from '../../apps-script/src/sheet-port.ts';
import { ENTRIES, ok, rowOf, useBundle, withoutModernBuiltins, type Bundle } from './helpers.ts';
import { editBurst, type FakeGas } from '../support/apps-script-fake/services.ts';
import { PROTECTED_MESSAGE, type FakeSheet } from '../support/apps-script-fake/spreadsheet.ts';

const addOn = useBundle();
const { setUp } = addOn;

function vanPhuc(app: Bundle, gas: FakeGas, unitName = 'Xã Vạn Phúc'): FakeSheet {
  const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName, unitCode: unitName, period: '2025' }));
  return gas.book.sheet(done.sheet);
}

const cellOf = (sheet: FakeSheet, code: string, column: string) => `${column}${rowOf(sheet, code)}`;

describe('1. no built-in newer than Apps Script’s V8', () => {
  it('runs template → validate → score → consolidate with the ES2021+ built-ins deleted', () => {
    const { gas, app } = setUp({}, true);
    withoutModernBuiltins(() => {
      expect(typeof ([] as unknown as { at?: unknown }).at).toBe('undefined');
      for (const unit of ['Xã A', 'Xã B']) {
        const sheet = vanPhuc(app, gas, unit);
        sheet.type(cellOf(sheet, 'CQS-01', 'C'), '45');
        sheet.type(cellOf(sheet, 'CQS-01', 'D'), '50');
        sheet.type(cellOf(sheet, 'CQS-05', 'C'), 'abc');
      }
      const v = ok<ValidationDto>(app.sidebarValidate());
      expect(v.issues.length).toBeGreaterThan(0);
      const score = ok<ScoreDto>(app.sidebarScore('2025-06-01'));
      expect(score.views.vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'CQS-01')!.actualText).toBe('90%');
      ok<ScoreDto>(app.sidebarScorecard('2025-06-01'));
      const ranking = ok<RankingDto>(app.sidebarConsolidate());
      expect(ranking.rows).toHaveLength(2);
      // The issue 11 flows too: history, status, plan tab.
      expect(ok<{ saved: boolean }>(app.sidebarSaveHistory()).saved).toBe(true);
      expect(ok<{ refused: boolean }>(app.sidebarSetStatus('submit', 'Cán bộ')).refused).toBe(true);
      ok(app.sidebarCreatePlanTab({ fromPlanId: 'cat-ne-2024' }));
      expect(ok<ValidationDto>(app.sidebarValidate()).sheet).toMatch(/^Kế hoạch/);
    });
    expect(typeof [].at).toBe('function'); // put back
  });

  it('fails the build when the bundle calls one', async () => {
    const { built } = addOn;
    expect(modernBuiltinUses(built.code)).toEqual([]);
    expect(modernBuiltinUses('var x = Object.hasOwn(a, "b");\nvar y = list.at(-1);')).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), 'cds-modern-'));
    writeFileSync(join(dir, 'entry.ts'), 'export function onOpen(): boolean { return Object.hasOwn({ a: 1 }, "a"); }\n');
    await expect(buildSheets({ outDir: join(dir, 'dist'), serverEntry: join(dir, 'entry.ts') })).rejects.toThrow(/Object\.hasOwn at Code\.js:\d+/);
  });
});

describe('2. sheet names are unique regardless of case', () => {
  it('never asks for a name an officer’s sheet already has in other letters, and keeps those sheets', () => {
    const { gas, app } = setUp();
    const mine: Record<string, FakeSheet> = {};
    for (const name of ['BÁO CÁO', 'KẾ HOẠCH', 'KẾT QUẢ', 'xếp hạng']) {
      mine[name] = gas.book.insertSheet(name);
      mine[name]!.type('A1', `của tôi: ${name}`);
    }
    expect(() => gas.book.insertSheet('Báo cáo')).toThrow(/already exists/);
    const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã A' }));
    expect(done.sheet).toBe('Báo cáo (2)');
    expect(done.planSheet).toBe('Kế hoạch (2)');
    const report = gas.book.sheet('Báo cáo (2)');
    report.type(cellOf(report, 'CQS-01', 'C'), '45');
    report.type(cellOf(report, 'CQS-01', 'D'), '50');
    const score = ok<ScoreDto>(app.sidebarScore('2025-06-01'));
    expect(score.resultSheet).toBe('Kết quả (2)');
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.sheet).toBe('Xếp hạng (2)');
    for (const [name, sheet] of Object.entries(mine)) expect(sheet.snapshot()).toEqual([[`của tôi: ${name}`]]);
    // A second run reuses the add-on's own sheets: same names, nothing new.
    const count = gas.book.sheets.length;
    expect(ok<ScoreDto>(app.sidebarScore('2025-06-01')).resultSheet).toBe('Kết quả (2)');
    expect(gas.book.sheets).toHaveLength(count);
  });
});

describe('3. the rate formula reads the same in every locale', () => {
  for (const [locale, separator] of [['vi_VN', ';'], ['vi_VN', ','], ['en_US', ',']] as const) {
    it(`${locale} with "${separator}" between arguments: the rate, or blank without both counts`, () => {
      const { gas, app } = setUp({ locale, formulaSeparator: separator });
      const sheet = vanPhuc(app, gas);
      const e = cellOf(sheet, 'CQS-01', 'E');
      expect(sheet.cell(e).formula).not.toMatch(/[,;]/);
      expect(sheet.value(e)).toBe('');
      sheet.type(cellOf(sheet, 'CQS-01', 'C'), '45');
      expect(sheet.value(e)).toBe('');
      sheet.type(cellOf(sheet, 'CQS-01', 'D'), '50');
      expect(sheet.value(e)).toBeCloseTo(0.9, 12);
      expect(sheet.getRange(e).getDisplayValues()).toEqual([['90%']]);
      sheet.type(cellOf(sheet, 'CQS-01', 'D'), '0');
      expect(sheet.value(e)).toBe('');
      sheet.type(cellOf(sheet, 'CQS-01', 'C'), '0');
      sheet.type(cellOf(sheet, 'CQS-01', 'D'), '10');
      expect(sheet.value(e)).toBe(0);
      const v = ok<ValidationDto>(app.sidebarValidate());
      expect(v.issues.filter((i) => i.a1 === e || i.code === 'spreadsheet-error')).toEqual([]);
    });
  }
});

describe('4. literal-percent formats from Excel', () => {
  it('reads 85 shown as "85%" by 0"%", 0\\% or 0.0"%" as 85%, not 8 500%', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    const cells = { 'CQS-01': '0"%"', 'CQS-02': '0\\%', 'CQS-04': '0.0"%"' } as const;
    for (const [code, format] of Object.entries(cells)) {
      const range = sheet.getRange(cellOf(sheet, code, 'E'));
      range.setNumberFormat(format);
      range.setValues([[85]]); // pasted from an Excel file: the number 85 and its format
    }
    expect(sheet.getRange(cellOf(sheet, 'CQS-04', 'E')).getDisplayValues()).toEqual([['85,0%']]);
    const v = ok<ValidationDto>(app.sidebarValidate());
    for (const code of Object.keys(cells)) expect(v.issues.filter((i) => i.a1 === cellOf(sheet, code, 'E'))).toEqual([]);
    const items = ok<ScoreDto>(app.sidebarScore('2025-06-01')).views.vi.pillars.flatMap((p) => p.items);
    for (const code of Object.keys(cells)) expect(items.find((i) => i.targetId === code)!.actualText).toBe('85%');
    expect(isPercentFormat('0.##%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat('#,##0.0"%";-#,##0.0"%"')).toBe(false);
    expect(toRaw(85, '85%', '0"%"')).toBe('85%');
    expect(toRaw(0.85, '85%', '0%')).toBe('85%');
  });
});

describe('5. onEdit as the platform runs it', () => {
  it('does nothing in AuthMode.NONE, where every spreadsheet call throws', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    const event = sheet.edit(cellOf(sheet, 'CQS-05', 'C'), 'abc');
    gas.book.authMode = 'NONE';
    event.authMode = 'NONE';
    expect(() => gas.book.getSheets()).toThrow(/permission/);
    gas.book.trips.reset();
    expect(() => app.onEdit(event)).not.toThrow();
    expect(gas.book.trips.calls).toBe(0);
  });

  it('after a paste burst whose later events are dropped, every edited row is marked', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    ok(app.sidebarValidate());
    const bad = ['CQS-01', 'CQS-02', 'CQS-04', 'CQS-05'].map((code) => cellOf(sheet, code, 'C'));
    const { dropped } = editBurst(bad.map((a1) => () => sheet.edit(a1, 'abc')), (e) => app.onEdit(e));
    expect(dropped).toBe(2);
    for (const a1 of bad) {
      expect(sheet.cell(a1).note, a1).toContain(NOTE_PREFIX);
      expect(sheet.shownBackground(a1), a1).toBe(MARK_COLOURS.error);
    }
  });

  it('reads value/oldValue of nothing: a multi-cell paste (no value in its event) is checked too', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    const top = rowOf(sheet, 'CQS-01');
    const event = sheet.edit(`C${top}`, [['abc', '5'], ['7', 'xyz']]);
    expect(event.value).toBeUndefined();
    expect(event.oldValue).toBeUndefined();
    app.onEdit(event);
    expect(sheet.cell(`C${top}`).note).toContain('abc');
    expect(sheet.cell(`D${top + 1}`).note).toContain('xyz');
  });

  it('skips other sheets before reading them in full, and the add-on’s own sheets without a read', () => {
    const { gas, app } = setUp();
    vanPhuc(app, gas);
    ok(app.sidebarScore('2025-06-01'));
    const data = gas.book.insertSheet('Số liệu thô');
    data.getRange(1, 1, 600, 5).setValues(Array.from({ length: 600 }, (_, r) => [r, 'x', r * 2, 'y', r * 3]));
    gas.book.trips.reset();
    app.onEdit(data.edit('B300', 'z'));
    expect(gas.book.trips.reads).toBe(1);
    expect(gas.book.trips.log.map((l) => l.target)).toEqual(['Số liệu thô!A1:E40']);
    expect(gas.book.trips.writes).toBe(0);
    gas.book.trips.reset();
    app.onEdit(gas.book.sheet('Kết quả').edit('A30', 'ghi chú'));
    expect(gas.book.trips.reads).toBe(0);
  });

  it('skips while another run holds the document lock; the next run repairs the marks', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    const a1 = cellOf(sheet, 'CQS-05', 'C');
    gas.book.lockHolder = 'officer-2';
    gas.book.trips.reset();
    app.onEdit(sheet.edit(a1, 'abc'));
    expect(gas.book.trips.writes).toBe(0);
    expect(sheet.cell(a1).note).toBe('');
    gas.book.lockHolder = null;
    app.onEdit(sheet.edit(cellOf(sheet, 'CQS-01', 'C'), '4'));
    expect(sheet.cell(a1).note).toContain(NOTE_PREFIX);
    expect(gas.book.lockHolder).toBeNull();
  });
});

describe('6. protections and typed dates, times and errors', () => {
  it('a sheet the owner protected ends in a clear message, never a crash', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    sheet.type(cellOf(sheet, 'CQS-05', 'C'), 'abc');
    sheet.protect().restrictTo([gas.book.owner]);
    gas.book.user = 'can-bo@example.gov.vn';
    expect(() => sheet.getRange('Z1').setNotes([['x']])).toThrow(PROTECTED_MESSAGE);
    // Checking still lists every issue; the marks wait until someone may write them.
    const v = ok<ValidationDto>(app.sidebarValidate());
    expect(v.issues.some((i) => i.a1 === cellOf(sheet, 'CQS-05', 'C'))).toBe(true);
    expect(v.notice?.vi).toMatch(/bảo vệ/);
    expect(v.notice?.en).toMatch(/protected/);
    expect(() => app.onEdit(sheet.edit(cellOf(sheet, 'CQS-01', 'C'), 'x'))).not.toThrow();
    // The scorecard is still written to its own sheet…
    expect(ok<ScoreDto>(app.sidebarScore('2025-06-01')).resultSheet).toBe('Kết quả');
    // …until the owner protects that one too: then a message naming the sheet.
    gas.book.sheet('Kết quả').protect().restrictTo([gas.book.owner]);
    const refused = app.sidebarScore('2025-06-01') as Answer<ScoreDto>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problem.vi).toContain('"Kết quả"');
      expect(refused.problem.vi).toMatch(/bảo vệ/);
      expect(refused.problem.en).toMatch(/protected/);
    }
    // Marks the owner made cannot be cleared by another editor: a message, not a crash.
    gas.book.user = gas.book.owner;
    ok(app.sidebarValidate());
    gas.book.user = 'can-bo@example.gov.vn';
    const cleared = app.sidebarClearMarks() as Answer<unknown>;
    expect(cleared.ok).toBe(false);
    if (!cleared.ok) expect(cleared.problem.vi).toContain('"Báo cáo"');
    // The owner (or a warning-only protection, which the template sets) is never stopped.
    gas.book.user = gas.book.owner;
    expect(ok<ScoreDto>(app.sidebarScore('2025-06-01')).resultSheet).toBe('Kết quả');
  });

  it('officer-typed dates, times, -abc and #N/A each give one issue at their cell', () => {
    const { gas, app } = setUp();
    const sheet = vanPhuc(app, gas);
    const typed = {
      [cellOf(sheet, 'CQS-01', 'C')]: '1/2',
      [cellOf(sheet, 'CQS-01', 'D')]: '12:30',
      [cellOf(sheet, 'CQS-02', 'E')]: '2025-06-01',
      [cellOf(sheet, 'CQS-05', 'C')]: '-abc',
      [cellOf(sheet, 'CQS-04', 'E')]: '#N/A',
      [cellOf(sheet, 'KTS-01', 'E')]: '1/2',
    };
    for (const [a1, text] of Object.entries(typed)) sheet.type(a1, text);
    expect(sheet.value(cellOf(sheet, 'CQS-01', 'C'))).toBeInstanceOf(Date);
    expect(sheet.value(cellOf(sheet, 'CQS-05', 'C'))).toBe('#ERROR!');
    const v = ok<ValidationDto>(app.sidebarValidate());
    for (const [a1, text] of Object.entries(typed)) {
      const at = v.issues.filter((i) => i.a1 === a1);
      expect(at.map((i) => i.code), `${a1} ${text}`).toHaveLength(1);
      expect(at[0]!.severity, `${a1} ${text}`).toBe('error');
    }
    // Never a number: the scorecard shows those targets without a figure.
    const items = ok<ScoreDto>(app.sidebarScore('2025-06-01')).views.vi.pillars.flatMap((p) => p.items);
    for (const code of ['CQS-01', 'CQS-02', 'CQS-04', 'KTS-01']) {
      const item = items.find((i) => i.targetId === code)!;
      expect(item.met, code).toBeNull();
      expect(item.status, code).not.toBe('met');
      expect(item.pointsText, code).not.toMatch(/^[1-9]/);
    }
  });

  it('a date in a number-formatted cell is passed as a date, never as its serial number', () => {
    // Sheets shows such a date by the cell's number format ("4.565.900%"); read as a number it
    // would be a plausible wrong figure.
    expect(toRaw(new Date(2025, 0, 2), '4.565.900%', '0.##%')).toBe('2/1/2025');
    expect(toRaw(new Date(1899, 11, 30, 12, 30), '52,08%', '0.##%')).toBe('12:30');
    expect(toRaw(new Date(2025, 0, 2), '2/1/2025', 'd/M/yyyy')).toBe('2/1/2025');
  });
});

describe('7. google.script.run answers are plain data', () => {
  /** Where a value is not what google.script.run can carry (Date, function, class instance, NaN…). */
  function impurities(v: unknown, path = '$'): string[] {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return [];
    if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path}: ${v}`];
    if (typeof v === 'undefined') return [];
    if (typeof v !== 'object') return [`${path}: ${typeof v}`];
    if (Array.isArray(v)) return v.flatMap((x, i) => (x === undefined ? [`${path}[${i}]: undefined`] : impurities(x, `${path}[${i}]`)));
    const proto = Object.getPrototypeOf(v);
    if (Object.prototype.toString.call(v) !== '[object Object]' || (proto !== null && Object.getPrototypeOf(proto) !== null)) {
      return [`${path}: ${Object.prototype.toString.call(v)}`];
    }
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => impurities(x, `${path}.${k}`));
  }

  it('every sidebar* answer, success or problem, holds only strings, numbers, booleans, null, arrays and objects', () => {
    const { gas, app } = setUp();
    const answers: Record<string, unknown> = {};
    answers.sidebarChoices = app.sidebarChoices();
    answers.sidebarValidateNoReport = app.sidebarValidate();
    answers.sidebarCreateTemplate = app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã A', period: '2025' });
    const sheet = gas.book.sheet('Báo cáo');
    sheet.type(cellOf(sheet, 'CQS-01', 'C'), '1/2'); // a Date in the sheet
    sheet.type(cellOf(sheet, 'CQS-01', 'D'), '50');
    sheet.type(cellOf(sheet, 'CQS-05', 'C'), 'abc');
    answers.sidebarValidate = app.sidebarValidate();
    answers.sidebarScore = app.sidebarScore('2025-06-01');
    answers.sidebarScorecard = app.sidebarScorecard('2025-06-01');
    answers.sidebarConsolidate = app.sidebarConsolidate();
    answers.sidebarSaveHistory = app.sidebarSaveHistory();
    answers.sidebarSaveHistoryAgain = app.sidebarSaveHistory();
    answers.sidebarSaveHistoryAll = app.sidebarSaveHistoryAll();
    answers.sidebarScoreWithTrend = app.sidebarScore('2025-06-01');
    answers.sidebarSetStatusRefused = app.sidebarSetStatus('submit', 'Cán bộ A');
    answers.sidebarSetStatusBad = app.sidebarSetStatus('approve', 'Cán bộ A');
    answers.sidebarSelectCell = app.sidebarSelectCell({ sheet: 'Báo cáo', a1: 'C12' });
    answers.sidebarSelectCellBad = app.sidebarSelectCell({ sheet: 'Không có', a1: 'C12' });
    answers.sidebarClearMarks = app.sidebarClearMarks();
    answers.sidebarCreateTemplateBad = app.sidebarCreateTemplate({ planId: 'khong-co' });
    answers.sidebarCreatePlanTab = app.sidebarCreatePlanTab({ fromPlanId: 'cat-ne-2024' });
    answers.sidebarCreatePlanTabBad = app.sidebarCreatePlanTab({ fromPlanId: 'khong-co' });
    answers.sidebarChoicesWithTab = app.sidebarChoices();
    const sidebarEntries = ENTRIES.filter((e) => e.startsWith('sidebar'));
    for (const entry of sidebarEntries) expect(Object.keys(answers).some((k) => k.startsWith(entry)), entry).toBe(true);
    for (const [name, value] of Object.entries(answers)) expect(impurities(value), name).toEqual([]);
  });

  it('the check catches what google.script.run refuses: a Date, a function, a class instance, NaN', () => {
    class Range {}
    expect(impurities({ a: [new Date(0)], f: () => 1, r: new Range(), n: Number.NaN, ok: { s: 'x', b: true, z: null } })).toEqual([
      '$.a[0]: [object Date]', '$.f: function', '$.r: [object Object]', '$.n: NaN',
    ]);
  });
});

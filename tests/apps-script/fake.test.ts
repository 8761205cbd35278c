// The fake must behave like Apps Script where the add-on depends on it, or the other tests prove
// nothing: these pin the semantics the add-on relies on.
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../support/apps-script-fake/spreadsheet.ts';
import { editBurst, fakeGas } from '../support/apps-script-fake/services.ts';

describe('fake SpreadsheetApp', () => {
  it('uses 1-based rows and columns and returns numbers for numbers and "" for blanks', () => {
    const book = new FakeSpreadsheet();
    const sheet = book.active;
    sheet.getRange(2, 3, 1, 2).setValues([[12, 'abc']]);
    expect(sheet.getRange('C2').getValues()).toEqual([[12]]);
    expect(sheet.getRange(2, 3, 2, 3).getValues()).toEqual([[12, 'abc', ''], ['', '', '']]);
    expect(sheet.getRange(2, 3, 1, 2).getA1Notation()).toBe('C2:D2');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D2');
    expect(sheet.getLastRow()).toBe(2);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('throws Apps Script’s messages when the data does not fit the range', () => {
    const sheet = new FakeSpreadsheet().active;
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setNotes([['a']])).toThrow('The data has 1 but the range has 2.');
  });

  it('parses typing by locale: a percent cell holds the fraction, "1.234,5" is a number in vi_VN only', () => {
    const vi = new FakeSpreadsheet({ locale: 'vi_VN' }).active;
    vi.type('A1', '85%');
    vi.type('A2', '1.234,5');
    vi.type('A3', 'không');
    vi.type('A4', '-5');
    expect(vi.getRange('A1:A4').getValues()).toEqual([[0.85], [1234.5], ['không'], [-5]]);
    expect(vi.getRange('A1:A2').getDisplayValues()).toEqual([['85%'], ['1.234,5']]);
    const en = new FakeSpreadsheet({ locale: 'en_US' }).active;
    en.type('A1', '1.234,5');
    en.type('A2', '1,234.5');
    expect(en.getRange('A1:A2').getValues()).toEqual([['1.234,5'], [1234.5]]);
  });

  it('evaluates formulas on read, errors as Sheets shows them, with the locale’s argument separator', () => {
    for (const [locale, sep, other] of [['en_US', ',', ';'], ['vi_VN', ';', ',']] as const) {
      const sheet = new FakeSpreadsheet({ locale }).active;
      sheet.getRange('A1:C1').setValues([[3, 4, `=IF(AND(ISNUMBER(A1)${sep}ISNUMBER(B1)${sep}B1<>0)${sep}A1/B1${sep}"")`]]);
      sheet.getRange('C1').setNumberFormat('0.##%');
      expect(sheet.getRange('C1').getValues()).toEqual([[0.75]]);
      expect(sheet.getRange('C1').getDisplayValues()).toEqual([[locale === 'vi_VN' ? '75%' : '75%']]);
      sheet.type('B1', '');
      expect(sheet.value('C1')).toBe('');
      sheet.type('D1', '=A1/0');
      expect(sheet.value('D1')).toBe('#DIV/0!');
      // The other locale's separator is a parse error.
      sheet.type('E1', `=IF(A1>1${other}1${other}2)`);
      expect(sheet.value('E1')).toBe('#ERROR!');
    }
  });

  it('keeps text in plain-text cells and after an apostrophe', () => {
    const sheet = new FakeSpreadsheet().active;
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([['2025', "'2025"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['2025', '2025']]);
  });

  it('counts reads and writes, not metadata calls, and records whether the lock was held', () => {
    const book = new FakeSpreadsheet();
    const gas = fakeGas(book);
    const sheet = book.active;
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1').setValues([[1]]);
    sheet.getLastRow();
    expect([book.trips.reads, book.trips.writes]).toEqual([1, 1]);
    const lock = gas.LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    sheet.getRange('A1').setValues([[2]]);
    lock.releaseLock();
    expect(book.trips.log.map((l) => l.lockHeld)).toEqual([false, false, true]);
    book.lockHolder = 'someone else';
    expect(gas.LockService.getDocumentLock()!.tryLock(1000)).toBe(false);
  });
});

// Issue 14: the real behaviours the fake gained (sources in fake/*.ts).
describe('fake SpreadsheetApp — real-platform behaviours', () => {
  it('refuses a sheet name that differs only in case', () => {
    const book = new FakeSpreadsheet();
    book.insertSheet('BÁO CÁO');
    expect(() => book.insertSheet('Báo cáo')).toThrow('A sheet with the name "Báo cáo" already exists. Please enter another name.');
    expect(() => book.insertSheet('Báo cáo (2)')).not.toThrow();
  });

  it('shows literal-% formats without scaling and real % formats scaled', () => {
    const sheet = new FakeSpreadsheet().active;
    sheet.getRange('A1:D1').setValues([[85, 85, 85.25, 0.85]]);
    sheet.getRange('A1').setNumberFormat('0"%"');
    sheet.getRange('B1').setNumberFormat('0\\%');
    sheet.getRange('C1').setNumberFormat('0.0"%"');
    sheet.getRange('D1').setNumberFormat('0%');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['85%', '85%', '85,3%', '85%']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[85, 85, 85.25, 0.85]]);
  });

  it('turns typed dates and times into Dates, "-abc" into #ERROR! and keeps #N/A as an error', () => {
    const sheet = new FakeSpreadsheet({ locale: 'vi_VN' }).active;
    for (const [a1, text] of [['A1', '1/2'], ['A2', '12:30'], ['A3', '2025-06-01'], ['A4', '-abc'], ['A5', '#N/A'], ['A6', '-'], ['A7', '-5']]) sheet.type(a1!, text!);
    const [d1, t, d2, err, na, dash, neg] = sheet.getRange('A1:A7').getValues().map((line) => line[0]);
    expect(d1).toEqual(new Date(2025, 1, 1));
    expect(t).toEqual(new Date(1899, 11, 30, 12, 30));
    expect(d2).toEqual(new Date(2025, 5, 1));
    expect([err, na, dash, neg]).toEqual(['#ERROR!', '#N/A', '-', -5]);
    expect(sheet.getRange('A1:A3').getDisplayValues()).toEqual([['1/2/2025'], ['12:30:00'], ['2025-06-01']]);
  });

  it('throws on every spreadsheet call in AuthMode.NONE, but the menu can still be built', () => {
    const book = new FakeSpreadsheet();
    const gas = fakeGas(book);
    book.authMode = 'NONE';
    expect(() => gas.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => book.active.getRange('A1').getValues()).toThrow(/permission/);
    expect(() => gas.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'y').addToUi()).not.toThrow();
  });

  it('enforces a protection the owner tightened, not a script-made or warning-only one', () => {
    const book = new FakeSpreadsheet();
    const sheet = book.active;
    sheet.getRange('A1:B2').protect(); // mirrors the spreadsheet's editors
    sheet.getRange('C1').protect().setWarningOnly(true);
    book.user = 'can-bo@example.gov.vn';
    expect(() => sheet.getRange('A1:C1').setValues([[1, 2, 3]])).not.toThrow();
    sheet.getRange('A1:B2').protect().restrictTo([book.owner]);
    expect(() => sheet.getRange('B2').setNotes([['x']])).toThrow('You are trying to edit a protected cell or object.');
    expect(() => sheet.getRange('D4').setNotes([['x']])).not.toThrow();
    book.user = book.owner;
    expect(() => sheet.getRange('B2').setNotes([['x']])).not.toThrow();
  });

  it('gives value/oldValue for a one-cell edit only, and runs two events of a burst', () => {
    const book = new FakeSpreadsheet();
    const sheet = book.active;
    sheet.type('A1', 'cũ');
    const one = sheet.edit('A1', 'mới');
    expect([one.value, one.oldValue, one.authMode]).toEqual(['mới', 'cũ', 'FULL']);
    const many = sheet.edit('A1', [['1', '2'], ['3', '4']]);
    expect([many.value, many.oldValue, many.range.getA1Notation()]).toEqual([undefined, undefined, 'A1:B2']);
    const seen: string[] = [];
    const result = editBurst(['A1', 'A2', 'A3', 'A4'].map((a1) => () => sheet.edit(a1, 'x')), (e) => seen.push(e.range.getA1Notation()));
    expect(seen).toEqual(['A1', 'A2']);
    expect(result).toEqual({ ran: 2, dropped: 2 });
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['x'], ['x'], ['x'], ['x']]);
  });
});

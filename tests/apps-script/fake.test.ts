// The fake must behave like Apps Script where the add-on depends on it, or the other tests prove
// nothing: these pin the semantics the add-on relies on.
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from './fake/spreadsheet.ts';
import { fakeGas } from './fake/services.ts';

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

  it('evaluates formulas on read, errors as Sheets shows them', () => {
    const sheet = new FakeSpreadsheet().active;
    sheet.getRange('A1:C1').setValues([[3, 4, '=IF(AND(ISNUMBER(A1),ISNUMBER(B1),B1<>0),A1/B1,"")']]);
    sheet.getRange('C1').setNumberFormat('0.##%');
    expect(sheet.getRange('C1').getValues()).toEqual([[0.75]]);
    expect(sheet.getRange('C1').getDisplayValues()).toEqual([['75%']]);
    sheet.type('B1', '');
    expect(sheet.value('C1')).toBe('');
    sheet.type('D1', '=A1/0');
    expect(sheet.value('D1')).toBe('#DIV/0!');
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

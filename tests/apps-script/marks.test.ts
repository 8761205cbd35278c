// Marks: prefixed notes after the officer's own note, colours by our conditional-format rules
// only; replacing, re-running and clearing leave everything of the officer's as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMarks, clearMarks, MARK_COLOURS, NOTE_PREFIX, ownNote, planMarks } from '../../apps-script/src/marks.ts';
import { toRaw } from '../../apps-script/src/sheet-port.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import { fakeGas, type FakeGas } from '../support/apps-script-fake/services.ts';
import { FakeSpreadsheet } from '../support/apps-script-fake/spreadsheet.ts';

function issue(a1: string, row: number, column: number, severity: Issue['severity'], key = 'validate.value-missing'): Issue {
  return { code: 'x', severity, location: { sheet: 'S', row, column, a1, field: null }, itemCode: null, message: { key, params: {} } };
}

let gas: FakeGas;
let uninstall: () => void;
beforeEach(() => {
  gas = fakeGas(new FakeSpreadsheet({ firstSheet: 'S' }));
  uninstall = gas.install();
});
afterEach(() => uninstall());

describe('marks', () => {
  it('adds prefixed notes after the officer’s note and colours by our rules only', () => {
    const sheet = gas.book.sheet('S');
    sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    sheet.getRange('B2').setNotes([['my own note']]);
    sheet.getRange('C3').setBackground('#00ff00');
    const userRule = gas.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1>100').setBackground('#123456').setRanges([sheet.getRange('A1:C3')]).build();
    sheet.setConditionalFormatRules([userRule]);

    applyMarks(sheet, planMarks([issue('B2', 2, 2, 'error'), issue('C3', 3, 3, 'warning')], 1, 'S'), { extent: { rows: 3, columns: 3 } });

    expect(sheet.cell('B2').note.startsWith('my own note\n\n' + NOTE_PREFIX)).toBe(true);
    expect(sheet.cell('C3').note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(sheet.shownBackground('B2')).toBe(MARK_COLOURS.error);
    expect(sheet.shownBackground('C3')).toBe(MARK_COLOURS.warning);
    expect(sheet.cell('C3').background).toBe('#00ff00');
    expect(sheet.conditionalRules).toContain(userRule);
    expect(sheet.snapshot()).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });

  it('gives the same result when run twice, writing nothing the second time', () => {
    const sheet = gas.book.sheet('S');
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    const plan = planMarks([issue('A2', 2, 1, 'error')], 1, 'S');
    applyMarks(sheet, plan, { extent: { rows: 2, columns: 2 } });
    const notes = sheet.notesSnapshot();
    const rules = sheet.conditionalRules.length;
    gas.book.trips.reset();
    applyMarks(sheet, plan, { extent: { rows: 2, columns: 2 } });
    expect(sheet.notesSnapshot()).toEqual(notes);
    expect(sheet.conditionalRules.length).toBe(rules);
    expect(gas.book.trips.writes).toBe(0);
  });

  it('replaces old marks, and with a row scope touches only those rows', () => {
    const sheet = gas.book.sheet('S');
    sheet.getRange('A1:B3').setValues([[1, 2], [3, 4], [5, 6]]);
    applyMarks(sheet, planMarks([issue('A1', 1, 1, 'error'), issue('A3', 3, 1, 'error')], 1, 'S'), { extent: { rows: 3, columns: 2 } });
    // Row 3 edited and now clean: only its mark goes.
    applyMarks(sheet, planMarks([issue('A1', 1, 1, 'error')], 1, 'S'), { rows: { from: 3, to: 3 }, extent: { rows: 3, columns: 2 } });
    expect(Object.keys(sheet.notesSnapshot())).toEqual(['A1']);
    expect(sheet.shownBackground('A1')).toBe(MARK_COLOURS.error);
    expect(sheet.shownBackground('A3')).toBe('#ffffff');
    // A scoped run that knows nothing of row 1 leaves row 1 alone.
    applyMarks(sheet, planMarks([], 1, 'S'), { rows: { from: 2, to: 2 }, extent: { rows: 3, columns: 2 } });
    expect(Object.keys(sheet.notesSnapshot())).toEqual(['A1']);
  });

  it('clears only our marks', () => {
    const sheet = gas.book.sheet('S');
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1').setNotes([['keep me']]);
    applyMarks(sheet, planMarks([issue('A1', 1, 1, 'error'), issue('B2', 2, 2, 'info')], 1, 'S'), { extent: { rows: 2, columns: 2 } });
    expect(clearMarks(sheet)).toBe(2);
    expect(sheet.notesSnapshot()).toEqual({ A1: 'keep me' });
    expect(sheet.conditionalRules).toEqual([]);
    expect(ownNote(`x\n\n${NOTE_PREFIX}y`)).toBe('x');
  });
});

describe('sheet port', () => {
  it('passes a percent cell as an explicit percent and keeps the rest raw', () => {
    expect(toRaw(0.855, '85,5%')).toBe('85,5%');
    expect(toRaw(0.01234, '1.23%')).toBe('1,234%');
    expect(toRaw(1, '100%')).toBe('100%');
    expect(toRaw(1234.5, '1.234,5')).toBe(1234.5);
    expect(toRaw('', '')).toBeNull();
    expect(toRaw('#DIV/0!', '#DIV/0!')).toBe('#DIV/0!');
    expect(toRaw(new Date(2025, 0, 2), '2/1/2025')).toBe('2/1/2025');
  });
});

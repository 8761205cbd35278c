// onEdit takes the document lock (tryLock) and skips when another run holds it (issue 9 §6): a
// consolidation or a second officer's check is never interleaved with re-marking, and a simple
// trigger never waits past its time.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../apps-script/src/dto.ts';
import { NOTE_PREFIX } from '../../apps-script/src/marks.ts';
import { rowOf, useBundle } from './helpers.ts';

const { setUp } = useBundle();

describe('onEdit and the document lock', () => {
  it('skips while another run holds the lock, marks once it is free, and releases it', () => {
    const { gas, app } = setUp();
    const made = app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025' }) as Answer<unknown>;
    expect(made.ok).toBe(true);
    const sheet = gas.book.sheet('Báo cáo');
    const bad = `C${rowOf(sheet, 'CQS-05')}`;
    sheet.type(bad, 'abc');

    gas.book.lockHolder = 'officer-2';
    gas.book.trips.reset();
    expect(() => app.onEdit({ range: sheet.getRange(bad) })).not.toThrow();
    expect(sheet.cell(bad).note).toBe('');
    expect(gas.book.trips.writes).toBe(0);
    expect(gas.book.lockHolder).toBe('officer-2');

    gas.book.lockHolder = null;
    app.onEdit({ range: sheet.getRange(bad) });
    expect(sheet.cell(bad).note).toContain(NOTE_PREFIX);
    expect(gas.book.lockHolder).toBeNull();
  });
});

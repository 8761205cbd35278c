// A report's items are keyed in the order of its rows, whether the rows follow the template (the
// items are then a copy of the plan's shape) or not; an item left out is absent, never null.
import { describe, expect, it } from 'vitest';
import { check, communeGrid, ROW } from './helpers.ts';

describe('report items', () => {
  it('follow the template order when the rows do', () => {
    const { report } = check(communeGrid({ T1: { value: '80%' } }), null);
    expect(Object.keys(report.items)).toEqual(Object.keys(ROW));
    expect(report.items.T1?.value).toBe(80);
    expect(report.items.T2).toEqual({ code: 'T2', numerator: null, denominator: null, value: null, evidence: null, row: ROW.T2 });
  });

  it('follow the rows when they are in another order, and leave out a removed row', () => {
    const grid = communeGrid({ T1: { value: '80%' }, T3: { value: 4 } });
    const t1 = grid[ROW.T1 - 1]!;
    grid[ROW.T1 - 1] = grid[ROW.T3 - 1]!;
    grid[ROW.T3 - 1] = t1;
    grid.splice(ROW.C2 - 1, 1);
    const { report } = check(grid, null);
    expect(Object.keys(report.items)).toEqual(['T3', 'T2', 'T1', 'T4', 'T5-X', 'C1']);
    expect(report.items.T1).toMatchObject({ value: 80, row: ROW.T3 });
    expect(report.items.T3).toMatchObject({ value: 4, row: ROW.T1 });
    expect('C2' in report.items).toBe(false);
  });

  it('are keyed by the plan code when the row types it in another case', () => {
    const grid = communeGrid({ T1: { value: '80%' } });
    grid[ROW.T1 - 1]![0] = ' t1 ';
    const { report } = check(grid, null);
    expect(Object.keys(report.items)).toEqual(Object.keys(ROW));
    expect(report.items.T1?.code).toBe('T1');
  });
});

import { describe, expect, it } from 'vitest';
import { check, communeGrid } from './helpers.ts';

// validateCompiled builds the unit in one literal per shape (with or without `group`): the keys and
// their order are the same as when `group` was added after the literal.
describe('validateReport: the report unit', () => {
  it('has the group last when the sheet gives a readable one', () => {
    const { report } = check(communeGrid(), null);
    expect(Object.keys(report.unit)).toEqual(['name', 'code', 'level', 'group']);
    expect(JSON.stringify(report.unit)).toBe('{"name":"Xã Một","code":"X.01","level":"commune","group":"agency"}');
  });

  it('leaves the group key out when the sheet does not say or cannot be read', () => {
    for (const value of ['', 'không rõ']) {
      const grid = communeGrid();
      grid[3]![3] = value;
      const { report } = check(grid, null);
      expect(Object.keys(report.unit)).toEqual(['name', 'code', 'level']);
      expect('group' in report.unit).toBe(false);
      expect(report.unit).toEqual({ name: 'Xã Một', code: 'X.01', level: 'commune' });
    }
  });

  it('reads a missing name or code as null, keys kept', () => {
    const grid = communeGrid();
    grid[1]![1] = '';
    grid[2]![1] = '';
    const { report } = check(grid, null);
    expect(Object.keys(report.unit)).toEqual(['name', 'code', 'level', 'group']);
    expect(report.unit.name).toBeNull();
    expect(report.unit.code).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { columnName, toA1 } from '../../../shared/parse/a1.ts';

describe('toA1', () => {
  it.each([
    [1, 1, 'A1'],
    [12, 5, 'E12'],
    [3, 26, 'Z3'],
    [3, 27, 'AA3'],
    [9, 28, 'AB9'],
    [1, 52, 'AZ1'],
    [1, 53, 'BA1'],
    [100, 702, 'ZZ100'],
    [7, 703, 'AAA7'],
    [1, 16384, 'XFD1'],
  ])('row %i column %i → %s', (row, column, a1) => {
    expect(toA1(row, column)).toBe(a1);
  });

  it('gives no letters for a column below 1', () => {
    expect(columnName(0)).toBe('');
    expect(columnName(-3)).toBe('');
  });
});

// The one percent-text helper of the CLI (XLSX, Sheets API) and the add-on: a percent cell's fraction
// → the text the cell shows, which the core reads back to the same percent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPercentFormat, percentText } from '../../../shared/parse/percent-text.ts';
import { parseNumber } from '../../../shared/parse/number.ts';

describe('percentText', () => {
  it('writes the percent the cell shows, Vietnamese notation, without float noise', () => {
    expect(percentText(0.855)).toBe('85,5%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.01234)).toBe('1,234%');
    expect(percentText(12.345)).toBe('1.234,5%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(-0.05)).toBe('-5%');
  });

  it('never writes an exponent (the core would read "1e-7" as a share, 100 times too big)', () => {
    expect(percentText(1e-9)).toBe('0,0000001%');
    expect(percentText(1e-9)).not.toMatch(/e/i);
  });

  it('reads back to the same percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const fraction = n / 100_000; // up to 3 decimals of a percent
        const read = parseNumber(percentText(fraction), { percent: true });
        expect(read.kind).toBe('number');
        expect(read.kind === 'number' ? read.value : null).toBeCloseTo(fraction * 100, 9);
      }),
    );
  });
});

describe('isPercentFormat', () => {
  it('is true for a % that scales the number, false for a literal one', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0%;[Red]-0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat('#,##0.0"%";-#,##0.0"%"')).toBe(false);
    expect(isPercentFormat('0.0"%')).toBe(false); // an unclosed quote hides the rest
    expect(isPercentFormat(undefined)).toBe(false);
    expect(isPercentFormat('')).toBe(false);
  });

  it('reads the first section only (the format of positive numbers)', () => {
    expect(isPercentFormat('0;-0%')).toBe(false);
  });
});

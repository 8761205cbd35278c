// readNumberCell reads the forms most cells hold ("85,3%", "289", "1.447", "85.5") in one pass
// before the general rules. A leading space keeps a text off that pass (the general rules trim it
// and read the same text), so the two readings of every text must agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberCell } from '../../../shared/parse/number.ts';

function bothWays(s: string, percent: boolean): void {
  const fast = readNumberCell(s, { percent });
  const general = readNumberCell(` ${s}`, { percent });
  expect({ s, percent, read: fast }).toEqual({ s, percent, read: general });
  if (typeof fast === 'number') expect(Object.is(fast, general)).toBe(true);
}

describe('readNumberCell on plain number texts', () => {
  it('reads the usual forms as the rules say', () => {
    const pct = { percent: true };
    expect(readNumberCell('85,3%', pct)).toBe(85.3);
    expect(readNumberCell('85.5', pct)).toBe(85.5);
    expect(readNumberCell('289', { percent: false })).toBe(289);
    expect(readNumberCell('1.447', { percent: false })).toBe(1447);
    expect(readNumberCell('12.500', { percent: false })).toBe(12500);
    expect(readNumberCell('0.855', { percent: false })).toBe(0.855);
    expect(readNumberCell('1234.567', { percent: false })).toBe(1234.567);
    expect(readNumberCell('.447', { percent: false })).toBe(0.447);
    expect(readNumberCell(',5', { percent: false })).toBe(0.5);
    expect(readNumberCell('1,234', { percent: false })).toBe(1.234);
  });

  it('agrees with the general rules on tricky texts', () => {
    const texts = ['.447', ',447', '0.447', '1.447', '12.500', '123.456', '1234.567', '0.500', '.5', ',5', '%', '5%', '0', '00', '0,0', '0.0%',
      '0,855', '999999999999999', '9999999999999999', '1.2.3', '1,2,3', '85,', '85.', ',', '.', '1.000.000', '1.447%', '85,3%%', '%85'];
    for (const s of texts) for (const percent of [true, false]) bothWays(s, percent);
  });

  it('agrees with the general rules on any text of digits, marks and %', () => {
    const text = fc.stringMatching(/^[0-9]{0,17}[.,]?[0-9]{0,17}%?$/);
    const messy = fc.array(fc.constantFrom(...'0123456789.,%'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(text, messy), fc.boolean(), (s, percent) => bothWays(s, percent)),
      { numRuns: 5000 },
    );
  });
});

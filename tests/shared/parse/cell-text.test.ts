import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText, cleanText } from '../../../shared/parse/text.ts';

// cellText answers an empty text at once (the commonest cell); every text must still read as its
// cleaned form, null when nothing is left.
describe('cellText', () => {
  it('reads empty and space-only texts as blank', () => {
    for (const s of ['', ' ', '  ', '\u00a0', '\t\n', '\ufeff', '\u3000 ']) expect(cellText(s)).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText(undefined)).toBeNull();
  });

  it('gives the cleaned text of any other text', () => {
    expect(cellText(' Văn bản số 12/UBND\u00a0')).toBe('Văn bản số 12/UBND');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('', ' ', 'a', '\u00a0a\u2009b ', 'x\u202f')), (s) => {
        const clean = cleanText(s);
        expect(cellText(s)).toBe(clean === '' ? null : clean);
      }),
      { numRuns: 2000 },
    );
  });
});

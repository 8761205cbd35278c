// foldWords folds the usual Vietnamese text (letters with accents, single spaces) with a table of
// letters instead of normalize(); the result must be the one the general path gives, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../shared/parse/text.ts';

/** The general path: clean, decompose, drop the marks, lower case, đ → d, one space between words. */
function reference(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.trim().toLowerCase().replace(/\s+/g, ' ');
  return s
    .replace(/[\u00a0\u2007\u2009\u202f\u3000\ufeff]/g, ' ')
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ');
}

const LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';

describe('foldWords', () => {
  it('folds every Vietnamese letter, in both cases, to its plain letter', () => {
    expect(foldWords(LETTERS)).toBe('aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd');
    expect(foldWords(LETTERS.toUpperCase())).toBe(foldWords(LETTERS));
  });

  it('reads the answers officers type', () => {
    expect(foldWords('Chưa  hoàn thành')).toBe('chua hoan thanh');
    expect(foldWords('có lẽ')).toBe('co le');
    expect(foldWords('\u00a0Đã có ')).toBe('da co');
    expect(foldWords('co\u0301')).toBe('co'); // typed decomposed
  });

  it('gives what the general path gives for any single character, alone or between letters', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}b`, `x ${ch} y`, ch + ch]) {
        if (foldWords(s) !== reference(s)) expect({ c, s, folded: foldWords(s) }).toEqual({ c, s, folded: reference(s) });
      }
    }
  });

  it('gives what the general path gives for any mix of letters, marks and spaces', () => {
    const alphabet = [...LETTERS, ...LETTERS.toUpperCase(), ...'aAzZ09 -,.%✓\u00a0\t\n\u0301\u0303\u0323İıßẞǅΣσς'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const s = chars.join('');
        expect(foldWords(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

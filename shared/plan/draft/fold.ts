/**
 * The plan text folded for matching, one output character per input character, so that an offset
 * found in the folded text is the same offset in the text the officer gave (quotes stay exact):
 * lower case, Vietnamese accents removed, đ → d. The text is NFC first (precomposed letters are
 * one UTF-16 unit each); a lone combining mark (text left in NFD) folds to a space.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length !== 1) {
      out += ' '.repeat(ch.length);
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower === 'đ') {
      out += 'd';
      continue;
    }
    const base = lower.normalize('NFD')[0] ?? ' ';
    // A combining mark on its own (U+0300–U+036F) has no base letter to keep.
    out += base.length === 1 && !/[\u0300-\u036f]/.test(base) && lower.length === 1 ? base : ' ';
  }
  return out;
}

/** Words folded the same way, spaces collapsed: for comparing labels. */
export function foldPhrase(s: string): string {
  return foldSameLength(s.normalize('NFC')).replace(/[^a-z0-9%]+/g, ' ').trim();
}

import type { CliIo } from '../context.ts';

/*
 * Terminal columns: how wide a string shows and how text wraps at word boundaries. Vietnamese text
 * may carry combining accents (NFD from some keyboards): they take no column.
 */

const COMBINING = /\p{M}|\u200B|\u200C|\u200D|\uFE0E|\uFE0F/u;

/** East Asian wide and full-width characters, and emoji shown as pictures: two columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns a one-line string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (COMBINING.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** Where a path or an id may be cut: after a folder separator first, else after - _ . */
const PATH_BREAK = /[/\\]/;
const ID_BREAK = /[-_.]/;

/**
 * Cuts a word longer than the line into pieces of at most `width` columns (the only mid-word
 * break): right after a "/" when one leaves a piece of a third of the line or more
 * ("samples/" | "ninh-hai-2023/" | "ho-hai.csv"), else after "-", "_" or "." ("hai-an-2025-" |
 * "2030"), and only when none is there, at the width.
 */
function splitLong(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    let used = 0;
    let fit = 0;
    while (fit < rest.length && (fit === 0 || used + displayWidth(rest[fit]!) <= width)) used += displayWidth(rest[fit++]!);
    if (fit === rest.length) {
      out.push(rest.join(''));
      break;
    }
    const after = (re: RegExp) => {
      for (let i = fit - 1; i > 0; i--) if (re.test(rest[i]!) && displayWidth(rest.slice(0, i + 1).join('')) * 3 >= width) return i + 1;
      return 0;
    };
    const cut = after(PATH_BREAK) || after(ID_BREAK) || fit;
    out.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  return out;
}

/**
 * Lines of at most `width` columns, broken between words; a word longer than the line (a path, a
 * long code) is the only thing cut. Explicit line breaks are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(' ').filter((x, i) => x !== '' || i === 0);
    let line = '';
    let used = 0;
    for (const word of words) {
      if (word === '') continue;
      const ww = displayWidth(word);
      if (used > 0 && used + 1 + ww <= w) {
        line += ' ' + word;
        used += 1 + ww;
        continue;
      }
      if (used > 0) lines.push(line);
      if (ww <= w) {
        line = word;
        used = ww;
      } else {
        const pieces = splitLong(word, w);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        used = displayWidth(line);
      }
    }
    lines.push(line);
  }
  return lines;
}

const LEAD = /^(\s*(?:(?:[•✓✗–?+⚠ⓘ]|\d+\.)\s*|\S+ {2,})?)/u;

/**
 * One line of free text fitted to the width: continuation lines are indented under the text, past
 * the line's own indent and bullet ("  • ", "  1. ", "✓ ") or id set off by two spaces ("  KT-01  ").
 */
export function fitLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const lead = LEAD.exec(line)?.[1] ?? '';
  const indent = Math.min(displayWidth(lead), Math.floor(width / 2));
  const body = line.slice(lead.length);
  const wrapped = wrapText(body, width - indent);
  return wrapped.map((l, i) => (i === 0 ? lead.slice(0, lead.length) + l : ' '.repeat(indent) + l));
}

/** Every line of a block of free text fitted to the width. */
export function fitText(text: string, width: number): string {
  const trailing = text.endsWith('\n');
  const body = trailing ? text.slice(0, -1) : text;
  return body.split('\n').flatMap((l) => fitLine(l, width)).join('\n') + (trailing ? '\n' : '');
}

/**
 * The width to lay tables out for: `$COLUMNS` when set, the terminal's width on a TTY, else 80
 * (pipes, files and CI logs get the classic terminal width). Never below 30.
 */
export function terminalWidth(io: Pick<CliIo, 'env' | 'isTTY'>): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.env.COLUMNS !== undefined && Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(30, fromEnv);
  if (io.isTTY && typeof process !== 'undefined' && process.stdout.columns) return Math.max(30, process.stdout.columns);
  return 80;
}

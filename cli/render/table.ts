import { textBar } from './bar.ts';
import { displayWidth, wrapText } from './width.ts';

/*
 * Terminal tables that fit the terminal. Columns get the room their text needs up to the width the
 * caller prefers; when the terminal is narrower the widest columns give way first, text wraps
 * between words; when even the narrowest columns do not fit, each row is stacked as "Heading: value"
 * lines instead. Drawn here rather than with cli-table3: a fit-to-width layout needs the widths
 * computed from the content, and ranking hundreds of reports draws no per-table objects.
 */

/**
 * A cell: text (may hold line breaks), or a progress bar drawn to the column's width (under its
 * text). A no-break space (U+00A0) keeps a short phrase on one line ("✗ Chưa đạt"); it prints as a space.
 */
export type Cell = string | { bar: number | null; text?: string };

export type Align = 'left' | 'right';

export interface TextTable {
  push(row: Cell[]): void;
  toString(): string;
}

const MIN_COLUMN = 4;
/** A column never needs to be wider than this to show its longest word without cutting it. */
const WORD_CAP = 14;
const BAR_MAX = 20;
/** The text column is stacked rather than squeezed below this; it gives way to others only down to FLEX_COMFORT. */
const FLEX_MIN = 16;
const FLEX_COMFORT = 26;
/** How many columns a short column may take from the text column so that no id in it is cut. */
const ID_SLACK = 4;

/**
 * A table of `head` columns whose preferred widths (cell padding included, as cli-table3 counts
 * them) are `colWidths`, fitted into `width` terminal columns.
 */
export function makeTable(head: string[], colWidths?: (number | null)[], colAligns?: Align[], width = 80): TextTable {
  const rows: Cell[][] = [];
  return {
    push: (row) => void rows.push(row),
    toString: () => renderTable(head, rows, { prefer: colWidths ?? [], align: colAligns ?? [], width }),
  };
}

const cellText = (c: Cell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : (c.text ?? ''));
const isBar = (c: Cell | undefined): c is { bar: number | null; text?: string } => typeof c === 'object' && c !== null;

function longestWord(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) for (const w of line.split(' ')) max = Math.max(max, displayWidth(w));
  return max;
}

function naturalWidth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) max = Math.max(max, displayWidth(line));
  return max;
}

export function renderTable(head: string[], rows: Cell[][], opts: { prefer: readonly (number | null)[]; align: readonly Align[]; width: number }): string {
  const n = head.length;
  const natural = head.map((h, i) => Math.max(naturalWidth(h), ...rows.map((r) => Math.max(isBar(r[i]) ? BAR_MAX : 0, naturalWidth(cellText(r[i]))))));
  const minimum = head.map((h, i) => Math.max(MIN_COLUMN, Math.min(WORD_CAP, Math.max(longestWord(h), ...rows.map((r) => longestWord(cellText(r[i])))))));
  const widths = natural.map((w, i) => {
    const p = opts.prefer[i];
    const cap = p === null || p === undefined ? w : Math.max(minimum[i]!, p - 2);
    return Math.max(minimum[i]!, Math.min(w, cap));
  });
  // "│ a │ b │": one border per column plus one, and a space either side of each cell.
  const overhead = 3 * n + 1;
  const sum = () => widths.reduce((a, b) => a + b, 0);
  // The column with the most text (a label, a message) keeps room to be read: the short columns
  // give way first, and when it would fall below FLEX_MIN the rows are stacked instead.
  const text = head.map((h, i) => Math.max(naturalWidth(h), ...rows.map((r) => naturalWidth(cellText(r[i])))));
  let flex = 0;
  for (let i = 1; i < n; i++) if (text[i]! > text[flex]!) flex = i;
  if (natural[flex]! > FLEX_MIN) minimum[flex] = Math.max(minimum[flex]!, FLEX_MIN);
  const shrink = (columns: number[], floor: (i: number) => number) => {
    while (sum() + overhead > opts.width) {
      let widest = -1;
      for (const i of columns) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) return;
      widths[widest]!--;
    }
  };
  const others = [...Array(n).keys()].filter((i) => i !== flex);
  shrink([flex], (i) => Math.max(minimum[i]!, Math.min(widths[i]!, FLEX_COMFORT)));
  shrink(others, (i) => minimum[i]!);
  shrink([flex], (i) => minimum[i]!);
  if (sum() + overhead > opts.width) return stacked(head, rows, opts.width);
  // An id a few columns too long for its column ("van-phuc-2023-2025" in 14) is typed back by the
  // officer: give it its whole width from the text column while that keeps FLEX_MIN.
  for (let i = 0; i < n; i++) {
    if (i === flex || isBar(rows[0]?.[i])) continue;
    const need = Math.max(longestWord(head[i]!), ...rows.map((r) => longestWord(cellText(r[i])))) - widths[i]!;
    if (need > 0 && need <= ID_SLACK && widths[flex]! - need >= Math.max(minimum[flex]!, FLEX_MIN)) {
      widths[i]! += need;
      widths[flex]! -= need;
    }
  }

  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out: string[] = [line('┌', '┬', '┐')];
  const drawRow = (cells: Cell[], heading: boolean) => {
    const blocks = widths.map((w, i) => {
      const c = cells[i];
      const lines = cellText(c) === '' && isBar(c) ? [] : wrapText(cellText(c), w);
      return isBar(c) ? [...lines, textBar(c.bar, Math.min(w, BAR_MAX))] : lines;
    });
    const height = Math.max(1, ...blocks.map((b) => b.length));
    for (let k = 0; k < height; k++) {
      const parts = widths.map((w, i) => {
        const text = blocks[i]![k] ?? '';
        const pad = ' '.repeat(Math.max(0, w - displayWidth(text)));
        return !heading && opts.align[i] === 'right' ? pad + text : text + pad;
      });
      out.push('│ ' + parts.join(' │ ') + ' │');
    }
  };
  drawRow(head, true);
  rows.forEach((row) => {
    out.push(line('├', '┼', '┤'));
    drawRow(row, false);
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n').replace(/\u00a0/g, ' ');
}

/** Narrow terminals: one block per row, "Heading: value" lines under a rule. */
function stacked(head: string[], rows: Cell[][], width: number): string {
  const out: string[] = [];
  for (const row of rows) {
    out.push('─'.repeat(width));
    head.forEach((h, i) => {
      const c = row[i];
      const label = `${h}: `;
      const text = cellText(c);
      if (isBar(c)) {
        const bar = textBar(c.bar, Math.max(MIN_COLUMN, Math.min(BAR_MAX, width - displayWidth(label) - 1 - displayWidth(text))));
        out.push(...wrapText(label + (text ? text + ' ' : '') + bar, width));
        return;
      }
      if (text.trim() === '') return;
      const first = wrapText(label + text.split('\n')[0], width);
      const rest = text.split('\n').slice(1).flatMap((l) => wrapText(l, width - 2).map((x) => '  ' + x));
      out.push(first[0]!, ...wrapText(first.slice(1).join(' '), width - 2).filter((x) => x !== '').map((x) => '  ' + x), ...rest);
    });
  }
  if (rows.length > 0) out.push('─'.repeat(width));
  return out.join('\n').replace(/\u00a0/g, ' ');
}

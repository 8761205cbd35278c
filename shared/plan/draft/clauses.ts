import { foldSameLength } from './fold.ts';

/** A span of the plan text: [start, end) offsets into the NFC text. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of part of the document a heading opens; it decides how numbers inside are read. */
export type SectionKind = 'targets' | 'awards' | 'results' | 'schedule' | 'other';

export interface Heading extends Span {
  /** 1 = "I.", "PHẦN I", 2 = "1.", 3 = "1.1." or "a)"; all-capital lines count as 1. */
  depth: number;
  kind: SectionKind;
  /** A year the heading names ("MỤC TIÊU NĂM 2023", "đến năm 2025"), else null. */
  year: number | null;
  text: string;
}

export interface Clause extends Span {
  /** The innermost heading above the clause, or null before the first one. */
  heading: Heading | null;
  /** Kind of the nearest heading that names one (results, awards…), else 'other'. */
  kind: SectionKind;
  /** The year of the nearest heading or lead-in ("Đến năm 2030:") that names one. */
  year: number | null;
  /** True when the clause starts a new bullet, numbered item or paragraph line. */
  startsItem: boolean;
  /** True when the clause goes on a sentence after a ";" (its year and subject may carry over). */
  continues: boolean;
  /** A row of a table written in the text ("| 1 | Tỷ lệ … | % | ≥ 45 |", or cells between tabs). */
  tableRow: boolean;
}

const ROMAN = /^\s*(?:phan\s+)?[ivxlc]+\s*[.)-]\s*\S/;
const NUMBERED = /^\s*\d{1,2}\s*[.)]\s*\S/;
const SUB_NUMBERED = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S/;
const LETTERED = /^\s*[a-zđ]\s*\)\s*\S/;
const BULLET = /^\s*[-+•*–—\u2022\uf0b7\uf02d]\s*/;

/** Words that tell what a heading's section holds (folded, no accents). */
function kindOf(folded: string): SectionKind | null {
  if (/khen thuong|tieu chuan thi dua|tieu chuan khen|danh hieu thi dua/.test(folded)) return 'awards';
  if (/ket qua (dat duoc|thuc hien)|danh gia (ket qua|thuc trang|tinh hinh)|thuc trang|tinh hinh thuc hien|ton tai|han che/.test(folded)) return 'results';
  if (/muc tieu|chi tieu|noi dung thi dua|nhiem vu/.test(folded)) return 'targets';
  if (/tien do|thoi gian|to chuc thuc hien|che do bao cao/.test(folded)) return 'schedule';
  return null;
}

function yearIn(folded: string): number | null {
  const m = /(?:nam|den|giai doan)\s+(20\d\d)(?!\s*[-–]\s*20\d\d)/.exec(folded) ?? /(20\d\d)\s*[-–]\s*(20\d\d)/.exec(folded);
  if (!m) return null;
  return Number(m[2] ?? m[1]);
}

function isHeadingLine(line: string, folded: string): number {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const trimmed = line.trim();
  // A short line in capitals ("KẾ HOẠCH", "III. TIÊU CHUẨN THI ĐUA…").
  if (letters.length >= 4 && letters === letters.toUpperCase() && trimmed.length <= 120) return 1;
  // "c) Kinh tế số" is a lettered item, not the Roman numeral C (Roman headings are upper case).
  if (ROMAN.test(folded) && !/^\s*[a-zđ]\s*\)/.test(line)) return 1;
  if (trimmed.length > 140) return 0;
  if (SUB_NUMBERED.test(folded)) return 3;
  // "1. Mục tiêu chung" is a heading; "1. Năm 2023: Ban hành…" is an item that starts with a number.
  if (NUMBERED.test(folded) && !/[;]$/.test(trimmed)) return 2;
  if (LETTERED.test(folded) && trimmed.length < 90) return 3;
  return 0;
}

/**
 * Splits the plan text into clauses: bullets, numbered items and sentences (ended by ";" or ". "),
 * each knowing the heading above it. Line breaks inside a sentence (PDF and Word exports break lines
 * anywhere, with blank lines in the middle of a sentence) do not end a clause.
 */
export function splitClauses(text: string): { clauses: Clause[]; headings: Heading[] } {
  const folded = foldSameLength(text);
  const headings: Heading[] = [];
  const clauses: Clause[] = [];
  const stack: Heading[] = [];
  let leadYear: number | null = null;

  const current = (): { heading: Heading | null; kind: SectionKind; year: number | null } => {
    let kind: SectionKind = 'other';
    let year: number | null = null;
    for (let i = stack.length - 1; i >= 0; i--) {
      const h = stack[i]!;
      if (kind === 'other' && h.kind !== 'other') kind = h.kind;
      if (year === null && h.year !== null) year = h.year;
    }
    return { heading: stack[stack.length - 1] ?? null, kind, year: leadYear ?? year };
  };

  let pos = 0;
  let openStart = -1;
  let openItem = false;
  let afterSemicolon = false;
  const close = (end: number): void => {
    if (openStart < 0) return;
    let s = openStart;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    openStart = -1;
    if (e - s < 2) return;
    const ctx = current();
    clauses.push({ start: s, end: e, heading: ctx.heading, kind: ctx.kind, year: ctx.year, startsItem: openItem, continues: afterSemicolon && !openItem, tableRow: false });
    // A lead-in that names a year and ends with ":" ("Đến năm 2030:") sets the year of what follows.
    const f = folded.slice(s, e);
    const y = /:\s*$/.test(text.slice(s, e)) ? yearIn(f) : null;
    if (y !== null) leadYear = y;
  };

  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const fline = folded.slice(pos, lineEnd);
    if (line.trim() === '') {
      pos = lineEnd + 1;
      continue;
    }
    // A table row is a clause of its own, whatever its punctuation.
    if ((line.match(/\|/g)?.length ?? 0) >= 2 || (line.match(/\t/g)?.length ?? 0) >= 2) {
      close(pos);
      const ctx = current();
      const start = pos + (line.length - line.trimStart().length);
      clauses.push({ start, end: pos + line.trimEnd().length, heading: ctx.heading, kind: ctx.kind, year: ctx.year, startsItem: true, continues: false, tableRow: true });
      afterSemicolon = false;
      pos = lineEnd + 1;
      continue;
    }
    const depth = isHeadingLine(line, fline);
    if (depth > 0) {
      close(pos);
      const start = pos + (line.length - line.trimStart().length);
      const end = pos + line.trimEnd().length;
      const kind = kindOf(fline) ?? 'other';
      const heading: Heading = { start, end, depth, kind, year: yearIn(fline), text: text.slice(start, end) };
      headings.push(heading);
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      stack.push(heading);
      leadYear = null;
      // A heading line can carry content after its number ("1. Hình thức khen thưởng: Giấy khen…").
      const colon = line.indexOf(':');
      const numbered = depth >= 2 ? /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\s*\))\s*/.exec(line) : null;
      if (colon > 0 && colon < line.trimEnd().length - 3) {
        openStart = pos + colon + 1;
        openItem = true;
        scanSentences(pos + colon + 1, lineEnd);
      } else if (numbered) {
        // "3. Đề nghị Thủ tướng … tặng Bằng khen …": a numbered line is also what it says.
        openStart = pos + numbered[0].length;
        openItem = true;
        scanSentences(openStart, lineEnd);
      }
      pos = lineEnd + 1;
      continue;
    }
    if (BULLET.test(line) || openStart < 0) {
      close(pos);
      afterSemicolon = false;
      const bullet = BULLET.exec(line);
      openStart = pos + (bullet ? bullet[0].length : 0);
      openItem = true;
    }
    scanSentences(pos, lineEnd);
    pos = lineEnd + 1;
  }
  close(text.length);
  return { clauses, headings };

  // Ends the open clause at each ";" and at each "." that ends a sentence on this line.
  function scanSentences(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text[i]!;
      if (c !== ';' && c !== '.') continue;
      if (c === '.') {
        const next = text[i + 1];
        const prev = text[i - 1] ?? '';
        // "2.1", "1.234", "TP.HCM", "v.v." and "..." do not end a sentence.
        if (next !== undefined && next !== '\n' && next !== ' ' && next !== '\r') continue;
        if (/\d/.test(prev) && /\d/.test(text[i + 2] ?? '')) continue;
        if (text[i + 1] === '.') continue;
        // An ellipsis ends a sentence only when a capital letter starts the next one.
        if (prev === '.' && !/^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4))) continue;
      }
      close(i + 1);
      afterSemicolon = c === ';';
      openStart = i + 1;
      openItem = false;
    }
  }
}

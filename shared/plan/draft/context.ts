import type { Level } from '../../schema/common.ts';
import { splitClauses, type Clause, type Heading, type Span } from './clauses.ts';
import { foldSameLength } from './fold.ts';
import type { DraftSource } from './types.ts';

/** The plan text once read: NFC text, its folded twin (same offsets), clauses and headings. */
export interface DraftText {
  text: string;
  folded: string;
  clauses: Clause[];
  headings: Heading[];
  lineStarts: number[];
  /** Year the document was signed (from "…, ngày 25 tháng 8 năm 2023"), if found. */
  docYear: number | null;
  /** Level of the issuing body (UBND xã → commune). */
  docLevel: Exclude<Level, 'national'> | null;
  /** Last year of the plan's period, the default year of a target. */
  targetYear: number | null;
}

export function readText(raw: string, meta: { docYear: number | null; docLevel: DraftText['docLevel']; targetYear: number | null }): DraftText {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const folded = foldSameLength(text);
  const { clauses, headings } = splitClauses(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return { text, folded, clauses, headings, lineStarts, ...meta };
}

export function lineOf(doc: DraftText, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The exact words of a span, as the source of a proposed row. */
export function sourceOf(doc: DraftText, span: Span, heading: Heading | null): DraftSource {
  return { quote: doc.text.slice(span.start, span.end), offset: span.start, line: lineOf(doc, span.start), section: heading ? oneLine(heading.text) : null };
}

/** Text with its line breaks and runs of spaces folded to single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "thị trấn", "phường" … → the toolkit's level. */
export function levelWord(folded: string): Exclude<Level, 'national'> | null {
  if (/^(xa|phuong|thi tran)/.test(folded)) return 'commune';
  if (/^(huyen|quan|thi xa)/.test(folded)) return 'district';
  if (/^(tinh|thanh pho truc thuoc)/.test(folded)) return 'province';
  return null;
}

import type { RawValue } from '../../schema/report.ts';
import { cleanText, foldKey, foldWords, isBlank } from '../../parse/text.ts';
import {
  COLUMNS_BY_KEY,
  HEADING_BY_KEY,
  SECTION_COLUMNS,
  SECTION_ORDER,
  type SectionKind,
} from './labels.ts';

/**
 * Where the parts of a plan table are in a grid: the heading rows, each table's column header row
 * and its data rows. Finding them never looks at values, only at names.
 */
export interface FoundSection {
  kind: SectionKind;
  /** 1-based row of the heading (`TIÊU CHÍ`), or null when the table has none. */
  headingRow: number | null;
  /** 1-based row of the column names, or null when the heading has no header row after it. */
  headerRow: number | null;
  /** Field → 1-based column. */
  columns: Map<string, number>;
  /** Repeated column names: [1-based column, field, first column]. */
  repeats: Array<[number, string, number]>;
  /** 1-based rows of the data (blank rows left out). */
  rows: number[];
}

const MAX_NAME_LENGTH = 60;
// "1.", "II -", "a)", "Phần 2:" in front of a heading.
const NUMBERING = /^\s*(?:(?:phan|muc|part)\s*)?(?:[0-9]+|[ivxlc]+|[a-z])\s*[.):\-–—]\s*/i;

function nameKey(raw: RawValue | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_NAME_LENGTH) return null;
  return foldKey(raw);
}

/** The section a heading row names: a row whose only filled cell is a heading. */
export function headingOf(row: readonly RawValue[] | undefined): SectionKind | null {
  if (!Array.isArray(row)) return null;
  let text: string | null = null;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (text !== null || typeof cell !== 'string') return null;
    text = cleanText(cell);
  }
  if (text === null || text.length > MAX_NAME_LENGTH) return null;
  const direct = HEADING_BY_KEY.get(foldKey(text));
  if (direct !== undefined) return direct;
  // "CHỈ TIÊU / TARGETS", "1. Chỉ tiêu"
  const unnumbered = text.replace(NUMBERING, '');
  const parts = unnumbered.split('/').map((p) => HEADING_BY_KEY.get(foldKey(p)));
  const first = parts[0];
  if (first !== undefined && parts.every((p) => p === first)) return first;
  // "II. TIÊU CHÍ XÉT KHEN THƯỞNG": the section named first in a short caption; the column header
  // row under it has the last word (findLayout).
  const words = foldWords(unnumbered);
  let best: { kind: SectionKind; at: number } | null = null;
  for (const [stem, kind] of HEADING_STEMS) {
    const at = words.indexOf(stem);
    if (at >= 0 && (best === null || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? null;
}

const HEADING_STEMS: ReadonlyArray<readonly [string, SectionKind]> = [
  ['chi tieu', 'targets'], ['targets', 'targets'], ['tieu chi', 'criteria'], ['criteria', 'criteria'],
  ['khen thuong', 'awards'], ['awards', 'awards'], ['thoi han', 'deadlines'], ['tien do', 'deadlines'], ['deadlines', 'deadlines'],
];

/** How many of a section's columns a row names, and whether it names the id column. */
function columnMatches(row: readonly RawValue[], kind: SectionKind): { count: number; hasId: boolean } {
  const names = COLUMNS_BY_KEY[kind];
  const own = SECTION_COLUMNS[kind] as Record<string, { vi: string; en: string }>;
  const idKeys = new Set([foldKey(own.id!.vi), foldKey(own.id!.en)]);
  const seen = new Set<string>();
  let hasId = false;
  for (const cell of row) {
    const key = nameKey(cell);
    if (key === null) continue;
    const field = names.get(key);
    if (field === undefined) continue;
    seen.add(field);
    if (idKeys.has(key)) hasId = true;
  }
  return { count: seen.size, hasId };
}

/** A row that starts a table without a heading: it names the table's own id column and another. */
function headerKindOf(row: readonly RawValue[] | undefined): SectionKind | null {
  if (!Array.isArray(row)) return null;
  let best: SectionKind | null = null;
  let bestCount = 1;
  for (const kind of SECTION_ORDER) {
    const { count, hasId } = columnMatches(row, kind);
    if (hasId && count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

function readColumns(row: readonly RawValue[], kind: SectionKind): Pick<FoundSection, 'columns' | 'repeats'> {
  const names = COLUMNS_BY_KEY[kind];
  const columns = new Map<string, number>();
  const repeats: FoundSection['repeats'] = [];
  row.forEach((cell, c) => {
    const key = nameKey(cell);
    const field = key === null ? undefined : names.get(key);
    if (field === undefined) return;
    const first = columns.get(field);
    if (first === undefined) columns.set(field, c + 1);
    else repeats.push([c + 1, field, first]);
  });
  return { columns, repeats };
}

function isBlankRow(row: readonly RawValue[] | undefined): boolean {
  return !Array.isArray(row) || row.every((c) => isBlank(c));
}

export interface FoundLayout {
  /** Rows of the header block: 1 … headerEnd (inclusive). */
  headerEnd: number;
  sections: FoundSection[];
}

/** Finds the header block and the tables. */
export function findLayout(grid: readonly RawValue[][]): FoundLayout {
  const sections: FoundSection[] = [];
  let current: FoundSection | null = null;
  let headerEnd = grid.length;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const heading = headingOf(row);
    if (heading !== null) {
      current = { kind: heading, headingRow: r + 1, headerRow: null, columns: new Map(), repeats: [], rows: [] };
      sections.push(current);
      if (sections.length === 1) headerEnd = r;
      continue;
    }
    if (isBlankRow(row)) continue;
    if (current !== null && current.headerRow === null) {
      // The first filled row under a heading is its column header row: the table whose own id
      // column it names, else the heading's table when it names two of its columns.
      const kind = headerKindOf(row) ?? (columnMatches(row!, current.kind).count >= 2 ? current.kind : null);
      if (kind !== null) {
        current.kind = kind;
        current.headerRow = r + 1;
        Object.assign(current, readColumns(row!, kind));
        continue;
      }
    }
    const startKind = headerKindOf(row);
    if (startKind !== null && (current === null || current.headerRow !== null)) {
      current = { kind: startKind, headingRow: null, headerRow: r + 1, ...readColumns(row!, startKind), rows: [] };
      sections.push(current);
      if (sections.length === 1) headerEnd = r;
      continue;
    }
    if (current !== null && current.headerRow !== null) current.rows.push(r + 1);
  }
  return { headerEnd, sections };
}

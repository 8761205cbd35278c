import type { Comparator } from '../../schema/common.ts';
import type { Clause } from './clauses.ts';
import { oneLine, sourceOf, type DraftText } from './context.ts';
import { foldPhrase } from './fold.ts';
import type { DraftTarget } from './types.ts';

/** The header row of the table being read: what each column holds. */
export interface TableHeader {
  label: number;
  unit: number;
  /** Value columns, each with the year its header names (or null). */
  values: { column: number; year: number | null }[];
}

function cells(doc: DraftText, clause: Clause): { text: string; folded: string }[] {
  const line = doc.text.slice(clause.start, clause.end);
  const parts = line.includes('|') ? line.split('|') : line.split('\t');
  // "| a | b |" has an empty cell before the first bar and after the last.
  if (line.trimStart().startsWith('|')) parts.shift();
  if (line.trimEnd().endsWith('|')) parts.pop();
  return parts.map((p) => ({ text: oneLine(p), folded: foldPhrase(p) }));
}

const SYMBOL: Record<string, Comparator> = { '≥': '>=', '>=': '>=', '>': '>', '≤': '<=', '<=': '<=', '<': '<', '=': '=' };
const WORDS: [RegExp, Comparator][] = [
  [/^(toi thieu|it nhat|tu|khong duoi)\s/, '>='],
  [/^(khong qua|toi da)\s/, '<='],
  [/^(tren)\s/, '>'],
  [/^(duoi)\s/, '<'],
];

function valueCell(text: string): { comparator: Comparator; value: number; percent: boolean } | null {
  const t = text.trim();
  const m = /^(≥|>=|>|≤|<=|<|=)?\s*(\d{1,6}(?:[.,]\d{1,3})?)\s*(%)?(?:\s*trở lên)?$/u.exec(t);
  const folded = foldPhrase(t);
  if (m) return { comparator: m[1] ? SYMBOL[m[1]]! : '>=', value: Number(m[2]!.replace(',', '.')), percent: !!m[3] };
  for (const [re, comparator] of WORDS) {
    const w = re.exec(folded);
    if (!w) continue;
    const n = /(\d{1,6}(?:[.,]\d{1,3})?)\s*(%)?/.exec(t);
    if (n) return { comparator, value: Number(n[1]!.replace(',', '.')), percent: !!n[2] };
  }
  return null;
}

/** A header row names its columns and has no value cells; it says which column holds what. */
export function tableHeaderOf(doc: DraftText, clause: Clause): TableHeader | null {
  const row = cells(doc, clause);
  if (row.some((c) => valueCell(c.text) !== null && !/^\d{4}$/.test(c.text))) return null;
  const label = row.findIndex((c) => /\b(chi tieu|noi dung|ten chi tieu|muc tieu)\b/.test(c.folded) && !/(ke hoach|nam 20)/.test(c.folded));
  if (label < 0) return null;
  const unit = row.findIndex((c) => /\bdon vi\b|\bdvt\b/.test(c.folded));
  const values = row.flatMap((c, column) => {
    if (column === label || column === unit) return [];
    const year = /\b(20\d\d)\b/.exec(c.folded);
    if (year || /\b(ke hoach|muc tieu|chi tieu|gia tri)\b/.test(c.folded)) return [{ column, year: year ? Number(year[1]) : null }];
    return [];
  });
  return values.length > 0 ? { label, unit, values } : null;
}

/** The targets of one data row of a table in the text. */
export function tableTargetsOf(doc: DraftText, clause: Clause, header: TableHeader): DraftTarget[] {
  if (clause.kind === 'awards' || clause.kind === 'results') return [];
  const row = cells(doc, clause);
  const label = row[header.label]?.text ?? '';
  if (!/\p{L}{2,}/u.test(label)) return [];
  const unitText = header.unit >= 0 ? row[header.unit]?.text ?? '' : '';
  const out: DraftTarget[] = [];
  for (const { column, year } of header.values) {
    const v = valueCell(row[column]?.text ?? '');
    if (!v) continue;
    const percent = v.percent || unitText.trim() === '%' || /^ty le\b/.test(foldPhrase(label));
    if (percent && v.value > 100) continue;
    out.push({
      label: { vi: label },
      comparator: v.comparator,
      value: v.value,
      unit: percent ? 'percent' : 'count',
      unitLabel: percent ? null : unitText || null,
      level: null,
      year: year ?? clause.year ?? doc.targetYear,
      indicatorId: null,
      match: null,
      pillar: null,
      soft: false,
      note: null,
      source: sourceOf(doc, clause, clause.heading),
    });
  }
  return out;
}

import { daysInMonth } from '../calendar.ts';
import type { Clause } from './clauses.ts';
import { oneLine, sourceOf, type DraftText } from './context.ts';
import type { DraftDeadline } from './types.ts';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// A deadline needs a word that makes a date a limit; a date after a document number is not one.
const CUE = /(truoc ngay|cham nhat(?: la)?(?: vao)?(?: ngay)?|han (?:cuoi|chot|nop)|khong muon hon|truoc|trong (?:thang|quy)|thoi gian (?:trong|vao)|vao (?:quy|thang))/g;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Deadlines a clause states: "trước ngày 15/11/2023", "trước ngày 10/12 hằng năm", "trong Quý III năm
 * 2024", each with the clause as its quote and its label.
 */
export function deadlinesOf(doc: DraftText, clause: Clause, defaultYear: number | null): DraftDeadline[] {
  const f = doc.folded.slice(clause.start, clause.end);
  const out: DraftDeadline[] = [];
  for (const cue of f.matchAll(CUE)) {
    const after = f.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40);
    const kind: DraftDeadline['kind'] = /^truoc/.test(cue[0]) ? 'before' : 'by';
    const label = { vi: oneLine(doc.text.slice(clause.start, clause.end)).replace(/[;.,]$/, '') };
    const source = sourceOf(doc, clause, clause.heading);
    let m = /^\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(after);
    if (m) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      const yearly = !m[3] && /(hang|hằng) nam|moi nam|hang nam/.test(f);
      if (yearly) {
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 ? 29 : daysInMonth(2001, mo))) out.push({ date: null, yearly: { month: mo, day: d }, precision: 'day', kind, label, source });
        continue;
      }
      const y = m[3] ? Number(m[3]) : defaultYear;
      const date = y === null ? null : iso(y, mo, d);
      if (date) out.push({ date, yearly: null, precision: 'day', kind, label, source });
      continue;
    }
    m = /^\s*(?:ngay\s*)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/.exec(after);
    if (m) {
      const y = m[3] ? Number(m[3]) : defaultYear;
      const date = y === null ? null : iso(y, Number(m[2]), Number(m[1]));
      if (date) out.push({ date, yearly: null, precision: 'day', kind, label, source });
      continue;
    }
    m = /^\s*(?:trong\s+|vao\s+)?quy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|nam)\s*(\d{4})/.exec(after) ?? /^\s*(iv|iii|ii|i|[1-4])\s*(?:\/|nam)\s*(\d{4})/.exec(after);
    if (m && /quy/.test(cue[0] + after.slice(0, 12))) {
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      const y = Number(m[2]);
      const date = iso(y, q * 3, daysInMonth(y, q * 3));
      if (date) out.push({ date, yearly: null, precision: 'quarter', kind: 'by', label, source });
      continue;
    }
    m = /^\s*(?:trong\s+|vao\s+)?thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/.exec(after) ?? /^\s*(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/.exec(after);
    if (m && /thang/.test(cue[0] + after.slice(0, 12))) {
      const y = Number(m[2]);
      const mo = Number(m[1]);
      const date = mo >= 1 && mo <= 12 ? iso(y, mo, daysInMonth(y, mo)) : null;
      if (date) out.push({ date, yearly: null, precision: 'month', kind: 'by', label, source });
    }
  }
  // One clause, one deadline per date: "trước ngày 15/11 … trước ngày 15/11" once.
  return out.filter((d, i) => out.findIndex((o) => o.date === d.date && JSON.stringify(o.yearly) === JSON.stringify(d.yearly)) === i);
}

import type { Comparator } from '../../schema/common.ts';
import type { Clause } from './clauses.ts';
import { levelWord, oneLine, sourceOf, type DraftText } from './context.ts';
import type { DraftTarget } from './types.ts';

type Level = NonNullable<DraftTarget['level']>;

/** A number the clause states as a target, before it becomes one or more rows. */
interface Mention {
  start: number;
  end: number;
  value: number;
  unit: 'percent' | 'count';
  unitLabel: string | null;
  note: string | null;
}

// Folded text throughout (no accents, lower case): "tối thiểu" is "toi thieu".
const RANGE = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*(?:-|–|—|den)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram)/g;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram\b)/g;
const COUNT_UNITS = [
  'tai khoan', 'mo hinh', 'san pham', 'doanh nghiep', 'hop tac xa', 'nen tang', 'ung dung', 'sang kien',
  'co so du lieu', 'trang thong tin', 'dich vu', 'cuoc thi', 'lop', 'buoi', 'luot', 'diem', 'to cong nghe so',
  'camera', 'ho gia dinh', 'thon', 'xom', 'khu pho', 'to dan pho', 'cuoc', 'hoi nghi', 'chuyen de', 'video', 'tin bai', 'tin, bai', 'bai viet',
];
const COUNT = new RegExp(`(?<![\\d/.,:-])(\\d{1,4})\\s+(${COUNT_UNITS.join('|')})\\b`, 'g');
// Words right before a number that make it a code, a date or a name, not a count.
const NOT_A_COUNT_BEFORE = /(so|thu|muc do|muc|tieu chi|chi tieu|quyet dinh|nghi dinh|thong tu|ngay|thang|nam|phuong|quan|khu|doi|phan|chuong|dieu|khoan|diem|lan|giai doan|top|hang|qd|nd|kh)\s*$/;
const COUNT_CUE = /(phan dau|it nhat|toi thieu|khong duoi|khong it hon|khong qua|khong vuot qua|toi da|xay dung|thanh lap|moi (xa|phuong|thon|xom|to|don vi|co quan)|co tu|dat)\b[^.;]*$/;

/** Comparator words right before the number (end-anchored, whole words: “thôn” is not “hơn”), longest first. */
// Patterns are written with single spaces; a PDF line break can stand anywhere between two words.
const loose = (re: RegExp): RegExp => new RegExp(re.source.replace(/ /g, '\\s+'), re.flags);
const BEFORE: [RegExp, Comparator, string | null][] = ([
  // Symbols typed in the text ("≤ 2%", "<= 2%"): a lower-is-better target must not turn into ≥.
  [/(?:≥|>=)\s*$/, '>=', null],
  [/(?:≤|<=)\s*$/, '<=', null],
  [/<\s*$/, '<', 'thấp hơn là tốt hơn / lower is better'],
  [/>\s*$/, '>', null],
  [/\b(khong duoi|khong thap hon|toi thieu|it nhat|tu)\s*$/, '>=', null],
  [/\b(xuong duoi|giam xuong duoi|xuong con duoi|con duoi|thap hon|duoi)\s*$/, '<', 'thấp hơn là tốt hơn / lower is better'],
  [/\b(khong qua|khong vuot qua|khong cao hon|toi da|xuong con|giam xuong con)\s*$/, '<=', null],
  [/\b(tren|hon|vuot)\s*$/, '>', null],
  [/\b(khoang|xap xi|gan)\s*$/, '>=', 'khoảng'],
] as [RegExp, Comparator, string | null][]).map(([re, c, n]) => [loose(re), c, n]);
// Filler between the comparator and the number: "đạt tối thiểu là 80%", "tối thiểu đạt 80%".
const FILLER = loose(/(\s*\b(dat|la|o muc|muc|chiem|len|con|bang|tang|giam|dat ty le|ty le|phan dau|dam bao|bao dam)\b)+\s*$/);

const PAST = /\b(da dat|dat duoc|da co|da thuc hien|da hoan thanh|so voi cung ky|tang so voi|giam so voi|uoc dat|uoc thuc hien)\b/;
const FUTURE = /\b(phan dau|muc tieu|den nam|chi tieu|can dat|phai dat|bao dam|dam bao|toi thieu|it nhat|tro len)\b/;
const SOFT = /\b(khuyen khich|du kien|dinh huong)\b/;

const LEVEL_PHRASE = /(?:doi voi\s+|o\s+|tai\s+)?cap\s+(tinh|huyen|xa|quan|phuong|thi xa|thi tran)\b(?:\s*,\s*(thi tran|phuong)\b)?/g;
const LEVEL_AFTER_DOI_VOI = /\b(?:doi voi|o|tai)\s+(?:cac\s+)?(xa|phuong|thi tran|huyen|quan|thi xa|tinh)\b(?:\s*,\s*(thi tran|phuong))?/g;

// A line that names a pillar ("Về kinh tế số", "2.3. Phát triển xã hội số", "b) Chính quyền số").
const PILLAR_LINE = /(?:^|\n)[ \t]*(?:[\divxlc.)]+\s*|[a-z]\)\s*)?(?:ve|phat trien|xay dung|bao dam|dam bao)?\s*(chinh quyen so|kinh te so|xa hoi so|an toan thong tin)[^\n]{0,30}(?=\n)/g;
const PILLAR_OF: Record<string, NonNullable<DraftTarget['pillar']>> = {
  'chinh quyen so': 'chinh-quyen-so',
  'kinh te so': 'kinh-te-so',
  'xa hoi so': 'xa-hoi-so',
  'an toan thong tin': 'an-toan-thong-tin',
};

/** The pillar named by the nearest pillar line above an offset (within the last 4,000 characters). */
function pillarAt(doc: DraftText, offset: number): DraftTarget['pillar'] {
  const from = Math.max(0, offset - 4000);
  let found: DraftTarget['pillar'] = null;
  for (const m of doc.folded.slice(from, offset).matchAll(PILLAR_LINE)) {
    // Only short lines are headings; a sentence that mentions "chính quyền số" is not.
    if (m[0].trim().length <= 60) found = PILLAR_OF[m[1]!] ?? null;
  }
  return found;
}

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function mentionsIn(doc: DraftText, clause: Clause): Mention[] {
  const f = doc.folded.slice(clause.start, clause.end);
  const found: Mention[] = [];
  const taken = (s: number, e: number): boolean => found.some((m) => s < m.end && e > m.start);
  for (const m of f.matchAll(RANGE)) {
    const lo = num(m[1]!);
    const hi = num(m[2]!);
    if (!(lo < hi) || hi > 100) continue;
    const start = clause.start + m.index;
    const text = oneLine(doc.text.slice(start, start + m[0].length));
    found.push({ start, end: start + m[0].length, value: lo, unit: 'percent', unitLabel: null, note: text });
  }
  for (const m of f.matchAll(PERCENT)) {
    const start = clause.start + m.index;
    if (taken(start, start + m[0].length)) continue;
    const value = num(m[1]!);
    if (value > 100) continue;
    // "4G/5G", "1/2%": part of a code; "19.5%": fine.
    const prev = f[m.index - 1] ?? ' ';
    if (/[/\d]/.test(prev)) continue;
    found.push({ start, end: start + m[0].length, value, unit: 'percent', unitLabel: null, note: null });
  }
  for (const m of f.matchAll(COUNT)) {
    const start = clause.start + m.index;
    if (taken(start, start + m[0].length)) continue;
    const before = f.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_A_COUNT_BEFORE.test(before)) continue;
    // A count is a target only with a target word before it, or written the legal way ("01 tài khoản").
    if (!m[1]!.startsWith('0') && !COUNT_CUE.test(f.slice(0, m.index))) continue;
    const value = Number(m[1]);
    if (value === 0) continue;
    const unitStart = start + m[0].length - m[2]!.length;
    // "từ 2 đến 3 mô hình": the lower bound, the range kept in the note (as for "60 - 70%").
    const range = /(\d{1,4})\s*(?:-|–|den)\s*$/.exec(f.slice(0, m.index));
    if (range && Number(range[1]) < value) {
      const from = clause.start + range.index;
      found.push({ start: from, end: start + m[0].length, value: Number(range[1]), unit: 'count', unitLabel: doc.text.slice(unitStart, start + m[0].length), note: oneLine(doc.text.slice(from, start + m[0].length)) });
      continue;
    }
    found.push({ start, end: start + m[0].length, value, unit: 'count', unitLabel: doc.text.slice(unitStart, start + m[0].length), note: null });
  }
  return found.sort((a, b) => a.start - b.start);
}

function comparatorBefore(pre: string, post: string, preOriginal: string): { comparator: Comparator; cueLength: number; note: string | null } {
  if (/^\s*(tro len|tro nen)/.test(post)) return { comparator: '>=', cueLength: 0, note: null };
  if (/^\s*tro xuong/.test(post)) return { comparator: '<=', cueLength: 0, note: null };
  const trimmed = pre.replace(/\s+$/, '');
  for (const candidate of [trimmed, trimmed.replace(FILLER, '')]) {
    for (const [re, comparator, note] of BEFORE) {
      const m = re.exec(candidate);
      // Folded, "từ" (from) and "tử" (of "điện tử") are both "tu": only the first is a comparator.
      if (m && /(^|\s)tu\s*$/.test(m[0]) && !/từ\s*$/iu.test(preOriginal.slice(0, candidate.length).trimEnd())) continue;
      if (m) return { comparator, cueLength: pre.length - (candidate.length - m[0].length), note };
    }
  }
  return { comparator: '>=', cueLength: 0, note: null };
}

function levelsIn(folded: string): Level[] {
  const out: Level[] = [];
  const add = (w: string | undefined): void => {
    const l = w ? levelWord(w) : null;
    if (l && !out.includes(l)) out.push(l);
  };
  for (const m of folded.matchAll(LEVEL_PHRASE)) add(m[1]);
  for (const m of folded.matchAll(LEVEL_AFTER_DOI_VOI)) add(m[1]);
  return out;
}

// Words that say nothing about what is measured when they stand alone before or after the number.
const EMPTY_WORDS = /^(?:[\s,:;.()–-]|va|dat|la|chiem|co|phan dau|dam bao|bao dam|thuc hien|hoan thanh|muc|ty le|trong do|tro len|tro xuong|tren|duoi|toi thieu|it nhat|khoang|doi voi|nam|den|20\d\d)*$/;

function words(folded: string): number {
  return folded.trim() === '' ? 0 : folded.trim().split(/\s+/).length;
}

/** The document's words for a target, cut from the original text (accents kept). */
function labelText(doc: DraftText, start: number, end: number): string {
  let s = oneLine(doc.text.slice(start, end));
  s = s.replace(/^[\s,:;.–-]+/, '').replace(/[\s,:;.–-]+$/, '');
  s = s.replace(/^(và|đạt|là|chiếm|phấn đấu|đảm bảo|bảo đảm|đồng thời|ngoài ra)\s+/iu, '');
  s = s.replace(/(\s+(đạt|là|từ|mức|ở mức|tối thiểu|ít nhất|trên|dưới|không quá|khoảng|phải|cần))+$/iu, '');
  // "…trễ hạn (tỷ lệ trễ hạn dưới 1%)": the label stops at the number, inside the bracket.
  if ((s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0)) s += ')';
  if (s.length > 200) s = s.slice(0, 197).replace(/\s+\S*$/, '') + '…';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function stripLevels(doc: DraftText, start: number, end: number): { start: number; end: number } {
  // Drop a trailing "đối với cấp huyện" from the label span: the level is its own column.
  const f = doc.folded.slice(start, end);
  const m = /(?:[\s,]*(?:va\s+)?(?:doi voi|o|tai)?\s*(?:cac\s+)?(?:cap\s+)?(?:tinh|huyen|xa|quan|phuong|thi xa|thi tran)\b)+(?:\s*,\s*(?:thi tran|phuong))?[\s,.;]*$/.exec(f);
  if (m && /(doi voi|cap)/.test(m[0])) return { start, end: start + m.index };
  return { start, end };
}

/**
 * Every quantitative target a clause states: its number, comparator, unit, level and year, with
 * the clause as its quote. Past results, award thresholds and numbers that are codes are left out.
 */
export function targetsOf(doc: DraftText, clause: Clause, previous: DraftTarget | null): DraftTarget[] {
  if (clause.kind === 'awards' || clause.kind === 'results') return [];
  const f = doc.folded.slice(clause.start, clause.end);
  // "đạt từ 85% số điểm trở lên" is an award threshold, not a target.
  const scored = mentionsIn(doc, clause).filter((m) => !(m.unit === 'percent' && /^\s*(?:tong\s+)?so\s+diem|^\s*diem\b/.test(doc.folded.slice(m.end, m.end + 20))));
  // "đạt 100% (tăng 10% so với năm 2025)": the change beside a target is not a second target.
  const isChange = (m: Mention): boolean => /\b(?:tang|giam)(?:\s+them)?\s*$/.test(doc.folded.slice(Math.max(clause.start, m.start - 12), m.start)) && /^\s*so voi\b/.test(doc.folded.slice(m.end, m.end + 12));
  const mentions = scored.some((m) => !isChange(m)) ? scored.filter((m) => !isChange(m)) : scored;
  if (mentions.length === 0) return [];
  // "Năm 2022 đạt 65%" in a plan signed in 2023 is a result, not a target.
  const yearMatch = /(?:^|[^\d/])(?:den het nam|den nam|toi nam|trong nam|nam|vao nam)\s+(20\d\d)/.exec(f);
  const clauseYear = yearMatch ? Number(yearMatch[1]) : null;
  const refYear = doc.docYear ?? doc.targetYear;
  if (PAST.test(f) && !FUTURE.test(f)) return [];
  if (clauseYear !== null && refYear !== null && clauseYear < refYear && !FUTURE.test(f)) return [];

  const soft = SOFT.test(f);
  const out: DraftTarget[] = [];
  let subject: { start: number; end: number } | null = null;
  let cursor = clause.start;
  // Between two numbers, the last comma parts their words: "phủ trên 90% hộ gia đình, 100% đơn vị…".
  const splits = mentions.map((m, i) => {
    const nextStart = mentions[i + 1]?.start;
    if (nextStart === undefined) return clause.end;
    const comma = Math.max(doc.text.lastIndexOf(',', nextStart), doc.text.lastIndexOf(';', nextStart));
    return comma >= m.end ? comma : nextStart;
  });
  mentions.forEach((m, i) => {
    const next = splits[i]!;
    const pre = doc.folded.slice(cursor, m.start);
    const post = doc.folded.slice(m.end, next);
    const cmp = comparatorBefore(pre, post, doc.text.slice(cursor, m.start));
    const cueStart = m.start - cmp.cueLength;
    // Past the "trở lên" after the number.
    const postSkip = /^\s*(tro len|tro nen|tro xuong)/.exec(post)?.[0].length ?? 0;
    let beforeStart = cursor;
    // A colon introduces the list: "…an toàn thông tin mạng: 100% giao dịch…".
    const colon = doc.text.lastIndexOf(':', cueStart);
    if (colon >= cursor) beforeStart = colon + 1;
    // "…Kế hoạch đặt chỉ tiêu tỷ lệ X trên 80%": the target's words start after the lead-in.
    const lead = /^.*\b(?:dat muc tieu|neu muc tieu|muc tieu cu the la|muc tieu la|dat chi tieu|chi tieu|phan dau dua|phan dau)\b(?:\s+(?:la|den nam 20\d\d|nam 20\d\d))?[\s,:]*/.exec(doc.folded.slice(beforeStart, cueStart));
    if (lead && words(doc.folded.slice(beforeStart + lead[0].length, cueStart)) >= 2) beforeStart += lead[0].length;
    const yearLead = /^\s*(?:(?:den|trong|toi)\s+)?nam\s+20\d\d\s*,\s*/.exec(doc.folded.slice(beforeStart, cueStart));
    if (yearLead) beforeStart += yearLead[0].length;
    const beforeFolded = doc.folded.slice(beforeStart, cueStart);
    const afterSpan = stripLevels(doc, m.end + postSkip, next);
    const afterFolded = doc.folded.slice(afterSpan.start, afterSpan.end);
    const beforeEmpty = EMPTY_WORDS.test(beforeFolded) || levelsIn(beforeFolded).length > 0 && words(beforeFolded.replace(LEVEL_PHRASE, '')) < 2;
    const afterEmpty = EMPTY_WORDS.test(afterFolded) || words(afterFolded) < 2;
    let label: string;
    if (!beforeEmpty && !afterEmpty) {
      label = labelText(doc, beforeStart, afterSpan.end);
      if (i === 0) subject = { start: beforeStart, end: cueStart };
    } else if (!afterEmpty) {
      label = subject ? `${labelText(doc, subject.start, subject.end)} ${labelText(doc, afterSpan.start, afterSpan.end).toLowerCase()}` : labelText(doc, afterSpan.start, afterSpan.end);
    } else if (!beforeEmpty) {
      label = labelText(doc, beforeStart, cueStart);
      if (i === 0) subject = { start: beforeStart, end: cueStart };
    } else if (subject) {
      label = labelText(doc, subject.start, subject.end);
    } else if (beforeStart > clause.start && !EMPTY_WORDS.test(doc.folded.slice(clause.start, beforeStart - 1))) {
      // "Tỷ lệ X: cấp tỉnh đạt 90%": the subject stands before the colon.
      subject = { start: clause.start, end: beforeStart - 1 };
      label = labelText(doc, subject.start, subject.end);
    } else if (previous && !clause.startsItem) {
      // "…; cấp huyện đạt 80%": the subject carries over from the previous clause.
      label = previous.label.vi;
    } else {
      label = labelText(doc, clause.start, clause.end);
    }
    const segmentLevels = levelsIn(doc.folded.slice(m.end, next));
    const ownLevels = segmentLevels.length > 0 ? segmentLevels : levelsIn(doc.folded.slice(Math.max(cursor, m.start - 30), m.start));
    const yearBefore = /(?:den het nam|den nam|toi nam|trong nam|nam|vao nam)\s+(20\d\d)(?!.*nam\s+20\d\d)/.exec(doc.folded.slice(clause.start, m.start));
    // "…đạt 20% GDP năm 2025": a year after the number, in the same clause; else the sentence's.
    const yearAfter = /^[^;]{0,40}?\b(?:den het nam|den nam|nam|vao nam)\s+(20\d\d)/.exec(doc.folded.slice(m.end, clause.end));
    const carried = clause.continues && previous ? previous.year : null;
    const year = yearBefore ? Number(yearBefore[1]) : yearAfter ? Number(yearAfter[1]) : carried ?? clause.year ?? doc.targetYear;
    const notes = [m.note, cmp.note].filter((n): n is string => n !== null);
    if (cmp.note === 'khoảng') notes.splice(notes.indexOf('khoảng'), 1, oneLine(doc.text.slice(cueStart, m.end)));
    const levels: (Level | null)[] = ownLevels.length > 0 ? ownLevels : [null];
    for (const level of levels) {
      out.push({
        label: { vi: label },
        comparator: cmp.comparator,
        value: m.value,
        unit: m.unit,
        unitLabel: m.unitLabel,
        level,
        year: year ?? null,
        indicatorId: null,
        match: null,
        pillar: pillarAt(doc, clause.start),
        soft,
        note: notes.length > 0 ? notes.join('; ') : null,
        source: sourceOf(doc, clause, clause.heading),
      });
    }
    cursor = Math.max(m.end + postSkip, next);
  });
  return out;
}

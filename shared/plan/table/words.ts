import type { Comparator, Level, Pillar, Source, Unit } from '../../schema/common.ts';
import type { AwardRule, Deadline, Target, TargetGroup } from '../../schema/plan.ts';
import { PILLARS } from '../../schema/pillars.ts';
import { cleanText, foldWords } from '../../parse/text.ts';
import { frozenSet } from '../../frozen.ts';

/**
 * The words an officer types in the plan table's choice cells, and the word the writer uses for
 * each value (first in each list). Matching ignores case, accents and extra spaces (foldWords).
 */
function lookup<T>(pairs: ReadonlyArray<readonly [T, readonly string[]]>): (text: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [value, words] of pairs) for (const w of words) map.set(foldWords(w), value);
  return (text) => map.get(foldWords(text));
}

function writer<T extends string>(pairs: ReadonlyArray<readonly [T, readonly string[]]>): (value: T) => string {
  const map = new Map<T, string>(pairs.map(([v, words]) => [v, words[0]!]));
  return (value) => map.get(value) ?? value;
}

// ── Comparators ─────────────────────────────────────────────────────────────────────────────────
const COMPARATOR_WORDS: ReadonlyArray<readonly [Comparator, readonly string[]]> = [
  ['>=', ['≥', '>=', '=>', '⩾', 'từ trở lên', 'trở lên', 'tối thiểu', 'ít nhất', 'đạt', 'đạt tối thiểu', 'đạt ít nhất', 'không thấp hơn', 'không dưới', 'lớn hơn hoặc bằng', 'at least', 'min', 'minimum']],
  ['>', ['>', 'trên', 'lớn hơn', 'cao hơn', 'vượt', 'đạt trên', 'more than', 'above', 'over']],
  ['=', ['=', '==', 'bằng', 'đúng', 'equal', 'equals']],
  ['<=', ['≤', '<=', '=<', '⩽', 'không quá', 'tối đa', 'không vượt quá', 'nhiều nhất', 'không cao hơn', 'nhỏ hơn hoặc bằng', 'at most', 'max', 'maximum', 'no more than']],
  ['<', ['<', 'dưới', 'nhỏ hơn', 'thấp hơn', 'xuống dưới', 'less than', 'below', 'under']],
];
const comparatorOfWord = lookup(COMPARATOR_WORDS);

/** `≥`, `>=`, `từ … trở lên`, `tối thiểu`, `không quá`… → the comparator; undefined when none. */
export function parseComparator(text: string): Comparator | undefined {
  const direct = comparatorOfWord(text);
  if (direct !== undefined) return direct;
  // "từ … trở lên", "từ 80% trở lên": the document's own phrase with anything in between.
  const words = foldWords(text);
  if (/^tu\b.*\btro len$/.test(words)) return '>=';
  return undefined;
}

export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };
export const COMPARATOR_CHOICES: readonly string[] = ['≥', '>', '=', '≤', '<'];

// ── Units ───────────────────────────────────────────────────────────────────────────────────────
const UNIT_WORDS: ReadonlyArray<readonly [Unit, readonly string[]]> = [
  ['percent', ['%', 'phần trăm', 'tỷ lệ', 'tỉ lệ', 'tỷ lệ %', 'percent', 'percentage']],
  ['boolean', ['có/không', 'có / không', 'có-không', 'có hoặc không', 'đạt/không đạt', 'yes/no', 'yes-no', 'boolean']],
  ['days', ['ngày', 'số ngày', 'days', 'day']],
  ['points', ['điểm', 'số điểm', 'points', 'point']],
  ['count', ['số lượng', 'count', 'số']],
];
const unitOfWord = lookup(UNIT_WORDS);

/** `%` / `có/không` / `ngày` / `điểm`; any other word names a count unit ("tài khoản", "mô hình"). */
export function parseUnit(text: string): Unit {
  return unitOfWord(text) ?? 'count';
}
export const unitWord = writer(UNIT_WORDS);
export const UNIT_CHOICES: readonly string[] = ['%', 'có/không', 'số lượng', 'ngày', 'điểm'];

// ── Levels ──────────────────────────────────────────────────────────────────────────────────────
export const LEVEL_WORD: Readonly<Record<Level, string>> = { commune: 'xã', district: 'huyện', province: 'tỉnh', national: 'trung ương' };
export const LEVEL_CHOICES: readonly string[] = ['xã', 'huyện', 'tỉnh', 'trung ương'];
/** "Cấp áp dụng" words meaning every level (same as blank). */
export const ALL_LEVELS = lookup([[true, ['tất cả', 'mọi cấp', 'các cấp', 'tất cả các cấp', 'all', 'all levels']]] as const);

// ── Pillars ─────────────────────────────────────────────────────────────────────────────────────
const PILLAR_WORDS: ReadonlyArray<readonly [Pillar, readonly string[]]> = [
  ['chinh-quyen-so', ['Chính quyền số', 'chinh-quyen-so', 'Digital government', 'chính quyền điện tử']],
  ['kinh-te-so', ['Kinh tế số', 'kinh-te-so', 'Digital economy']],
  ['xa-hoi-so', ['Xã hội số', 'xa-hoi-so', 'Digital society']],
  ['an-toan-thong-tin', ['An toàn thông tin', 'an-toan-thong-tin', 'Information security', 'an toàn, an ninh mạng', 'an ninh mạng']],
  ['nen-tang', ['Nền tảng', 'nen-tang', 'Foundations', 'hạ tầng', 'nhận thức', 'thể chế', 'nhân lực']],
  ['qd766', ['QĐ 766', 'qd766', 'Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)', 'Service index (QĐ 766)', 'chỉ số 766', 'bộ chỉ số 766']],
];
const pillarOfWord = lookup(PILLAR_WORDS);
// Free wording: the pillar named somewhere in it ("Nhóm 1: Chính quyền số và dịch vụ công").
const PILLAR_STEMS: ReadonlyArray<readonly [string, Pillar]> = [
  ['766', 'qd766'], ['chinh quyen', 'chinh-quyen-so'], ['kinh te', 'kinh-te-so'], ['xa hoi', 'xa-hoi-so'],
  ['an toan', 'an-toan-thong-tin'], ['an ninh', 'an-toan-thong-tin'], ['nen tang', 'nen-tang'],
  ['ha tang', 'nen-tang'], ['nhan thuc', 'nen-tang'], ['the che', 'nen-tang'], ['nhan luc', 'nen-tang'],
  ['government', 'chinh-quyen-so'], ['economy', 'kinh-te-so'], ['society', 'xa-hoi-so'], ['security', 'an-toan-thong-tin'],
];

/** A known pillar name, or free words that name exactly one pillar; undefined otherwise. */
export function parsePillar(text: string): Pillar | undefined {
  const direct = pillarOfWord(text);
  if (direct !== undefined) return direct;
  const words = foldWords(text);
  const found = new Set(PILLAR_STEMS.filter(([stem]) => words.includes(stem)).map(([, p]) => p));
  return found.size === 1 ? [...found][0] : undefined;
}
export const pillarWord = writer(PILLAR_WORDS);
export const PILLAR_CHOICES: readonly string[] = PILLARS.map((p) => pillarWord(p));

// ── Target kinds (assessment) ───────────────────────────────────────────────────────────────────
const ASSESSMENT_WORDS: ReadonlyArray<readonly [Target['assessment'], readonly string[]]> = [
  ['quantitative', ['định lượng', 'số', 'quantitative']],
  ['yes-no', ['có/không', 'có / không', 'có-không', 'yes/no', 'yes-no']],
  ['qualitative', ['định tính', 'mô tả', 'qualitative']],
];
export const parseAssessment = lookup(ASSESSMENT_WORDS);
export const assessmentWord = writer(ASSESSMENT_WORDS);

// ── Groups, recipients ──────────────────────────────────────────────────────────────────────────
const GROUP_WORDS: ReadonlyArray<readonly [TargetGroup, readonly string[]]> = [
  ['collective', ['tập thể', 'collective']],
  ['commune', ['xã', 'xã, phường, thị trấn', 'phường', 'thị trấn', 'cấp xã', 'commune']],
  ['agency', ['cơ quan', 'cơ quan, đơn vị', 'đơn vị', 'phòng ban', 'agency']],
  ['village', ['thôn', 'thôn, tổ dân phố', 'tổ dân phố', 'khu dân cư', 'ấp', 'bản', 'village']],
  ['enterprise', ['doanh nghiệp', 'hợp tác xã', 'enterprise', 'business']],
  ['individual', ['cá nhân', 'individual', 'person']],
  ['other', ['đối tượng khác', 'khác', 'other']],
];
export const parseGroup = lookup(GROUP_WORDS);
export const groupWord = writer(GROUP_WORDS);
export const GROUP_CHOICES: readonly string[] = GROUP_WORDS.map(([, w]) => w[0]!);

const RECIPIENT_WORDS: ReadonlyArray<readonly [AwardRule['recipient'], readonly string[]]> = [
  ['collective', ['tập thể', 'collective']],
  ['individual', ['cá nhân', 'individual']],
];
export const parseRecipient = lookup(RECIPIENT_WORDS);
export const recipientWord = writer(RECIPIENT_WORDS);

// ── Deadlines ───────────────────────────────────────────────────────────────────────────────────
const PRECISION_WORDS: ReadonlyArray<readonly [Deadline['precision'], readonly string[]]> = [
  ['day', ['ngày', 'day']],
  ['month', ['tháng', 'month']],
  ['quarter', ['quý', 'quarter']],
  ['year', ['năm', 'year']],
];
export const parsePrecision = lookup(PRECISION_WORDS);
export const precisionWord = writer(PRECISION_WORDS);

const DEADLINE_KIND_WORDS: ReadonlyArray<readonly [Deadline['kind'], readonly string[]]> = [
  ['by', ['đến ngày', 'đến hết ngày', 'chậm nhất', 'hạn chót', 'by']],
  ['before', ['trước ngày', 'trước', 'before']],
];
export const parseDeadlineKind = lookup(DEADLINE_KIND_WORDS);
export const deadlineKindWord = writer(DEADLINE_KIND_WORDS);

/** "hằng năm", "hàng năm", "mỗi năm", "every year" after a day/month. */
export const YEARLY_WORDS = /\s*(?:\(?\s*(?:hằng|hàng|mỗi)\s+năm\s*\)?|\(?\s*every\s+year\s*\)?|\(?\s*yearly\s*\)?)\s*$/iu;
export const YEARLY_WORD = 'hằng năm';

// ── Scoring method, evidence ────────────────────────────────────────────────────────────────────
const SCORING_WORDS: ReadonlyArray<readonly ['attainment' | 'points', readonly string[]]> = [
  ['attainment', ['theo mức đạt', 'mức đạt', 'mức độ đạt', 'attainment']],
  ['points', ['theo điểm', 'điểm', 'chấm điểm', 'points']],
];
export const parseScoring = lookup(SCORING_WORDS);
export const scoringWord = writer(SCORING_WORDS);

type Evidence = NonNullable<Source['evidence']>;
const EVIDENCE_WORDS: ReadonlyArray<readonly [Evidence, readonly string[]]> = [
  ['primary', ['văn bản gốc', 'primary']],
  ['official', ['chính thức', 'official']],
  ['press', ['báo chí', 'press']],
  ['third-party', ['bên thứ ba', 'third-party', 'third party']],
  ['portal-data', ['dữ liệu cổng', 'portal-data', 'portal data']],
  ['seed', ['văn bản mẫu', 'seed']],
  ['inferred', ['suy luận', 'inferred']],
  ['toolkit', ['bộ công cụ', 'toolkit']],
];
export const parseEvidence = lookup(EVIDENCE_WORDS);
export const evidenceWord = writer(EVIDENCE_WORDS);

/** The mark for "none" in a source cell whose blank means "the header block's value". */
export const NONE_MARKS = frozenSet(['—', '–', '-', 'không có', 'none']);
export const NONE_WORD = '—';

// ── Periods, values with their comparator ───────────────────────────────────────────────────────
/** `2024`, `2023–2025`, `2023 - 2025`, `Năm 2024`, `giai đoạn 2023 đến 2025` → the years; null otherwise. */
export function parsePeriod(text: string): { from: number; to: number } | null {
  const s = cleanText(text).replace(/^(?:(?:giai đoạn|giai doan|năm|nam|từ năm|từ|period|year)\s*)+/iu, '');
  const m = /^(\d{4})(?:\s*(?:-|–|—|đến|den|to)\s*(?:năm\s*)?(\d{4}))?$/iu.exec(s);
  if (m === null) return null;
  const from = Number(m[1]);
  return { from, to: m[2] === undefined ? from : Number(m[2]) };
}

/** A comparator written before the number ("≥ 80%", "từ 80% trở lên", "dưới 5%"), or null. */
export function splitComparatorValue(text: string | undefined): { comparator: Comparator; rest: string } | null {
  if (text === undefined) return null;
  let m = /^(≥|>=|=>|>|==|=|≤|<=|=<|<)\s*([0-9].*)$/u.exec(text);
  if (m === null) {
    const range = /^từ\s+([0-9].*?)\s+trở lên$/iu.exec(text);
    if (range !== null) return { comparator: '>=', rest: range[1]! };
    m = /^(đạt tối thiểu|đạt ít nhất|đạt trên|tối thiểu|ít nhất|trên|dưới|xuống dưới|không quá|tối đa|không dưới|bằng)\s+([0-9].*)$/iu.exec(text);
  }
  if (m === null) return null;
  const comparator = parseComparator(m[1]!);
  return comparator === undefined ? null : { comparator, rest: m[2]!.trim() };
}

import type { Comparator, Level, Pillar } from '../../schema/common.ts';

/** Where a proposed row comes from: the exact words of the document, for the officer to check. */
export interface DraftSource {
  /** An exact substring of the extracted text (NFC). */
  quote: string;
  /** Offset of the quote in the extracted text. */
  offset: number;
  /** 1-based line of the quote's start. */
  line: number;
  /** The heading the clause sits under, e.g. "2.2. Phát triển kinh tế số". */
  section: string | null;
}

export interface IndicatorMatch {
  indicatorId: string;
  name: string;
  /** 0–1 likeness of the wording (Dice coefficient over word pairs). */
  score: number;
}

export interface DraftTarget {
  label: { vi: string };
  comparator: Comparator;
  /** A number in the target's unit (percent as 0–100), or true for a yes/no target. */
  value: number | true;
  unit: 'percent' | 'count' | 'boolean';
  /** For counts, the document's own unit word ("tài khoản", "mô hình"). */
  unitLabel: string | null;
  level: Exclude<Level, 'national'> | null;
  year: number | null;
  indicatorId: string | null;
  match: IndicatorMatch | null;
  /** The pillar the document files it under ("Về kinh tế số", "2.3. Phát triển xã hội số"), if any. */
  pillar: Pillar | null;
  /** Soft wording ("khuyến khích", "dự kiến"): proposed, but the officer should decide. */
  soft: boolean;
  /** What the number alone does not say: "khoảng 10%", "60 - 70%", "lower is better". */
  note: string | null;
  source: DraftSource;
}

export interface DraftDeadline {
  /** ISO date of a fixed deadline, null for a yearly one. */
  date: string | null;
  yearly: { month: number; day: number } | null;
  precision: 'day' | 'month' | 'quarter' | 'year';
  /** "trước ngày" = the last allowed day is the day before. */
  kind: 'by' | 'before';
  label: { vi: string };
  source: DraftSource;
}

export interface DraftAward {
  /** The award form: "Giấy khen của Chủ tịch Ủy ban nhân dân huyện". */
  form: string | null;
  recipient: 'collective' | 'individual' | null;
  /** Minimum percent of the points ("đạt từ 90% số điểm trở lên"). */
  minPercent: number | null;
  quota: { collective: number | null; individual: number | null } | null;
  /** The document only lets the unit be proposed (đề nghị, nếu có). */
  proposal: boolean;
  source: DraftSource;
}

export interface PlanDraft {
  draft: true;
  title: { vi: string } | null;
  /** Issuing body as printed ("UBND xã Vạn Phúc"). */
  issuer: string | null;
  level: Exclude<Level, 'national'> | null;
  /** The document's number ("215/KH-UBND") and signing date, as printed under the issuing body. */
  issued: { number: string | null; date: string | null };
  movement: string | null;
  period: { from: number; to: number; label: string } | null;
  targets: DraftTarget[];
  deadlines: DraftDeadline[];
  awards: DraftAward[];
  /** Things the reader noticed about the text itself (a scan, no target found…), vi + en. */
  warnings: { vi: string; en: string }[];
}

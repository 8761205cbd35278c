import * as z from 'zod';
import { PILLARS } from './pillars.ts';
import { LEVELS } from './levels.ts';
import { daysInMonth } from '../plan/calendar.ts';

/**
 * Text in both languages of the toolkit: Vietnamese first, English second. English is optional
 * where an officer writes a plan: a missing or blank `en` is the Vietnamese text (the English UI
 * then shows the Vietnamese label). The parsed value always has both.
 */
export const Localized = z
  .object({ vi: z.string().min(1), en: z.string().optional() })
  .transform((l) => ({ vi: l.vi, en: l.en !== undefined && l.en.trim() !== '' ? l.en : l.vi }));
export type Localized = z.infer<typeof Localized>;

/** Where a fact comes from. Every indicator, target, criterion, award rule and deadline carries one. */
export const Source = z.object({
  /** The document, e.g. "Kế hoạch CĐS xã Vạn Phúc 2023–2025" or "QĐ 766/QĐ-TTg". */
  document: z.string().min(1),
  /** Section, article, table row… inside the document. */
  section: z.string().optional(),
  /** The file the project received, e.g. the seed file name. */
  file: z.string().optional(),
  /** How strong the evidence is (frameworks.md tags). */
  evidence: z
    .enum(['primary', 'official', 'press', 'third-party', 'portal-data', 'seed', 'inferred', 'toolkit'])
    .optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Administrative level of a unit after the 2025 reorganisation (district kept for older plans). */
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const Pillar = z.enum(PILLARS);
export type Pillar = z.infer<typeof Pillar>;

/** Comparators as the documents word them: "tối thiểu/đạt" ≥, "trên" >, "bằng" =, "không quá" ≤, "dưới" <. */
export const Comparator = z.enum(['>=', '>', '=', '<=', '<']);
export type Comparator = z.infer<typeof Comparator>;

export const Unit = z.enum(['percent', 'count', 'boolean', 'days', 'points']);
export type Unit = z.infer<typeof Unit>;

/** ISO calendar date YYYY-MM-DD (no clock, no time zone) that exists: 2023-02-30 is refused. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }, 'no such calendar date');


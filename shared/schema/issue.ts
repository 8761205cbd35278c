import * as z from 'zod';

/** A message key with its parameters; surfaces render it with shared/messages (vi first, en second). */
export const Message = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});
export type Message = z.infer<typeof Message>;

/** Where a problem is: 1-based row and column as in the sheet, A1 for people. */
export const Location = z.object({
  sheet: z.string().nullable().default(null),
  row: z.number().int().positive().nullable().default(null),
  column: z.number().int().positive().nullable().default(null),
  a1: z.string().nullable().default(null),
  /** The report field (`Giá trị`, `Tử số`…, or a header field) or a JSON path for plan files. */
  field: z.string().nullable().default(null),
});
export type Location = z.infer<typeof Location>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Issue = z.object({
  /** Stable code, kebab-case, e.g. "not-a-number", "numerator-exceeds-denominator". */
  code: z.string(),
  severity: Severity,
  location: Location,
  /** Target or indicator code the issue is about, if any. */
  itemCode: z.string().nullable().default(null),
  message: Message,
});
export type Issue = z.infer<typeof Issue>;

import * as z from 'zod';
import { Level } from './common.ts';
import { Issue, Location } from './issue.ts';
import { REPORT_GROUPS } from './levels.ts';

/** A value exactly as a surface read it: a sheet cell, a CSV field, an XLSX cell. */
export const RawValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type RawValue = z.infer<typeof RawValue>;

export const ReportCell = z.object({ raw: RawValue, location: Location });
export type ReportCell = z.infer<typeof ReportCell>;

/** The fields of the report layout, in the order of the template (`group` last: older sheets lack it). */
export const HEADER_FIELDS = ['unitName', 'unitCode', 'level', 'period', 'planId', 'group'] as const;
export const ITEM_COLUMNS = ['code', 'label', 'numerator', 'denominator', 'value', 'target', 'evidence'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type ItemColumn = (typeof ITEM_COLUMNS)[number];

/** One row of the item table, cells still raw. */
export const ReportRow = z.object({
  row: z.number().int().positive(),
  cells: z.record(z.enum(ITEM_COLUMNS), ReportCell),
});
export type ReportRow = z.infer<typeof ReportRow>;

/** A report table located in a grid (parse/report-table.ts): header block + item table, still raw. */
export const ReportTable = z.object({
  sheet: z.string().nullable(),
  header: z.record(z.enum(HEADER_FIELDS), ReportCell.nullable()),
  /** 1-based column of each known item column, null when the column is absent. */
  columns: z.record(z.enum(ITEM_COLUMNS), z.number().int().positive().nullable()),
  /** 1-based row of the item table's header line. */
  headerRow: z.number().int().positive(),
  /** Columns the toolkit does not know: kept, never touched. */
  extraColumns: z.array(z.object({ column: z.number().int().positive(), name: z.string() })),
  rows: z.array(ReportRow),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** One item's parsed values. Percent as 0–100. `null` is "not reported", never 0. */
export const ItemValue = z.object({
  code: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.union([z.number(), z.boolean()]).nullable(),
  evidence: z.string().nullable(),
  /** Where the item was read (1-based row), null for values that did not come from a sheet. */
  row: z.number().int().positive().nullable(),
});
export type ItemValue = z.infer<typeof ItemValue>;

/**
 * Who a report is from (`Đối tượng`): a cơ quan, đơn vị (also a commune's own authority), a thôn/xóm,
 * an enterprise, an individual official or worker, or "đối tượng khác". Award rules apply to their group only.
 */
export const ReportGroup = z.enum(REPORT_GROUPS);
export type ReportGroup = z.infer<typeof ReportGroup>;

/** One unit's values for one period: what scoring reads. Portal figures can be turned into one too. */
export const Report = z.object({
  unit: z.object({
    name: z.string().nullable(),
    code: z.string().nullable(),
    level: Level.nullable(),
    /** Absent or null: a cơ quan, đơn vị (the documents' default). */
    group: ReportGroup.nullable().optional(),
  }),
  period: z.string().nullable(),
  planId: z.string().nullable(),
  sheet: z.string().nullable(),
  items: z.record(z.string(), ItemValue),
  /** Validation errors found in the report (severity `error`), set by validation so that scoring never
   * counts a flagged value (shared/score/flags.ts); absent when there are none. */
  errors: z.array(Issue).optional(),
});
export type Report = z.infer<typeof Report>;

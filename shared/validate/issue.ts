import type { Issue, Location, Message, Severity } from '../schema/issue.ts';
import type { ReportCell } from '../schema/report.ts';
import { COLUMN_LABELS, HEADER_LABELS } from '../parse/labels.ts';
import { frozenMap } from '../frozen.ts';
import type { IssueCode, IssueKey } from './issue-codes.ts';

// Vietnamese field name (what Location.field holds) → English, for the {fieldEn} parameter.
const FIELD_EN: ReadonlyMap<string, string> = frozenMap(
  [...Object.values(COLUMN_LABELS), ...Object.values(HEADER_LABELS)].map((l) => [l.vi, l.en]),
);

export function fieldEn(fieldVi: string | null): string {
  return fieldVi === null ? '' : (FIELD_EN.get(fieldVi) ?? fieldVi);
}

/** The parameters of a message that has none of its own (one shared object, never written to). */
export const NO_PARAMS: Message['params'] = Object.freeze({});

/** A copy of a location: issues never share objects with the table they describe. */
export function copyLocation(loc: Location): Location {
  return { sheet: loc.sheet, row: loc.row, column: loc.column, a1: loc.a1, field: loc.field };
}

/**
 * An issue about one cell. Every cell message gets {a1}, {fieldVi}, {fieldEn} and {code} (the item
 * code) on top of its own parameters.
 */
export function cellIssue<C extends IssueCode>(
  code: C,
  severity: Severity,
  cell: ReportCell,
  itemCode: string | null,
  key: IssueKey<C>,
  params: Message['params'],
): Issue {
  const loc = cell.location;
  const a1 = loc.a1 ?? '';
  const fieldVi = loc.field ?? '';
  // Without own parameters, a plain literal: no spread (a runtime copy) of the empty NO_PARAMS.
  const all =
    params === NO_PARAMS
      ? { a1, fieldVi, fieldEn: fieldEn(loc.field), code: itemCode }
      : { a1, fieldVi, fieldEn: fieldEn(loc.field), code: itemCode, ...params };
  return { code, severity, location: copyLocation(loc), itemCode, message: { key, params: all } };
}

/** An issue about the whole report (completeness, a missing header label…). */
export function reportIssue<C extends IssueCode>(
  code: C,
  severity: Severity,
  location: Location,
  itemCode: string | null,
  key: IssueKey<C>,
  params: Message['params'],
): Issue {
  return { code, severity, location, itemCode, message: { key, params } };
}

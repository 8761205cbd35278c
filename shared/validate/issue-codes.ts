// Every issue code the core emits, with the message key(s) it is worded with. Codes are stable (JSON
// output, the add-on's marks and filters rely on them); keys are the texts. One code may have several
// keys: a percent item words a range problem differently, and the plan-table reader re-words the
// plan checks for the cell the officer typed in. tests/shared/validate/issue-codes.test.ts checks
// both directions: every code the core's source raises is listed here, every code listed here is
// still raised, and every key listed here has a Vietnamese and an English text.

export const ISSUE_CODES = Object.freeze({
  // Reading a cell (shared/parse), raised again per cell by validation.
  'not-a-number': ['parse.not-a-number', 'parse.not-a-count'],
  'not-a-yes-no': ['parse.not-a-yes-no'],
  'not-a-date': ['parse.not-a-date'],
  'spreadsheet-error': ['parse.spreadsheet-error'],
  'share-read-as-percent': ['parse.share-read-as-percent'],
  'percent-sign-unexpected': ['parse.percent-sign-unexpected'],
  // Finding the report table (shared/parse/report-table.ts).
  'table-not-found': ['parse.table-not-found'],
  'duplicate-column': ['parse.duplicate-column'],
  'missing-column': ['parse.missing-column'],
  // The report's header (shared/validate/header.ts, shared/period).
  'unit-name-missing': ['validate.header-label-missing', 'validate.header-value-missing'],
  'unit-code-missing': ['validate.header-label-missing', 'validate.header-value-missing'],
  'level-missing': ['validate.header-label-missing', 'validate.header-value-missing'],
  'period-missing': ['validate.header-label-missing', 'validate.header-value-missing', 'period.blank'],
  'period-unreadable': ['period.unreadable'],
  'plan-id-missing': ['validate.header-label-missing', 'validate.header-value-missing'],
  'group-missing': ['validate.header-label-missing', 'validate.header-value-missing'],
  'plan-id-mismatch': ['validate.plan-id-mismatch'],
  'level-invalid': ['validate.level-invalid'],
  'group-invalid': ['validate.group-invalid'],
  // Item rows (shared/validate).
  'value-missing': ['validate.value-missing', 'validate.answer-missing'],
  'negative-value': ['validate.negative-value'],
  'value-below-minimum': ['validate.below-minimum'],
  'value-above-maximum': ['validate.above-maximum', 'validate.above-maximum-percent'],
  'value-not-whole': ['validate.not-whole'],
  'numerator-exceeds-denominator': ['validate.numerator-exceeds-denominator'],
  'zero-denominator': ['validate.zero-denominator', 'validate.zero-denominator-policy'],
  'denominator-missing': ['validate.denominator-missing'],
  'numerator-missing': ['validate.numerator-missing'],
  'value-disagrees-with-counts': ['validate.value-disagrees-with-counts'],
  'comparison-failed': ['validate.comparison-failed'],
  'comparison-missing-value': ['validate.comparison-missing-value'],
  'duplicate-item-code': ['validate.duplicate-item-code'],
  'unknown-item-code': ['validate.unknown-item-code'],
  'item-not-for-level': ['validate.item-not-for-level'],
  'item-code-missing': ['validate.item-code-missing'],
  'completeness-low': ['validate.completeness-low'],
  'completeness': ['validate.completeness'],
  'outlier-change': ['validate.outlier-percent', 'validate.outlier-count', 'trend.outlier-history-percent', 'trend.outlier-history-count'],
  'more-issues': ['validate.more-issues'],
  // Plan files (shared/data/check-plan.ts); the table reader re-words some of them for their cell.
  'plan-invalid': [
    'plan-invalid',
    'plan-invalid-missing',
    'plan-invalid-type',
    'plan-invalid-choice',
    'plan-invalid-date',
    'plan-invalid-range',
    'plan-table.invalid-cell',
  ],
  'plan-duplicate-id': ['plan-duplicate-id'],
  'plan-unknown-indicator': ['plan-unknown-indicator', 'plan-table.unknown-indicator'],
  'plan-unit-mismatch': ['plan-unit-mismatch', 'plan-table.unit-mismatch'],
  'plan-target-value-kind': ['plan-yes-no-target-value', 'plan-quantitative-target-value', 'plan-table.value-unit'],
  'plan-unknown-criterion': ['plan-unknown-criterion'],
  'plan-criterion-other-group': ['plan-criterion-other-group'],
  'plan-unknown-condition-code': ['plan-unknown-condition-code'],
  'plan-yes-no-comparator': ['plan-yes-no-comparator'],
  'plan-percent-out-of-range': ['plan-percent-out-of-range'],
  'plan-negative-target': ['plan-negative-target'],
  'plan-comparator-direction': ['plan-comparator-direction'],
  // Plans typed as a table (shared/plan/table).
  'plan-table-not-found': ['plan-table.not-found'],
  'plan-table-no-header-row': ['plan-table.no-header-row'],
  'plan-table-header-missing': ['plan-table.header-missing'],
  'plan-table-missing-column': ['plan-table.missing-column'],
  'plan-table-duplicate-column': ['plan-table.duplicate-column'],
  'plan-table-blank': ['plan-table.blank'],
  'plan-table-bad-id': ['plan-table.bad-id'],
  'plan-table-bad-plan-id': ['plan-table.bad-plan-id'],
  'plan-table-bad-period': ['plan-table.bad-period', 'plan-table.period-order'],
  'plan-table-bad-comparator': ['plan-table.bad-comparator'],
  'plan-table-comparator-blank': ['plan-table.comparator-blank'],
  'plan-table-bad-number': ['plan-table.bad-number'],
  'plan-table-not-a-percent': ['plan-table.not-a-percent'],
  'plan-table-negative': ['plan-table.negative'],
  'plan-table-not-whole': ['plan-table.not-whole'],
  'plan-table-share-read-as-percent': ['plan-table.share-read-as-percent'],
  'plan-table-yes-no-value': ['plan-table.yes-no-value'],
  'plan-table-unit-needed': ['plan-table.unit-needed'],
  'plan-table-unknown-indicator': ['plan-table.unknown-indicator'],
  'plan-table-bad-choice': ['plan-table.bad-choice'],
  'plan-table-pillar-needed': ['plan-table.pillar-needed'],
  'plan-table-pillar-from-indicator': ['plan-table.pillar-from-indicator'],
  'plan-table-duplicate-id': ['plan-table.duplicate-id'],
  'plan-table-unknown-criterion': ['plan-table.unknown-criterion'],
  'plan-table-bad-condition': ['plan-table.bad-condition', 'plan-table.bad-group-condition'],
  'plan-table-unknown-condition-code': ['plan-table.unknown-condition-code'],
  'plan-table-bad-date': ['plan-table.bad-date'],
  // Portal responses whose shape changed (shared/portal/parse.ts).
  'portal-format-changed': ['portal.format-changed.detail'],
} as const satisfies Record<string, readonly string[]>);

export type IssueCode = keyof typeof ISSUE_CODES;

/** The message keys registered for a code: issue constructors take the pair, so TypeScript refuses a drift. */
export type IssueKey<C extends IssueCode> = (typeof ISSUE_CODES)[C][number];

/** Whether `key` is one of the texts registered for `code` (false for an unregistered code). */
export function isRegisteredWording(code: string, key: string): boolean {
  const keys: readonly string[] | undefined = (ISSUE_CODES as Record<string, readonly string[]>)[code];
  return keys !== undefined && keys.includes(key);
}

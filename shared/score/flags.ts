import { msg } from '../messages/index.ts';
import type { Issue, Message } from '../schema/issue.ts';
import type { Report } from '../schema/report.ts';

/** No issues: read only (the lists a scorecard keeps are its own). */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * Values flagged as errors never score. Validation puts the report's errors on the report
 * (`Report.errors`); a caller may add more (`extra`). Only severity `error` counts: a warning is
 * worth a look, an error means the figure cannot be right (980% for a percent, numerator >
 * denominator, a negative count, not a number…).
 */
export function reportErrors(report: Report, extra: readonly Issue[] = NO_ISSUES): Issue[] {
  const own = report.errors ?? NO_ISSUES;
  // A scorecard keeps this list: an exact copy when every issue is an error (filter leaves room for 17).
  if (extra.length === 0) return own.every(isError) ? own.slice() : own.filter(isError);
  const seen = new Set<Issue>();
  const out: Issue[] = [];
  for (const issue of [...own, ...extra]) {
    if (issue.severity !== 'error' || seen.has(issue)) continue;
    seen.add(issue);
    out.push(issue);
  }
  return out;
}

function isError(issue: Issue): boolean {
  return issue.severity === 'error';
}

/**
 * The errors about one item code, in report order; undefined when there are none. Scoring asks
 * once per target: a scan of the (few) errors costs less than building a map of them by code.
 */
export function errorsAbout(errors: readonly Issue[], itemCode: string): Issue[] | undefined {
  let about: Issue[] | undefined;
  for (const issue of errors) {
    if (issue.itemCode !== itemCode) continue;
    if (about === undefined) about = [issue];
    else about.push(issue);
  }
  return about;
}

const LISTED = 5;

/** "CT-04 (E12), Kỳ báo cáo (B4), … (+3)": where the errors are, for the award reason. */
export function errorPlaces(errors: readonly Issue[]): string {
  // A report has a handful of errors: each is checked against the ones before it, with no list or
  // Set of places built; a long list of errors has a Set of the places seen.
  const seen = errors.length > 16 ? new Set<string>() : null;
  let shown = '';
  let count = 0;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    if (seen !== null) {
      const where = placeOf(e);
      if (seen.has(where)) continue;
      seen.add(where);
    } else if (placedBefore(errors, i)) continue;
    count++;
    if (count === 1) shown = placeOf(e);
    else if (count <= LISTED) shown += `, ${placeOf(e)}`;
  }
  return count > LISTED ? `${shown}, … (+${count - LISTED})` : shown;
}

/** Whether an error before `errors[i]` has its place. */
function placedBefore(errors: readonly Issue[], i: number): boolean {
  for (let j = 0; j < i; j++) if (samePlace(errors[j]!, errors[i]!)) return true;
  return false;
}

/** The item code, else the header field ("Kỳ báo cáo"), else the issue code; then the cell. */
function placeOf(e: Issue): string {
  const what = placeName(e);
  return e.location.a1 ? `${what} (${e.location.a1})` : what;
}

function placeName(e: Issue): string {
  return e.itemCode ?? e.location.field ?? e.code;
}

/** Whether two errors have the same placeOf, without building it when the parts already tell. */
function samePlace(a: Issue, b: Issue): boolean {
  const whatA = placeName(a);
  const whatB = placeName(b);
  const cellA = a.location.a1 || '';
  const cellB = b.location.a1 || '';
  if (whatA === whatB && cellA === cellB) return true;
  // Different parts can still spell the same place ("X (B4)" with no cell, "X" in B4): compare
  // the words when their lengths agree.
  const lengthA = whatA.length + (cellA === '' ? 0 : cellA.length + 3);
  const lengthB = whatB.length + (cellB === '' ? 0 : cellB.length + 3);
  return lengthA === lengthB && placeOf(a) === placeOf(b);
}

/**
 * No award while the report has errors: every rule of the report's group becomes not eligible and
 * says first which errors block it (the reason returned here; undefined when there are no errors).
 * awardResults (award.ts) puts it in while it builds the rules: their conditions are checked as
 * usual, and the headline is still the rule that would be best without the errors.
 */
export function awardBlock(errors: readonly Issue[]): Message | undefined {
  if (errors.length === 0) return undefined;
  return msg('score.award.blocked-by-errors', { count: errors.length, cells: errorPlaces(errors) });
}

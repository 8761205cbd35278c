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
  const places: string[] = [];
  // A report has a handful of errors: looking through the list beats building a Set for them.
  const seen = errors.length > 16 ? new Set<string>() : null;
  for (const e of errors) {
    // The item code, else the header field ("Kỳ báo cáo"), else the issue code; then the cell.
    const what = e.itemCode ?? e.location.field ?? e.code;
    const where = e.location.a1 ? `${what} (${e.location.a1})` : what;
    if (seen !== null ? seen.has(where) : places.includes(where)) continue;
    seen?.add(where);
    places.push(where);
  }
  // places.slice(0, LISTED).join(', '), without the copy: a report usually has one or two.
  let shown = places[0] ?? '';
  for (let i = 1; i < places.length && i < LISTED; i++) shown += `, ${places[i]}`;
  return places.length > LISTED ? `${shown}, … (+${places.length - LISTED})` : shown;
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

import { msg } from '../messages/index.ts';
import type { Issue } from '../schema/issue.ts';
import type { Report } from '../schema/report.ts';
import type { Scorecard } from '../schema/scorecard.ts';

/**
 * Values flagged as errors never score. Validation puts the report's errors on the report
 * (`Report.errors`); a caller may add more (`extra`). Only severity `error` counts: a warning is
 * worth a look, an error means the figure cannot be right (980% for a percent, numerator >
 * denominator, a negative count, not a number…).
 */
export function reportErrors(report: Report, extra: readonly Issue[] = []): Issue[] {
  const own = report.errors ?? [];
  if (extra.length === 0) return own.filter((i) => i.severity === 'error');
  const seen = new Set<Issue>();
  const out: Issue[] = [];
  for (const issue of [...own, ...extra]) {
    if (issue.severity !== 'error' || seen.has(issue)) continue;
    seen.add(issue);
    out.push(issue);
  }
  return out;
}

/** The errors about each item code (issues about the whole report have no item code). */
export function errorsByItem(errors: readonly Issue[]): ReadonlyMap<string, Issue[]> {
  const byItem = new Map<string, Issue[]>();
  for (const issue of errors) {
    if (issue.itemCode === null) continue;
    const list = byItem.get(issue.itemCode);
    if (list) list.push(issue);
    else byItem.set(issue.itemCode, [issue]);
  }
  return byItem;
}

const LISTED = 5;

/** "CT-04 (E12), Kỳ báo cáo (B4), … (+3)": where the errors are, for the award reason. */
export function errorPlaces(errors: readonly Issue[]): string {
  const places: string[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // The item code, else the header field ("Kỳ báo cáo"), else the issue code; then the cell.
    const what = e.itemCode ?? e.location.field ?? e.code;
    const where = e.location.a1 ? `${what} (${e.location.a1})` : what;
    if (seen.has(where)) continue;
    seen.add(where);
    places.push(where);
  }
  const shown = places.slice(0, LISTED).join(', ');
  return places.length > LISTED ? `${shown}, … (+${places.length - LISTED})` : shown;
}

/**
 * No award while the report has errors: every rule becomes not eligible and says which errors
 * block it, first. Award rules themselves (award.ts) are not changed; this is applied after them.
 */
export function blockAwardOnErrors(award: Scorecard['award'], errors: readonly Issue[]): Scorecard['award'] {
  if (errors.length === 0) return award;
  const reason = msg('score.award.blocked-by-errors', { count: errors.length, cells: errorPlaces(errors) });
  // A rule for another target group stays "not applicable": errors do not make it apply.
  const block = <T extends { eligible: boolean; status: string; reasons: Scorecard['award']['reasons'] }>(r: T): T =>
    r.status === 'not-applicable' ? r : { ...r, eligible: false, status: 'not-eligible', reasons: [reason, ...r.reasons] };
  return { ...block(award), rules: award.rules.map(block) };
}

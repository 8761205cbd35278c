import type { Issue } from '../schema/issue.ts';

/**
 * Many issues of one kind say nothing more than the first few: a 30 MB file of unknown codes must
 * not give (nor hold in memory) hundreds of thousands of lines. The first `ISSUES_PER_CODE` issues of
 * each code are kept; the rest are counted and become one `more-issues` line with their number.
 */
export const ISSUES_PER_CODE = 100;

/**
 * The issue list the rules push into during one validation: it keeps the first issues of each code
 * and counts the others. An error about an item it has not seen with that code yet is always kept
 * (so every flagged item is known to scoring, shared/score/flags.ts).
 */
export class IssueCollector extends Array<Issue> {
  /** Issues counted but not kept, by code. */
  readonly dropped = new Map<string, number>();
  private readonly kept = new Map<string, number>();
  private readonly flagged = new Set<string>();

  // Array methods that build new arrays (map, filter) must give plain arrays.
  static override get [Symbol.species]() {
    return Array;
  }

  override push(...issues: Issue[]): number {
    for (const issue of issues) {
      const n = this.kept.get(issue.code) ?? 0;
      const pair = issue.severity === 'error' && issue.itemCode !== null ? `${issue.itemCode}\u0000${issue.code}` : null;
      if (n < ISSUES_PER_CODE || (pair !== null && !this.flagged.has(pair))) {
        this.kept.set(issue.code, n + 1);
        if (pair !== null) this.flagged.add(pair);
        super.push(issue);
      } else {
        this.dropped.set(issue.code, (this.dropped.get(issue.code) ?? 0) + 1);
      }
    }
    return this.length;
  }
}

/**
 * The issues to show: the first `perCode` of each code (in order), then, in place of the rest (kept
 * beyond that, or already dropped by the collector), one summary issue with their count.
 */
export function capIssues(issues: readonly Issue[], perCode = ISSUES_PER_CODE, dropped: ReadonlyMap<string, number> = new Map()): Issue[] {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    const n = (seen.get(i.code) ?? 0) + 1;
    seen.set(i.code, n);
    const more = Math.max(0, (counts.get(i.code) ?? 0) - perCode) + (dropped.get(i.code) ?? 0);
    if (n <= perCode) {
      out.push(i);
      // The summary follows the last shown issue of its code.
      if (more > 0 && n === Math.min(perCode, counts.get(i.code) ?? 0)) {
        out.push(moreIssues(i, more, perCode));
      }
    }
  }
  return out;
}

function moreIssues(last: Issue, count: number, shown: number): Issue {
  return {
    code: 'more-issues',
    severity: last.severity,
    location: { sheet: last.location.sheet, row: null, column: null, a1: null, field: null },
    itemCode: null,
    message: { key: 'validate.more-issues', params: { count, code: last.code, shown } },
  };
}

/**
 * The errors a report carries for scoring (`Report.errors`): one per item code and issue code is
 * enough to flag the item, so a file with thousands of repeated rows keeps a short list; errors
 * about the whole report are kept up to `perCode` each.
 */
export function errorFlags(issues: readonly Issue[], perCode = ISSUES_PER_CODE): Issue[] {
  const seen = new Set<string>();
  const perKind = new Map<string, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    if (i.itemCode !== null) {
      const key = `${i.itemCode}\u0000${i.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(i);
      continue;
    }
    const n = (perKind.get(i.code) ?? 0) + 1;
    perKind.set(i.code, n);
    if (n <= perCode) out.push(i);
  }
  return out;
}

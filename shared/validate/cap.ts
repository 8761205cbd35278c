import type { Issue } from '../schema/issue.ts';
import { frozenMap } from '../frozen.ts';

/**
 * Many issues of one kind say nothing more than the first few: a 30 MB file of unknown codes must
 * not give (nor hold in memory) hundreds of thousands of lines. The first `ISSUES_PER_CODE` issues of
 * each code are kept; the rest are counted and become one `more-issues` line with their number.
 */
export const ISSUES_PER_CODE = 100;

/**
 * The issue list the rules push into during one validation: it keeps the first issues of each code
 * and counts the others. An error about an item it has not seen with that code yet is always kept
 * (so every flagged item is known to scoring, shared/score/flags.ts). A plain class around a plain
 * array: cheaper to fill and to sort than an Array subclass, for the handful of issues of a report.
 */
export class IssueCollector {
  /** The issues kept, in the order they were pushed. */
  readonly list: Issue[] = [];
  // Counting starts only once the list holds ISSUES_PER_CODE issues: before that no code can have
  // reached its cap, so an ordinary report never builds these maps.
  #kept: Map<string, number> | null = null;
  #flagged: Set<string> | null = null;
  #dropped: Map<string, number> | null = null;

  /** Issues counted but not kept, by code. */
  get dropped(): ReadonlyMap<string, number> {
    return this.#dropped ?? NONE_DROPPED;
  }

  push(...issues: Issue[]): number {
    const list = this.list;
    for (const issue of issues) {
      if (this.#kept === null && list.length < ISSUES_PER_CODE) {
        list.push(issue);
        continue;
      }
      const kept = this.#kept ?? this.#startCounting();
      const flagged = this.#flagged!;
      const n = kept.get(issue.code) ?? 0;
      const pair = flagPair(issue);
      if (n < ISSUES_PER_CODE || (pair !== null && !flagged.has(pair))) {
        kept.set(issue.code, n + 1);
        if (pair !== null) flagged.add(pair);
        list.push(issue);
      } else {
        const dropped = (this.#dropped ??= new Map());
        dropped.set(issue.code, (dropped.get(issue.code) ?? 0) + 1);
      }
    }
    return list.length;
  }

  /** The counts of the issues kept so far (all of them: none was dropped before counting began). */
  #startCounting(): Map<string, number> {
    const kept = new Map<string, number>();
    const flagged = new Set<string>();
    for (const issue of this.list) {
      kept.set(issue.code, (kept.get(issue.code) ?? 0) + 1);
      const pair = flagPair(issue);
      if (pair !== null) flagged.add(pair);
    }
    this.#kept = kept;
    this.#flagged = flagged;
    return kept;
  }
}

const NONE_DROPPED: ReadonlyMap<string, number> = frozenMap();

/** An error about an item: its item and issue code, the pair that flags the item for scoring. */
function flagPair(issue: Issue): string | null {
  return issue.severity === 'error' && issue.itemCode !== null ? `${issue.itemCode}\u0000${issue.code}` : null;
}

/**
 * The issues to show: the first `perCode` of each code (in order), then, in place of the rest (kept
 * beyond that, or already dropped by the collector), one summary issue with their count.
 */
export function capIssues(issues: readonly Issue[], perCode = ISSUES_PER_CODE, dropped: ReadonlyMap<string, number> = NONE_DROPPED): Issue[] {
  // Fewer issues than the cap and none dropped: nothing to sum up (every ordinary report).
  if (issues.length <= perCode && dropped.size === 0) return issues.slice();
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
  if (issues.length <= perCode) return shortErrorFlags(issues);
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

/** errorFlags of a list shorter than the cap: only the item errors can repeat, found by a scan. */
function shortErrorFlags(issues: readonly Issue[]): Issue[] {
  // Sized for the errors up front: the list is kept in the report, and an array grown by push
  // would keep room for 17.
  let errors = 0;
  for (let k = 0; k < issues.length; k++) if (issues[k]!.severity === 'error') errors++;
  if (errors === 0) return [];
  const out = new Array<Issue>(errors);
  let n = 0;
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k]!;
    if (i.severity !== 'error') continue;
    if (i.itemCode !== null && repeats(out, n, i)) continue;
    out[n++] = i;
  }
  if (n < errors) out.length = n; // repeats left out (a runtime call: only when needed)
  return out;
}

/** Whether the first n flags already hold an error of the same item and code. */
function repeats(flags: readonly Issue[], n: number, issue: Issue): boolean {
  for (let k = 0; k < n; k++) if (flags[k]!.itemCode === issue.itemCode && flags[k]!.code === issue.code) return true;
  return false;
}

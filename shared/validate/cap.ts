import type { Issue } from '../schema/issue.ts';

/**
 * Many issues of one kind say nothing more than the first few: a 30 MB file of unknown codes must
 * not give a million lines. The first `perCode` issues of each code are kept (in order); the rest
 * become one summary issue with their count, at the place of the first one left out.
 */
export const ISSUES_PER_CODE = 100;

export function capIssues(issues: readonly Issue[], perCode = ISSUES_PER_CODE): Issue[] {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  let over = false;
  for (const n of counts.values()) if (n > perCode) over = true;
  if (!over) return [...issues];
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    const n = (seen.get(i.code) ?? 0) + 1;
    seen.set(i.code, n);
    if (n <= perCode) out.push(i);
    else if (n === perCode + 1) {
      const more = (counts.get(i.code) ?? 0) - perCode;
      out.push({
        code: 'more-issues',
        severity: i.severity,
        location: { ...i.location },
        itemCode: null,
        message: { key: 'validate.more-issues', params: { count: more, code: i.code, shown: perCode } },
      });
    }
  }
  return out;
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

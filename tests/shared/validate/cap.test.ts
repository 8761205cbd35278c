// Repeated issues are capped per code with a count, and no flagged item is ever lost to the cap.
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/schema/issue.ts';
import { capIssues, errorFlags, IssueCollector, ISSUES_PER_CODE } from '../../../shared/validate/cap.ts';

const issue = (code: string, row: number, itemCode: string | null = null, severity: Issue['severity'] = 'warning'): Issue => ({
  code,
  severity,
  location: { sheet: 'Báo cáo', row, column: 1, a1: `A${row}`, field: null },
  itemCode,
  message: { key: 'x', params: {} },
});

describe('issue caps', () => {
  it('keeps the first issues of a code and sums up the rest in one line with their count', () => {
    const collector = new IssueCollector();
    for (let r = 1; r <= 250; r++) collector.push(issue('unknown-item-code', r));
    collector.push(issue('value-missing', 300));
    const shown = capIssues(collector.list, ISSUES_PER_CODE, collector.dropped);
    expect(shown.filter((i) => i.code === 'unknown-item-code')).toHaveLength(ISSUES_PER_CODE);
    const more = shown.filter((i) => i.code === 'more-issues');
    expect(more).toHaveLength(1);
    expect(more[0]!.message.params).toEqual({ count: 150, code: 'unknown-item-code', shown: ISSUES_PER_CODE });
    expect(shown.at(-1)!.code).toBe('value-missing');
  });

  it('never drops the first error about an item, even past the cap', () => {
    const collector = new IssueCollector();
    for (let r = 1; r <= 200; r++) collector.push(issue('duplicate-item-code', r, 'CT-01', 'error'));
    collector.push(issue('duplicate-item-code', 500, 'CT-09', 'error'));
    expect(errorFlags(collector.list).map((i) => i.itemCode)).toEqual(['CT-01', 'CT-09']);
  });

  it('leaves short lists as they are', () => {
    const list = [issue('a', 1), issue('b', 2)];
    expect(capIssues(list)).toEqual(list);
  });
});

import { describe, expect, it } from 'vitest';
import { cellIssue, NO_PARAMS } from '../../../shared/validate/issue.ts';
import type { ReportCell } from '../../../shared/schema/report.ts';

const cell: ReportCell = { raw: '', location: Object.freeze({ sheet: 'Báo cáo', row: 12, column: 5, a1: 'E12', field: 'Giá trị' }) };
const noColumn: ReportCell = { raw: '', location: Object.freeze({ sheet: null, row: 3, column: null, a1: null, field: null }) };

describe('cellIssue', () => {
  it('without own parameters (NO_PARAMS) gives what an empty parameter object gives, key order included', () => {
    for (const c of [cell, noColumn]) {
      for (const code of ['VP-01', null]) {
        const shared = cellIssue('value-missing', 'warning', c, code, 'validate.value-missing', NO_PARAMS);
        const fresh = cellIssue('value-missing', 'warning', c, code, 'validate.value-missing', {});
        expect(JSON.stringify(shared)).toBe(JSON.stringify(fresh));
        expect(shared).toEqual(fresh);
        expect(Object.keys(shared.message.params)).toEqual(['a1', 'fieldVi', 'fieldEn', 'code']);
        // Each issue has its own objects: never NO_PARAMS itself, never the cell's location.
        expect(shared.message.params).not.toBe(NO_PARAMS);
        expect(Object.isFrozen(shared.message.params)).toBe(false);
        expect(shared.location).not.toBe(c.location);
        expect(shared.location).toEqual(c.location);
      }
    }
    expect(NO_PARAMS).toEqual({});
    expect(Object.isFrozen(NO_PARAMS)).toBe(true);
  });

  it('puts its own parameters after the cell ones, in their order', () => {
    const issue = cellIssue('value-above-maximum', 'error', cell, 'VP-01', 'validate.above-maximum', { raw: '"980"', value: 980, max: 100 });
    expect(issue.message.params).toEqual({ a1: 'E12', fieldVi: 'Giá trị', fieldEn: 'Value', code: 'VP-01', raw: '"980"', value: 980, max: 100 });
    expect(Object.keys(issue.message.params)).toEqual(['a1', 'fieldVi', 'fieldEn', 'code', 'raw', 'value', 'max']);
  });
});

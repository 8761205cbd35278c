import { describe, expect, it } from 'vitest';
import { both, hasMessage } from '../../../shared/messages/index.ts';
import type { Issue } from '../../../shared/schema/issue.ts';
import type { Rule } from '../../../shared/schema/rule.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import { defaultRules, loadRules } from '../../../shared/validate/rules.ts';
import { check, communeGrid, ROW, tableOf } from './helpers.ts';
import { indicators, plan } from './plan-fixture.ts';

const COMPLETE = {
  T1: { value: '85%' },
  T2: { numerator: 40, denominator: 50 },
  T3: { value: '5' },
  T4: { value: 'có', evidence: 'QĐ 15/2024' },
  'T5-X': { value: 0.6 },
  C1: { value: 'x' },
  C2: { value: 'không' },
} as const;

function at(issue: Issue | undefined) {
  return issue && { code: issue.code, severity: issue.severity, ...issue.location, itemCode: issue.itemCode };
}

describe('validateReport: the parsed report', () => {
  it('reads values as numbers, booleans and null, and fills a percent from its counts', () => {
    const { report, issues, valid } = check(communeGrid({ ...COMPLETE, C2: {} }), null);
    expect(report.unit).toEqual({ name: 'Xã Một', code: 'X.01', level: 'commune', group: 'agency' });
    expect(report.period).toBe('2024');
    expect(report.planId).toBe('thu-nghiem-2024');
    expect(report.sheet).toBe('Báo cáo');
    expect(report.items).toEqual({
      T1: { code: 'T1', numerator: null, denominator: null, value: 85, evidence: null, row: 9 },
      T2: { code: 'T2', numerator: 40, denominator: 50, value: 80, evidence: null, row: 10 },
      T3: { code: 'T3', numerator: null, denominator: null, value: 5, evidence: null, row: 11 },
      T4: { code: 'T4', numerator: null, denominator: null, value: true, evidence: 'QĐ 15/2024', row: 12 },
      'T5-X': { code: 'T5-X', numerator: null, denominator: null, value: 60, evidence: null, row: 13 },
      C1: { code: 'C1', numerator: null, denominator: null, value: true, evidence: null, row: 14 },
      C2: { code: 'C2', numerator: null, denominator: null, value: null, evidence: null, row: 15 },
    });
    expect(valid).toBe(true);
    expect(issues.map((i) => i.code).sort()).toEqual(['completeness', 'share-read-as-percent', 'value-missing']);
  });

  it('never reads a missing or unreadable value as 0', () => {
    const { report } = check(communeGrid({ T1: { value: '#N/A' }, T2: { numerator: 'abc', denominator: 50 }, T3: { value: '-' } }), null);
    expect(report.items.T1?.value).toBeNull();
    expect(report.items.T2).toMatchObject({ numerator: null, denominator: 50, value: null });
    expect(report.items.T3?.value).toBeNull();
  });

  it('leaves the value null on a zero denominator (scoring applies the indicator policy)', () => {
    const { report } = check(communeGrid({ T2: { numerator: 0, denominator: 0 } }), []);
    expect(report.items.T2).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('finds codes ignoring case and spaces, and by the indicator id of a single target', () => {
    const grid = communeGrid({ T1: { value: 70 } });
    grid[ROW.T1 - 1]![0] = ' t1 ';
    grid[ROW.T2 - 1]![0] = 'FULL_ONLINE_DOSSIER_RATE';
    grid[ROW.T2 - 1]![4] = 55;
    const { report, issues } = check(grid, ['unknown-code']);
    expect(report.items.T1?.value).toBe(70);
    expect(report.items.T2?.value).toBe(55);
    expect(issues).toEqual([]);
  });

  it('does not change its input and gives the same result twice', () => {
    const table = tableOf(communeGrid({ T1: { value: '0,855' }, T2: { numerator: 60, denominator: 50 } }));
    const before = structuredClone(table);
    const a = validateReportWith(table, plan, { indicators });
    const b = validateReportWith(table, plan, { indicators });
    expect(table).toEqual(before);
    expect(b).toEqual(a);
    // Issues do not share location objects with the table.
    const issue = a.issues.find((i) => i.code === 'share-read-as-percent')!;
    expect(issue.location).not.toBe(table.rows[0]!.cells.value.location);
  });

  it('is valid only without errors', () => {
    expect(check(communeGrid(COMPLETE), null).valid).toBe(true);
    expect(check(communeGrid({ ...COMPLETE, T1: { value: 'abc' } }), null).valid).toBe(false);
  });

  it('orders issues by position: report-wide first, then row and column', () => {
    const { issues } = check(communeGrid({ T3: { value: 'abc' }, T1: { numerator: 60, denominator: 50, value: 'x' } }), null);
    const rows = issues.map((i) => i.location.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });
});

describe('rule: type', () => {
  it('quotes a value that is not a number at its cell, in both languages', () => {
    const { issues } = check(communeGrid({ T1: { value: '85,5,1' } }), ['type']);
    expect(issues).toHaveLength(1);
    expect(at(issues[0])).toEqual({ code: 'not-a-number', severity: 'error', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' });
    expect(both(issues[0]!.message)).toEqual({
      vi: "Ô E9 (Giá trị): '85,5,1' không phải là số. Hãy nhập một số, ví dụ 85,5 hoặc 85,5%.",
      en: "Cell E9 (Value): '85,5,1' is not a number. Enter a number such as 85.5 or 85.5%.",
    });
  });

  it('checks counts, yes/no answers and spreadsheet errors', () => {
    const { issues } = check(communeGrid({ T2: { numerator: '4o', denominator: '#DIV/0!' }, T4: { value: 'có lẽ' } }), ['type']);
    expect(issues.map(at)).toEqual([
      { code: 'not-a-number', severity: 'error', sheet: 'Báo cáo', row: 10, column: 3, a1: 'C10', field: 'Tử số', itemCode: 'T2' },
      { code: 'spreadsheet-error', severity: 'error', sheet: 'Báo cáo', row: 10, column: 4, a1: 'D10', field: 'Mẫu số', itemCode: 'T2' },
      { code: 'not-a-yes-no', severity: 'error', sheet: 'Báo cáo', row: 12, column: 5, a1: 'E12', field: 'Giá trị', itemCode: 'T4' },
    ]);
    expect(both(issues[1]!.message).en).toBe("Cell D10 (Denominator): the formula returns the error '#DIV/0!'. Fix the formula or type the value.");
    expect(both(issues[2]!.message).vi).toBe("Ô E12 (Giá trị): 'có lẽ' không phải là câu trả lời có/không. Hãy nhập “có” hoặc “không”.");
  });

  it('says how a share was read (info)', () => {
    const { issues, report } = check(communeGrid({ T1: { value: '0,855' } }), ['type']);
    expect(report.items.T1?.value).toBe(85.5);
    expect(issues.map(at)).toEqual([{ code: 'share-read-as-percent', severity: 'info', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' }]);
    expect(both(issues[0]!.message).vi).toBe("Ô E9 (Giá trị): '0,855' được hiểu là tỷ lệ 85,5%. Nếu muốn nhập dưới 1%, hãy gõ kèm dấu %, ví dụ 0,5%.");
  });

  it('warns about a % sign on a count', () => {
    const { issues } = check(communeGrid({ T3: { value: '5%' } }), ['type']);
    expect(issues.map(at)).toEqual([{ code: 'percent-sign-unexpected', severity: 'warning', sheet: 'Báo cáo', row: 11, column: 5, a1: 'E11', field: 'Giá trị', itemCode: 'T3' }]);
  });
});

describe('rule: range', () => {
  it('keeps a percent within 0–100', () => {
    const { issues } = check(communeGrid({ T1: { value: '120%' } }), ['range']);
    expect(issues.map(at)).toEqual([{ code: 'value-above-maximum', severity: 'error', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' }]);
    expect(both(issues[0]!.message).vi).toBe("Ô E9 (Giá trị): '120%' lớn hơn 100%. Tỷ lệ phải từ 0 đến 100%.");
  });

  it('rejects negatives in values and counts, and non-whole counts', () => {
    const { issues } = check(communeGrid({ T1: { value: -5 }, T2: { numerator: '-1', denominator: 10 }, T3: { value: '2,5' } }), ['range']);
    expect(issues.map(at)).toEqual([
      { code: 'negative-value', severity: 'error', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' },
      { code: 'negative-value', severity: 'error', sheet: 'Báo cáo', row: 10, column: 3, a1: 'C10', field: 'Tử số', itemCode: 'T2' },
      { code: 'value-not-whole', severity: 'error', sheet: 'Báo cáo', row: 11, column: 5, a1: 'E11', field: 'Giá trị', itemCode: 'T3' },
    ]);
    expect(both(issues[2]!.message).en).toBe("Cell E11 (Value): '2,5' is not a whole number. A count is a whole number, e.g. 1234 (written 1.234 in Vietnamese).");
  });

  it('applies a minimum other than 0 and leaves units not named alone', () => {
    const rule: Rule = { id: 'min-ten', kind: 'range', severity: 'warning', units: ['count'], fields: ['value'], min: 10, integer: false };
    const r = validateReportWith(tableOf(communeGrid({ T3: { value: 5 }, T1: { value: 5 } })), plan, { rules: [rule], indicators });
    expect(r.issues.map(at)).toEqual([{ code: 'value-below-minimum', severity: 'warning', sheet: 'Báo cáo', row: 11, column: 5, a1: 'E11', field: 'Giá trị', itemCode: 'T3' }]);
  });
});

describe('rule: numerator-le-denominator', () => {
  it('flags a numerator larger than its denominator at the numerator cell', () => {
    const { issues } = check(communeGrid({ T1: { numerator: 60, denominator: 50 } }), ['numerator-le-denominator']);
    expect(issues.map(at)).toEqual([{ code: 'numerator-exceeds-denominator', severity: 'error', sheet: 'Báo cáo', row: 9, column: 3, a1: 'C9', field: 'Tử số', itemCode: 'T1' }]);
    expect(both(issues[0]!.message).vi).toBe('Ô C9 (Tử số): tử số 60 lớn hơn mẫu số 50 (ô D9); tỷ lệ không thể vượt 100%.');
  });

  it('explains a zero denominator with the indicator policy (info)', () => {
    const { issues } = check(communeGrid({ T1: { numerator: 0, denominator: 0 }, T2: { numerator: 0, denominator: 0 } }), ['numerator-le-denominator']);
    expect(issues.map(at)).toEqual([
      { code: 'zero-denominator', severity: 'info', sheet: 'Báo cáo', row: 9, column: 4, a1: 'D9', field: 'Mẫu số', itemCode: 'T1' },
      { code: 'zero-denominator', severity: 'info', sheet: 'Báo cáo', row: 10, column: 4, a1: 'D10', field: 'Mẫu số', itemCode: 'T2' },
    ]);
    expect(both(issues[0]!.message).en).toBe('Cell D9 (Denominator): the denominator is 0, so item T1 has no ratio; by its rule it scores full points.');
    expect(issues[1]!.message.key).toBe('validate.zero-denominator');
  });
});

describe('rule: compulsory-pair', () => {
  it('asks for the missing half of the counts at its cell', () => {
    const { issues } = check(communeGrid({ T1: { numerator: 40 }, T2: { denominator: 50 } }), ['compulsory-pair']);
    expect(issues.map(at)).toEqual([
      { code: 'denominator-missing', severity: 'warning', sheet: 'Báo cáo', row: 9, column: 4, a1: 'D9', field: 'Mẫu số', itemCode: 'T1' },
      { code: 'numerator-missing', severity: 'warning', sheet: 'Báo cáo', row: 10, column: 3, a1: 'C10', field: 'Tử số', itemCode: 'T2' },
    ]);
    expect(both(issues[0]!.message).vi).toBe('Ô D9 (Mẫu số): đã có tử số (ô C9) nhưng thiếu mẫu số.');
  });
});

describe('rule: value-matches-counts', () => {
  it('flags a typed value far from its counts, within the tolerance otherwise', () => {
    const far = check(communeGrid({ T1: { numerator: 40, denominator: 50, value: 90 } }), ['value-matches-counts']);
    expect(far.issues.map(at)).toEqual([{ code: 'value-disagrees-with-counts', severity: 'error', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' }]);
    expect(both(far.issues[0]!.message).vi).toBe('Ô E9 (Giá trị): giá trị 90% khác với tử số ÷ mẫu số = 40 ÷ 50 = 80% (lệch quá 0,5 điểm). Hãy kiểm tra lại.');
    expect(far.report.items.T1?.value).toBe(90);
    const near = check(communeGrid({ T1: { numerator: 1, denominator: 3, value: '33,3%' } }), ['value-matches-counts']);
    expect(near.issues).toEqual([]);
  });
});

describe('rule: comparison (cross-item consistency)', () => {
  it('checks fully online ≤ online dossiers across items, at the left cell', () => {
    const { issues } = check(communeGrid({ T1: { numerator: 40, denominator: 100 }, T2: { numerator: 45, denominator: 60 } }), ['comparison']);
    expect(issues.map(at)).toEqual([{ code: 'comparison-failed', severity: 'warning', sheet: 'Báo cáo', row: 10, column: 3, a1: 'C10', field: 'Tử số', itemCode: 'T2' }]);
    expect(both(issues[0]!.message).vi).toBe('Ô C10: Tử số của chỉ tiêu T2 (45) phải không lớn hơn Tử số của chỉ tiêu T1 (40, ô C9).');
    const ok = check(communeGrid({ T1: { numerator: 40, denominator: 100 }, T2: { numerator: 30, denominator: 60 } }), ['comparison']);
    expect(ok.issues).toEqual([]);
  });

  it('follows the missing-value strategy and never reads a missing side as 0', () => {
    const grid = communeGrid({ T2: { numerator: 45, denominator: 60 } });
    expect(check(grid, ['comparison']).issues).toEqual([]);
    const never: Rule = {
      id: 'never',
      kind: 'comparison',
      severity: 'warning',
      left: { item: 'T2', field: 'numerator' },
      operator: '<=',
      right: { item: 'ONLINE_DOSSIER_RATE', field: 'numerator' },
      missingValueStrategy: 'never-skip',
    };
    const r = validateReportWith(tableOf(grid), plan, { rules: [never], indicators });
    expect(r.issues.map(at)).toEqual([{ code: 'comparison-missing-value', severity: 'warning', sheet: 'Báo cáo', row: 10, column: 3, a1: 'C10', field: 'Tử số', itemCode: 'T2' }]);
    const allMissing: Rule = { ...never, missingValueStrategy: 'skip-if-all-missing' };
    expect(validateReportWith(tableOf(communeGrid()), plan, { rules: [allMissing], indicators }).issues).toEqual([]);
  });

  it('skips a rule whose items the plan does not have', () => {
    const rule: Rule = { id: 'x', kind: 'comparison', severity: 'error', left: { item: 'NOPE', field: 'value' }, operator: '<', right: { item: 'T1', field: 'value' }, missingValueStrategy: 'never-skip' };
    expect(validateReportWith(tableOf(communeGrid()), plan, { rules: [rule], indicators }).issues).toEqual([]);
  });
});

describe('rule: header', () => {
  it('requires unit name, period, plan id and level where the officer types them', () => {
    const grid = communeGrid(COMPLETE);
    grid[1]![1] = '';
    grid[4]![1] = '  ';
    grid[5]![1] = '';
    grid[3]![1] = '';
    const { issues } = check(grid, ['header']);
    expect(issues.map(at)).toEqual([
      { code: 'unit-name-missing', severity: 'error', sheet: 'Báo cáo', row: 2, column: 2, a1: 'B2', field: 'Đơn vị', itemCode: null },
      { code: 'level-missing', severity: 'error', sheet: 'Báo cáo', row: 4, column: 2, a1: 'B4', field: 'Cấp', itemCode: null },
      { code: 'period-missing', severity: 'error', sheet: 'Báo cáo', row: 5, column: 2, a1: 'B5', field: 'Kỳ báo cáo', itemCode: null },
      { code: 'plan-id-missing', severity: 'error', sheet: 'Báo cáo', row: 6, column: 2, a1: 'B6', field: 'Kế hoạch', itemCode: null },
    ]);
    expect(both(issues[0]!.message)).toEqual({ vi: 'Ô B2 (Đơn vị): chưa điền Đơn vị.', en: 'Cell B2 (Unit): the Unit is not filled in.' });
  });

  it('says when a header label is absent', () => {
    const grid = communeGrid(COMPLETE);
    grid[4]![0] = 'Ghi chú';
    const { issues } = check(grid, ['header']);
    expect(issues.map(at)).toEqual([{ code: 'period-missing', severity: 'error', sheet: 'Báo cáo', row: null, column: null, a1: null, field: 'Kỳ báo cáo', itemCode: null }]);
    expect(both(issues[0]!.message).vi).toBe('Phần đầu báo cáo thiếu ô “Kỳ báo cáo”. Hãy thêm nhãn “Kỳ báo cáo” và ghi giá trị ở ô bên phải.');
  });

  it('checks the plan id against the plan used and the level against known levels', () => {
    const grid = communeGrid(COMPLETE);
    grid[5]![1] = 'van-phuc-2023-2025';
    grid[3]![1] = 'thành phố';
    const { issues } = check(grid, ['header']);
    expect(issues.map(at)).toEqual([
      { code: 'level-invalid', severity: 'error', sheet: 'Báo cáo', row: 4, column: 2, a1: 'B4', field: 'Cấp', itemCode: null },
      { code: 'plan-id-mismatch', severity: 'error', sheet: 'Báo cáo', row: 6, column: 2, a1: 'B6', field: 'Kế hoạch', itemCode: null },
    ]);
    expect(both(issues[1]!.message).en).toBe("Cell B6 (Plan): the report names the plan 'van-phuc-2023-2025' but is being checked against the plan 'thu-nghiem-2024'.");
    grid[5]![1] = ' THU-NGHIEM-2024 ';
    grid[3]![1] = 'Thị trấn';
    expect(check(grid, ['header']).issues).toEqual([]);
  });

  it.each([
    ['xã', 'commune'], ['Phường', 'commune'], ['thị trấn', 'commune'], ['cấp xã', 'commune'],
    ['huyện', 'district'], ['Quận', 'district'], ['thị xã', 'district'], ['tỉnh', 'province'], ['Province', 'province'],
  ])('reads the level %s as %s', (text, level) => {
    const grid = communeGrid();
    grid[3]![1] = text;
    expect(check(grid, []).report.unit.level).toBe(level);
  });
});

describe('rules: duplicate-code and unknown-code', () => {
  it('reads the first row of a repeated code and reports the repeat', () => {
    const grid = communeGrid({ T1: { value: 70 } }, [['T1', 'lặp', '', '', 90, '', '']]);
    const { issues, report } = check(grid, ['duplicate-code']);
    expect(report.items.T1?.value).toBe(70);
    expect(issues.map(at)).toEqual([{ code: 'duplicate-item-code', severity: 'error', sheet: 'Báo cáo', row: 16, column: 1, a1: 'A16', field: 'Mã chỉ tiêu', itemCode: 'T1' }]);
    expect(both(issues[0]!.message).vi).toBe("Ô A16 (Mã chỉ tiêu): mã 'T1' đã có ở dòng 9; chỉ dòng đầu tiên được tính.");
  });

  it('reports unknown codes, targets for another level and values without a code', () => {
    const grid = communeGrid({}, [
      ['ZZ9', 'lạ', '', '', 5, '', ''],
      ['T5-H', 'huyện', '', '', 80, '', ''],
      ['', 'không mã', 3, 4, '', '', ''],
      ['', 'I. Tiêu đề mục', '', '', '', '', ''],
    ]);
    const { issues, report } = check(grid, ['unknown-code']);
    expect(issues.map(at)).toEqual([
      { code: 'unknown-item-code', severity: 'warning', sheet: 'Báo cáo', row: 16, column: 1, a1: 'A16', field: 'Mã chỉ tiêu', itemCode: 'ZZ9' },
      { code: 'item-not-for-level', severity: 'warning', sheet: 'Báo cáo', row: 17, column: 1, a1: 'A17', field: 'Mã chỉ tiêu', itemCode: 'T5-H' },
      { code: 'item-code-missing', severity: 'warning', sheet: 'Báo cáo', row: 18, column: 1, a1: 'A18', field: 'Mã chỉ tiêu', itemCode: null },
    ]);
    expect(both(issues[1]!.message).vi).toBe('Ô A17 (Mã chỉ tiêu): chỉ tiêu T5-H dành cho cấp huyện, báo cáo này là cấp xã; dòng này không được tính.');
    expect(report.items['ZZ9']).toBeUndefined();
    expect(report.items['T5-H']).toBeUndefined();
  });
});

describe('rule: required', () => {
  it('reports an item row left empty at its value cell', () => {
    const { issues } = check(communeGrid({ ...COMPLETE, T3: {}, C2: {} }), ['required']);
    expect(issues.map(at)).toEqual([
      { code: 'value-missing', severity: 'warning', sheet: 'Báo cáo', row: 11, column: 5, a1: 'E11', field: 'Giá trị', itemCode: 'T3' },
      { code: 'value-missing', severity: 'warning', sheet: 'Báo cáo', row: 15, column: 5, a1: 'E15', field: 'Giá trị', itemCode: 'C2' },
    ]);
    expect(issues.map((i) => i.message.key)).toEqual(['validate.value-missing', 'validate.answer-missing']);
  });
});

describe('rule: completeness', () => {
  it('warns under the threshold and lists what is missing', () => {
    const { issues } = check(communeGrid({ T1: { value: 80 }, T2: { numerator: 0, denominator: 0 } }), ['completeness']);
    expect(issues).toEqual([
      {
        code: 'completeness-low',
        severity: 'warning',
        location: { sheet: 'Báo cáo', row: null, column: null, a1: null, field: null },
        itemCode: null,
        message: { key: 'validate.completeness-low', params: { reported: 2, expected: 7, percent: 28.6, threshold: 80, missing: 'T3, T4, T5-X, C1, C2' } },
      },
    ]);
    expect(both(issues[0]!.message).vi).toBe('Báo cáo có số liệu cho 2/7 chỉ tiêu (28,6%), dưới mức 80%. Còn thiếu: T3, T4, T5-X, C1, C2.');
  });

  it('is an info line at or above the threshold', () => {
    const { issues } = check(communeGrid(COMPLETE), ['completeness']);
    expect(issues.map((i) => [i.code, i.severity, i.message.params.percent])).toEqual([['completeness', 'info', 100]]);
  });
});

describe('rule: outlier', () => {
  it('warns when a percent moves more than N points or a number more than X%', () => {
    const previous = check(communeGrid({ T1: { value: 40 }, T3: { value: 10 }, 'T5-X': { value: 55 } }), []).report;
    const { issues } = check(communeGrid({ T1: { value: 85 }, T3: { value: 25 }, 'T5-X': { value: 60 } }), ['outlier'], { previous });
    expect(issues.map(at)).toEqual([
      { code: 'outlier-change', severity: 'warning', sheet: 'Báo cáo', row: 9, column: 5, a1: 'E9', field: 'Giá trị', itemCode: 'T1' },
      { code: 'outlier-change', severity: 'warning', sheet: 'Báo cáo', row: 11, column: 5, a1: 'E11', field: 'Giá trị', itemCode: 'T3' },
    ]);
    expect(both(issues[0]!.message).vi).toBe('Ô E9 (Giá trị): chỉ tiêu T1 thay đổi 45 điểm phần trăm so với kỳ trước (40% → 85%), hơn mức 30 điểm. Hãy kiểm tra lại.');
    expect(both(issues[1]!.message).en).toBe('Cell E11 (Value): item T3 changed by 150% since the previous report (10 → 25), more than 100%. Please check.');
    expect(check(communeGrid({ T1: { value: 85 } }), ['outlier']).issues).toEqual([]);
  });
});

describe('rule data', () => {
  it('loads the bundled rule files through the schema', () => {
    const kinds = new Set(defaultRules.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(
      ['comparison', 'completeness', 'compulsory-pair', 'duplicate-code', 'header', 'numerator-le-denominator', 'outlier', 'range', 'required', 'type', 'unknown-code', 'value-matches-counts'].sort(),
    );
    expect(new Set(defaultRules.map((r) => r.id)).size).toBe(defaultRules.length);
  });

  it('rejects a malformed rule with the path of the problem', () => {
    expect(loadRules([{ id: 'r', kind: 'range', severity: 'error', units: [], fields: ['value'] }]).error).toContain('0.units');
    expect(loadRules([{ id: 'r', kind: 'nope', severity: 'error' }]).rules).toBeNull();
    expect(loadRules([{ id: 'r', kind: 'completeness', severity: 'warning', threshold: 50 }]).rules).toHaveLength(1);
  });

  it('gives every issue a known message that renders fully in both languages', () => {
    const grid = communeGrid(
      { T1: { numerator: 60, denominator: 50, value: '0,855' }, T2: { numerator: 70, denominator: '#REF!' }, T3: { value: '2,5%' }, T4: { value: 'có lẽ' }, C1: {} },
      [['T1', '', '', '', 1, '', ''], ['ZZ', '', '', '', 1, '', ''], ['', '', 1, '', '', '', '']],
    );
    grid[3]![1] = 'thành phố';
    grid[5]![1] = 'khac';
    const previous = check(communeGrid({ T1: { value: 10 } }), []).report;
    const { issues } = check(grid, null, { previous });
    expect(issues.length).toBeGreaterThan(8);
    for (const issue of issues) {
      expect(hasMessage(issue.message.key), issue.message.key).toBe(true);
      const text = both(issue.message);
      expect(text.vi, issue.message.key).not.toMatch(/\{\w+\}/);
      expect(text.en, issue.message.key).not.toMatch(/\{\w+\}/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { GROUP_WORDS, parseGroup } from '../../../shared/parse/group.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { validateReportWith } from '../../../shared/validate/validate-report.ts';
import { validateReport } from '../../../shared/validate/index.ts';
import { getPlan } from '../../../shared/data/index.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { t } from '../../../shared/messages/index.ts';
import { plan } from '../validate/plan-fixture.ts';
import { communeGrid, tableOf } from '../validate/helpers.ts';

describe('parseGroup (`Đối tượng`)', () => {
  it('reads the five groups ignoring accents, case, spacing and punctuation', () => {
    expect(parseGroup('Cơ quan, đơn vị')).toBe('agency');
    expect(parseGroup('CO QUAN DON VI')).toBe('agency');
    expect(parseGroup('thôn, xóm')).toBe('village');
    expect(parseGroup(' Xom ')).toBe('village');
    expect(parseGroup('Doanh nghiệp')).toBe('enterprise');
    expect(parseGroup('cá nhân')).toBe('individual');
    expect(parseGroup('KHÁC')).toBe('other');
    expect(parseGroup('Đối tượng khác')).toBe('other');
  });

  it('a blank cell is null (= cơ quan, đơn vị); text naming no group is undefined, never a guess', () => {
    expect(parseGroup(null)).toBeNull();
    expect(parseGroup('   ')).toBeNull();
    expect(parseGroup('hợp tác xã')).toBeUndefined();
    expect(parseGroup(3)).toBeUndefined();
  });

  it('reads back every word the template writes', () => {
    for (const [group, words] of Object.entries(GROUP_WORDS)) expect(parseGroup(words.vi)).toBe(group);
  });
});

describe('the `Đối tượng` header field', () => {
  it('is found under its aliases and in the "Label: value" form', () => {
    const grid = [['Đơn vị', 'Xóm Đông'], ['Doi tuong thi dua', 'thôn, xóm'], ['Kế hoạch', 'thu-nghiem-2024'], [], ['Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị']];
    expect(readReportTable(grid, 'S').table!.header.group?.raw).toBe('thôn, xóm');
    const colon = [['Đơn vị: Xóm Đông'], ['Đối tượng: doanh nghiệp'], [], ['Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị']];
    expect(readReportTable(colon, 'S').table!.header.group?.raw).toBe('doanh nghiệp');
  });

  it('goes into the report; an unknown group is an error at its cell, in both languages', () => {
    const grid = communeGrid();
    grid[3]![3] = 'xóm';
    expect(validateReportWith(tableOf(grid), plan).report.unit.group).toBe('village');
    grid[3]![3] = 'hợp tác xã';
    const result = validateReportWith(tableOf(grid), plan);
    const issue = result.issues.find((i) => i.code === 'group-invalid')!;
    expect(issue).toMatchObject({ severity: 'error', location: { a1: 'D4', field: 'Đối tượng' } });
    expect(t(issue.message, 'vi')).toContain("'hợp tác xã' không phải là đối tượng hợp lệ");
    expect(t(issue.message, 'en')).toContain('is not a valid target group');
    expect(result.report.unit.group).toBeUndefined();
  });
});

describe('completeness counts only what the group is asked', () => {
  it('a Hải An xóm that answered its 9 criteria and the target is complete, not missing the agencies\' criteria', () => {
    const p = getPlan('hai-an-2025-2030')!;
    const { grid, layout } = reportTemplate(p, { group: 'village', unitName: 'Xóm Đông', period: '2025' });
    for (const r of layout.rows) grid[r.row - 1]![4] = r.expects === 'boolean' ? 'có' : 100;
    const result = validateReport(readReportTable(grid, 'S').table!, p);
    const completeness = result.issues.find((i) => i.code.startsWith('completeness'))!;
    expect(completeness.code).toBe('completeness');
    expect(completeness.message.params).toMatchObject({ reported: 10, expected: 10 });
  });
});

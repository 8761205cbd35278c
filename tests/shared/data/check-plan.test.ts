import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../shared/schema/issue.ts';
import { checkPlan, getPlan, jsonPath } from '../../../shared/data/index.ts';
import { hasMessage, t } from '../../../shared/messages/index.ts';

// A deep copy of a bundled plan as plain JSON, so a test can break it freely.
function planJson(id: string): any {
  return JSON.parse(JSON.stringify(getPlan(id)));
}

function only(issues: Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe('jsonPath', () => {
  it('writes zod paths as people read JSON', () => {
    expect(jsonPath(['targets', 3, 'value'])).toBe('targets[3].value');
    expect(jsonPath(['awards', 0, 'conditions', 2, 'code'])).toBe('awards[0].conditions[2].code');
    expect(jsonPath(['locality', 'tên xã'])).toBe('locality["tên xã"]');
    expect(jsonPath([])).toBe('$');
  });
});

describe('checkPlan', () => {
  it('accepts a valid plan and returns it parsed', () => {
    const { plan, issues } = checkPlan(planJson('ninh-hai-2023'));
    expect(issues).toEqual([]);
    expect(plan?.id).toBe('ninh-hai-2023');
  });

  it('reports a missing field at its JSON path', () => {
    const json = planJson('hung-dao-2023');
    delete json.targets[3].label;
    delete json.title;
    const { plan, issues } = checkPlan(json);
    expect(plan).toBeNull();
    expect(issues.every((i) => i.code === 'plan-invalid' && i.severity === 'error')).toBe(true);
    expect(issues.map((i) => i.location.field).sort()).toEqual(['targets[3].label', 'title']);
  });

  it('reports a wrong type at its JSON path and says what to type in Vietnamese and English (not the schema’s English)', () => {
    const json = planJson('hung-dao-2023');
    json.targets[3].value = '85%';
    json.period.from = '2023';
    const { issues } = checkPlan(json);
    expect(issues.map((i) => i.location.field).sort()).toEqual(['period.from', 'targets[3].value']);
    const issue = issues.find((i) => i.location.field === 'period.from')!;
    expect(issue.code).toBe('plan-invalid');
    expect(issue.message.key).toBe('plan-invalid-type');
    expect(t(issue.message, 'vi')).toBe('Tệp kế hoạch không hợp lệ tại period.from: cần một số (không có dấu ngoặc kép)');
    expect(t(issue.message, 'en')).toBe('Invalid plan file at period.from: expected a number (without quotes)');
  });

  it('words a missing field, an unknown choice and a number out of range in vi and en', () => {
    const json = planJson('hung-dao-2023');
    delete json.title;
    json.targets[0].comparator = '=>';
    const { issues } = checkPlan(json);
    const at = (field: string) => issues.find((i) => i.location.field === field)!;
    expect(t(at('title').message, 'vi')).toMatch(/^Tệp kế hoạch thiếu mục bắt buộc title: hãy thêm mục này/);
    expect(t(at('title').message, 'en')).toMatch(/^The plan file lacks the required field title: add it/);
    expect(t(at('targets[0].comparator').message, 'vi')).toBe('Tệp kế hoạch không hợp lệ tại targets[0].comparator: nhập một trong ">=", ">", "=", "<=", "<"');
    expect(t(at('targets[0].comparator').message, 'en')).toBe('Invalid plan file at targets[0].comparator: type one of ">=", ">", "=", "<=", "<"');
    for (const i of issues) expect(t(i.message, 'vi')).not.toMatch(/Invalid|expected/);

    const withQuota = planJson('ninh-hai-2023');
    withQuota.awards[0].quota = -3;
    const range = checkPlan(withQuota).issues.find((i) => i.location.field === 'awards[0].quota')!;
    expect(t(range.message, 'vi')).toBe('Tệp kế hoạch không hợp lệ tại awards[0].quota: giá trị phải > 0');
    expect(t(range.message, 'en')).toBe('Invalid plan file at awards[0].quota: the value must be > 0');
  });

  it('words an impossible or badly written date in vi and en', () => {
    const json = planJson('van-phuc-2023-2025');
    json.deadlines[0].date = '2024-02-30';
    json.deadlines[1].date = '30/09/2024';
    const { issues } = checkPlan(json);
    for (const field of ['deadlines[0].date', 'deadlines[1].date']) {
      const issue = issues.find((i) => i.location.field === field)!;
      expect(t(issue.message, 'vi')).toBe(`Tệp kế hoạch không hợp lệ tại ${field}: nhập một ngày có thật dạng năm-tháng-ngày, ví dụ "2025-11-15"`);
      expect(t(issue.message, 'en')).toBe(`Invalid plan file at ${field}: type a real date as year-month-day, e.g. "2025-11-15"`);
    }
  });

  it('reports a document that is not an object at the root', () => {
    const { plan, issues } = checkPlan(null);
    expect(plan).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.location.field).toBe('$');
  });

  it('reports an unknown indicator code', () => {
    const json = planJson('cat-ne-2024');
    json.targets[4].indicatorId = 'khong-co-chi-so-nay';
    const { plan, issues } = checkPlan(json);
    expect(plan).toBeNull();
    const hit = only(issues, 'plan-unknown-indicator');
    expect(hit).toHaveLength(1);
    expect(hit[0]?.location.field).toBe('targets[4].indicatorId');
    expect(hit[0]?.itemCode).toBe(json.targets[4].id);
    expect(t(hit[0]!.message, 'en')).toContain('khong-co-chi-so-nay');
  });

  it('accepts another catalogue when one is given', () => {
    const { issues } = checkPlan(planJson('cat-ne-2024'), { indicators: new Map() });
    // One per target: the ten of section III and "100% dịch vụ công trực tuyến" of section IV.
    expect(only(issues, 'plan-unknown-indicator')).toHaveLength(11);
  });

  it('reports a duplicate id across targets and criteria, pointing at the later one', () => {
    const json = planJson('van-phuc-2023-2025');
    json.criteria[1].id = json.targets[0].id;
    const hit = only(checkPlan(json).issues, 'plan-duplicate-id');
    expect(hit).toHaveLength(1);
    expect(hit[0]?.location.field).toBe('criteria[1].id');
    expect(hit[0]?.message.params).toMatchObject({ id: json.targets[0].id, firstPath: 'targets[0].id' });
  });

  it('reports duplicate target ids and duplicate deadline ids', () => {
    const json = planJson('ninh-hai-2023');
    json.targets[3].id = json.targets[2].id;
    json.deadlines[2].id = json.deadlines[0].id;
    const fields = only(checkPlan(json).issues, 'plan-duplicate-id').map((i) => i.location.field);
    expect(fields).toEqual(['targets[3].id', 'deadlines[2].id']);
  });

  it('reports award conditions that point nowhere', () => {
    const json = planJson('van-phuc-2023-2025');
    json.awards[0].conditions[1].criterionId = 'TT-99';
    const last = json.awards[0].conditions.length - 1;
    json.awards[0].conditions[last].code = 'khong-ton-tai';
    const { issues } = checkPlan(json);
    expect(only(issues, 'plan-unknown-criterion').map((i) => i.location.field)).toEqual(['awards[0].conditions[1].criterionId']);
    expect(only(issues, 'plan-unknown-condition-code').map((i) => i.location.field)).toEqual([`awards[0].conditions[${last}].code`]);
  });

  it('checks criteria inside a one-of condition, with their nested path', () => {
    const json = planJson('hai-an-2025-2030');
    const i = json.awards.findIndex((a: any) => a.id === 'KT-04');
    const j = json.awards[i].conditions.findIndex((c: any) => c.kind === 'one-of');
    json.awards[i].conditions[j].conditions[1].criterionId = 'CN-99';
    const fields = only(checkPlan(json).issues, 'plan-unknown-criterion').map((x) => x.location.field);
    expect(fields).toEqual([`awards[${i}].conditions[${j}].conditions[1].criterionId`]);
  });

  it('reports a rule that needs a criterion its reports are never asked (another target group)', () => {
    const json = planJson('hai-an-2025-2030');
    const i = json.awards.findIndex((a: any) => a.id === 'KT-05');
    json.awards[i].conditions.push({ kind: 'criterion', criterionId: 'CN-01' });
    const hit = only(checkPlan(json).issues, 'plan-criterion-other-group');
    expect(hit.map((x) => x.location.field)).toEqual([`awards[${i}].conditions[1].criterionId`]);
    expect(t(hit[0]!.message, 'vi')).toContain('đối tượng khác');
  });

  it('accepts an indicator condition on a target id as well as on an indicator code', () => {
    const json = planJson('van-phuc-2023-2025');
    const last = json.awards[0].conditions.length - 1;
    json.awards[0].conditions[last].code = json.targets[0].id;
    expect(checkPlan(json).issues).toEqual([]);
  });

  it('reports a yes/no target with a number and a unit that differs from its indicator', () => {
    const json = planJson('hung-dao-2023');
    const yesNo = json.targets.findIndex((x: any) => x.assessment === 'yes-no');
    json.targets[yesNo].value = 1;
    json.targets[0].unit = 'count';
    const { issues } = checkPlan(json);
    expect(only(issues, 'plan-target-value-kind').map((i) => i.location.field)).toEqual([`targets[${yesNo}].value`]);
    expect(only(issues, 'plan-unit-mismatch').map((i) => i.location.field)).toEqual(['targets[0].unit']);
  });

  it('uses message keys that exist in both languages', () => {
    const json = planJson('van-phuc-2023-2025');
    json.targets[0].indicatorId = 'x';
    json.criteria[0].id = json.targets[1].id;
    json.awards[0].conditions[0].criterionId = 'nope';
    json.targets[2].value = 5;
    json.targets[0].value = true;
    const { issues } = checkPlan(json);
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const issue of issues) {
      expect(hasMessage(issue.message.key), issue.message.key).toBe(true);
      expect(t(issue.message, 'vi')).toContain(issue.location.field!);
      expect(t(issue.message, 'en')).toContain(issue.location.field!);
    }
  });
});

describe('bundled data', () => {
  afterEach(() => {
    vi.doUnmock('../../../shared/data/plans/index.ts');
    vi.resetModules();
  });

  it('throws at import, naming the file, when a bundled plan is broken', async () => {
    const broken = planJson('cat-ne-2024');
    broken.targets[0].indicatorId = 'khong-co';
    vi.resetModules();
    vi.doMock('../../../shared/data/plans/index.ts', () => ({
      bundledPlanFiles: [{ file: 'shared/data/plans/cat-ne-2024.json', json: broken }],
    }));
    await expect(import('../../../shared/data/index.ts')).rejects.toThrow(/cat-ne-2024\.json.*targets\[0\]\.indicatorId/);
  });
});

describe('dates in a plan file', () => {
  it('refuses a date that does not exist and a yearly day its month does not have, naming the path', async () => {
    const { checkPlan, getPlan } = await import('../../../shared/data/index.ts');
    const plan = structuredClone(getPlan('ninh-hai-2023')!);
    plan.deadlines[0]!.date = '2023-02-30';
    plan.deadlines.push({ ...plan.deadlines[1]!, id: 'HAN-X', date: undefined, yearly: { month: 4, day: 31 } });
    const { plan: checked, issues } = checkPlan(plan);
    expect(checked).toBeNull();
    const fields = issues.map((i) => i.location.field);
    expect(fields).toContain('deadlines[0].date');
    expect(fields).toContain(`deadlines[${plan.deadlines.length - 1}].yearly.day`);
  });

  it('accepts 29 February in a leap year and as a yearly day', async () => {
    const { checkPlan, getPlan } = await import('../../../shared/data/index.ts');
    const plan = structuredClone(getPlan('ninh-hai-2023')!);
    plan.deadlines[0]!.date = '2024-02-29';
    plan.deadlines.push({ ...plan.deadlines[1]!, id: 'HAN-Y', date: undefined, yearly: { month: 2, day: 29 } });
    expect(checkPlan(plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

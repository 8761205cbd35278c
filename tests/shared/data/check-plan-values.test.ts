// A plan file is refused when a target value cannot be right: a percent above 100 or below 0, a
// negative count, a yes/no target compared with ">=", a comparator against the indicator's direction.
import { describe, expect, it } from 'vitest';
import { checkPlan, getPlan, plans } from '../../../shared/data/index.ts';
import { both } from '../../../shared/messages/index.ts';
import type { Issue } from '../../../shared/schema/issue.ts';

function planJson(id: string): any {
  return JSON.parse(JSON.stringify(getPlan(id)));
}

const at = (issues: Issue[]) => issues.map((i) => [i.code, i.location.field, i.itemCode]);

describe('checkPlan: target values that cannot be right', () => {
  it('every bundled plan passes', () => {
    for (const p of plans) expect(checkPlan(planJson(p.id)).issues, p.id).toEqual([]);
  });

  it('refuses a percent target above 100 or below 0, at its JSON path', () => {
    const json = planJson('ninh-hai-2023');
    json.targets[0].value = 800; // "≥ 800%": a typo for 80%
    json.targets[6].value = -5;
    const { plan, issues } = checkPlan(json);
    expect(plan).toBeNull();
    expect(at(issues)).toEqual([
      ['plan-percent-out-of-range', 'targets[0].value', 'TC-01'],
      ['plan-percent-out-of-range', 'targets[6].value', 'TC-06'],
    ]);
    const m = both(issues[0]!.message);
    expect(m.vi).toBe('Chỉ tiêu TC-01 (targets[0].value) đặt mục tiêu 800%: tỷ lệ phải từ 0 đến 100%');
    expect(m.en).toContain('between 0 and 100%');
  });

  it('refuses a negative count or number of days', () => {
    const json = planJson('qd766-national');
    json.targets.push({
      ...json.targets[0],
      id: 'AVG_DAYS',
      indicatorId: 'DVC_AVG_PROCESSING_DAYS',
      unit: 'days',
      comparator: '<=',
      value: -3,
    });
    const { issues } = checkPlan(json);
    const last = `targets[${json.targets.length - 1}].value`;
    expect(at(issues)).toEqual([['plan-negative-target', last, 'AVG_DAYS']]);
  });

  it('refuses a yes/no target compared with ">="', () => {
    const json = planJson('ninh-hai-2023');
    json.targets[4].comparator = '>=';
    const { plan, issues } = checkPlan(json);
    expect(plan).toBeNull();
    expect(at(issues)).toEqual([['plan-yes-no-comparator', 'targets[4].comparator', 'TC-04']]);
    expect(both(issues[0]!.message).vi).toContain('chỉ so sánh bằng "="');
  });

  it('refuses a comparator that points against the indicator’s direction', () => {
    const json = planJson('ninh-hai-2023');
    json.targets[0].comparator = '<='; // "≤ 100%" of documents signed when more is better
    const days = planJson('qd766-national');
    days.targets.push({ ...days.targets[0], id: 'AVG_DAYS', indicatorId: 'DVC_AVG_PROCESSING_DAYS', unit: 'days', comparator: '>=', value: 5 });
    expect(at(checkPlan(json).issues)).toEqual([['plan-comparator-direction', 'targets[0].comparator', 'TC-01']]);
    const issues = checkPlan(days).issues;
    expect(issues.map((i) => i.code)).toEqual(['plan-comparator-direction']);
    expect(both(issues[0]!.message).en).toContain('lower is better');
    // The right way round is accepted.
    days.targets.at(-1).comparator = '<=';
    expect(checkPlan(days).issues).toEqual([]);
  });
});

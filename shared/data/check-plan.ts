import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { Plan } from '../schema/plan.ts';
import { msg } from '../messages/index.ts';
import { indicatorById as bundledIndicators } from './catalogue.ts';
import { jsonPath } from './json-path.ts';

export interface CheckPlanResult {
  /** The parsed plan, or null when it does not match the schema or has a reference error. */
  plan: Plan | null;
  issues: Issue[];
}

function planIssue(code: string, field: string, key: string, params: Record<string, string | number>, itemCode: string | null = null): Issue {
  return {
    code,
    severity: 'error',
    location: { sheet: null, row: null, column: null, a1: null, field },
    itemCode,
    message: msg(key, { path: field, ...params }),
  };
}

/**
 * Checks a plan file: the schema first (each zod issue becomes a `plan-invalid` issue located by
 * its JSON path), then the references the schema cannot see: indicator codes, unique item ids,
 * award conditions, and target values that match their kind and unit.
 */
export function checkPlan(
  json: unknown,
  opts: { indicators?: ReadonlyMap<string, Indicator> } = {},
): CheckPlanResult {
  const parsed = Plan.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((zi) =>
      planIssue('plan-invalid', jsonPath(zi.path), 'plan-invalid', { detail: zi.message }),
    );
    return { plan: null, issues };
  }
  const plan = parsed.data;
  const catalogue = opts.indicators ?? bundledIndicators;
  const issues: Issue[] = [];

  // Targets and criteria share the report's `Mã chỉ tiêu` column, so their ids must not collide.
  const firstPathOfId = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const first = firstPathOfId.get(id);
    if (first === undefined) firstPathOfId.set(id, path);
    else issues.push(planIssue('plan-duplicate-id', path, 'plan-duplicate-id', { id, firstPath: first }, id));
  };
  plan.targets.forEach((t, i) => claim(t.id, `targets[${i}].id`));
  plan.criteria.forEach((c, i) => claim(c.id, `criteria[${i}].id`));

  // Awards and deadlines have their own id spaces.
  for (const [list, name] of [[plan.awards, 'awards'], [plan.deadlines, 'deadlines']] as const) {
    const seen = new Map<string, string>();
    list.forEach((item, i) => {
      const path = `${name}[${i}].id`;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, path);
      else issues.push(planIssue('plan-duplicate-id', path, 'plan-duplicate-id', { id: item.id, firstPath: first }, item.id));
    });
  }

  plan.targets.forEach((t, i) => {
    const indicator = catalogue.get(t.indicatorId);
    if (indicator === undefined) {
      issues.push(planIssue('plan-unknown-indicator', `targets[${i}].indicatorId`, 'plan-unknown-indicator', { targetId: t.id, code: t.indicatorId }, t.id));
    } else if (indicator.unit !== t.unit) {
      issues.push(planIssue('plan-unit-mismatch', `targets[${i}].unit`, 'plan-unit-mismatch', { targetId: t.id, unit: t.unit, code: indicator.id, indicatorUnit: indicator.unit }, t.id));
    }
    const yesNo = t.assessment !== 'quantitative';
    if (yesNo && (t.value !== true || t.unit !== 'boolean')) {
      issues.push(planIssue('plan-target-value-kind', `targets[${i}].value`, 'plan-yes-no-target-value', { targetId: t.id }, t.id));
    } else if (!yesNo && typeof t.value !== 'number') {
      issues.push(planIssue('plan-target-value-kind', `targets[${i}].value`, 'plan-quantitative-target-value', { targetId: t.id }, t.id));
    }
  });

  const criterionIds = new Set(plan.criteria.map((c) => c.id));
  const targetIds = new Set(plan.targets.map((t) => t.id));
  plan.awards.forEach((a, i) => {
    a.conditions.forEach((c, j) => {
      if (c.kind === 'criterion' && !criterionIds.has(c.criterionId)) {
        issues.push(planIssue('plan-unknown-criterion', `awards[${i}].conditions[${j}].criterionId`, 'plan-unknown-criterion', { awardId: a.id, criterionId: c.criterionId }, a.id));
      }
      if (c.kind === 'indicator' && !targetIds.has(c.code) && !catalogue.has(c.code)) {
        issues.push(planIssue('plan-unknown-condition-code', `awards[${i}].conditions[${j}].code`, 'plan-unknown-condition-code', { awardId: a.id, code: c.code }, a.id));
      }
    });
  });

  return { plan: issues.length === 0 ? plan : null, issues };
}

import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import type { IssueCode, IssueKey } from '../validate/issue-codes.ts';
import { Plan } from '../schema/plan.ts';
import { msg } from '../messages/index.ts';
import { indicatorById as bundledIndicators } from './catalogue.ts';
import { jsonPath } from './json-path.ts';
import { belongsTo, GROUP_NAMES, ruleGroup } from '../score/group.ts';

export interface CheckPlanResult {
  /** The parsed plan, or null when it does not match the schema or has a reference error. */
  plan: Plan | null;
  issues: Issue[];
}

function planIssue<C extends IssueCode>(code: C, field: string, key: IssueKey<C>, params: Record<string, string | number>, itemCode: string | null = null): Issue {
  return {
    code,
    severity: 'error',
    location: { sheet: null, row: null, column: null, a1: null, field },
    itemCode,
    message: msg(key, { path: field, ...params }),
  };
}

const TYPE_WORDS: Record<string, { vi: string; en: string }> = {
  number: { vi: 'một số (không có dấu ngoặc kép)', en: 'a number (without quotes)' },
  string: { vi: 'một đoạn chữ trong dấu ngoặc kép', en: 'a text in quotes' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một nhóm { … }', en: 'an object { … }' },
  array: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
};

/** A schema finding in words an officer can act on, in vi and en; null → the schema's own text. */
function schemaWords(zi: { code: string; message: string; expected?: unknown; values?: unknown; origin?: unknown; minimum?: unknown; maximum?: unknown; inclusive?: unknown }): { key: IssueKey<'plan-invalid'>; params: Record<string, string | number> } | null {
  if (zi.code === 'invalid_type' && typeof zi.expected === 'string') {
    const words = TYPE_WORDS[zi.expected] ?? { vi: zi.expected, en: zi.expected };
    const missing = /received undefined/.test(zi.message);
    return { key: missing ? 'plan-invalid-missing' : 'plan-invalid-type', params: { expectedVi: words.vi, expectedEn: words.en } };
  }
  if (zi.code === 'invalid_value' && Array.isArray(zi.values)) {
    return { key: 'plan-invalid-choice', params: { choices: zi.values.map((v) => JSON.stringify(v)).join(', ') } };
  }
  // The two findings of IsoDate (shared/schema/common.ts): not YYYY-MM-DD, or no such day.
  if ((zi.code === 'invalid_format' && zi.message === 'YYYY-MM-DD') || (zi.code === 'custom' && zi.message === 'no such calendar date')) {
    return { key: 'plan-invalid-date', params: {} };
  }
  if ((zi.code === 'too_small' || zi.code === 'too_big') && zi.origin === 'number') {
    const small = zi.code === 'too_small';
    const limit = small ? zi.minimum : zi.maximum;
    if (typeof limit !== 'number') return null;
    return { key: 'plan-invalid-range', params: { op: small ? (zi.inclusive ? '≥' : '>') : zi.inclusive ? '≤' : '<', limit } };
  }
  return null;
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
  const parsed = Plan.safeParse(withLocalIndicators(json));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((zi) => {
      const said = schemaWords(zi);
      // `detail` stays: the plan-table reader words the same finding for its cell.
      return planIssue('plan-invalid', jsonPath(zi.path), said?.key ?? 'plan-invalid', { detail: zi.message, ...said?.params });
    });
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
    // A target whose indicator id is its own id defines a local indicator (one not in the
    // catalogue, e.g. a commune's own target): scored from its own row, no catalogue rule.
    if (indicator === undefined && t.indicatorId === t.id) {
      // nothing to check against
    } else if (indicator === undefined) {
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
    issues.push(...impossibleTarget(t, i, indicator));
  });

  const criterionIds = new Set(plan.criteria.map((c) => c.id));
  const targetIds = new Set(plan.targets.map((t) => t.id));
  const criterionGroup = new Map(plan.criteria.map((c) => [c.id, c.group]));
  plan.awards.forEach((a, i) => {
    // Conditions inside one-of/all-of are checked like top-level ones, with their nested path.
    const leaves = a.conditions.flatMap((c, j) =>
      c.kind === 'one-of' || c.kind === 'all-of'
        ? c.conditions.map((leaf, k) => ({ c: leaf, path: `awards[${i}].conditions[${j}].conditions[${k}]` }))
        : [{ c, path: `awards[${i}].conditions[${j}]` }],
    );
    for (const { c, path } of leaves) {
      if (c.kind === 'criterion' && !criterionIds.has(c.criterionId)) {
        issues.push(planIssue('plan-unknown-criterion', `${path}.criterionId`, 'plan-unknown-criterion', { awardId: a.id, criterionId: c.criterionId }, a.id));
      }
      // A criterion the rule's reports are never asked would make the rule unreachable.
      const cg = c.kind === 'criterion' ? criterionGroup.get(c.criterionId) : undefined;
      if (cg !== undefined && !belongsTo(cg, ruleGroup(a))) {
        const params = { awardId: a.id, criterionId: (c as { criterionId: string }).criterionId, ruleGroup: GROUP_NAMES[ruleGroup(a)].vi, criterionGroup: GROUP_NAMES[cg].vi };
        issues.push(planIssue('plan-criterion-other-group', `${path}.criterionId`, 'plan-criterion-other-group', params, a.id));
      }
      if (c.kind === 'indicator' && !targetIds.has(c.code) && !catalogue.has(c.code)) {
        issues.push(planIssue('plan-unknown-condition-code', `${path}.code`, 'plan-unknown-condition-code', { awardId: a.id, code: c.code }, a.id));
      }
    }
  });

  return { plan: issues.length === 0 ? plan : null, issues };
}

const OPPOSITE: Record<'higher' | 'lower', ReadonlySet<string>> = {
  higher: new Set(['<=', '<']),
  lower: new Set(['>=', '>']),
};

/**
 * Target values that cannot be right, whatever the document says: a percent above 100 or below 0,
 * a negative count (or days, points), a yes/no target compared with anything but "=", and a
 * comparator that points against the indicator's direction ("≤ 80%" of dossiers online when more
 * is better). Each would score every report wrongly, so the plan is refused with the place.
 */
function impossibleTarget(t: Plan['targets'][number], i: number, indicator: Indicator | undefined): Issue[] {
  const out: Issue[] = [];
  const path = `targets[${i}]`;
  const yesNo = t.value === true || t.unit === 'boolean';
  if (yesNo) {
    if (t.comparator !== '=') {
      out.push(planIssue('plan-yes-no-comparator', `${path}.comparator`, 'plan-yes-no-comparator', { targetId: t.id, comparator: t.comparator }, t.id));
    }
    return out;
  }
  if (typeof t.value === 'number') {
    if (t.unit === 'percent' && (t.value > 100 || t.value < 0)) {
      out.push(planIssue('plan-percent-out-of-range', `${path}.value`, 'plan-percent-out-of-range', { targetId: t.id, value: t.value }, t.id));
    } else if (t.unit !== 'percent' && t.value < 0) {
      out.push(planIssue('plan-negative-target', `${path}.value`, 'plan-negative-target', { targetId: t.id, value: t.value }, t.id));
    }
  }
  if (indicator !== undefined && OPPOSITE[indicator.direction].has(t.comparator)) {
    const words = indicator.direction === 'higher' ? { vi: 'càng cao càng tốt', en: 'higher is better' } : { vi: 'càng thấp càng tốt', en: 'lower is better' };
    out.push(
      planIssue('plan-comparator-direction', `${path}.comparator`, 'plan-comparator-direction', {
        targetId: t.id,
        comparator: t.comparator,
        code: indicator.id,
        directionVi: words.vi,
        directionEn: words.en,
      }, t.id),
    );
  }
  return out;
}

/**
 * A target written without `indicatorId` is a local indicator: its id is its indicator id. Filled
 * in on a copy before the schema runs, so a JSON plan may leave it out as a plan table does.
 */
function withLocalIndicators(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { targets?: unknown }).targets)) return json;
  const targets = (json as { targets: unknown[] }).targets.map((t) =>
    typeof t === 'object' && t !== null && !('indicatorId' in t) && typeof (t as { id?: unknown }).id === 'string' ? { ...t, indicatorId: (t as { id: string }).id } : t,
  );
  return { ...json, targets };
}

import { msg } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';
import type { AwardCondition, AwardRule, Plan } from '../schema/plan.ts';
import type { Report } from '../schema/report.ts';
import type { AwardResult, ScoredItem, Scorecard, Total } from '../schema/scorecard.ts';
import { comparatorSymbol, meets } from './compare.ts';
import type { CriterionResult } from './criteria.ts';
import { reportItem } from './lookup.ts';

export interface AwardInput {
  plan: Plan;
  report: Report;
  items: readonly ScoredItem[];
  total: Total;
  criteria: readonly CriterionResult[];
}

/**
 * The conditions a rule really checks: its own list plus the plan's mandatory criteria for the
 * rule's group (or its recipient kind when the rule names no group), each criterion once.
 */
export function conditionsOf(rule: AwardRule, plan: Plan): AwardCondition[] {
  // Plans are read-only data: the conditions of a rule are worked out once per plan (3,321 reports share them).
  let perRule = conditionCache.get(plan);
  if (perRule === undefined) conditionCache.set(plan, (perRule = new WeakMap()));
  let conditions = perRule.get(rule);
  if (conditions === undefined) perRule.set(rule, (conditions = ruleConditions(rule, plan)));
  return conditions;
}

const conditionCache = new WeakMap<Plan, WeakMap<AwardRule, AwardCondition[]>>();

function ruleConditions(rule: AwardRule, plan: Plan): AwardCondition[] {
  const listed = new Set(rule.conditions.flatMap((c) => (c.kind === 'criterion' ? [c.criterionId] : [])));
  const group = rule.group ?? rule.recipient;
  const mandatory = plan.criteria
    .filter((c) => c.mandatory && c.group === group && !listed.has(c.id))
    .map((c): AwardCondition => ({ kind: 'criterion', criterionId: c.id }));
  return [...rule.conditions, ...mandatory];
}

/** Eligible when every condition holds; each condition that does not hold gives one reason. */
export function evaluateAwardRule(rule: AwardRule, input: AwardInput): AwardResult {
  const conditions = conditionsOf(rule, input.plan);
  const reasons: Message[] = [];
  if (conditions.length === 0) {
    // Only descriptive conditions: nothing measurable says "eligible", so the toolkit does not either.
    reasons.push(msg('score.award.no-conditions'));
  }
  for (const condition of conditions) {
    const reason = failing(condition, input);
    if (reason) reasons.push(reason);
  }
  return { ruleId: rule.id, award: { vi: rule.award.vi, en: rule.award.en }, eligible: reasons.length === 0, reasons };
}

/** All rules; the first collective rule decides the card's headline eligibility. */
export function awardResults(input: AwardInput): Scorecard['award'] {
  const rules = input.plan.awards.map((r) => evaluateAwardRule(r, input));
  const firstCollective = input.plan.awards.findIndex((r) => r.recipient === 'collective');
  const head = firstCollective >= 0 ? rules[firstCollective] : undefined;
  if (!head) return { eligible: false, reasons: [msg('score.award.no-collective-rule')], rules };
  return { eligible: head.eligible, reasons: head.reasons, rules };
}

function failing(condition: AwardCondition, input: AwardInput): Message | null {
  switch (condition.kind) {
    case 'min-percent': {
      const percent = input.total.percent;
      if (percent === null) return msg('score.award.no-percent', { min: condition.min });
      return meets(percent, '>=', condition.min) ? null : msg('score.award.min-percent', { actual: percent, min: condition.min });
    }
    case 'criterion': {
      const result = input.criteria.find((c) => c.criterionId === condition.criterionId);
      if (!result) return msg('score.award.criterion-unknown', { id: condition.criterionId });
      if (result.met === true) return null;
      if (result.met === null) return msg('score.award.criterion-unanswered', { labelVi: result.label.vi, labelEn: result.label.en });
      return msg('score.award.criterion-not-met', { labelVi: negateVi(result.label.vi), labelEn: result.label.en });
    }
    case 'indicator': {
      const actual = conditionValue(condition.code, input);
      const params = {
        labelVi: condition.label.vi,
        labelEn: condition.label.en,
        comparator: comparatorSymbol(condition.comparator),
        value: condition.value,
      };
      if (actual === null) return msg('score.award.indicator-missing', params);
      return meets(actual, condition.comparator, condition.value) ? null : msg('score.award.indicator-not-met', { ...params, actual });
    }
    case 'all-targets-met': {
      const applicable = input.items.filter((i) => i.status !== 'not-applicable');
      const notMet = applicable.filter((i) => i.status === 'not-met').length;
      const missing = applicable.filter((i) => i.status === 'missing').length;
      if (notMet === 0 && missing === 0) return null;
      return msg('score.award.targets-not-met', { notMet, missing });
    }
  }
}

/**
 * The figure an indicator condition reads: a scored item's actual (by target or indicator code),
 * else the report's own row (typed value, or numerator ÷ denominator as a percent).
 */
export function conditionValue(code: string, input: AwardInput): number | null {
  const scored = input.items.find(
    (i) => (i.targetId === code || i.indicatorId === code) && i.status !== 'not-applicable' && typeof i.actual === 'number',
  );
  if (scored && typeof scored.actual === 'number') return scored.actual;
  const item = reportItem(input.report, code);
  if (!item) return null;
  if (typeof item.value === 'number') return Number.isFinite(item.value) ? item.value : null;
  const { numerator: n, denominator: d } = item;
  if (n === null || !Number.isFinite(n)) return null;
  if (d === null) return n;
  if (d === 0 || !Number.isFinite(d)) return null;
  const ratio = (n / d) * 100;
  return Number.isFinite(ratio) ? ratio : null;
}

// Verbs that read right straight after "chưa" ("chưa đăng ký"); a noun needs "chưa có" ("chưa có sáng kiến").
const VERBS = ['đăng ký', 'tham gia', 'triển khai', 'thực hiện', 'hoàn thành', 'ban hành', 'tổ chức', 'xây dựng', 'ứng dụng', 'áp dụng', 'báo cáo'];

/**
 * A criterion as not met: "Có đăng ký thi đua" → "chưa đăng ký thi đua", "Có sáng kiến" → "chưa có
 * sáng kiến", "Đã hoàn thành …" → "chưa hoàn thành …"; other labels → "chưa đạt: …".
 */
export function negateVi(label: string): string {
  let negated = negations.get(label);
  if (negated === undefined) negations.set(label, (negated = negate(label)));
  return negated;
}

const negations = new Map<string, string>();

function negate(label: string): string {
  const m = /^\s*(có|đã)\s+(.+)$/iu.exec(label);
  if (!m || !m[1] || !m[2]) return `chưa đạt: ${label}`;
  const rest = lowerFirst(m[2]);
  if (m[1].toLowerCase() === 'đã' || VERBS.some((v) => rest.startsWith(`${v} `) || rest === v)) return `chưa ${rest}`;
  return `chưa có ${rest}`;
}

/** "Kế hoạch" → "kế hoạch" inside a sentence; acronyms ("UBND") keep their capitals. */
function lowerFirst(s: string): string {
  const [first = '', second = ''] = [...s];
  return second && second === second.toLowerCase() ? first.toLowerCase() + s.slice(first.length) : s;
}

import { formatNumber, msg, t, type Lang } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';
import type { AwardCondition, AwardLeafCondition, AwardRule, Plan } from '../schema/plan.ts';
import type { Report } from '../schema/report.ts';
import type { AwardResult, AwardStatus, ScoredItem, Scorecard, Total } from '../schema/scorecard.ts';
import { comparatorSymbol, meets } from './compare.ts';
import { belongsTo, groupApplies, groupReason, reportGroupOf, ruleGroup } from './group.ts';
import type { CriterionResult } from './criteria.ts';
import { reportItem } from './lookup.ts';
import type { CompiledPlan } from '../plan/compile.ts';
import { ratioValue } from '../ratio.ts';

export interface AwardInput {
  plan: Plan;
  report: Report;
  items: readonly ScoredItem[];
  total: Total;
  /** The criteria the report was asked (those of its own group). */
  criteria: readonly CriterionResult[];
  /** The plan compiled once for the run: rule conditions and criterion wording are read from it. */
  compiled?: CompiledPlan;
  /**
   * Why no rule can be eligible, whatever its conditions (the report's errors, flags.ts): the first
   * reason of every rule of the report's group, which is then not eligible.
   */
  blocked?: Message;
}

/**
 * The conditions a rule really checks: its own list plus the plan's mandatory criteria that belong
 * to the rule's group (a civil servants' criterion is never added to the "đối tượng khác" rule),
 * each criterion once.
 */
export function conditionsOf(rule: AwardRule, plan: Plan, compiled?: CompiledPlan): readonly AwardCondition[] {
  // A compiled plan worked them out once for the run (3,321 reports share them).
  if (compiled !== undefined && compiled.plan === plan) {
    const at = plan.awards.indexOf(rule);
    const known = at < 0 ? undefined : compiled.ruleConditions[at];
    if (known !== undefined) return known;
  }
  return ruleConditions(rule, plan);
}

/** conditionsOf without a compiled plan: the rule's conditions, then its group's mandatory criteria (frozen). */
export function ruleConditions(rule: AwardRule, plan: Plan): AwardCondition[] {
  const listed = new Set(criterionIds(rule.conditions));
  const group = ruleGroup(rule);
  const mandatory = plan.criteria
    .filter((c) => c.mandatory && belongsTo(c.group, group) && !listed.has(c.id))
    .map((c): AwardCondition => Object.freeze({ kind: 'criterion', criterionId: c.id }));
  return [...rule.conditions, ...mandatory];
}

/**
 * Whether two pieces of plan data (award conditions) are the same: the same numbers, strings and
 * booleans (Object.is), in arrays and objects with the same keys.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameData(x[k], y[k]));
}

/** Every criterion a list of conditions names, inside one-of/all-of too. */
export function criterionIds(conditions: readonly AwardCondition[]): string[] {
  return conditions.flatMap((c) => {
    if (c.kind === 'criterion') return [c.criterionId];
    if (c.kind === 'one-of' || c.kind === 'all-of') return c.conditions.flatMap((l) => (l.kind === 'criterion' ? [l.criterionId] : []));
    return [];
  });
}

/**
 * A rule for the report's group is `eligible` when every condition holds (`proposable` when the
 * document only lets the unit be proposed); each condition that does not hold gives one reason
 * (after `input.blocked`, which makes the rule not eligible). A rule for another group is
 * `not-applicable` and is not evaluated. `conditions`: the rule's conditionsOf, when the caller has
 * them at hand; `passed`: its passedResult, when the caller has it (the compiled plan's, shared).
 */
export function evaluateAwardRule(
  rule: AwardRule,
  input: AwardInput,
  conditions?: readonly AwardCondition[],
  awardLabel?: AwardResult['award'],
  passed?: AwardResult,
): AwardResult {
  const award = awardLabel ?? { vi: rule.award.vi, en: rule.award.en };
  const reportGroup = reportGroupOf(input.report);
  if (!groupApplies(ruleGroup(rule), reportGroup)) return otherGroupResult(rule, award);
  const checked = conditions ?? conditionsOf(rule, input.plan, input.compiled);
  // The result keeps this list: made with room for every reason the rule can give and filled in
  // place, then its unused tail cut off — not grown by push (room for 17) and copied.
  const reasons = new Array<Message>(reasonRoom(checked, input.blocked !== undefined));
  let count = 0;
  if (input.blocked !== undefined) reasons[count++] = input.blocked;
  if (checked.length === 0) {
    // Only descriptive conditions: nothing measurable says "eligible", so the toolkit does not either.
    reasons[count++] = msg('score.award.no-conditions');
  }
  // An index loop: for-of over a compiled (frozen) list allocates an iterator result per step.
  for (let i = 0; i < checked.length; i++) count = addFailing(checked[i]!, input, reasons, count);
  reasons.length = count;
  return failedResult(rule, award, reasons, input.blocked !== undefined, passed);
}

/** The most reasons a rule can give: the block, one per condition or per condition of an all-of, or "no conditions". */
function reasonRoom(checked: readonly AwardCondition[], blocked: boolean): number {
  let room = blocked ? 1 : 0;
  if (checked.length === 0) return room + 1;
  for (let i = 0; i < checked.length; i++) {
    const c = checked[i]!;
    room += c.kind === 'all-of' ? c.conditions.length : 1;
  }
  return room;
}

/**
 * A rule's result given why it fails (`reasons`, the block reason first when `blocked`; kept as
 * the result's own list): not eligible, or when nothing fails `passed` (its passedResult when not given).
 */
function failedResult(rule: AwardRule, award: AwardResult['award'], reasons: Message[], blocked: boolean, passed?: AwardResult): AwardResult {
  if (reasons.length === 0) return passed ?? passedResult(rule, award);
  const status: AwardStatus = blocked ? 'not-eligible' : conditionStatus(rule, reasons.length);
  return { ruleId: rule.id, award, eligible: status === 'eligible', status, reasons };
}

/**
 * A rule's result when nothing blocks it and every condition holds: eligible, or proposable; no
 * reasons. The same for every such report (compilePlan keeps one per rule, frozen).
 */
export function passedResult(rule: AwardRule, award: AwardResult['award']): AwardResult {
  const status = conditionStatus(rule, 0);
  return { ruleId: rule.id, award, eligible: status === 'eligible', status, reasons: [] };
}

/** The result of a rule for another group than the report's: not applicable, not evaluated. */
export function otherGroupResult(rule: AwardRule, award: AwardResult['award']): AwardResult {
  return { ruleId: rule.id, award, eligible: false, status: 'not-applicable', reasons: [groupReason('score.award.other-group', ruleGroup(rule))] };
}

/** A rule's status from its conditions alone, given how many of them fail. */
function conditionStatus(rule: AwardRule, failing: number): AwardStatus {
  return failing > 0 ? 'not-eligible' : rule.proposal ? 'proposable' : 'eligible';
}

const STATUS_ORDER: Readonly<Record<AwardStatus, number>> = Object.freeze({ eligible: 0, proposable: 1, 'not-eligible': 2, 'not-applicable': 3 });

/**
 * All rules; the headline is the best rule of the report's own group by its conditions: eligible
 * first, then proposable, then the first in plan order (blocked or not: `input.blocked`).
 */
export function awardResults(input: AwardInput): Scorecard['award'] {
  const { plan, compiled, blocked } = input;
  // A compiled plan has every rule's conditions and award label at hand, in plan order, and the
  // results of the rules for other groups than the report's (frozen, shared by its scorecards).
  const known = compiled !== undefined && compiled.plan === plan ? compiled : undefined;
  const otherGroup = known?.otherGroupResults.get(reportGroupOf(input.report));
  let headAt = -1;
  let headOrder = STATUS_ORDER['not-applicable'];
  const rules = new Array<AwardResult>(plan.awards.length);
  for (let i = 0; i < rules.length; i++) {
    const rule = plan.awards[i]!;
    const r = (rules[i] = otherGroup?.[i] ?? (known !== undefined ? compiledRuleResult(rule, i, rules, input, known) : evaluateAwardRule(rule, input)));
    if (r.status === 'not-applicable') continue;
    // Its status by its conditions: the block reason is not one of them.
    const order = STATUS_ORDER[conditionStatus(rule, blocked === undefined ? r.reasons.length : r.reasons.length - 1)];
    if (order < headOrder) {
      headAt = i;
      headOrder = order;
    }
  }
  const head = rules[headAt];
  if (!head) {
    const reason =
      plan.awards.length === 0 ? msg('score.award.no-rule') : groupReason('score.award.no-rule-for-group', reportGroupOf(input.report));
    return { eligible: false, status: 'not-applicable', ruleId: null, reasons: [reason], rules };
  }
  return { eligible: head.eligible, status: head.status, ruleId: head.ruleId, reasons: head.reasons, rules };
}

/**
 * Rule `i` of the compiled plan that applies to the report's group, after the rules before it
 * (`earlier`). A rule with the same conditions as an earlier one that was evaluated fails for the
 * same reasons: its result gives the same messages (one scorecard's rules share them, as they share
 * the block reason) without checking them again.
 */
function compiledRuleResult(rule: AwardRule, i: number, earlier: readonly AwardResult[], input: AwardInput, compiled: CompiledPlan): AwardResult {
  const same = compiled.sameConditionsAs[i]!;
  const twin = same >= 0 ? earlier[same] : undefined;
  if (twin === undefined || twin.status === 'not-applicable') {
    return evaluateAwardRule(rule, input, compiled.ruleConditions[i], compiled.awardLabels[i], compiled.passedResults[i]);
  }
  return failedResult(rule, compiled.awardLabels[i]!, twin.reasons.slice(), input.blocked !== undefined, compiled.passedResults[i]);
}

/**
 * Puts in `reasons`, from `at` on, why a condition does not hold (nothing when it holds); returns
 * where the next reason goes.
 */
function addFailing(condition: AwardCondition, input: AwardInput, reasons: Message[], at: number): number {
  switch (condition.kind) {
    case 'all-of':
      for (const c of condition.conditions) {
        const reason = leafFailing(c, input);
        if (reason !== null) reasons[at++] = reason;
      }
      return at;
    case 'one-of': {
      for (const c of condition.conditions) if (leafFailing(c, input) === null) return at;
      const label = condition.label ?? input.compiled?.oneOfLabels.get(condition) ?? oneOfLabel(condition, input.plan);
      reasons[at++] = msg('score.award.one-of-not-met', { labelVi: label.vi, labelEn: label.en, count: condition.conditions.length });
      return at;
    }
    default: {
      const reason = leafFailing(condition, input);
      if (reason !== null) reasons[at++] = reason;
      return at;
    }
  }
}

/** A one-of without its own label, in words: its conditions joined by "hoặc" / "or". */
export function oneOfLabel(condition: Extract<AwardCondition, { kind: 'one-of' }>, plan: Plan | null): { vi: string; en: string } {
  return {
    vi: condition.conditions.map((c) => conditionLabel(c, { plan }, 'vi')).join('; hoặc '),
    en: condition.conditions.map((c) => conditionLabel(c, { plan }, 'en')).join('; or '),
  };
}

function leafFailing(condition: AwardLeafCondition, input: AwardInput): Message | null {
  switch (condition.kind) {
    case 'min-percent': {
      const percent = input.total.percent;
      if (percent === null) return msg('score.award.no-percent', { min: condition.min });
      return meets(percent, '>=', condition.min) ? null : msg('score.award.min-percent', { actual: percent, min: condition.min });
    }
    case 'min-targets-met': {
      const { applicable, met } = targetCounts(input.items);
      if (applicable === 0) return msg('score.award.no-targets', { min: condition.min });
      const share = (met / applicable) * 100;
      return meets(share, '>=', condition.min) ? null : msg('score.award.min-targets-met', { met, count: applicable, min: condition.min });
    }
    case 'criterion': {
      const at = criterionAt(input.criteria, condition.criterionId);
      const result = input.criteria[at];
      if (!result) return msg('score.award.criterion-unknown', { id: condition.criterionId });
      if (result.met === true) return null;
      // The compiled plan's reasons for this criterion (frozen, shared), when the result is its.
      const asked = input.compiled?.criteriaByGroup.get(reportGroupOf(input.report))?.[at];
      const known = asked !== undefined && asked.label === result.label ? asked : undefined;
      if (result.met === null) return known?.unanswered ?? msg('score.award.criterion-unanswered', { labelVi: result.label.vi, labelEn: result.label.en });
      return known?.notMet ?? msg('score.award.criterion-not-met', { labelVi: input.compiled?.negatedLabels.get(result.label.vi) ?? negateVi(result.label.vi), labelEn: result.label.en });
    }
    case 'indicator': {
      const actual = conditionValue(condition.code, input);
      const { label, comparator, value } = condition;
      // No figure: the same reason for every report (the compiled plan's, shared).
      if (actual === null) return input.compiled?.indicatorMissing.get(condition) ?? indicatorMissing(condition);
      if (meets(actual, comparator, value)) return null;
      return msg('score.award.indicator-not-met', { labelVi: label.vi, labelEn: label.en, comparator: comparatorSymbol(comparator), value, actual });
    }
    case 'all-targets-met': {
      const { notMet, missing } = targetCounts(input.items);
      if (notMet === 0 && missing === 0) return null;
      return msg('score.award.targets-not-met', { notMet, missing });
    }
    case 'results-count': {
      const { missing } = targetCounts(input.items);
      return missing === 0 ? null : msg('score.award.results-missing', { missing });
    }
  }
}

/** The reason of an indicator condition the report gives no figure for. */
export function indicatorMissing(condition: Extract<AwardLeafCondition, { kind: 'indicator' }>): Message {
  const { label, comparator, value } = condition;
  return msg('score.award.indicator-missing', { labelVi: label.vi, labelEn: label.en, comparator: comparatorSymbol(comparator), value });
}

/** Where the report's answer to a criterion is; -1 when it was not asked. */
function criterionAt(criteria: readonly CriterionResult[], id: string): number {
  for (let i = 0; i < criteria.length; i++) if (criteria[i]!.criterionId === id) return i;
  return -1;
}

/**
 * Applicable targets, met, not met, and without a usable result (not reported, or any status that
 * is neither met nor not met: such a value cannot count for an award).
 */
function targetCounts(items: readonly ScoredItem[]): { applicable: number; met: number; notMet: number; missing: number } {
  let applicable = 0;
  let met = 0;
  let notMet = 0;
  for (const i of items) {
    if (i.status === 'not-applicable') continue;
    applicable++;
    if (i.status === 'met') met++;
    else if (i.status === 'not-met') notMet++;
  }
  return { applicable, met, notMet, missing: applicable - met - notMet };
}

/** A condition in words, for "one of" reasons and plan listings; without a plan a criterion is named by its id. */
export function conditionLabel(condition: AwardLeafCondition, input: { plan: Plan | null }, lang: Lang): string {
  switch (condition.kind) {
    case 'criterion': {
      const c = input.plan?.criteria.find((x) => x.id === condition.criterionId);
      return c ? `${c.label[lang]} (${c.id})` : condition.criterionId;
    }
    case 'indicator':
      return `${condition.label[lang]} ${comparatorSymbol(condition.comparator)} ${formatNumber(condition.value, lang)}`;
    case 'min-percent':
      return t(msg('score.award.cond.min-percent', { min: condition.min }), lang);
    case 'min-targets-met':
      return t(msg('score.award.cond.min-targets-met', { min: condition.min }), lang);
    case 'all-targets-met':
      return t(msg('score.award.cond.all-targets-met'), lang);
    case 'results-count':
      return t(msg('score.award.cond.results-count'), lang);
  }
}

/** Any condition in words ("ít nhất một trong: … hoặc …" for one-of). */
export function describeCondition(condition: AwardCondition, plan: Plan | null, lang: Lang): string {
  if (condition.kind !== 'one-of' && condition.kind !== 'all-of') return conditionLabel(condition, { plan }, lang);
  if (condition.label) return condition.label[lang];
  const list = condition.conditions.map((c) => conditionLabel(c, { plan }, lang)).join(lang === 'vi' ? '; ' : '; ');
  return t(msg(condition.kind === 'one-of' ? 'score.award.cond.one-of' : 'score.award.cond.all-of', { list }), lang);
}

/**
 * The figure an indicator condition reads: a scored item's actual (by target or indicator code),
 * else the report's own row (typed value, or numerator ÷ denominator as a percent).
 */
export function conditionValue(code: string, input: AwardInput): number | null {
  for (const i of input.items) {
    if ((i.targetId === code || i.indicatorId === code) && i.status !== 'not-applicable' && typeof i.actual === 'number') return i.actual;
  }
  const item = reportItem(input.report, code);
  if (!item) return null;
  if (typeof item.value === 'number') return Number.isFinite(item.value) ? item.value : null;
  const { numerator: n, denominator: d } = item;
  if (n === null || !Number.isFinite(n)) return null;
  if (d === null) return n;
  return ratioValue(n, d, { percent: true });
}

// Verbs that read right straight after "chưa" ("chưa đăng ký"); a noun needs "chưa có" ("chưa có sáng kiến").
const VERBS: readonly string[] = Object.freeze(['đăng ký', 'tham gia', 'triển khai', 'thực hiện', 'hoàn thành', 'ban hành', 'tổ chức', 'xây dựng', 'ứng dụng', 'áp dụng', 'báo cáo']);

/**
 * A criterion as not met: "Có đăng ký thi đua" → "chưa đăng ký thi đua", "Có sáng kiến" → "chưa có
 * sáng kiến", "Đã hoàn thành …" → "chưa hoàn thành …"; other labels → "chưa đạt: …".
 */
export function negateVi(label: string): string {
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

import { deadlinesDue, type DueDeadline } from '../plan/deadlines.ts';
import { formatDate, formatNumber, msg, t, type Lang } from '../messages/index.ts';
import type { Unit } from '../schema/common.ts';
import type { Message } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { AwardStatus, ItemStatus, ScoredItem, Scorecard } from '../schema/scorecard.ts';
import { GROUP_WORDS } from '../parse/group.ts';
import { conditionsOf, describeCondition } from './award.ts';
import { comparatorSymbol } from './compare.ts';

/**
 * A scorecard as every surface shows it (extension panel, Sheets sidebar, CLI HTML and terminal):
 * every string already rendered in one language, every bar a percent 0–100. Renderers only lay it out.
 */
export interface ScorecardView {
  lang: Lang;
  title: string;
  unit: string;
  level: string | null;
  period: string;
  total: { text: string; barPercent: number; percent: number | null };
  pillars: PillarView[];
  criteria: CriterionView[];
  award: AwardView;
  gains: GainView[];
  deadlines: DeadlineView[];
  /** What the reader must know to read the total right (unknown maxima, equal weights…). */
  notes: string[];
  /** The plan's movement as the document names it, null when it names none. */
  movement: string | null;
  /** "Đối tượng: thôn, xóm" — whose awards and criteria are shown. */
  group: string;
}

export interface PillarView {
  pillar: ScoredItem['pillar'];
  label: string;
  /** "12,5/20 điểm" */
  pointsText: string;
  /** "3/5 chỉ tiêu đạt" */
  metText: string;
  barPercent: number;
  percent: number | null;
  items: ItemView[];
}

export interface ItemView {
  targetId: string;
  label: string;
  /** The plan's note on the target's wording ("khoảng 10%", "Từ năm 2023"), null when none. */
  note: string | null;
  actualText: string;
  /** "≥ 80%" */
  targetText: string;
  /** "còn thiếu 12,5%"; null when met or not known. */
  gapText: string | null;
  status: ItemStatus;
  statusLabel: string;
  met: boolean | null;
  barPercent: number;
  /** "4,5/6 điểm", "chưa rõ điểm", "chỉ theo dõi…" */
  pointsText: string;
  /** The item's points are unknown ("chưa rõ") and are left out of the total. */
  pointsUnknown: boolean;
}

export interface CriterionView {
  criterionId: string;
  label: string;
  mandatory: boolean;
  met: boolean | null;
  statusLabel: string;
}

export interface AwardRuleView {
  ruleId: string;
  award: string;
  eligible: boolean;
  /** `proposable` reads "Có thể đề nghị", never "Đủ điều kiện". */
  status: AwardStatus;
  statusLabel: string;
  reasons: string[];
  /** The document only lets the unit be proposed for this award. */
  proposal: boolean;
  /** The conditions the rule checks, in words. */
  conditions: string[];
  /** The plan's note on the rule, null when none. */
  note: string | null;
}

export interface AwardView {
  /** The headline rule's award (the best rule of the report's group), null when none is for that group. */
  award: string | null;
  /** The headline rule's id, null when none. */
  ruleId: string | null;
  eligible: boolean;
  status: AwardStatus;
  statusLabel: string;
  reasons: string[];
  rules: AwardRuleView[];
}

export interface GainView {
  /** What the gain is: an item not met, an item with no data or needing a fix, a criterion blocking the award. */
  kind: 'not-met' | 'no-data' | 'needs-fixing' | 'criterion';
  targetId: string;
  label: string;
  /** "+4 điểm nếu đạt ≥ 80%" */
  text: string;
  gapText: string | null;
  points: number;
}

export interface DeadlineView {
  id: string;
  label: string;
  /** "trước 15/11/2023", "hạn quý III/2024" */
  dateText: string;
  daysLeft: number;
  daysLeftText: string;
  status: DueDeadline['status'];
}

export interface ViewOptions {
  /** YYYY-MM-DD; deadlines are listed only when given (the core has no clock). */
  today?: string;
  horizonDays?: number;
}

export function scorecardView(card: Scorecard, plan: Plan, lang: Lang, opts: ViewOptions = {}): ScorecardView {
  const r = (key: string, params: Message['params'] = {}): string => t(msg(key, params), lang);
  const num = (n: number): string => formatNumber(n, lang);
  const itemById = new Map(card.items.map((i) => [i.targetId, i]));

  const targetNotes = new Map(plan.targets.flatMap((x) => (x.note ? [[x.id, x.note] as const] : [])));
  const items = card.items.filter((i) => i.status !== 'not-applicable');
  const pillars: PillarView[] = card.pillars.map((p) => ({
    pillar: p.pillar,
    label: r(`score.pillar.${p.pillar}`),
    pointsText: r('score.view.points', { points: num(p.points), max: num(p.max) }),
    metText: r('score.view.pillar-met', { met: p.met, count: p.count }),
    barPercent: bar(p.percent),
    percent: p.percent,
    items: items.filter((i) => i.pillar === p.pillar).map((i) => ({ ...itemView(i, lang), note: targetNotes.get(i.targetId) ?? null })),
  }));

  const award = awardView(card, plan, lang);
  const gains: GainView[] = card.gains.flatMap((g): GainView[] => {
    if (g.kind === 'criterion') {
      const c = card.criteria.find((x) => x.criterionId === g.targetId);
      return c ? [{ kind: g.kind, targetId: g.targetId, label: c.label[lang], text: r('score.view.gain-criterion'), gapText: null, points: 0 }] : [];
    }
    const item = itemById.get(g.targetId);
    if (!item) return [];
    const target = targetText(item, lang);
    const known = item.points !== null && item.pointsBasis !== 'none';
    const gainKey = g.kind === 'no-data' ? 'score.view.gain-no-data' : g.kind === 'needs-fixing' ? 'score.view.gain-needs-fixing' : 'score.view.gain';
    return [
      {
        kind: g.kind,
        targetId: g.targetId,
        label: item.label[lang],
        text: known ? r(gainKey, { points: num(g.points), target }) : r('score.view.gain-unknown', { target }),
        gapText: gapText(item, lang),
        points: g.points,
      },
    ];
  });

  const deadlines = opts.today
    ? deadlinesDue(plan, opts.today, { horizonDays: opts.horizonDays }).map((d) => deadlineView(d, lang))
    : [];

  return {
    lang,
    title: plan.title[lang],
    unit: unitText(card, lang),
    level: card.unit.level ? r(`score.level.${card.unit.level}`) : null,
    period: card.period ?? r('score.view.period-unknown'),
    total: {
      text:
        card.total.percent === null
          ? r('score.view.total-none')
          : r('score.view.total', { points: num(card.total.points), max: num(card.total.max), percent: num(card.total.percent) }),
      barPercent: bar(card.total.percent),
      percent: card.total.percent,
    },
    pillars,
    criteria: card.criteria.map((c) => ({
      criterionId: c.criterionId,
      label: c.label[lang],
      mandatory: c.mandatory,
      met: c.met,
      statusLabel: r(c.met === null ? 'score.view.criterion-unanswered' : c.met ? 'score.view.criterion-yes' : 'score.view.criterion-no'),
    })),
    award,
    gains,
    deadlines,
    notes: notes(card, plan, lang),
    movement: plan.movement ?? null,
    group: r('score.view.group', { group: GROUP_WORDS[card.unit.group ?? 'agency'][lang] }),
  };
}

function bar(percent: number | null): number {
  if (percent === null || !Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

/** A number in the item's unit: "80%", "12", "5 ngày". */
export function valueText(n: number, unit: Unit, lang: Lang): string {
  return t(msg(`score.unit.${unit}`, { n: formatNumber(n, lang) }), lang);
}

export function targetText(item: ScoredItem, lang: Lang): string {
  if (typeof item.target === 'boolean') return t(msg('score.view.target-yes'), lang);
  return t(msg('score.view.target', { comparator: comparatorSymbol(item.comparator), value: valueText(item.target, item.unit, lang) }), lang);
}

function actualText(item: ScoredItem, lang: Lang): string {
  const r = (key: string): string => t(msg(key), lang);
  if (typeof item.actual === 'boolean') return r(item.actual ? 'score.view.yes' : 'score.view.no');
  if (typeof item.actual === 'number') return valueText(item.actual, item.unit, lang);
  if (item.status === 'needs-fixing') {
    const cells = [...new Set((item.errors ?? []).map((e) => e.location.a1 ?? e.code))].join(', ');
    return t(msg('score.view.needs-fixing', { errors: cells }), lang);
  }
  if (item.noData === 'zero-denominator') return r('score.view.zero-denominator');
  return r('score.view.not-reported');
}

function gapText(item: ScoredItem, lang: Lang): string | null {
  if (item.status !== 'not-met') return null;
  const r = (key: string, params: Message['params'] = {}): string => t(msg(key, params), lang);
  if (typeof item.target === 'boolean') return r('score.view.gap-not-done');
  if (item.gap === null) return null;
  const gap = valueText(item.gap, item.unit, lang);
  const target = valueText(item.target, item.unit, lang);
  switch (item.comparator) {
    case '>=':
      return r('score.view.gap-below', { gap });
    case '>':
      // Exactly at a strict target: nothing is "short", it must go past it.
      return item.gap > 0 ? r('score.view.gap-below', { gap }) : r('score.view.gap-strict', { target });
    case '<=':
      return r('score.view.gap-above', { gap });
    case '<':
      return item.gap > 0 ? r('score.view.gap-above', { gap }) : r('score.view.gap-strict-below', { target });
    case '=':
      return r('score.view.gap-off', { gap });
  }
}

/** Points as the item can tell them; "chưa rõ" wherever the rule or its maximum is unknown. */
function pointsText(item: ScoredItem, lang: Lang): { text: string; unknown: boolean } {
  const r = (key: string, params: Message['params'] = {}): string => t(msg(key, params), lang);
  const num = (n: number): string => formatNumber(n, lang);
  if (item.points !== null && item.max !== null) return { text: r('score.view.points', { points: num(item.points), max: num(item.max) }), unknown: false };
  if (item.points === null && item.max === 0 && item.pointsBasis === 'framework') return { text: r('score.view.monitoring'), unknown: false };
  if (item.points === null && item.max !== null) return { text: r('score.view.points-unknown-of', { max: num(item.max) }), unknown: true };
  if (item.points !== null) return { text: r('score.view.points-unknown-max', { points: num(item.points) }), unknown: true };
  return { text: r('score.view.points-unknown'), unknown: true };
}

function itemView(item: ScoredItem, lang: Lang): ItemView {
  const points = pointsText(item, lang);
  return {
    targetId: item.targetId,
    label: item.label[lang],
    note: null,
    actualText: actualText(item, lang),
    targetText: targetText(item, lang),
    gapText: gapText(item, lang),
    status: item.status,
    statusLabel: t(msg(`score.status.${item.status}`), lang),
    met: item.met,
    barPercent: bar(item.attainment === null ? null : item.attainment * 100),
    pointsText: points.text,
    pointsUnknown: points.unknown,
  };
}

function unitText(card: Scorecard, lang: Lang): string {
  const { name, code } = card.unit;
  if (name && code) return t(msg('score.view.unit-with-code', { name, code }), lang);
  return name ?? code ?? t(msg('score.view.unit-unknown'), lang);
}

const STATUS_LABEL: Readonly<Record<AwardStatus, string>> = {
  eligible: 'score.view.eligible',
  proposable: 'score.view.proposable',
  'not-eligible': 'score.view.not-eligible',
  'not-applicable': 'score.view.award-not-applicable',
};

/** The rules of the report's own group (others are not shown), each with its conditions and note. */
function awardView(card: Scorecard, plan: Plan, lang: Lang): AwardView {
  const r = (key: string): string => t(msg(key), lang);
  const ruleById = new Map(plan.awards.map((a) => [a.id, a]));
  const rules: AwardRuleView[] = card.award.rules
    .filter((a) => a.status !== 'not-applicable')
    .map((a) => {
      const rule = ruleById.get(a.ruleId);
      return {
        ruleId: a.ruleId,
        award: a.award[lang],
        eligible: a.eligible,
        status: a.status,
        statusLabel: r(STATUS_LABEL[a.status]),
        reasons: a.reasons.map((m) => t(m, lang)),
        proposal: rule?.proposal === true,
        conditions: rule ? conditionsOf(rule, plan).map((c) => describeCondition(c, plan, lang)) : [],
        note: rule?.note ?? null,
      };
    });
  const head = card.award.ruleId === null ? undefined : ruleById.get(card.award.ruleId);
  return {
    award: head ? head.award[lang] : null,
    ruleId: head ? head.id : null,
    eligible: card.award.eligible,
    status: card.award.status,
    statusLabel: r(head ? STATUS_LABEL[card.award.status] : plan.awards.length === 0 ? 'score.view.no-award' : 'score.view.no-award-for-group'),
    reasons: card.award.reasons.map((m) => t(m, lang)),
    rules,
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The date as precise as the document: "15/11/2023", "tháng 9/2024", "quý III/2024", "năm 2025". */
export function deadlineDateText(d: Pick<DueDeadline, 'date' | 'precision' | 'kind'>, lang: Lang): string {
  const year = d.date.slice(0, 4);
  const month = Number(d.date.slice(5, 7));
  // Years and months go in as strings: as numbers they would be grouped ("2.024").
  let date: string;
  switch (d.precision) {
    case 'month':
      date = t(msg('score.deadline.month', { month: String(month), year }), lang);
      break;
    case 'quarter': {
      const q = Math.ceil(month / 3);
      date = t(msg('score.deadline.quarter', { quarterVi: ROMAN[q - 1] ?? String(q), quarterEn: String(q), year }), lang);
      break;
    }
    case 'year':
      date = t(msg('score.deadline.year', { year }), lang);
      break;
    default:
      date = formatDate(d.date);
  }
  return t(msg(d.kind === 'before' ? 'score.deadline.before' : 'score.deadline.by', { date }), lang);
}

function deadlineView(d: DueDeadline, lang: Lang): DeadlineView {
  const days = Math.abs(d.daysLeft);
  const key =
    d.status === 'due-today'
      ? 'score.deadline.due-today'
      : d.status === 'overdue'
        ? days === 1
          ? 'score.deadline.overdue-one'
          : 'score.deadline.overdue'
        : days === 1
          ? 'score.deadline.upcoming-one'
          : 'score.deadline.upcoming';
  return {
    id: d.id,
    label: d.label[lang],
    dateText: deadlineDateText(d, lang),
    daysLeft: d.daysLeft,
    daysLeftText: t(msg(key, { days }), lang),
    status: d.status,
  };
}

function notes(card: Scorecard, plan: Plan, lang: Lang): string[] {
  const r = (key: string, params: Message['params'] = {}): string => t(msg(key, params), lang);
  const out: string[] = [];
  const applicable = card.items.filter((i) => i.status !== 'not-applicable');
  const unknown = applicable.filter((i) => pointsText(i, lang).unknown).length;
  if (unknown > 0) out.push(r('score.view.note-unknown-max', { count: unknown }));
  if (applicable.some((i) => i.pointsBasis === 'equal-weight')) out.push(r('score.view.note-equal-weight'));
  const missing = applicable.filter((i) => i.status === 'missing' && i.points !== null).length;
  if (missing > 0) out.push(r('score.view.note-missing', { count: missing }));
  const notApplicable = card.items.length - applicable.length;
  if (notApplicable > 0) {
    const level = card.unit.level ?? plan.level;
    out.push(r('score.view.note-not-applicable', { count: notApplicable, level: r(`score.level.${level}`) }));
  }
  return out;
}

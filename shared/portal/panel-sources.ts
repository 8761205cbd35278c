// Where each figure of the extension panel comes from, rendered for the officer: the period, the
// numerator and denominator the portal gives, the metric's point rule, and which plan targets the
// portal cannot measure (they are entered in the report instead). Pure: no DOM, no clock.
import type { Indicator, PointRule } from '../schema/indicator.ts';
import type { Message } from '../schema/issue.ts';
import { formatNumber, msg, t, type Lang } from '../messages/index.ts';
import type { ItemView } from '../score/view.ts';
import { GROUP_ENDPOINT, type GroupCode } from './endpoints.ts';
import type { MetricFigure } from './figures.ts';
import type { UnitPortalFigures } from './unit-figures.ts';

/** One figure's origin, every line already in the officer's language. */
export interface FigureSource {
  /** "Năm 2026 · Cổng DVCQG, nhóm Số hóa hồ sơ" */
  where: string;
  /** "Tử số 2.564 · Mẫu số 3.443", null when the portal gives no counts. */
  counts: string | null;
  /** The full wording of the numerator and the denominator (the catalogue's), when known. */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** "Điểm 766: 6 × tử số ÷ mẫu số", null when no rule is known. */
  rule: string | null;
}

/** One metric line under a group: "Tỷ lệ hồ sơ … 2.500/3.100 → 16,12/20 điểm". */
export interface MetricSourceView {
  code: string;
  name: string;
  text: string;
  source: FigureSource;
}

export interface PanelSources {
  /** For the total: "Năm 2026 · điểm Cổng công bố" / "cộng sáu nhóm". */
  total: string;
  groups: Record<string, MetricSourceView[]>;
  /** By target id, for the plan targets the portal measures. */
  targets: Record<string, FigureSource>;
}

export interface UnmeasuredTarget {
  targetId: string;
  label: string;
  targetText: string;
}

const r = (lang: Lang, key: string, params: Message['params'] = {}) => t(msg(key, params), lang);

/** The point rule in words, with the numbers of the rule (never a guessed maximum). */
export function ruleText(rule: PointRule, lang: Lang): string {
  const num = (n: number) => formatNumber(n, lang);
  switch (rule.kind) {
    case 'linear':
      return r(lang, 'extui.rule.linear', { max: num(rule.max) });
    case 'capped':
      return r(lang, 'extui.rule.capped', { max: num(rule.max), fullAt: num(rule.fullAt) });
    case 'steps':
      return r(lang, 'extui.rule.steps', { max: num(rule.max) });
    case 'categorical':
      return r(lang, 'extui.rule.categorical', { max: num(rule.max) });
    case 'monitoring':
      return r(lang, 'extui.rule.monitoring');
    case 'unknown':
      return r(lang, 'extui.rule.unknown');
  }
}

/** The metric figure an indicator's binding points at (metric code, or the counts' indicator id). */
export function metricFor(figs: UnitPortalFigures, ind: Indicator): MetricFigure | null {
  const b = ind.portal;
  if (!b) return null;
  const code = b.metricCode ?? ind.id;
  return figs.metrics.find((m) => m.code === code && m.provenance.endpoint === b.endpoint) ?? null;
}

function whereText(figs: UnitPortalFigures, periodText: string, group: GroupCode | null, lang: Lang): string {
  const parts = [periodText, r(lang, 'extui.source.portal')];
  if (group) parts.push(r(lang, 'extui.source.group', { group: r(lang, `portal.group.${group}`) }));
  return parts.join(' · ');
}

function figureSource(figs: UnitPortalFigures, m: MetricFigure | null, ind: Indicator | undefined, periodText: string, group: GroupCode | null, lang: Lang): FigureSource {
  const num = (n: number) => formatNumber(n, lang);
  const counts = m && (m.numerator !== null || m.denominator !== null)
    ? r(lang, 'extui.source.counts', { numerator: m.numerator === null ? '—' : num(m.numerator), denominator: m.denominator === null ? '—' : num(m.denominator) })
    : null;
  return {
    where: whereText(figs, periodText, group, lang),
    counts,
    numeratorLabel: ind?.numerator ? ind.numerator[lang] : null,
    denominatorLabel: ind?.denominator ? ind.denominator[lang] : null,
    rule: ind ? r(lang, 'extui.source.rule', { rule: ruleText(ind.pointRule, lang) }) : null,
  };
}

/** The group an endpoint scores, from the binding. */
function groupOf(ind: Indicator | undefined): GroupCode | null {
  if (!ind?.portal) return null;
  const entry = Object.entries(GROUP_ENDPOINT).find(([, ep]) => ep === ind.portal!.endpoint);
  return entry ? (entry[0] as GroupCode) : null;
}

/**
 * Sources of the panel's figures. `bound` are the plan items the portal measures (target id →
 * indicator); `periodText` is the period as the panel names it.
 */
export function panelSources(
  figs: UnitPortalFigures,
  bound: ReadonlyMap<string, Indicator>,
  indicators: ReadonlyMap<string, Indicator>,
  periodText: string,
  lang: Lang,
): PanelSources {
  const num = (n: number) => formatNumber(n, lang);
  const all = [...indicators.values()];
  const total = [
    periodText,
    r(lang, figs.total.source === 'service-results' ? 'extui.source.total-portal' : figs.total.source === 'sum-of-groups' ? 'extui.source.total-sum' : 'extui.source.total-none'),
  ].join(' · ');

  const groups: Record<string, MetricSourceView[]> = {};
  for (const g of figs.groups) {
    const ep = GROUP_ENDPOINT[g.code];
    const lines: MetricSourceView[] = [];
    for (const m of figs.metrics.filter((x) => x.provenance.endpoint === ep)) {
      const ind = all.find((i) => i.portal?.endpoint === ep && (i.portal.metricCode ?? i.id) === m.code);
      // A metric the catalogue does not know has no rule to show: its name and figures still do.
      const name = ind ? ind.name[lang] : m.name && lang === 'vi' ? m.name : r(lang, 'extui.source.unnamed-metric');
      const ratio = m.ratio === null ? '—' : `${num(Math.round(m.ratio * 100) / 100)}%`;
      const points = m.score === null ? '—' : num(Math.round(m.score * 100) / 100);
      const text = m.max === null
        ? r(lang, 'extui.source.metric-nomax', { ratio, points })
        : r(lang, 'extui.source.metric', { ratio, points, max: num(m.max) });
      lines.push({ code: m.code, name, text, source: figureSource(figs, m, ind, periodText, g.code, lang) });
    }
    groups[g.code] = lines;
  }

  const targets: Record<string, FigureSource> = {};
  for (const [targetId, ind] of bound) targets[targetId] = figureSource(figs, metricFor(figs, ind), ind, periodText, groupOf(ind), lang);
  return { total, groups, targets };
}

/** The plan's items the portal cannot measure: listed, never hidden, as entered in the report. */
export function unmeasuredTargets(items: readonly ItemView[], bound: ReadonlySet<string>): UnmeasuredTarget[] {
  return items
    .filter((i) => !bound.has(i.targetId) && i.status !== 'not-applicable')
    .map((i) => ({ targetId: i.targetId, label: i.label, targetText: i.targetText }));
}

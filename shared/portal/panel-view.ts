// The overlay's display model: what the extension panel and popup show for one unit, every string
// already rendered in one language. Pure: the caller gives the time the data was read.
import type { Indicator } from '../schema/indicator.ts';
import type { Message } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { formatNumber, msg, t, type Lang } from '../messages/index.ts';
import { scorecardView, type ItemView } from '../score/view.ts';
import { GROUP_ENDPOINT } from './endpoints.ts';
import { indicatorForMetric } from './catalogue.ts';
import { periodMessage } from './period.ts';
import { improvementPriorities } from './priorities.ts';
import { panelSources, unmeasuredTargets, type PanelSources, type UnmeasuredTarget } from './panel-sources.ts';
import type { UnitPortalFigures } from './unit-figures.ts';

export interface PanelGroupView {
  code: string;
  label: string;
  /** "16,12/20" or "—" */
  text: string;
  barPercent: number;
  score: number | null;
  max: number;
}

export interface PortalPanelView {
  lang: Lang;
  /** `no-unit`: nothing chosen yet; `waiting`: no figures for the unit in this period; `ready`. */
  state: 'no-unit' | 'waiting' | 'ready';
  title: string;
  unitText: string | null;
  periodText: string;
  readAtText: string | null;
  planTitle: string | null;
  /** Notices to show above everything (format changed…), already rendered. */
  notices: string[];
  /** Shown when state is not `ready`. */
  message: string | null;
  total: { text: string; rankText: string; barPercent: number; score: number | null } | null;
  groups: PanelGroupView[];
  targets: ItemView[];
  /** When the plan has no target bound to a portal figure. */
  targetsNote: string | null;
  priorities: { code: string; text: string; gain: number }[];
  /** Short text for the badge next to the unit's row in the page's ranking. */
  badgeText: string | null;
  /** The collapsed chip: total, rank, "n/m chỉ tiêu đạt" (with the full sentence for its title). */
  chip: { total: string; rank: string | null; met: string | null; metDetail: string | null } | null;
  /** Where each figure comes from (period, counts, rule); null until there are figures. */
  sources: PanelSources | null;
  /** The plan's targets the portal cannot measure: entered in the report, listed, never hidden. */
  unmeasured: UnmeasuredTarget[];
}

export interface PanelInput {
  lang: Lang;
  unitCode: string | null;
  figs: UnitPortalFigures | null;
  card: Scorecard | null;
  plan: Plan | null;
  indicators: ReadonlyMap<string, Indicator>;
  /** When the figures were read, as the caller formats it ("14:05 26/09/2026"). */
  readAt: string | null;
  notices: Message[];
}

const bar = (score: number | null, max: number) => (score === null || max <= 0 ? 0 : Math.min(100, Math.max(0, (score / max) * 100)));

export function portalPanelView(input: PanelInput): PortalPanelView {
  const { lang, figs, card, plan } = input;
  const r = (key: string, params: Message['params'] = {}) => t(msg(key, params), lang);
  const num = (n: number) => formatNumber(n, lang);
  const base: PortalPanelView = {
    lang,
    state: 'ready',
    title: r('ext.panel.title'),
    unitText: null,
    periodText: t(periodMessage(figs?.period ?? null), lang),
    readAtText: null,
    planTitle: plan ? plan.title[lang] : null,
    // Notices of the payloads (format changed, empty group) and of my unit's figures (data conflicts).
    notices: [...input.notices, ...(figs?.notices ?? [])].map((m) => t(m, lang)),
    message: null,
    total: null,
    groups: [],
    targets: [],
    targetsNote: null,
    priorities: [],
    badgeText: null,
    chip: null,
    sources: null,
    unmeasured: [],
  };
  if (!input.unitCode) return { ...base, state: 'no-unit', message: r('ext.panel.no-unit') };
  if (!figs) return { ...base, state: 'waiting', unitText: input.unitCode, message: r('ext.panel.waiting', { unit: input.unitCode }) };

  const unitText = figs.unit.code ? `${figs.unit.name} (${figs.unit.code})` : figs.unit.name;
  const total = figs.total;
  const groups: PanelGroupView[] = figs.groups.map((g) => ({
    code: g.code,
    label: r(`portal.group.${g.code}`),
    text: g.score === null ? `—/${num(g.max)}` : `${num(g.score)}/${num(g.max)}`,
    barPercent: bar(g.score, g.max),
    score: g.score,
    max: g.max,
  }));

  let targets: ItemView[] = [];
  let targetsNote: string | null = null;
  let unmeasured: UnmeasuredTarget[] = [];
  const boundInd = new Map<string, Indicator>();
  if (plan && card) {
    for (const x of plan.targets) {
      const ind = input.indicators.get(x.indicatorId);
      if (ind?.portal) boundInd.set(x.id, ind);
    }
    const bound = new Set(boundInd.keys());
    const view = scorecardView(card, plan, lang);
    const items = view.pillars.flatMap((p) => p.items);
    targets = items.filter((i) => bound.has(i.targetId));
    unmeasured = unmeasuredTargets(items, bound);
    if (targets.length === 0) targetsNote = r('ext.no-targets');
  }

  const all = [...input.indicators.values()];
  const priorities = improvementPriorities(figs, 5).map((p) => {
    const ep = p.provenance?.endpoint ?? (p.group ? GROUP_ENDPOINT[p.group] : null);
    const ind = input.indicators.get(p.code) ?? (ep ? indicatorForMetric(ep, p.code, all) : undefined);
    const name = ind ? ind.name[lang] : p.name && lang === 'vi' ? p.name : r(`portal.group.${p.group ?? p.code}`);
    return { code: p.code, gain: p.gain, text: r('ext.panel.gain-item', { name, points: num(p.gain) }) };
  });

  const met = card ? targets.filter((i) => i.status === 'met').length : 0;
  const counted = targets.filter((i) => i.status !== 'not-applicable').length;
  const chip = {
    total: r('extui.chip.total', { score: total.score === null ? '—' : num(total.score) }),
    rank: total.rank !== null && total.rankOf !== null ? r('extui.chip.rank', { rank: total.rank, of: total.rankOf }) : null,
    met: card ? r('extui.chip.met', { met, count: counted }) : null,
    metDetail: card ? r('extui.chip.met-detail', { met, count: counted, report: unmeasured.length }) : null,
  };
  return {
    ...base,
    unitText,
    readAtText: input.readAt ? r('ext.panel.read-at', { period: base.periodText, time: input.readAt }) : null,
    total: {
      text: total.score === null ? r('ext.panel.total', { score: '—', max: num(total.max) }) : r('ext.panel.total', { score: num(total.score), max: num(total.max) }),
      rankText: total.rank !== null && total.rankOf !== null ? r('ext.panel.rank', { rank: total.rank, of: total.rankOf }) : r('ext.panel.rank-unknown'),
      barPercent: bar(total.score, total.max),
      score: total.score,
    },
    groups,
    targets,
    targetsNote,
    priorities,
    badgeText: total.score === null ? null : r('ext.badge', { score: num(total.score), met, count: counted }),
    chip,
    sources: panelSources(figs, boundInd, input.indicators, base.periodText, lang),
    unmeasured,
  };
}

// The popup's "copy as text" and "export CSV" of one unit's portal figures. Pure string builders.
import { toCsv } from '../csv.ts';
import { hasMessage, msg, t, type Lang } from '../messages/index.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Message } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';
import { comparatorSymbol } from '../score/compare.ts';
import { valueText } from '../score/view.ts';
import { monthPeriod, periodMessage, quarterPeriod, rangePeriod, yearPeriod, type PortalPeriod } from './period.ts';
import type { PortalPanelView } from './panel-view.ts';
import type { PortalSummary } from './summary.ts';

/** Plain text an officer can paste into a message or a report. */
export function panelText(view: PortalPanelView): string {
  const lines: string[] = [view.title];
  if (view.unitText) lines.push(view.unitText);
  lines.push(view.readAtText ?? view.periodText);
  if (view.planTitle) lines.push(view.planTitle);
  for (const n of view.notices) lines.push(`! ${n}`);
  if (view.message) lines.push(view.message);
  if (view.total) lines.push('', `${view.total.text} — ${view.total.rankText}`);
  for (const g of view.groups) lines.push(`- ${g.label}: ${g.text}`);
  if (view.targets.length > 0) {
    lines.push('');
    for (const i of view.targets) {
      lines.push(`- ${i.label}: ${i.actualText} / ${i.targetText} — ${i.statusLabel}${i.gapText ? ` (${i.gapText})` : ''}`);
    }
  }
  if (view.priorities.length > 0) {
    lines.push('');
    for (const p of view.priorities) lines.push(`+ ${p.text}`);
  }
  return lines.join('\n');
}

/** A CSV cell: the toolkit's one CSV writer (shared/csv.ts). */
export { csvCell } from '../csv.ts';

/** What the CSV names instead of codes, in its language: plan targets and catalogue metrics. */
export interface CsvNames {
  /** Target id → its label and target ("≥ 80%"). */
  targets: Record<string, { label: string; targetText: string }>;
  /** Metric code (the portal's, or the indicator id of a count metric) → the indicator's name. */
  metrics: Record<string, string>;
}

/** The names a plan and the catalogue give, in one language. */
export function csvNames(plan: Plan | null, indicators: Iterable<Indicator>, lang: Lang): CsvNames {
  const targets: CsvNames['targets'] = {};
  for (const x of plan?.targets ?? []) {
    const targetText = x.value === true
      ? t(msg('score.view.target-yes'), lang)
      : t(msg('score.view.target', { comparator: comparatorSymbol(x.comparator), value: valueText(x.value, x.unit, lang) }), lang);
    targets[x.id] = { label: x.label[lang], targetText };
  }
  const metrics: CsvNames['metrics'] = {};
  for (const i of indicators) if (i.portal) metrics[i.portal.metricCode ?? i.id] = i.name[lang];
  return { targets, metrics };
}

/** The period key of a summary ("2026", "2026-Q3", "2026-08", "a..b") in words. */
export function periodKeyText(key: string | null, lang: Lang): string {
  let p: PortalPeriod | null = null;
  let m: RegExpExecArray | null;
  if (key && (m = /^(\d{4})$/.exec(key))) p = yearPeriod(Number(m[1]));
  else if (key && (m = /^(\d{4})-Q([1-4])$/.exec(key))) p = quarterPeriod(Number(m[1]), Number(m[2]));
  else if (key && (m = /^(\d{4})-(\d{2})$/.exec(key))) p = monthPeriod(Number(m[1]), Number(m[2]));
  else if (key && (m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key))) p = rangePeriod(m[1]!, m[2]!);
  return t(periodMessage(p), lang);
}

/**
 * A number as the language writes it in a spreadsheet cell: Vietnamese "16,12", English "16.12";
 * no thousands separator, so the spreadsheet reads it as a number. Rounded to 2 decimals for display.
 */
export function csvNumber(n: number | null, lang: Lang): string | null {
  if (n === null || !Number.isFinite(n)) return null;
  const s = String(Math.round(n * 100) / 100);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/**
 * One CSV file in one language: the unit, the period, the total with its rank, the six groups, every
 * metric, every target of the plan the portal measures. Labels instead of codes; Vietnamese files
 * use the Vietnamese decimal comma and therefore `;` between cells (what Excel expects where the
 * decimal mark is a comma), English files a dot and `,`. UTF-8 with BOM so Excel reads the accents.
 */
export function summaryCsv(s: PortalSummary, lang: Lang, names: CsvNames = { targets: {}, metrics: {} }): string {
  const L = (key: string, params: Message['params'] = {}) => t(msg(key, params), lang);
  const n = (v: number | null) => csvNumber(v, lang);
  const sep = lang === 'vi' ? ';' : ',';
  const header = ['section', 'item', 'numerator', 'denominator', 'ratio', 'score', 'max', 'target', 'met'].map((c) => L(`extui.csv.col.${c}`));
  const rows: (string | null)[][] = [header];
  rows.push([L('extui.csv.section.unit'), s.unit.code ? `${s.unit.name} (${s.unit.code})` : s.unit.name, null, null, null, null, null, null, null]);
  rows.push([L('extui.csv.section.period'), periodKeyText(s.period, lang), null, null, null, null, null, null, null]);
  const rank = s.total.rank === null ? L('ext.panel.rank-unknown') : L('extui.csv.rank', { rank: s.total.rank });
  rows.push([L('extui.csv.section.total'), rank, null, null, null, n(s.total.score), n(s.total.max), null, null]);
  for (const g of s.groups) rows.push([L('extui.csv.section.group'), L(`portal.group.${g.code}`), null, null, null, n(g.score), n(g.max), null, null]);
  for (const m of s.metrics) {
    const name = names.metrics[m.code] ?? (hasMessage(`portal.metric.${m.code}`) ? L(`portal.metric.${m.code}`) : L('extui.source.unnamed-metric'));
    rows.push([L('extui.csv.section.metric'), name, n(m.numerator), n(m.denominator), n(m.ratio), n(m.score), n(m.max), null, null]);
  }
  for (const x of s.targets) {
    const named = names.targets[x.targetId];
    const actual = typeof x.actual === 'number' ? n(x.actual) : typeof x.actual === 'boolean' ? L(x.actual ? 'score.view.yes' : 'score.view.no') : null;
    const target = named?.targetText ?? (typeof x.target === 'number' ? n(x.target) : L('score.view.target-yes'));
    const met = x.met === null ? L('extui.csv.not-reported') : L(x.met ? 'extui.csv.met' : 'extui.csv.not-met');
    rows.push([L('extui.csv.section.target'), named?.label ?? x.targetId, null, null, actual, null, null, target, met]);
  }
  return toCsv(rows, sep);
}

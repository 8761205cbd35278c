// `cds trend` output: the same trend as terminal text, a printable HTML page, and JSON.
import { both, formatDate, formatNumber, msg, t, type Lang } from '../messages/index.ts';
import type { Issue, Message } from '../../shared/schema/issue.ts';
import type { Period } from '../../shared/period/period.ts';
import { comparatorSymbol } from '../../shared/score/compare.ts';
import { valueText } from '../../shared/score/view.ts';
import type { Trend, TrendItem, UnitTrend } from '../../shared/trend/trend.ts';
import { htmlPage } from './html-page.ts';
import { escapeHtml as e } from './string-dom.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';
import { fitLine } from './width.ts';

/** Reports not followed, with why (unreadable, another plan, no period, duplicate…). */
export interface TrendProblem {
  file: string;
  reason: Message;
}

/** A figure that moved unusually for this unit (outlier rule with the unit's own history). */
export interface TrendWarning {
  unitKey: string;
  period: Period;
  source: string;
  issue: Issue;
}

export interface TrendOutput {
  trend: Trend;
  planId: string;
  failed: TrendProblem[];
  skipped: readonly string[];
  warnings: readonly TrendWarning[];
}

type Value = number | boolean | null;

function valueOf(v: Value, unit: TrendItem['unit'], lang: Lang): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no';
  return valueText(v, unit, lang);
}

const signed = (n: number, lang: Lang): string => (n > 0 ? '+' : n < 0 ? '−' : '±') + formatNumber(Math.abs(n), lang);

function unitName(u: UnitTrend): string {
  return u.unit.name && u.unit.code ? `${u.unit.name} (${u.unit.code})` : (u.unit.name ?? u.unit.code ?? u.key);
}

function totalText(total: { points: number; max: number; percent: number | null }, lang: Lang): string {
  const pct = total.percent === null ? '' : ` (${formatNumber(total.percent, lang, 1)}%)`;
  return `${formatNumber(total.points, lang)}/${formatNumber(total.max, lang)}${pct}`;
}

/** The lines of one unit after its table: changes, regressions, pace — in one language. */
function unitLines(u: UnitTrend, lang: Lang): { changes: string[]; regressions: string[]; pace: string[]; heading: string | null } {
  const r = L(lang);
  const latest = u.periods[u.periods.length - 1]!;
  const previous = u.periods.length > 1 ? u.periods[u.periods.length - 2]! : null;
  const unitOf = new Map(latest.items.map((i) => [i.targetId, i]));
  const change = (c: UnitTrend['changes'][number]): string => {
    const item = unitOf.get(c.targetId);
    const unit = item?.unit ?? 'count';
    const delta = c.delta === null ? '' : ` (${signed(c.delta, lang)})`;
    return `${c.label[lang]}: ${valueOf(c.from, unit, lang)} → ${valueOf(c.to, unit, lang)}${delta}`;
  };
  const pace = u.pace.map((p) => {
    const item = unitOf.get(p.targetId)!;
    const target = `${comparatorSymbol(item.comparator)} ${valueOf(item.target, item.unit, lang)}`;
    return r('trend.pace-line', {
      label: p.label[lang],
      projected: valueOf(p.projected, item.unit, lang),
      by: formatDate(p.by),
      verdict: r(p.meets ? 'trend.pace-meets' : 'trend.pace-misses', { target }),
    });
  });
  return {
    heading: previous ? r('trend.changes', { from: previous.period.label.vi, to: latest.period.label.vi, fromEn: previous.period.label.en, toEn: latest.period.label.en }) : null,
    changes: u.changes.map(change),
    regressions: u.regressions.map(change),
    pace,
  };
}

function warningLines(out: TrendOutput, u: UnitTrend, lang: Lang): string[] {
  return out.warnings.filter((w) => w.unitKey === u.key).map((w) => `${w.period.label[lang]}: ${t(w.issue.message, lang)}`);
}

export function trendText(out: TrendOutput, lang: Lang, width = 80): string {
  const r = L(lang);
  const lines: string[] = [];
  const text = (line: string) => lines.push(...fitLine(line, width));
  text(`━━ ${r('trend.title')} — ${out.planId} ━━`);
  for (const u of out.trend.units) {
    lines.push('');
    text(`■ ${unitName(u)}`);
    const table = makeTable([r('trend.col.period'), r('trend.col.total'), r('trend.col.source')], [26, 22, 40], undefined, width);
    for (const p of u.periods) table.push([p.period.label[lang], totalText(p.total, lang) + (p.errors > 0 ? `\n${r('multi.flag', { count: p.errors })}` : ''), p.source ?? '']);
    lines.push(table.toString());
    const l = unitLines(u, lang);
    if (l.heading === null) text(r('trend.one-period'));
    else {
      text(l.heading);
      if (l.changes.length === 0) text(`  ${r('trend.no-changes')}`);
      for (const c of l.changes) text(`  • ${c}`);
      if (l.regressions.length > 0) {
        text(r('trend.regressions'));
        for (const c of l.regressions) text(`  ▼ ${c}`);
      }
    }
    if (l.pace.length > 0) {
      text(r('trend.pace-title'));
      for (const p of l.pace) text(`  → ${p}`);
    } else text(r('trend.no-pace'));
    const unusual = warningLines(out, u, lang);
    if (unusual.length > 0) {
      text(r('trend.unusual'));
      for (const w of unusual) text(`  ⚠ ${w}`);
    }
  }
  if (out.failed.length > 0) {
    lines.push('');
    text(r('trend.failed'));
    for (const f of out.failed) text(`  ✗ ${f.file}: ${t(f.reason, lang)}`);
  }
  if (out.skipped.length > 0) {
    text(r('multi.skipped-title'));
    for (const f of out.skipped) text(`  – ${f}`);
  }
  return lines.join('\n') + '\n';
}

export function trendHtml(out: TrendOutput, opts: { lang: Lang; today: string }): string {
  const r = L(opts.lang);
  const lang = opts.lang;
  const list = (items: readonly string[]) => (items.length ? `<ul class="cds-list">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '');
  const parts: string[] = [`<h1>${e(r('trend.title'))}</h1>`, `<p class="cds-page-meta">${e(out.planId)} · ${e(formatDate(opts.today))}</p>`];
  for (const u of out.trend.units) {
    const l = unitLines(u, lang);
    const rows = u.periods.map((p) => `<tr><td>${e(p.period.label[lang])}</td><td class="cds-num">${e(totalText(p.total, lang))}${p.errors > 0 ? `<div class="cds-meta" data-flagged="true">${e(r('multi.flag', { count: p.errors }))}</div>` : ''}</td><td>${e(p.source ?? '')}</td></tr>`).join('\n');
    parts.push(`<section class="cds-card cds-page-section" data-unit="${e(u.key)}"><h2>${e(unitName(u))}</h2>
<table class="cds-items"><thead><tr><th scope="col">${e(r('trend.col.period'))}</th><th scope="col" class="cds-num">${e(r('trend.col.total'))}</th><th scope="col">${e(r('trend.col.source'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${l.heading === null ? `<p>${e(r('trend.one-period'))}</p>` : `<p><strong>${e(l.heading)}</strong></p>${l.changes.length ? list(l.changes) : `<p>${e(r('trend.no-changes'))}</p>`}`}
${l.regressions.length ? `<p><strong>${e(r('trend.regressions'))}</strong></p><div class="cds-regressions">${list(l.regressions)}</div>` : ''}
${l.pace.length ? `<p><strong>${e(r('trend.pace-title'))}</strong></p>${list(l.pace)}` : `<p>${e(r('trend.no-pace'))}</p>`}
${warningLines(out, u, lang).length ? `<p><strong>${e(r('trend.unusual'))}</strong></p>${list(warningLines(out, u, lang))}` : ''}
</section>`);
  }
  if (out.failed.length) parts.push(`<section class="cds-page-section"><h2>${e(r('trend.failed'))}</h2>${list(out.failed.map((f) => `${f.file}: ${t(f.reason, lang)}`))}</section>`);
  if (out.skipped.length) parts.push(`<section class="cds-page-section"><h2>${e(r('multi.skipped-title'))}</h2>${list(out.skipped)}</section>`);
  parts.push(`<footer>${e(r('cli.html.footer'))}</footer>`);
  return htmlPage({ lang, title: `${r('trend.title')} — ${out.planId}`, body: parts.join('\n') });
}

/**
 * `cds trend --json`: `{ units: [ { unit: {code, name}, periods: [ {period: {label, start, end},
 * total: {points, max, percent}, items: [...] } ], changes: [ {targetId, from, to, delta} ],
 * pace: [ {targetId, projected, by, meets} ] } ] }` plus regressions, duplicates, failed, skipped.
 */
export function trendJson(out: TrendOutput) {
  return {
    planId: out.planId,
    units: out.trend.units.map((u) => ({
      unit: { code: u.unit.code, name: u.unit.name },
      key: u.key,
      periods: u.periods.map((p) => ({
        period: { label: p.period.label.vi, labelEn: p.period.label.en, kind: p.period.kind, start: p.period.start, end: p.period.end },
        source: p.source,
        errors: p.errors,
        flagged: p.errors > 0,
        total: { points: p.total.points, max: p.total.max, percent: p.total.percent },
        items: p.items.map((i) => ({ targetId: i.targetId, actual: i.actual, points: i.points, max: i.max, met: i.met, status: i.status, delta: i.delta })),
      })),
      changes: u.changes.map((c) => ({ targetId: c.targetId, from: c.from, to: c.to, delta: c.delta, pointsFrom: c.pointsFrom, pointsTo: c.pointsTo, backwards: c.backwards })),
      regressions: u.regressions.map((c) => c.targetId),
      pace: u.pace.map((p) => ({ targetId: p.targetId, projected: p.projected, by: p.by, meets: p.meets, method: p.method, basis: p.basis })),
    })),
    warnings: out.warnings.map((w) => ({ unit: w.unitKey, period: w.period.label.vi, source: w.source, code: w.issue.code, itemCode: w.issue.itemCode, a1: w.issue.location.a1, message: both(w.issue.message) })),
    duplicates: out.trend.duplicates.map((d) => ({ unit: d.unit, period: d.period.label.vi, files: d.sources })),
    failed: out.failed.map((f) => ({ file: f.file, reason: both(f.reason) })),
    skipped: [...out.skipped],
    method: both(msg('trend.pace-title', {})),
  };
}

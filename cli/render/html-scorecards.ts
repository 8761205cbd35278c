import { formatDate, t, type Lang } from '../../shared/messages/index.ts';
import { scorecardView } from '../../shared/score/view.ts';
import { renderScorecardView } from '../../ui/scorecard-dom.ts';
import type { UnitResult } from '../units/analyse.ts';
import { htmlPage } from './html-page.ts';
import { issuesHtml } from './html-issues.ts';
import { stringDocument, toHtml, escapeHtml as e } from './string-dom.ts';
import { L } from './text.ts';

/**
 * `cds score --html`: one printable page with every unit's scorecard (built by the shared
 * renderer of ui/scorecard-dom.ts) followed by the report's issues; units that could not be read
 * are listed with the reason.
 */
export function scorecardsHtml(units: readonly UnitResult[], opts: { lang: Lang; today: string }): string {
  const r = L(opts.lang);
  const doc = stringDocument();
  const parts: string[] = [];
  parts.push(`<h1>${e(r('cli.html.scorecards-title'))}</h1>`);
  parts.push(`<p class="cds-page-meta">${e(r('cli.html.generated', { date: formatDate(opts.today), count: units.length }))}</p>`);
  for (const unit of units) {
    if (unit.scorecard && unit.plan) {
      const view = scorecardView(unit.scorecard, unit.plan, opts.lang, { today: opts.today });
      const card = renderScorecardView(doc, view);
      card.setAttribute('data-file', unit.label);
      // The issues go inside the card, before its closing tag (the renderer knows nothing of files).
      const html = toHtml(card);
      const close = html.lastIndexOf('</');
      const extra = `<div class="cds-section cds-report-issues"><h3>${e(r('cli.html.issues'))}</h3><p class="cds-meta">${e(unit.label)}</p>${issuesHtml(unit.issues, opts.lang)}</div>`;
      parts.push(html.slice(0, close) + extra + html.slice(close));
    } else {
      parts.push(
        `<section class="cds-card" data-file="${e(unit.label)}"><h2>${e(unit.label)}</h2><div class="cds-notice">${e(unit.error ? t(unit.error, opts.lang) : r('cli.report.no-layout'))}</div>${unit.issues.length ? issuesHtml(unit.issues, opts.lang) : ''}</section>`,
      );
    }
  }
  return htmlPage({ lang: opts.lang, title: r('cli.html.scorecards-title'), body: parts.join('\n') });
}

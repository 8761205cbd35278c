import { formatDate, type Lang } from '../../shared/messages/index.ts';
import { htmlPage } from './html-page.ts';
import { rankText, type RankingModel } from './ranking-model.ts';
import { escapeHtml as e } from './string-dom.ts';
import { L } from './text.ts';

function bar(percent: number | null): string {
  const width = percent === null || !Number.isFinite(percent) ? 0 : Math.min(100, Math.max(0, percent));
  const rounded = Math.round(width * 10) / 10;
  return `<span class="cds-bar" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${rounded}"><span class="cds-bar-fill" style="width: ${rounded}%"></span></span>`;
}

const list = (items: readonly string[]): string => (items.length ? `<ul class="cds-list">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '—');

/** `cds rank --html`: a printable ranking report — award quotas first, then the ranking with each unit's biggest gaps. */
export function rankingHtml(model: RankingModel, opts: { lang: Lang; today: string }): string {
  const r = L(opts.lang);
  const parts: string[] = [];
  parts.push(`<h1>${e(model.title)}</h1>`);
  parts.push(`<p class="cds-page-meta">${e(model.planTitle)} · ${e(r('cli.html.generated', { date: formatDate(opts.today), count: model.rows.length + model.failed.length }))}</p>`);

  if (model.awards.length > 0) {
    const awards = model.awards
      .map(
        (a) => `<div class="cds-award" data-eligible="${a.recipients.length > 0}"><p><strong>${e(a.award)}</strong> — ${e(a.quotaText)}, ${e(a.eligibleText)}</p>
<p>${e(r('cli.rank.recipients'))}:</p>${list(a.recipients)}${a.undecided.length ? `<p>${e(r('cli.rank.undecided-list'))}:</p>${list(a.undecided)}` : ''}</div>`,
      )
      .join('\n');
    parts.push(`<section class="cds-page-section"><h2>${e(r('cli.rank.awards'))}</h2>${awards}</section>`);
  }
  if (model.messages.length > 0) parts.push(model.messages.map((m) => `<div class="cds-notice">${e(m)}</div>`).join('\n'));

  const rows = model.rows
    .map(
      (row) => `<tr data-rank="${row.rank}">
<td class="cds-num">${e(rankText(row, opts.lang))}</td>
<td>${e(row.unit)}<div class="cds-meta">${e(row.period)}</div>${row.errors > 0 ? `<div class="cds-meta">⚠ ${e(r('cli.rank.has-errors', { count: row.errors }))}</div>` : ''}</td>
<td class="cds-bar-cell">${e(row.totalText)}${bar(row.percent)}</td>
<td><span class="cds-status" data-status="${row.awards.some((a) => a.startsWith('✓')) ? 'met' : 'missing'}">${e(row.eligibleText)}</span>${row.awards.length ? list(row.awards) : ''}${row.reasons.length ? `<div class="cds-meta">${list(row.reasons)}</div>` : ''}</td>
<td>${list(row.gaps)}</td>
</tr>`,
    )
    .join('\n');
  parts.push(`<section class="cds-card cds-page-section"><h2>${e(r('cli.rank.table'))}</h2>
<table class="cds-items cds-rank">
<thead><tr><th scope="col" class="cds-num">${e(r('cli.term.col.rank'))}</th><th scope="col">${e(r('cli.term.col.unit'))}</th><th scope="col">${e(r('cli.term.col.total'))}</th><th scope="col">${e(r('cli.term.col.award'))}</th><th scope="col">${e(r('cli.term.col.gaps'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></section>`);

  if (model.failed.length > 0) {
    parts.push(`<section class="cds-page-section"><h2>${e(r('cli.rank.failed'))}</h2><ul class="cds-list">${model.failed
      .map((f) => `<li><strong>${e(f.file)}</strong>: ${e(f.reason)}</li>`)
      .join('')}</ul></section>`);
  }
  parts.push(`<footer>${e(r('cli.html.footer'))}</footer>`);
  return htmlPage({ lang: opts.lang, title: `${model.title} — ${model.planTitle}`, body: parts.join('\n') });
}

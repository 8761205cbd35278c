import { t, type Lang } from '../messages/index.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import { escapeHtml as e } from './string-dom.ts';
import { L } from './text.ts';

/** A report's issues as an HTML table (cell, severity, message), errors first. */
export function issuesHtml(issues: readonly Issue[], lang: Lang): string {
  const r = L(lang);
  if (issues.length === 0) return `<p class="cds-meta">${e(r('cli.term.no-issues'))}</p>`;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...issues].sort((a, b) => order[a.severity] - order[b.severity] || (a.location.row ?? 0) - (b.location.row ?? 0));
  const rows = sorted
    .map((i) => {
      const where = [i.location.sheet, i.location.a1 ?? i.location.field].filter(Boolean).join('!');
      const status = i.severity === 'error' ? 'not-met' : 'missing';
      return `<tr data-severity="${i.severity}"><td>${e(where)}</td><td><span class="cds-status" data-status="${status}">${e(r(`cli.severity.${i.severity}`))}</span></td><td>${e(t(i.message, lang))}</td></tr>`;
    })
    .join('\n');
  return `<table class="cds-items cds-issues">
<thead><tr><th scope="col">${e(r('cli.term.col.where'))}</th><th scope="col">${e(r('cli.term.col.severity'))}</th><th scope="col">${e(r('cli.term.col.message'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

import { t, type Lang } from '../messages/index.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';
import { fitLine } from './width.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Issues as a table fitted to `width`: where (A1 and sheet), how bad, what. Errors first, then by row. */
export function issuesText(issues: readonly Issue[], lang: Lang, width = 80): string {
  const r = L(lang);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const summary = r('cli.term.issues-summary', { errors, warnings, infos: issues.length - errors - warnings });
  if (issues.length === 0) return fitLine(r('cli.term.no-issues'), width).join('\n') + '\n';
  const sorted = [...issues].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.location.row ?? 0) - (b.location.row ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  const table = makeTable([r('cli.term.col.where'), r('cli.term.col.severity'), r('cli.term.col.message')], [16, 12, 68], undefined, width);
  for (const issue of sorted) table.push([where(issue), r(`cli.severity.${issue.severity}`), t(issue.message, lang)]);
  return fitLine(summary, width).join('\n') + '\n' + table.toString() + '\n';
}

function where(issue: Issue): string {
  const loc = issue.location;
  const cell = loc.a1 ?? (loc.row !== null ? `#${loc.row}` : loc.field ?? '');
  return loc.sheet ? `${loc.sheet}!${cell}` : cell;
}

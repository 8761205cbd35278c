import type { Lang } from '../../shared/messages/index.ts';
import { textBar } from './bar.ts';
import { rankText, type RankingModel } from './ranking-model.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';

/** The ranking for the terminal: table of units, award quotas, ties, reports that could not be ranked. */
export function rankingText(model: RankingModel, lang: Lang): string {
  const r = L(lang);
  const out: string[] = [];
  out.push(`━━ ${model.title} — ${model.planTitle} ━━`);
  const table = makeTable(
    [r('cli.term.col.rank'), r('cli.term.col.unit'), r('cli.term.col.total'), r('cli.term.col.award'), r('cli.term.col.gaps')],
    [8, 24, 26, 22, 40],
  );
  for (const row of model.rows) {
    const unit = row.unit + (row.errors > 0 ? `\n⚠ ${r('cli.rank.has-errors', { count: row.errors })}` : '');
    table.push([rankText(row, lang), unit, `${row.totalText}\n${textBar(row.percent, 20)}`, [row.eligibleText, ...row.awards, ...row.reasons.map((x) => `• ${x}`)].join('\n'), row.gaps.map((g) => `• ${g}`).join('\n') || '—']);
  }
  out.push(table.toString());

  if (model.awards.length > 0) {
    out.push(r('cli.rank.awards'));
    for (const a of model.awards) {
      out.push(`  ${a.award} — ${a.quotaText}, ${a.eligibleText}`);
      out.push(`    ${r('cli.rank.recipients')}: ${a.recipients.join(', ') || '—'}`);
      if (a.undecided.length > 0) out.push(`    ${r('cli.rank.undecided-list')}: ${a.undecided.join(', ')}`);
    }
  }
  for (const m of model.messages) out.push(`⚠ ${m}`);
  if (model.failed.length > 0) {
    out.push(r('cli.rank.failed'));
    for (const f of model.failed) out.push(`  ✗ ${f.file}: ${f.reason}`);
  }
  return out.join('\n') + '\n';
}

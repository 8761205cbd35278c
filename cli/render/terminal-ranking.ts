import type { Lang } from '../../shared/messages/index.ts';
import { rankText, type RankingModel } from './ranking-model.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';
import { fitLine } from './width.ts';

/**
 * The ranking for the terminal, fitted to `width` columns: table of units, award quotas, ties,
 * reports that could not be ranked.
 */
export function rankingText(model: RankingModel, lang: Lang, width = 80): string {
  const r = L(lang);
  const out: string[] = [];
  const text = (line: string) => out.push(...fitLine(line, width));
  text(`━━ ${model.title} — ${model.planTitle} ━━`);
  const table = makeTable(
    [r('cli.term.col.rank'), r('cli.term.col.unit'), r('cli.term.col.total'), r('cli.term.col.award'), r('cli.term.col.gaps')],
    [8, 24, 26, 22, 40],
    undefined,
    width,
  );
  for (const row of model.rows) {
    const unit = row.unit + (row.errors > 0 ? `\n⚠ ${r('cli.rank.has-errors', { count: row.errors })}` : '') + (row.source ? `\n${row.source}` : '');
    table.push([
      rankText(row, lang),
      unit,
      { text: row.totalText, bar: row.percent },
      [row.eligibleText, ...row.awards, ...row.reasons.map((x) => `• ${x}`)].join('\n'),
      row.gaps.map((g) => `• ${g}`).join('\n') || '—',
    ]);
  }
  out.push(table.toString());

  if (model.awards.length > 0) {
    text(r('cli.rank.awards'));
    for (const a of model.awards) {
      text(`  ${a.award} — ${a.quotaText}, ${a.eligibleText}`);
      text(`    ${r('cli.rank.recipients')}: ${a.recipients.join(', ') || '—'}`);
      if (a.undecided.length > 0) text(`    ${r('cli.rank.undecided-list')}: ${a.undecided.join(', ')}`);
    }
  }
  for (const m of model.messages) text(`⚠ ${m}`);
  if (model.failed.length > 0) {
    text(r('cli.rank.failed'));
    for (const f of model.failed) text(`  ✗ ${f.file}: ${f.reason}`);
  }
  for (const n of model.notes) text(`ℹ ${n}`);
  if (model.setAside.length > 0) {
    text(r('multi.set-aside'));
    for (const f of model.setAside) text(`  – ${f.file}: ${f.reason}`);
  }
  if (model.skipped.length > 0) {
    text(r('multi.skipped-title'));
    for (const f of model.skipped) text(`  – ${f}`);
  }
  return out.join('\n') + '\n';
}

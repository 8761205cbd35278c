import type { Lang } from '../../shared/messages/index.ts';
import type { RawValue } from '../../shared/schema/report.ts';
import type { Ranking } from '../../shared/score/rank.ts';
import type { RankingModel } from './ranking-model.ts';
import { L } from './text.ts';

/** The ranking as rows for a sheet (`--write`): numbers stay numbers so the sheet can sort them. */
export function rankingGrid(ranking: Ranking, model: RankingModel, lang: Lang, generated: string): RawValue[][] {
  const r = L(lang);
  const grid: RawValue[][] = [
    [`${model.title} — ${model.planTitle}`],
    [r('cli.html.generated', { date: generated, count: model.rows.length + model.failed.length })],
    [],
    [
      r('cli.term.col.rank'),
      r('cli.grid.unit'),
      r('cli.grid.unit-code'),
      r('cli.grid.period'),
      r('cli.grid.points'),
      r('cli.grid.max'),
      r('cli.grid.percent'),
      r('cli.term.col.award'),
      r('cli.term.col.gaps'),
      r('cli.term.source'),
    ],
  ];
  ranking.entries.forEach((entry, i) => {
    const row = model.rows[i];
    grid.push([
      entry.rank,
      entry.card.unit.name,
      entry.card.unit.code,
      entry.card.period,
      round(entry.card.total.points),
      round(entry.card.total.max),
      entry.card.total.percent === null ? null : round(entry.card.total.percent),
      row ? [row.eligibleText, ...row.awards, ...row.reasons].join('; ') : null,
      row ? row.gaps.join('; ') : null,
      row?.file ?? null,
    ]);
  });
  for (const f of model.failed) grid.push([null, null, null, null, null, null, null, `✗ ${f.reason}`, null, f.file]);
  return grid;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

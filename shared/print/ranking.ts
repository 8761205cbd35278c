// The ranking as a summary table for the emulation council ("BẢNG TỔNG HỢP — Kết quả chấm điểm,
// xếp hạng …"), landscape: rank, unit and period, total, award, notes (errors flagged, why no
// award). Then the awards within their quotas, ties left to the council, reports not scored; the
// sources in the annex.
import type { Lang } from '../messages/index.ts';
import type { Plan } from '../schema/plan.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { unitLabel, type Ranking } from '../score/rank.ts';
import { scorecardView } from '../score/view.ts';
import {
  documentHeader, localityAuthority, periodPhrase, r, sourceName,
  type PrintBlock, type PrintColumn, type PrintDocument, type PrintOptions, type PrintRow,
} from './model.ts';
import { documentClosing, errorCount, type PrintUnit } from './scorecards.ts';

function rankingColumns(lang: Lang): PrintColumn[] {
  const L = r(lang);
  // The notes column holds whole sentences: it gets the most room, never a sliver.
  return [
    { label: L('print.col.rank'), width: 10, align: 'center' },
    { label: L('print.col.unit'), width: 17, align: 'left' },
    { label: L('print.col.total'), width: 14, align: 'right' },
    { label: L('print.col.award'), width: 28, align: 'left' },
    { label: L('print.col.note'), width: 31, align: 'left' },
  ];
}

export function rankingDocument(ranking: Ranking, plan: Plan, units: readonly PrintUnit[], opts: PrintOptions): PrintDocument {
  const { lang } = opts;
  const L = r(lang);
  const byCard = new Map<Scorecard, PrintUnit>();
  for (const u of units) if (u.card) byCard.set(u.card, u);
  const awardName = new Map(plan.awards.map((a) => [a.id, a.award[lang]]));

  // One period for all (the usual case): said once in the intro, not under every name.
  const periods = new Set(ranking.entries.map((e) => e.card.period ?? ''));
  const onePeriod = periods.size === 1 ? [...periods][0]! : null;
  const rows: PrintRow[] = ranking.entries.map((entry) => {
    const unit = byCard.get(entry.card);
    const errors = unit ? errorCount(unit) : (entry.card.errors?.length ?? 0);
    const view = scorecardView(entry.card, plan, lang);
    const got = entry.awards.map((id) => `✓ ${awardName.get(id) ?? id}`);
    const open = entry.undecided.map((id) => `? ${awardName.get(id) ?? id} (${L('cli.rank.undecided')})`);
    const award = got.length + open.length > 0 ? [...got, ...open] : [view.award.statusLabel];
    const flag = errors > 0 ? L('print.flag.errors', { count: errors }) : null;
    // With errors, the flag is the reason (the award is blocked by them); else why no award, if none.
    const notes = flag ? [`⚠ ${flag}`] : got.length === 0 ? view.award.reasons : [];
    return {
      cells: [
        [entry.tied ? L('cli.rank.tied', { rank: entry.rank }) : String(entry.rank)],
        onePeriod !== null ? [view.unit] : [view.unit, view.period],
        [view.total.text],
        award,
        notes.length > 0 ? notes : ['—'],
      ],
      flag,
    };
  });
  // Reports that could not be scored stay in the table, at the end, flagged — never silently dropped.
  const failed = units.filter((u) => !u.card);
  for (const u of failed) {
    const name = u.source ? sourceName(u.source) : '?';
    const flag = L('print.flag.unreadable', { reason: u.failure ?? '—' });
    rows.push({ cells: [['—'], [name], ['—'], ['—'], [`⚠ ${flag}`]], flag });
  }

  const body: PrintBlock[] = [
    { kind: 'paragraph', text: L('print.basis', { plan: plan.source.document }), emphasis: 'basis' },
    { kind: 'paragraph', text: L(onePeriod ? 'print.intro.ranking-period' : 'print.intro.ranking', { count: units.length, period: onePeriod && lang === 'vi' ? onePeriod.charAt(0).toLocaleLowerCase('vi') + onePeriod.slice(1) : (onePeriod ?? '') }) },
    { kind: 'table', caption: L('print.table', { n: 1, title: L('print.table.ranking') }), columns: rankingColumns(lang), rows, role: 'ranking' },
  ];
  if (ranking.awards.length > 0) {
    body.push({ kind: 'paragraph', text: L('print.awards'), emphasis: 'summary' });
    body.push({
      kind: 'list',
      items: ranking.awards.map((a) => {
        const line = L('print.award.line', {
          award: a.award[lang],
          quota: a.quota === null ? L('cli.rank.no-quota') : L('cli.rank.quota', { quota: a.quota }),
          eligible: L('cli.rank.eligible-count', { count: a.eligible }),
          recipients: a.recipients.map(unitLabel).join(', ') || L('print.none'),
        });
        // A tie at the last place is told once, by the ranking's own message below.
        return line;
      }),
    });
  }
  const messages = ranking.messages.map((m) => r(lang)(m.key, m.params));
  if (messages.length > 0) body.push({ kind: 'list', items: messages });

  return {
    lang,
    orientation: 'landscape',
    pageTitle: L('print.page-title.ranking'),
    header: documentHeader(opts, { authority: localityAuthority(plan) }),
    type: L('print.type.table'),
    summary: L('print.summary.ranking', { period: periodPhrase(plan, lang) }).trim(),
    body,
    ...documentClosing([plan], units, opts, unitLabel),
  };
}

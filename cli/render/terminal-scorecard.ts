import type { Lang } from '../../shared/messages/index.ts';
import type { ScorecardView } from '../../shared/score/view.ts';
import { textBar } from './bar.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';
import { biggestGains } from './ranking-model.ts';

const SYMBOL: Record<string, string> = { 'met': '✓', 'not-met': '✗', 'missing': '–', 'not-applicable': '–' };

/** One scorecard for the terminal: total with a bar, pillars, items, award and reasons, gains, deadlines. */
export function scorecardText(view: ScorecardView, lang: Lang): string {
  const r = L(lang);
  const out: string[] = [];
  const heading = [view.unit, view.level, view.period].filter(Boolean).join(' · ');
  out.push(`━━ ${heading} ━━`);
  out.push(r('cli.term.plan', { title: view.title }));
  out.push(`${r('cli.term.total')}: ${view.total.text}  ${textBar(view.total.percent)}`);

  const pillars = makeTable([r('cli.term.col.pillar'), r('cli.term.col.progress'), r('cli.term.col.points'), r('cli.term.col.met')], [30, 24, 20, 22]);
  for (const p of view.pillars) pillars.push([p.label, textBar(p.percent, 20), p.pointsText, p.metText]);
  out.push(pillars.toString());

  const items = makeTable(
    [r('cli.term.col.code'), r('cli.term.col.item'), r('cli.term.col.actual'), r('cli.term.col.target'), r('cli.term.col.progress'), r('cli.term.col.status'), r('cli.term.col.points')],
    [10, 34, 12, 10, 12, 18, 16],
  );
  for (const p of view.pillars) {
    for (const i of p.items) {
      const status = `${SYMBOL[i.status] ?? '–'} ${i.statusLabel}` + (i.gapText ? `\n${i.gapText}` : '');
      items.push([i.targetId, i.label, i.actualText, i.targetText, textBar(i.barPercent, 10), status, i.pointsText]);
    }
  }
  out.push(items.toString());

  if (view.criteria.length > 0) {
    out.push(r('cli.term.criteria'));
    for (const c of view.criteria) {
      const symbol = c.met === null ? '–' : c.met ? '✓' : '✗';
      out.push(`  ${symbol} ${c.label}${c.mandatory ? ` (${r('cli.term.mandatory')})` : ''}: ${c.statusLabel}`);
    }
  }

  const award = view.award;
  out.push(`${r('cli.term.award')}: ${[award.award, award.statusLabel].filter(Boolean).join(' — ')}`);
  for (const reason of award.reasons) out.push(`  • ${reason}`);
  for (const rule of award.rules.filter((x) => x.award !== award.award)) out.push(`  ${rule.eligible ? '✓' : '✗'} ${rule.award} — ${rule.statusLabel}`);

  if (view.gains.length > 0) {
    out.push(r('cli.term.gains'));
    biggestGains(view.gains).slice(0, 5).forEach((g, n) => out.push(`  ${n + 1}. ${g.label} — ${g.text}${g.gapText ? ` (${g.gapText})` : ''}`));
  }
  if (view.deadlines.length > 0) {
    out.push(r('cli.term.deadlines'));
    for (const d of view.deadlines) out.push(`  ${d.dateText} — ${d.label} (${d.daysLeftText})`);
  }
  for (const note of view.notes) out.push(`ⓘ ${note}`);
  return out.join('\n') + '\n';
}

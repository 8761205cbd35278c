import type { Lang } from '../../shared/messages/index.ts';
import type { ScorecardView } from '../../shared/score/view.ts';
import { textBar } from './bar.ts';
import { makeTable } from './table.ts';
import { L } from './text.ts';
import { biggestGains } from './ranking-model.ts';
import { displayWidth, fitLine } from './width.ts';

/** Short phrases ("✗ Chưa đạt", "≥ 100%", "1/1 điểm") stay on one line in a narrow column. */
const keep = (text: string): string => (text.length <= 12 ? text.replace(/ /g, '\u00a0') : text);

const SYMBOL: Record<string, string> = { 'met': '✓', 'not-met': '✗', 'missing': '–', 'needs-fixing': '⚠', 'not-applicable': '–' };

/**
 * One scorecard for the terminal, fitted to `width` columns: total with a bar, pillars, items,
 * award and reasons, gains, deadlines.
 */
export function scorecardText(view: ScorecardView, lang: Lang, width = 80): string {
  const r = L(lang);
  const out: string[] = [];
  const text = (line: string) => out.push(...fitLine(line, width));
  const heading = [view.unit, view.level, view.period].filter(Boolean).join(' · ');
  text(`━━ ${heading} ━━`);
  text(r('cli.term.plan', { title: view.title }));
  // Issue 13: the movement as the document names it, and whose awards and criteria these are.
  if (view.movement) text(r('score.view.movement', { movement: view.movement }));
  text(view.group);
  const total = `${r('cli.term.total')}: ${view.total.text}`;
  // The bar only where it fits on the line; the number is always there.
  const room = width - displayWidth(total) - 2;
  text(room >= 10 ? `${total}  ${textBar(view.total.percent, Math.min(20, room))}` : total);

  const pillars = makeTable([r('cli.term.col.pillar'), r('cli.term.col.progress'), r('cli.term.col.points'), r('cli.term.col.met')], [30, 24, 20, 22], undefined, width);
  for (const p of view.pillars) pillars.push([p.label, { bar: p.percent }, p.pointsText, p.metText]);
  out.push(pillars.toString());

  // Below 100 columns the bar gives its room to the label: the status says the same in words.
  const withBar = width >= 100;
  const items = makeTable(
    [r('cli.term.col.code'), r('cli.term.col.item'), r('cli.term.col.actual'), r('cli.term.col.target'), ...(withBar ? [r('cli.term.col.progress')] : []), r('cli.term.col.status'), r('cli.term.col.points')],
    [10, 34, 12, 10, ...(withBar ? [12] : []), 18, 16],
    undefined,
    width,
  );
  for (const p of view.pillars) {
    for (const i of p.items) {
      const status = keep(`${SYMBOL[i.status] ?? '–'} ${i.statusLabel}`) + (i.gapText ? `\n${i.gapText}` : '');
      // The document's qualification ("khoảng 10%", "Từ năm 2023") under the target's words.
      const label = i.note ? `${i.label}\n${r('score.plan.note', { note: i.note })}` : i.label;
      items.push([i.targetId, label, keep(i.actualText), keep(i.targetText), ...(withBar ? [{ bar: i.barPercent }] : []), status, keep(i.pointsText)]);
    }
  }
  out.push(items.toString());

  if (view.criteria.length > 0) {
    text(r('cli.term.criteria'));
    for (const c of view.criteria) {
      const symbol = c.met === null ? '–' : c.met ? '✓' : '✗';
      text(`  ${symbol} ${c.label}${c.mandatory ? ` (${r('cli.term.mandatory')})` : ''}: ${c.statusLabel}`);
    }
  }

  const award = view.award;
  text(`${r('cli.term.award')}: ${[award.award, award.statusLabel].filter(Boolean).join(' — ')}`);
  for (const reason of award.reasons) text(`  • ${reason}`);
  const head = award.rules.find((x) => x.ruleId === award.ruleId);
  if (head?.note) text(`      ${head.note}`);
  // The group's other rules; a proposal that holds is "?" (may be proposed), never "✓".
  for (const rule of award.rules.filter((x) => x.ruleId !== award.ruleId)) {
    text(`  ${rule.eligible ? '✓' : rule.status === 'proposable' ? '?' : '✗'} ${rule.award} — ${rule.statusLabel}`);
    if (rule.note) text(`      ${rule.note}`);
  }

  if (view.gains.length > 0) {
    text(r('cli.term.gains'));
    biggestGains(view.gains).slice(0, 5).forEach((g, n) => text(`  ${n + 1}. ${g.label} — ${g.text}${g.gapText ? ` (${g.gapText})` : ''}`));
  }
  if (view.deadlines.length > 0) {
    text(r('cli.term.deadlines'));
    for (const d of view.deadlines) text(`  ${d.dateText} — ${d.label} (${d.daysLeftText})`);
  }
  for (const note of view.notes) text(`ⓘ ${note}`);
  return out.join('\n') + '\n';
}

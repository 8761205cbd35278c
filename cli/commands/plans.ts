import type { Command } from 'commander';
import { formatNumber, t, msg } from '../messages/index.ts';
import { plans } from '../../shared/data/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { conditionsOf, describeCondition } from '../../shared/score/award.ts';
import { comparatorSymbol } from '../../shared/score/compare.ts';
import { GROUP_NAMES, ruleGroup } from '../../shared/score/group.ts';
import { valueText } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { choosePlan } from '../plan-choice.ts';
import { planJson } from '../render/json.ts';
import { makeTable } from '../render/table.ts';
import { L } from '../render/text.ts';
import { fitText, terminalWidth } from '../render/width.ts';
import { deadlineDateText } from '../../shared/score/view.ts';
import { cliError } from '../errors.ts';

export function registerPlansCommands(program: Command, ctx: CommandContext): void {
  program
    .command('plans')
    .description('danh sách kế hoạch / list the plans the toolkit knows')
    .option('--json', 'xuất JSON / JSON output')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        ctx.io.stdout(JSON.stringify(plans.map(planJson), null, 2) + '\n');
        return;
      }
      const r = L(ctx.lang);
      const table = makeTable([r('cli.plans.col.id'), r('cli.plans.col.title'), r('cli.plans.col.level'), r('cli.plans.col.period'), r('cli.plans.col.counts')], [20, 44, 12, 20, 24], undefined, terminalWidth(ctx.io));
      for (const p of plans) {
        table.push([p.id, p.title[ctx.lang], r(`score.level.${p.level}`), p.period.label, r('cli.plans.counts', { targets: p.targets.length, criteria: p.criteria.length, awards: p.awards.length, deadlines: p.deadlines.length })]);
      }
      ctx.io.stdout(table.toString() + '\n');
    });

  program
    .command('plan')
    .description('xem một kế hoạch / show one plan: targets, criteria, awards, deadlines')
    .argument('<id>', 'mã hoặc tệp kế hoạch (JSON, bảng XLSX/CSV) / plan id or plan file (JSON, XLSX/CSV table)')
    .option('--json', 'xuất JSON / JSON output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const choice = await choosePlan(id, ctx.io.cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.template.plan-required', {});
      if (opts.json) ctx.io.stdout(JSON.stringify(planJson(choice.plan), null, 2) + '\n');
      else ctx.io.stdout(planText(choice.plan, ctx));
    });
}

function planText(plan: Plan, ctx: CommandContext): string {
  const lang = ctx.lang;
  const r = L(lang);
  const width = terminalWidth(ctx.io);
  const out: string[] = [];
  out.push(`━━ ${plan.title[lang]} (${plan.id}) ━━`);
  const place = [plan.locality.name, plan.locality.district, plan.locality.province].filter(Boolean).join(', ');
  out.push(`${r('cli.plan.locality')}: ${place} · ${r(`score.level.${plan.level}`)} · ${plan.period.label}`);
  out.push(`${r('cli.plan.source')}: ${[plan.source.document, plan.source.section].filter(Boolean).join(', ')}`);
  out.push(`${r('cli.plan.scoring')}: ${r(`cli.plan.scoring.${plan.scoring.method}`)}`);
  if (plan.movement) out.push(t(msg('score.view.movement', { movement: plan.movement }), lang));

  const targets = makeTable([r('cli.term.col.code'), r('cli.term.col.item'), r('cli.term.col.target'), r('cli.plan.col.pillar'), r('cli.plan.col.applies')], [12, 52, 14, 22, 12], undefined, width);
  for (const target of plan.targets) {
    const value = target.value === true ? r('cli.plan.yes') : `${comparatorSymbol(target.comparator)} ${valueText(target.value, target.unit, lang)}`;
    targets.push([target.id, target.label[lang], value, t(msg(`score.pillar.${target.pillar}`), lang), target.level ? r(`score.level.${target.level}`) : '—']);
  }
  out.push(r('cli.plan.targets', { count: plan.targets.length }));
  out.push(targets.toString());
  // The documents' own qualifications ("khoảng 10%", "Từ năm 2023") belong next to the targets.
  const noted = plan.targets.filter((x) => x.note);
  if (noted.length > 0) {
    out.push(t(msg('score.plan.target-notes'), lang));
    for (const x of noted) out.push(`  ${x.id}: ${x.note}`);
  }

  if (plan.criteria.length > 0) {
    out.push(r('cli.plan.criteria', { count: plan.criteria.length }));
    for (const c of plan.criteria) {
      const group = t(msg('score.plan.for-group', { group: GROUP_NAMES[c.group][lang] }), lang);
      out.push(`  ${c.id}  ${c.label[lang]} [${group}]${c.mandatory ? ` (${r('cli.term.mandatory')})` : ''}`);
      if (c.note) out.push(`        ${t(msg('score.plan.note', { note: c.note }), lang)}`);
    }
  }
  if (plan.awards.length > 0) {
    out.push(r('cli.plan.awards'));
    for (const a of plan.awards) {
      const quota = a.quota === undefined ? '' : ` — ${r('cli.rank.quota', { quota: formatNumber(a.quota, lang) })}`;
      const group = t(msg('score.plan.for-group', { group: GROUP_NAMES[ruleGroup(a)][lang] }), lang);
      const proposal = a.proposal ? ` — ${t(msg('score.plan.proposal'), lang)}` : '';
      out.push(`  ${a.id}  ${a.award[lang]} [${group}]${quota}${proposal}`);
      // Criteria by id: they are listed, with their words, just above.
      const conditions = conditionsOf(a, plan).map((c) => describeCondition(c, null, lang));
      if (conditions.length > 0) out.push(`        ${t(msg('score.view.award-conditions', { list: conditions.join('; ') }), lang)}`);
      if (a.note) out.push(`        ${t(msg('score.plan.note', { note: a.note }), lang)}`);
    }
  }
  if (plan.deadlines.length > 0) {
    out.push(r('cli.plan.deadlines'));
    for (const d of plan.deadlines) {
      const when = d.date
        ? deadlineDateText({ date: d.date, precision: d.precision, kind: d.kind }, lang)
        : r('cli.plan.yearly', { day: String(d.yearly?.day ?? ''), month: String(d.yearly?.month ?? '') });
      out.push(`  ${when} — ${d.label[lang]}`);
    }
  }
  // Free-text lines wrap between words to the terminal's width, under their own indent.
  return fitText(out.join('\n') + '\n', width);
}

import type { Command } from 'commander';
import { deadlinesDue } from '../../shared/deadlines.ts';
import { formatDate } from '../../shared/messages/index.ts';
import { deadlineDateText } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { makeTable } from '../render/table.ts';
import { L } from '../render/text.ts';

interface DeadlinesOptions {
  plan: string;
  date?: string;
  days: string;
  json?: boolean;
}

export function registerDeadlinesCommand(program: Command, ctx: CommandContext): void {
  program
    .command('deadlines')
    .description('các hạn sắp đến, còn bao nhiêu ngày / deadlines due soon, with days left')
    .requiredOption('--plan <id-or-file>', 'plan id or plan JSON file / mã hoặc tệp kế hoạch')
    .option('--date <dd/mm/yyyy>', 'ngày hiện tại / today (default: system date)')
    .option('--days <n>', 'số ngày xem trước và sau / how far ahead and back to look, in days', '30')
    .option('--json', 'xuất JSON / JSON output')
    .action(async (opts: DeadlinesOptions) => {
      const today = parseDateOption(opts.date, ctx.io.now);
      const horizonDays = Number(opts.days);
      if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > 3660) throw cliError('cli.option.bad-days', { value: opts.days });
      const choice = await choosePlan(opts.plan, ctx.io.cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.template.plan-required', {});
      const due = deadlinesDue(choice.plan, today, { horizonDays });
      const r = L(ctx.lang);
      if (opts.json) {
        ctx.io.stdout(JSON.stringify({ planId: choice.plan.id, today, horizonDays, deadlines: due.map((d) => ({ ...d, dateText: { vi: deadlineDateText(d, 'vi'), en: deadlineDateText(d, 'en') } })) }, null, 2) + '\n');
        return;
      }
      ctx.io.stdout(r('cli.deadlines.heading', { plan: choice.plan.title[ctx.lang], date: formatDate(today), days: horizonDays }) + '\n');
      if (due.length === 0) {
        ctx.io.stdout(r('cli.deadlines.none', { days: horizonDays }) + '\n');
        return;
      }
      const table = makeTable([r('cli.deadlines.col.date'), r('cli.deadlines.col.what'), r('cli.deadlines.col.left'), r('cli.deadlines.col.source')], [24, 44, 20, 28]);
      for (const d of due) {
        const left = d.status === 'due-today' ? r('cli.deadlines.today') : d.status === 'overdue' ? r('cli.deadlines.overdue', { days: -d.daysLeft }) : r('cli.deadlines.left', { days: d.daysLeft });
        const mark = d.status === 'overdue' ? '✗ ' : d.status === 'due-today' || d.daysLeft <= 7 ? '⚠ ' : '';
        table.push([deadlineDateText(d, ctx.lang), d.label[ctx.lang], mark + left, d.source.section ?? d.source.document]);
      }
      ctx.io.stdout(table.toString() + '\n');
    });
}


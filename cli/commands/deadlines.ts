import type { Command } from 'commander';
import { deadlinesDue, type DueDeadline } from '../../shared/plan/deadlines.ts';
import { formatDate } from '../../shared/messages/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { deadlineDateText } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { makeTable } from '../render/table.ts';
import { L } from '../render/text.ts';
import { fitLine, terminalWidth } from '../render/width.ts';

interface DeadlinesOptions {
  plan: string;
  date?: string;
  days: string;
  json?: boolean;
}

/** Far enough to reach any deadline a plan can state (the schema's dates stay within four digits of years). */
const EVER = 3_000_000;

/** The next deadline from today on, however far (a yearly one always has a next occurrence); null when all are past. */
export function nextDeadline(plan: Plan, today: string): DueDeadline | null {
  return deadlinesDue(plan, today, { horizonDays: EVER }).find((d) => d.daysLeft >= 0) ?? null;
}

/** The last deadline the plan states, for "no deadline after …" when all are past. */
function lastDeadline(plan: Plan, today: string): DueDeadline | null {
  return deadlinesDue(plan, today, { horizonDays: EVER }).at(-1) ?? null;
}

export function registerDeadlinesCommand(program: Command, ctx: CommandContext): void {
  program
    .command('deadlines')
    .description('các hạn sắp đến, còn bao nhiêu ngày / deadlines due soon, with days left')
    .requiredOption('--plan <id-or-file>', 'mã kế hoạch hoặc tệp kế hoạch (bảng .xlsx/.csv hoặc .json) / plan id or plan file (table .xlsx/.csv or .json)')
    .option('--date <dd/mm/yyyy>', 'ngày hiện tại / today (default: system date)')
    .option('--days <n>', 'số ngày xem trước và sau / how far ahead and back to look, in days', '30')
    .option('--json', 'xuất JSON / JSON output')
    .action(async (opts: DeadlinesOptions) => {
      const today = parseDateOption(opts.date, ctx.io.now);
      const horizonDays = Number(opts.days);
      if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > 3660) throw cliError('cli.option.bad-days', { value: opts.days });
      const choice = await choosePlan(opts.plan, ctx.io.cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.template.plan-required', {});
      const plan = choice.plan;
      const due = deadlinesDue(plan, today, { horizonDays });
      const next = nextDeadline(plan, today);
      const r = L(ctx.lang);
      const dateText = (d: DueDeadline) => ({ vi: deadlineDateText(d, 'vi'), en: deadlineDateText(d, 'en') });
      if (opts.json) {
        ctx.io.stdout(
          JSON.stringify({ planId: plan.id, today, horizonDays, deadlines: due.map((d) => ({ ...d, dateText: dateText(d) })), next: next ? { ...next, dateText: dateText(next) } : null }, null, 2) + '\n',
        );
        return;
      }
      const width = terminalWidth(ctx.io);
      const text = (line: string) => ctx.io.stdout(fitLine(line, width).join('\n') + '\n');
      const left = (d: DueDeadline) =>
        d.status === 'due-today' ? r('cli.deadlines.today') : d.status === 'overdue' ? r('cli.deadlines.overdue', { days: -d.daysLeft }) : r('cli.deadlines.left', { days: d.daysLeft });
      text(r('cli.deadlines.heading', { plan: plan.title[ctx.lang], date: formatDate(today), days: horizonDays }));
      if (due.length === 0) text(r('cli.deadlines.none', { days: horizonDays }));
      else {
        const table = makeTable([r('cli.deadlines.col.date'), r('cli.deadlines.col.what'), r('cli.deadlines.col.left'), r('cli.deadlines.col.source')], [24, 44, 20, 28], undefined, width);
        for (const d of due) {
          const mark = d.status === 'overdue' ? '✗ ' : d.status === 'due-today' || d.daysLeft <= 7 ? '⚠ ' : '';
          table.push([deadlineDateText(d, ctx.lang), d.label[ctx.lang], mark + left(d), d.source.section ?? d.source.document]);
        }
        ctx.io.stdout(table.toString() + '\n');
      }
      // However far it is, the officer learns what comes next (or that nothing does).
      if (next) text(r('cli.deadlines.next', { date: deadlineDateText(next, ctx.lang), what: next.label[ctx.lang], left: left(next) }));
      else {
        const last = lastDeadline(plan, today);
        text(last ? r('cli.deadlines.none-left', { date: deadlineDateText(last, ctx.lang) }) : r('cli.deadlines.none-at-all'));
      }
    });
}

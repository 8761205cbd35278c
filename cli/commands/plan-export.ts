import type { Command } from 'commander';
import { extname } from 'node:path';
import { planToGrid } from '../../shared/plan/table/index.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { planTableCsv, planTableXlsx } from '../io/plan-table-xlsx.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { choosePlan } from '../plan-choice.ts';
import { L } from '../render/text.ts';

/**
 * `cds plan export <id|file> --out plan.xlsx|plan.csv`: any plan as the table an officer edits
 * (shared/plan/table). A sub-command of `plan`, so `cds plan <id>` keeps working.
 */
export function registerPlanExportCommand(program: Command, ctx: CommandContext): void {
  const plan = program.commands.find((c) => c.name() === 'plan');
  if (plan === undefined) throw new Error('the `plan` command must be registered first');
  plan
    .command('export')
    .description('ghi kế hoạch dạng bảng để sửa / write a plan as an editable table (XLSX or CSV)')
    .argument('<id-or-file>', 'mã hoặc tệp kế hoạch / plan id or plan file (JSON, XLSX, CSV)')
    .requiredOption('--out <file>', 'plan.xlsx hoặc plan.csv / output file')
    .option('--force', 'ghi đè tệp đã có / replace an existing file')
    .exitOverride()
    .configureOutput(program.configureOutput())
    .action(async (given: string, opts: { out: string; force?: boolean }) => {
      const ext = extname(opts.out).toLowerCase();
      if (ext !== '.xlsx' && ext !== '.csv') throw cliError('plan-table.cli.bad-extension', { path: opts.out });
      const choice = await choosePlan(given, ctx.io.cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.template.plan-required', {});
      const p = choice.plan;
      const layout = planToGrid(p);
      const data = ext === '.xlsx' ? await planTableXlsx(layout) : planTableCsv(layout.grid);
      await writeOutputFile(ctx.io.cwd, opts.out, data, { overwrite: opts.force === true ? 'always' : 'never' });
      ctx.io.stdout(
        L(ctx.lang)('plan-table.cli.written', {
          plan: p.id, path: opts.out, targets: p.targets.length, criteria: p.criteria.length, awards: p.awards.length, deadlines: p.deadlines.length,
        }) + '\n',
      );
    });
}

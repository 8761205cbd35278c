import type { Command } from 'commander';
import { extname } from 'node:path';
import { parseGroup } from '../../shared/parse/group.ts';
import { reportTemplate } from '../../shared/plan/template.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { writeCsvText } from '../io/write-csv.ts';
import { templateXlsx } from '../io/write-xlsx.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { parseLevelOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { L } from '../render/text.ts';

interface TemplateOptions {
  plan: string;
  level?: string;
  out: string;
  force?: boolean;
  unit?: string;
  unitCode?: string;
  period?: string;
  group?: string;
}

export const TEMPLATE_SHEET = 'Báo cáo';

export function registerTemplateCommand(program: Command, ctx: CommandContext): void {
  program
    .command('template')
    .description('tạo mẫu báo cáo theo kế hoạch / write an empty report for a plan (XLSX or CSV)')
    .requiredOption('--plan <id-or-file>', 'mã kế hoạch hoặc tệp kế hoạch (bảng .xlsx/.csv hoặc .json) / plan id or plan file (table .xlsx/.csv or .json)')
    .requiredOption('--out <file>', 'report.xlsx or report.csv / tệp kết quả')
    .option('--level <xa|huyen|tinh>', 'cấp của đơn vị báo cáo / level of the reporting unit')
    .option('--unit <name>', 'tên đơn vị / unit name to fill in')
    .option('--unit-code <code>', 'mã đơn vị / unit code (portal departmentCode)')
    .option('--period <text>', 'kỳ báo cáo / reporting period')
    .option('--group <doi-tuong>', 'đối tượng: "cơ quan, đơn vị" (mặc định), "thôn, xóm", "doanh nghiệp", "cá nhân", "khác" / target group (default agency)')
    .option('--force', 'ghi đè tệp đã có / replace an existing file')
    .action(async (opts: TemplateOptions) => {
      const ext = extname(opts.out).toLowerCase();
      if (ext !== '.xlsx' && ext !== '.csv') throw cliError('cli.template.bad-extension', { path: opts.out });
      const level = parseLevelOption(opts.level);
      const group = opts.group === undefined ? null : parseGroup(opts.group);
      if (group === undefined || (opts.group !== undefined && group === null)) throw cliError('cli.template.bad-group', { raw: opts.group ?? '' });
      const choice = await choosePlan(opts.plan, ctx.io.cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.template.plan-required', {});
      const { grid, layout } = reportTemplate(choice.plan, {
        ...(level ? { level } : {}),
        ...(opts.unit !== undefined ? { unitName: opts.unit } : {}),
        ...(opts.unitCode !== undefined ? { unitCode: opts.unitCode } : {}),
        ...(opts.period !== undefined ? { period: opts.period } : {}),
        ...(group ? { group } : {}),
      });
      const data = ext === '.xlsx' ? await templateXlsx(grid, layout, TEMPLATE_SHEET) : writeCsvText(grid);
      await writeOutputFile(ctx.io.cwd, opts.out, data, { overwrite: opts.force === true ? 'always' : 'never' });
      ctx.io.stdout(L(ctx.lang)('cli.template.written', { path: opts.out, plan: choice.plan.id, rows: layout.rows.length }) + '\n');
    });
}

import type { Command } from 'commander';
import type { Report } from '../../shared/schema/report.ts';
import type { CommandContext } from '../context.ts';
import { CliError, cliError } from '../errors.ts';
import { readReportFile } from '../io/report-file.ts';
import { resolve } from 'node:path';
import { choosePlan, planForTable, type PlanChoice } from '../plan-choice.ts';
import { validateReport } from '../../shared/validate/index.ts';
import { unitJson, writeJson, writeNdjson } from '../render/json.ts';
import { issuesText } from '../render/terminal-issues.ts';
import { L } from '../render/text.ts';
import { fitText, terminalWidth } from '../render/width.ts';
import { locateReport, type UnitResult } from '../units/analyse.ts';
import { addReportOptions, readUnits, unitsExitCode, type ReportOptions } from './report-options.ts';
import { t } from '../messages/index.ts';

interface ValidateOptions extends ReportOptions {
  plan?: string;
  previous?: string;
  json?: boolean;
  ndjson?: boolean;
}

export function registerValidateCommand(program: Command, ctx: CommandContext): void {
  addReportOptions(
    program
      .command('validate')
      .description('kiểm tra báo cáo theo kế hoạch / check reports against their plan')
      .argument('[files...]', 'tệp báo cáo hoặc thư mục / CSV/XLSX reports or folders')
      .option('--plan <id-or-file>', 'mã kế hoạch hoặc tệp kế hoạch (bảng .xlsx/.csv hoặc .json; mặc định: “Kế hoạch” ghi trong báo cáo) / plan id or plan file (table .xlsx/.csv or .json; default: the report’s “Kế hoạch”)')
      .option('--previous <file>', 'báo cáo kỳ trước / the previous period’s report, for change checks')
      .option('--json', 'xuất JSON (gọn một dòng khi không ra màn hình) / JSON output (one compact line when not a terminal)')
      .option('--ndjson', 'mỗi đơn vị một dòng JSON / one JSON object per unit, one per line'),
  ).action(async (files: string[], opts: ValidateOptions) => {
    const choice = await choosePlan(opts.plan, ctx.io.cwd);
    const previous = opts.previous === undefined ? undefined : await readPrevious(opts.previous, choice, ctx);
    const { units, many } = await readUnits(ctx, files, opts, choice, { score: false, ...(previous ? { previous } : {}) });
    if (previous && many) throw cliError('cli.option.previous-one-report', {});
    if (opts.ndjson) {
      writeNdjson(ctx.io, units.map((u) => unitJson(u, { withFile: true, withScorecard: false })));
    } else if (opts.json) {
      const json = units.map((u) => unitJson(u, { withFile: many, withScorecard: false }));
      writeJson(ctx.io, many ? json : json[0]);
    } else {
      for (const unit of units) ctx.io.stdout(validationText(unit, ctx));
    }
    ctx.exitCode = Math.max(ctx.exitCode, unitsExitCode(units));
  });
}

function validationText(unit: UnitResult, ctx: CommandContext): string {
  const r = L(ctx.lang);
  const where = [unit.label, unit.title, unit.sheet].filter(Boolean).join(' · ');
  const width = terminalWidth(ctx.io);
  if (unit.error) return fitText(`✗ ${where}: ${t(unit.error, ctx.lang)}\n`, width) + (unit.issues.length ? issuesText(unit.issues, ctx.lang, width) : '') + '\n';
  const head = unit.valid ? `✓ ${where}: ${r('cli.term.valid', { plan: unit.plan?.id ?? '' })}` : `✗ ${where}: ${r('cli.term.invalid', { plan: unit.plan?.id ?? '' })}`;
  return fitText(head + '\n', width) + issuesText(unit.issues, ctx.lang, width) + '\n';
}

/** The previous period's report, read with the same plan, for the checks that compare periods. */
async function readPrevious(path: string, choice: PlanChoice, ctx: CommandContext): Promise<Report> {
  const sheets = await readReportFile(resolve(ctx.io.cwd, path));
  const located = locateReport(sheets, path);
  if ('error' in located) throw new CliError(located.error);
  const chosen = planForTable(choice, located.table);
  if ('error' in chosen) throw new CliError(chosen.error);
  return validateReport(located.table, chosen.plan).report;
}

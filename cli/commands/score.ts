import type { Command } from 'commander';
import { t } from '../../shared/messages/index.ts';
import { scorecardView } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { scorecardsHtml } from '../render/html-scorecards.ts';
import { unitJson } from '../render/json.ts';
import { issuesText } from '../render/terminal-issues.ts';
import { scorecardText } from '../render/terminal-scorecard.ts';
import { L } from '../render/text.ts';
import { addReportOptions, readUnits, unitsExitCode, type ReportOptions } from './report-options.ts';

interface ScoreOptions extends ReportOptions {
  plan?: string;
  json?: boolean;
  html?: string;
  force?: boolean;
  date?: string;
}

export function registerScoreCommand(program: Command, ctx: CommandContext): void {
  addReportOptions(
    program
      .command('score')
      .description('chấm điểm báo cáo / score reports: points, targets met, award, biggest gains')
      .argument('[files...]', 'tệp báo cáo hoặc thư mục / CSV/XLSX reports or folders')
      .option('--plan <id-or-file>', 'plan id or plan JSON file (default: each report’s “Kế hoạch”) / mã hoặc tệp kế hoạch')
      .option('--json', 'xuất JSON / JSON output')
      .option('--html <file>', 'ghi phiếu điểm HTML để in / write a printable HTML scorecard')
      .option('--force', 'ghi đè tệp HTML không do cds tạo / replace an HTML file cds did not write')
      .option('--date <dd/mm/yyyy>', 'ngày hiện tại / today, for deadlines (default: system date)'),
  ).action(async (files: string[], opts: ScoreOptions) => {
    const today = parseDateOption(opts.date, ctx.io.now);
    const choice = await choosePlan(opts.plan, ctx.io.cwd);
    const { units, many } = await readUnits(ctx, files, opts, choice, { score: true });
    const r = L(ctx.lang);
    if (opts.json) {
      const json = units.map((u) => unitJson(u, { withFile: many, withScorecard: true }));
      ctx.io.stdout(JSON.stringify(many ? json : json[0], null, 2) + '\n');
    } else if (opts.html !== undefined) {
      const path = await writeOutputFile(ctx.io.cwd, opts.html, scorecardsHtml(units, { lang: ctx.lang, today }), { overwrite: opts.force ? 'always' : 'own' });
      ctx.io.stdout(r('cli.html.written', { path }) + '\n');
    } else {
      for (const unit of units) {
        if (unit.scorecard && unit.plan) {
          ctx.io.stdout(scorecardText(scorecardView(unit.scorecard, unit.plan, ctx.lang, { today }), ctx.lang));
          ctx.io.stdout(`${r('cli.term.source')}: ${[unit.label, unit.title, unit.sheet].filter(Boolean).join(' · ')}\n`);
          ctx.io.stdout(issuesText(unit.issues, ctx.lang) + '\n');
        } else {
          ctx.io.stdout(`✗ ${unit.label}: ${unit.error ? t(unit.error, ctx.lang) : ''}\n`);
          if (unit.issues.length) ctx.io.stdout(issuesText(unit.issues, ctx.lang));
          ctx.io.stdout('\n');
        }
      }
      if (many) ctx.io.stdout(summaryLine(units.length, units.filter((u) => u.scorecard).length, units.filter((u) => u.error || !u.valid).length, ctx) + '\n');
    }
    ctx.exitCode = Math.max(ctx.exitCode, unitsExitCode(units));
  });
}

function summaryLine(total: number, scored: number, withProblems: number, ctx: CommandContext): string {
  return L(ctx.lang)('cli.term.score-summary', { total, scored, problems: withProblems });
}

import type { Command } from 'commander';
import { both, msg, t } from '../messages/index.ts';
import { scorecardView } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { scorecardsPrint } from '../render/html-scorecards.ts';
import { addPrintOptions, printFields, type PrintCliOptions } from '../render/print-options.ts';
import { writePrintouts } from '../render/print-output.ts';
import { unitJson, writeJson, writeNdjson } from '../render/json.ts';
import { issuesText } from '../render/terminal-issues.ts';
import { scorecardText } from '../render/terminal-scorecard.ts';
import { L } from '../render/text.ts';
import { fitText, terminalWidth } from '../render/width.ts';
import { parsePeriodOption, selectReports, sourceText } from '../units/select.ts';
import { addReportOptions, readUnits, unitsExitCode, type ReportOptions } from './report-options.ts';

interface ScoreOptions extends ReportOptions, PrintCliOptions {
  plan?: string;
  json?: boolean;
  ndjson?: boolean;
  html?: string;
  force?: boolean;
  date?: string;
  period?: string;
}

export function registerScoreCommand(program: Command, ctx: CommandContext): void {
  addReportOptions(addPrintOptions(
    program
      .command('score')
      .description('chấm điểm báo cáo / score reports: points, targets met, award, biggest gains')
      .argument('[files...]', 'tệp báo cáo hoặc thư mục / CSV/XLSX reports or folders')
      .option('--plan <id-or-file>', 'mã kế hoạch hoặc tệp kế hoạch (bảng .xlsx/.csv hoặc .json; mặc định: “Kế hoạch” ghi trong từng báo cáo) / plan id or plan file (table .xlsx/.csv or .json; default: each report’s “Kế hoạch”)')
      .option('--json', 'xuất JSON (gọn một dòng khi không ra màn hình) / JSON output (one compact line when not a terminal)')
      .option('--ndjson', 'mỗi đơn vị một dòng JSON / one JSON object per unit, one per line')
      .option('--html <file>', 'ghi phiếu điểm HTML để in / write a printable HTML scorecard')
      .option('--force', 'ghi đè tệp HTML không do cds tạo / replace an HTML file cds did not write')
      .option('--date <dd/mm/yyyy>', 'ngày hiện tại / today, for deadlines (default: system date)')
      .option('--period <text>', 'với nhiều báo cáo: chỉ chấm kỳ này, ví dụ "Quý 3/2025" (mặc định: kỳ mới nhất của mỗi đơn vị) / with several reports: this period only (default: each unit’s latest)'),
  )).action(async (files: string[], opts: ScoreOptions) => {
    const today = parseDateOption(opts.date, ctx.io.now);
    const choice = await choosePlan(opts.plan, ctx.io.cwd);
    const asked = parsePeriodOption(opts.period);
    const read = await readUnits(ctx, files, opts, choice, { score: true });
    const many = read.many;
    // Several reports: one per unit (its latest period, or --period); duplicates and blank templates fail.
    const selection = many ? selectReports(read.units, asked ? { period: asked } : {}) : { units: read.units, notes: [] };
    const units = selection.units.filter((u) => !u.setAside);
    const setAside = selection.units.filter((u) => u.setAside);
    const r = L(ctx.lang);
    if (opts.ndjson || opts.json) {
      const json = units.map((u) => unitJson(u, { withFile: many || Boolean(opts.ndjson), withScorecard: true }));
      const others = [
        ...setAside.map((u) => ({ ...unitJson(u, { withFile: true, withScorecard: false }), scorecard: null, setAside: both(u.setAside!) })),
        ...read.skipped.map((file) => ({ file, skipped: both(msg('multi.skipped', {})) })),
      ];
      if (opts.ndjson) writeNdjson(ctx.io, [...json, ...others]);
      else writeJson(ctx.io, many ? [...json, ...others] : json[0]);
    } else if (opts.html !== undefined || opts.docx !== undefined) {
      await writePrintouts(ctx, opts, scorecardsPrint(units, { lang: ctx.lang, today, ...printFields(opts) }));
    } else {
      const width = terminalWidth(ctx.io);
      for (const unit of units) {
        if (unit.scorecard && unit.plan) {
          ctx.io.stdout(scorecardText(scorecardView(unit.scorecard, unit.plan, ctx.lang, { today }), ctx.lang, width));
          ctx.io.stdout(fitText(`${r('cli.term.source')}: ${[unit.label, unit.title, unit.sheet].filter(Boolean).join(' · ')}\n`, width));
          ctx.io.stdout(issuesText(unit.issues, ctx.lang, width) + '\n');
        } else {
          ctx.io.stdout(fitText(`✗ ${unit.label}: ${unit.error ? t(unit.error, ctx.lang) : ''}\n`, width));
          if (unit.issues.length) ctx.io.stdout(issuesText(unit.issues, ctx.lang, width));
          ctx.io.stdout('\n');
        }
      }
      for (const n of selection.notes) ctx.io.stdout(fitText(`ℹ ${t(n, ctx.lang)}\n`, width));
      for (const u of setAside) ctx.io.stdout(fitText(`– ${sourceText(u)}: ${t(u.setAside!, ctx.lang)}\n`, width));
      for (const file of read.skipped) ctx.io.stdout(fitText(`– ${file}: ${r('multi.skipped')}\n`, width));
      if (many) ctx.io.stdout(fitText(summaryLine(units.length, units.filter((u) => u.scorecard).length, units.filter((u) => u.error || !u.valid).length, ctx) + '\n', width));
    }
    ctx.exitCode = Math.max(ctx.exitCode, unitsExitCode(units));
  });
}

function summaryLine(total: number, scored: number, withProblems: number, ctx: CommandContext): string {
  return L(ctx.lang)('cli.term.score-summary', { total, scored, problems: withProblems });
}

import type { Command } from 'commander';
import { msg } from '../../shared/messages/index.ts';
import { buildTrend, type TrendEntry } from '../../shared/trend/trend.ts';
import type { CommandContext } from '../context.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { L } from '../render/text.ts';
import { trendHtml, trendJson, trendText, type TrendOutput, type TrendProblem, type TrendWarning } from '../render/trend-view.ts';
import { analyseUnit } from '../units/analyse.ts';
import { terminalWidth } from '../render/width.ts';
import { sourceText } from '../units/select.ts';
import { commonPlan } from './rank.ts';
import { addReportOptions, readUnits, type ReportOptions } from './report-options.ts';

interface TrendOptions extends ReportOptions {
  plan?: string;
  json?: boolean;
  html?: string;
  force?: boolean;
  date?: string;
}

/**
 * `cds trend <files…|dir>`: every report read and scored, grouped by unit (code, else the
 * normalised name), its periods in order; per unit the totals by period, what changed since the
 * previous period, the targets that went backwards, and the pace to the plan's end.
 */
export function registerTrendCommand(program: Command, ctx: CommandContext): void {
  addReportOptions(
    program
      .command('trend')
      .description('diễn biến của từng đơn vị qua các kỳ / each unit across periods: totals, changes, regressions, pace')
      .argument('[files...]', 'tệp báo cáo hoặc thư mục / CSV/XLSX reports or folders')
      .option('--plan <id-or-file>', 'mã kế hoạch, tệp kế hoạch (bảng .xlsx/.csv hoặc .json) hoặc “auto” (mặc định: kế hoạch nhiều báo cáo ghi nhất) / plan id, plan file (table .xlsx/.csv or .json), or “auto” (default: the plan most reports name)')
      .option('--json', 'xuất JSON / JSON output')
      .option('--html <file>', 'ghi trang HTML để in / write a printable HTML page')
      .option('--force', 'ghi đè tệp HTML không do cds tạo / replace an HTML file cds did not write')
      .option('--date <dd/mm/yyyy>', 'ngày lập / date printed on the page (default: today)'),
  ).action(async (files: string[], opts: TrendOptions) => {
    const today = parseDateOption(opts.date, ctx.io.now);
    const choice = await choosePlan(opts.plan, ctx.io.cwd);
    const read = await readUnits(ctx, files, opts, choice, { score: true });
    const plan = choice.kind === 'fixed' ? choice.plan : commonPlan(read.units);

    const failed: TrendProblem[] = [];
    const entries: TrendEntry[] = [];
    for (const u of read.units) {
      const file = sourceText(u);
      if (u.error) failed.push({ file, reason: u.error });
      else if (u.blank) failed.push({ file, reason: msg('multi.blank', {}) });
      else if (u.plan && u.plan.id !== plan.id) failed.push({ file, reason: msg('cli.rank.plan-mismatch', { plan: plan.id, own: u.plan.id }) });
      else if (!u.period) failed.push({ file, reason: u.periodIssue?.message ?? msg('trend.no-period', {}) });
      else if (u.scorecard) entries.push({ card: u.scorecard, period: u.period, source: file });
    }
    const trend = buildTrend(entries, plan);
    for (const d of trend.duplicates) {
      const unit = d.unit.name && d.unit.code ? `${d.unit.name} (${d.unit.code})` : (d.unit.name ?? d.unit.code ?? '?');
      for (const file of d.sources) failed.push({ file, reason: msg('multi.duplicate', { unit, period: d.period.label.vi, files: d.sources.join('; ') }) });
    }
    for (const e of trend.unidentified) failed.push({ file: e.source ?? '?', reason: msg('trend.unidentified', {}) });

    // Each period checked again against the unit's own earlier periods: changes unusual for this unit.
    const indexBySource = new Map(read.units.map((u, i) => [sourceText(u), i]));
    const warnings: TrendWarning[] = [];
    for (const unit of trend.units) {
      const reports = unit.periods.map((p) => read.units[indexBySource.get(p.source ?? '') ?? -1]?.report ?? null);
      unit.periods.forEach((p, i) => {
        const idx = indexBySource.get(p.source ?? '');
        const previous = reports[i - 1];
        if (i === 0 || idx === undefined || !previous) return;
        const history = reports.slice(0, i - 1).filter((r): r is NonNullable<typeof r> => r !== null);
        const again = analyseUnit(read.loaded[idx]!, { kind: 'fixed', plan }, { score: false, previous, history });
        for (const issue of again.issues) if (issue.code === 'outlier-change') warnings.push({ unitKey: unit.key, period: p.period, source: p.source ?? '', issue });
      });
    }

    const out: TrendOutput = { trend, planId: plan.id, failed, skipped: read.skipped, warnings };
    if (opts.json) ctx.io.stdout(JSON.stringify(trendJson(out), null, 2) + '\n');
    else if (opts.html !== undefined) {
      const path = await writeOutputFile(ctx.io.cwd, opts.html, trendHtml(out, { lang: ctx.lang, today }), { overwrite: opts.force ? 'always' : 'own' });
      ctx.io.stdout(L(ctx.lang)('cli.html.written', { path }) + '\n');
    } else ctx.io.stdout(trendText(out, ctx.lang, terminalWidth(ctx.io)));
    ctx.exitCode = Math.max(ctx.exitCode, failed.length > 0 ? 1 : 0);
  });
}

import type { Command } from 'commander';
import { formatDate, msg, t } from '../messages/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { rankScorecards } from '../../shared/score/rank.ts';
import type { CommandContext } from '../context.ts';
import { CliError, cliError } from '../errors.ts';
import { parseDateOption } from '../options.ts';
import { choosePlan } from '../plan-choice.ts';
import { rankingPrint } from '../render/html-ranking.ts';
import { addPrintOptions, printFields, type PrintCliOptions } from '../render/print-options.ts';
import { writePrintouts } from '../render/print-output.ts';
import { rankingJson, rankingLines, writeJson, writeNdjson } from '../render/json.ts';
import { rankingGrid } from '../render/ranking-grid.ts';
import { rankingModel } from '../render/ranking-model.ts';
import { rankingText } from '../render/terminal-ranking.ts';
import { L } from '../render/text.ts';
import { terminalWidth } from '../render/width.ts';
import { sheetsErrorMessage } from '../sheets/api-error.ts';
import { createSheetsClient } from '../sheets/client.ts';
import { DEFAULT_RETRY } from '../sheets/retry.ts';
import { parseSpreadsheetRef } from '../sheets/spreadsheet-ref.ts';
import { writeRankingSheet } from '../sheets/write-ranking.ts';
import type { UnitResult } from '../units/analyse.ts';
import { hasProblem, parsePeriodOption, selectReports } from '../units/select.ts';
import { addReportOptions, readUnits, type ReportOptions } from './report-options.ts';

interface RankOptions extends ReportOptions, PrintCliOptions {
  plan: string;
  json?: boolean;
  ndjson?: boolean;
  html?: string;
  force?: boolean;
  date?: string;
  write?: string;
  writeSheet: string;
  period?: string;
}

export function registerRankCommand(program: Command, ctx: CommandContext): void {
  addReportOptions(addPrintOptions(
    program
      .command('rank')
      .description('xếp hạng các đơn vị, xét hạn mức khen thưởng / rank units against one plan, with award quotas')
      .argument('[files...]', 'tệp báo cáo hoặc thư mục / CSV/XLSX reports or folders')
      .requiredOption('--plan <id-or-file>', 'mã kế hoạch, tệp kế hoạch (bảng .xlsx/.csv hoặc .json) hoặc “auto” (kế hoạch các báo cáo ghi) / plan id, plan file (table .xlsx/.csv or .json), or “auto” (the plan the reports name)')
      .option('--json', 'xuất JSON (gọn một dòng khi không ra màn hình) / JSON output (one compact line when not a terminal)')
      .option('--ndjson', 'mỗi đơn vị một dòng JSON, dòng cuối là tổng hợp / one JSON object per unit per line, then a summary line')
      .option('--html <file>', 'ghi bảng xếp hạng HTML để in / write a printable HTML ranking')
      .option('--force', 'ghi đè tệp HTML không do cds tạo / replace an HTML file cds did not write')
      .option('--date <dd/mm/yyyy>', 'ngày lập / date printed on the report (default: today)')
      .option('--write <spreadsheet>', 'ghi kết quả vào bảng tính Google / write the ranking to this Google spreadsheet')
      .option('--write-sheet <name>', 'trang tính để ghi / sheet to write to', 'Xếp hạng CĐS')
      .option('--period <text>', 'chỉ xếp hạng kỳ này, ví dụ "Quý 3/2025" (mặc định: kỳ mới nhất của mỗi đơn vị) / rank this period only (default: each unit’s latest)'),
  )).action(async (files: string[], opts: RankOptions) => {
    const today = parseDateOption(opts.date, ctx.io.now);
    const writeRef = opts.write === undefined ? null : parseSpreadsheetRef(opts.write);
    if (opts.write !== undefined && writeRef === null) throw cliError('cli.sheets.bad-ref', { ref: opts.write });
    const choice = await choosePlan(opts.plan, ctx.io.cwd);
    const asked = parsePeriodOption(opts.period);
    const read = await readUnits(ctx, files, opts, choice, { score: true });
    // One report per unit: the latest period (or --period); duplicates and blank templates fail.
    const { units, notes } = selectReports(read.units, asked ? { period: asked } : {});
    const plan = choice.kind === 'fixed' ? choice.plan : commonPlan(units);
    const ranked = units.map((u) => (u.scorecard && u.plan && u.plan.id !== plan.id ? { ...u, scorecard: null, error: msg('cli.rank.plan-mismatch', { plan: plan.id, own: u.plan.id }) } : u));
    const cards = ranked.flatMap((u) => (u.scorecard && !u.setAside ? [u.scorecard] : []));
    const ranking = rankScorecards(cards, plan);
    const extra = { skipped: read.skipped, notes };
    const model = rankingModel(ranking, plan, ranked, ctx.lang, 3, extra);
    const r = L(ctx.lang);

    if (opts.ndjson) writeNdjson(ctx.io, rankingLines(rankingJson(ranking, ranked, extra)));
    else if (opts.json) writeJson(ctx.io, rankingJson(ranking, ranked, extra));
    else if (opts.html !== undefined || opts.docx !== undefined) {
      await writePrintouts(ctx, opts, rankingPrint(ranking, plan, ranked, { lang: ctx.lang, today, ...printFields(opts) }));
    } else ctx.io.stdout(rankingText(model, ctx.lang, terminalWidth(ctx.io)));

    if (writeRef) {
      const accessToken = opts.accessToken ?? ctx.io.env.GOOGLE_OAUTH_ACCESS_TOKEN;
      const rootUrl = ctx.io.env.CDS_SHEETS_API_ROOT;
      const client = await createSheetsClient({
        write: true,
        ...(accessToken ? { accessToken } : {}),
        ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
        ...(rootUrl ? { rootUrl } : {}),
      });
      try {
        await writeRankingSheet(client, writeRef.id, opts.writeSheet, rankingGrid(ranking, model, ctx.lang, formatDate(today)), { ...DEFAULT_RETRY, sleep: ctx.io.sleep });
      } catch (error) {
        throw new CliError(sheetsErrorMessage(error, { id: writeRef.id, email: await client.accountEmail() }));
      }
      // Progress notes go to stderr so `--json` output stays clean.
      ctx.io.stderr(r('cli.rank.written', { id: writeRef.id, sheet: opts.writeSheet }) + '\n');
    }
    const failed = ranked.some(hasProblem);
    ctx.exitCode = Math.max(ctx.exitCode, failed ? 1 : 0);
  });
}

/** With `--plan auto`: the plan most reports name (the first named on a tie). */
export function commonPlan(units: readonly UnitResult[]): Plan {
  const counts = new Map<string, { plan: Plan; n: number }>();
  for (const u of units) {
    if (!u.plan) continue;
    const entry = counts.get(u.plan.id) ?? { plan: u.plan, n: 0 };
    entry.n++;
    counts.set(u.plan.id, entry);
  }
  let best: { plan: Plan; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best) {
    const reasons = units.map((u) => `  ${u.label}: ${u.error ? t(u.error, 'vi') + ' / ' + t(u.error, 'en') : ''}`);
    throw new CliError(msg('cli.rank.no-plan', {}), 2, reasons);
  }
  return best.plan;
}

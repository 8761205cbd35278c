// `cds portal <saved-response.json…> --unit <departmentCode> [--plan <id>] [--json]`: the same core
// as the extension, on evaluation-API responses saved from the browser's network panel (one
// response per file, or a HAR export holding several): figures, group scores and progress against
// the plan for one unit.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { indicatorById, indicators } from '../../shared/data/index.ts';
import { both, formatNumber, msg, t, type Lang } from '../messages/index.ts';
import {
  ENDPOINTS, endpointFromUrl, figuresForUnit, improvementPriorities, parsePortalPayload, periodMessage, portalReport, portalSummary,
  type PortalParseResult, type PortalPayload, type PortalSummary, type UnitPortalFigures,
} from '../../shared/portal/index.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { valueText } from '../../shared/score/view.ts';
import type { CommandContext } from '../context.ts';
import { readJsonFile } from '../io/json-file.ts';
import { CliError, cliError } from '../errors.ts';
import { choosePlan } from '../plan-choice.ts';
import { makeTable } from '../render/table.ts';
import { fitLine, terminalWidth } from '../render/width.ts';
import { metricLabel } from '../../shared/portal/metric-label.ts';

interface PortalOptions {
  unit: string;
  plan: string;
  period?: string;
  json?: boolean;
}

/** One response read from a file: the URL (when known), the request body (when known), the body. */
interface SavedResponse {
  file: string;
  url: string | null;
  request: unknown;
  body: unknown;
}

export function registerPortalCommand(program: Command, ctx?: CommandContext): void {
  program
    .command('portal')
    .description('one unit’s QĐ 766 figures and plan progress from saved portal responses / số liệu 766 và tiến độ kế hoạch của một đơn vị từ phản hồi đã lưu của Cổng')
    .argument('<saved-response...>', 'tệp phản hồi đã lưu / evaluation-API responses saved from the browser (JSON or HAR)')
    .requiredOption('--unit <departmentCode>', 'the unit’s departmentCode, e.g. H44.104 / mã đơn vị')
    .option('--plan <id-or-file>', 'mã kế hoạch hoặc tệp kế hoạch (bảng .xlsx/.csv hoặc .json) / plan id or plan file (table .xlsx/.csv or .json)', 'qd766-national')
    .option('--period <key>', 'kỳ khi các tệp có nhiều kỳ / period when the files hold several (2026, 2026-Q3, 2026-08)')
    .option('--json', 'xuất JSON / JSON output')
    .action(async function (this: Command, files: string[], opts: PortalOptions) {
      const out = (text: string) => (ctx ? ctx.io.stdout(text) : (this.configureOutput().writeOut ?? ((s: string) => process.stdout.write(s)))(text));
      const err = (text: string) => (ctx ? ctx.io.stderr(text) : (this.configureOutput().writeErr ?? ((s: string) => process.stderr.write(s)))(text));
      const cwd = ctx?.io.cwd ?? process.cwd();
      const lang: Lang = ctx?.lang ?? (program.opts<{ lang?: string }>().lang === 'en' ? 'en' : 'vi');
      const r = (key: string, params: Record<string, string | number | null> = {}) => t(msg(key, params), lang);

      const choice = await choosePlan(opts.plan, cwd);
      if (choice.kind !== 'fixed') throw cliError('cli.portal.plan-required', {});
      const plan = choice.plan;

      const saved: SavedResponse[] = [];
      for (const f of files) saved.push(...(await readSaved(resolve(cwd, f), f)));
      if (saved.length === 0) throw cliError('cli.portal.no-responses', {});

      const payloads: PortalPayload[] = [];
      const failures: Extract<PortalParseResult, { ok: false }>[] = [];
      for (const s of saved) {
        const result = parsePortalPayload(s.url ?? guessEndpoint(s.file), s.body, s.request, { indicators });
        if (result.ok) payloads.push(result);
        else {
          failures.push(result);
          const text = both(result.message);
          err(`${s.file}: ${text.vi} / ${text.en}\n`);
          for (const issue of result.issues.slice(0, 5)) err(`  ${t(issue.message, lang)}\n`);
        }
      }
      if (payloads.length === 0) throw new CliError(msg('cli.portal.nothing-readable', { count: failures.length }));

      const periods = [...new Set(payloads.filter((p) => p.formalityId === null).map((p) => p.period?.key ?? null))];
      if (opts.period !== undefined && !periods.includes(opts.period)) {
        throw cliError('cli.portal.period-not-found', { period: opts.period, periods: periods.map((p) => p ?? '?').join(', ') });
      }
      const period = opts.period ?? payloads.filter((p) => p.formalityId === null).at(-1)?.period?.key ?? null;
      if (periods.length > 1 && opts.period === undefined) err(r('cli.portal.several-periods', { period: period ?? '?', periods: periods.map((p) => p ?? '?').join(', ') }) + '\n');

      const figs = figuresForUnit(payloads, opts.unit, { period, indicators });
      if (!figs) throw cliError('cli.portal.unit-not-found', { unit: opts.unit });
      // A unit listed twice with different figures: said, and that group shows no number.
      for (const notice of figs.notices) {
        const text = both(notice);
        err(`${text.vi} / ${text.en}\n`);
      }
      const card = scoreReport(portalReport(figs, plan, indicatorById), plan);
      const summary = portalSummary(figs, card, plan, indicatorById);

      if (opts.json) out(JSON.stringify(summary, null, 2) + '\n');
      else out(terminalText(figs, summary, card, plan, lang, terminalWidth(ctx?.io ?? { env: process.env, isTTY: Boolean(process.stdout.isTTY) })));

      // The figures are printed; a group the portal sent in a changed format still fails the run.
      if (failures.length > 0) throw new CliError(msg('cli.portal.some-unreadable', { count: failures.length }), 1);
      if (figs.notices.length > 0) throw new CliError(figs.notices[0]!, 1);
    });
}

/** Files saved from the network panel: one response, or a HAR export with several. */
async function readSaved(path: string, given: string): Promise<SavedResponse[]> {
  const json = await readJsonFile(path, given, 'cli.portal.bad-json');
  const har = (json as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (Array.isArray(har)) {
    return har.flatMap((e: any, i: number) => {
      const url = typeof e?.request?.url === 'string' ? e.request.url : null;
      if (!url || !endpointFromUrl(url)) return [];
      const body = e?.response?.content?.text;
      if (typeof body !== 'string') return [];
      const decoded = e.response.content.encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
      return [{ file: `${given}#${i}`, url, request: e?.request?.postData?.text, body: decoded }];
    });
  }
  // The request body, when saved next to the response as <name>.request.json, gives the period.
  const requestPath = join(dirname(path), basename(path).replace(/\.json$/i, '') + '.request.json');
  let request: unknown;
  if (requestPath !== path && existsSync(requestPath)) {
    try {
      request = JSON.parse((await readFile(requestPath, 'utf8')).replace(/^\ufeff/, ''));
    } catch {
      request = undefined;
    }
  }
  return [{ file: given, url: null, request, body: json }];
}

/** The endpoint named in a file name (dvc-progress-tree.json), else null: the payload's shape decides. */
function guessEndpoint(file: string): string | null {
  const name = basename(file);
  return [...ENDPOINTS].sort((a, b) => b.length - a.length).find((e) => name.includes(e)) ?? null;
}

/** The unit's figures for the terminal, fitted to `width`; every metric and group by its name, never its API code. */
function terminalText(figs: UnitPortalFigures, s: PortalSummary, card: Scorecard, plan: Plan, lang: Lang, width = 80): string {
  const r = (key: string, params: Record<string, string | number | null> = {}) => t(msg(key, params), lang);
  const n = (v: number | null, digits = 2) => (v === null ? '—' : formatNumber(v, lang, digits));
  const lines: string[] = [];
  const text = (line: string) => lines.push(...fitLine(line, width));
  text(`${figs.unit.name}${figs.unit.code ? ` (${figs.unit.code})` : ''} — ${t(periodMessage(figs.period), lang)}`);
  text(r('cli.portal.total', { score: n(s.total.score), max: s.total.max, rank: s.total.rank === null ? '—' : `${s.total.rank}/${figs.total.rankOf ?? '?'}` }));

  const groups = makeTable([r('cli.portal.col.group'), r('cli.portal.col.score'), r('cli.portal.col.recomputed')], [36, 14, 16], ['left', 'right', 'right'], width);
  for (const g of figs.groups) groups.push([r(`portal.group.${g.code}`), `${n(g.score)}/${g.max}`, n(g.computed)]);
  lines.push(groups.toString());

  const metrics = makeTable([r('cli.portal.col.metric'), r('cli.portal.col.numerator'), r('cli.portal.col.denominator'), r('cli.portal.col.ratio'), r('cli.portal.col.score')], [40, 12, 12, 10, 12], ['left', 'right', 'right', 'right', 'right'], width);
  const label = (code: string, name: string | null, endpoint: UnitPortalFigures['metrics'][number]['provenance']['endpoint'] | null) => metricLabel({ code, name, endpoint }, lang, indicatorById);
  s.metrics.forEach((m, i) => metrics.push([label(m.code, figs.metrics[i]?.name ?? null, figs.metrics[i]?.provenance.endpoint ?? null), n(m.numerator), n(m.denominator), m.ratio === null ? '—' : `${n(m.ratio)}%`, m.max === null ? n(m.score) : `${n(m.score)}/${m.max}`]));
  lines.push(metrics.toString());

  text(r('cli.portal.plan', { plan: plan.title[lang] }));
  if (s.targets.length === 0) text(r('ext.no-targets'));
  else {
    const items = new Map(card.items.map((i) => [i.targetId, i]));
    const targets = makeTable([r('cli.portal.col.target'), r('cli.portal.col.actual'), r('cli.portal.col.goal'), r('cli.portal.col.met')], [44, 14, 12, 14], ['left', 'right', 'right', 'left'], width);
    for (const x of s.targets) {
      const item = items.get(x.targetId)!;
      // Yes/no in words, never "true"; the status kept on one line (no-break spaces).
      const yesNo = (v: unknown) => (typeof v === 'boolean' ? r(v ? 'score.view.yes' : 'score.view.no') : String(v));
      const actual = typeof x.actual === 'number' ? valueText(x.actual, item.unit, lang) : x.actual === null ? '—' : yesNo(x.actual);
      const goal = typeof x.target === 'number' ? valueText(x.target, item.unit, lang) : yesNo(x.target);
      const status = x.met === null ? `– ${r('score.status.missing')}` : x.met ? `✓ ${r('score.status.met')}` : `✗ ${r('score.status.not-met')}`;
      targets.push([item.label[lang], actual, goal, status.replace(/ /g, '\u00a0')]);
    }
    lines.push(targets.toString());
  }
  const priorities = improvementPriorities(figs, 5);
  if (priorities.length > 0) {
    text(r('ext.panel.gains') + ':');
    for (const p of priorities) text(`  + ${label(p.code, p.name, p.provenance?.endpoint ?? null)}: ${n(p.gain)}`);
  }
  return lines.join('\n') + '\n';
}

// "Tổng hợp các đơn vị": every unit of the workbook (a sheet per unit in the report layout, or a
// row per unit of a wide "Tổng hợp" table) validated and scored by the core, ranked with the
// plan's award quotas, written to the "Xếp hạng" sheet. Everything runs under the document lock:
// a second officer pressing at the same time waits, then works on the finished state.
import { isPlanTableGrid } from '../../shared/plan/table/index.ts';
import { both, formatNumber, msg, t } from './messages/index.ts';
import { rankScorecards, unitLabel } from '../../shared/score/rank.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import { validateReport } from '../../shared/validate/index.ts';
import { coreRun } from '../../shared/plan/core-run.ts';
import { rowRaw } from '../../shared/parse/report-table.ts';
import { comparePeriods, parsePeriod, type Period } from '../../shared/period/period.ts';
import { unitKeyResolver } from '../../shared/unit/identity.ts';
import { isBlank } from '../../shared/parse/text.ts';
import type { ReportTable } from '../../shared/schema/report.ts';
import { ISSUE_LIST_LIMIT, checkGrid, counts, issueDto } from './check.ts';
import type { RankingDto, RankingRowDto, StatusDto, Text } from './dto.ts';
import { statusDto } from './status.ts';
import type { SpreadsheetLike } from './gas.ts';
import { withDocumentLock } from './lock.ts';
import { applyMarks, planMarks } from './marks.ts';
import { Problem, guardWrite, isProtectionError } from './problem.ts';
import { writeLines, type Line } from './result-sheet.ts';
import { ownedSheet, readSheet } from './sheet-port.ts';
import { RANKING_MARKER, RANKING_SHEET, isOutputGrid } from './sheet-names.ts';
import { readWideTable } from './wide-table.ts';
import { choosePlan, planTabsOf } from './plan-tab.ts';


interface Unit {
  card: Scorecard;
  plan: Plan;
  source: string;
  errors: number;
  /** Submit/approve status of a unit's own sheet; null for a row of a "Tổng hợp" table. */
  status: StatusDto | null;
}

const vi = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), 'vi');

function percentText(p: number | null): Text {
  return p === null ? both(msg('unknown')) : { vi: formatNumber(p, 'vi'), en: formatNumber(p, 'en') };
}

/** A template nobody filled in: listed as "chưa điền", never ranked with 0 points (as `cds rank`). */
function isBlankTable(table: ReportTable): boolean {
  return table.rows.every((r) => isBlank(rowRaw(r, 'value')) && isBlank(rowRaw(r, 'numerator')) && isBlank(rowRaw(r, 'denominator')));
}

export function collectUnits(book: SpreadsheetLike): { units: Unit[]; skipped: RankingDto['skipped']; issues: Issue[] } {
  const units: Unit[] = [];
  const skipped: RankingDto['skipped'] = [];
  const issues: Issue[] = [];
  const tabs = planTabsOf(book);
  const tabsListed = new Set<string>();
  // Each plan compiled once for every sheet and unit row of the workbook.
  const run = coreRun();
  for (const sheet of book.getSheets()) {
    const read = readSheet(sheet);
    if (isOutputGrid(read.grid) || isPlanTableGrid(read.grid)) continue;
    const wide = readWideTable(read, (id) => {
      const choice = choosePlan(id, tabs);
      return choice.kind === 'tab' ? choice.tab.plan ?? undefined : choice.kind === 'bundled' ? choice.plan : undefined;
    });
    if (wide !== null) {
      const sheetIssues: Issue[] = [];
      const compiled = run.compiled(wide.plan);
      for (const u of wide.units) {
        if (isBlankTable(u.table)) {
          skipped.push({ name: `${read.name} — ${vi('sheets.rank.row', { row: String(u.row) })}`, reason: both(msg('multi.blank')) });
          continue;
        }
        const result = validateReport(u.table, wide.plan, { compiled });
        sheetIssues.push(...result.issues);
        units.push({
          card: scoreReport(result.report, wide.plan, { issues: result.issues, compiled }),
          plan: wide.plan,
          source: `${read.name} — ${vi('sheets.rank.row', { row: String(u.row) })}`,
          errors: result.issues.filter((i) => i.severity === 'error').length,
          status: null,
        });
      }
      // Issues without a cell (an item with no column) are listed, not marked; a protected
      // summary sheet keeps its marks (its issues are listed all the same).
      try {
        applyMarks(sheet, planMarks(sheetIssues.filter((i) => i.location.column !== null), 1, read.name), { extent: { rows: read.rows, columns: read.columns } });
      } catch (e) {
        if (!isProtectionError(e)) throw e;
      }
      issues.push(...sheetIssues);
      continue;
    }
    const checked = checkGrid(sheet, read, tabs, run);
    if (checked.table === null) continue;
    // A plan tab's issues are listed once, however many units use it.
    if (checked.tab !== null && !tabsListed.has(checked.tab.name)) {
      tabsListed.add(checked.tab.name);
      issues.push(...checked.tab.issues);
    }
    const own = checked.tab === null ? checked.issues : checked.issues.filter((i) => !checked.tab!.issues.includes(i));
    if (checked.plan === null || checked.report === null) {
      const why = checked.issues.find((i) => i.code === 'plan-missing' || i.code === 'plan-unknown' || i.code === 'plan-tab-invalid');
      skipped.push({ name: read.name, reason: why ? both(why.message) : both(msg('sheets.error.plan-missing')) });
      continue;
    }
    if (isBlankTable(checked.table)) {
      skipped.push({ name: read.name, reason: both(msg('multi.blank')) });
      continue;
    }
    issues.push(...own);
    units.push({
      card: scoreReport(checked.report, checked.plan, { issues: own, compiled: run.compiled(checked.plan) }),
      plan: checked.plan,
      source: read.name,
      errors: own.filter((i) => i.severity === 'error').length,
      status: statusDto(checked),
    });
  }
  return { units, skipped, issues };
}

function rankingLines(plan: Plan, rows: RankingRowDto[], ranking: ReturnType<typeof rankScorecards>, messages: Text[]): Line[] {
  const lines: Line[] = [];
  lines.push({ cells: [`${RANKING_MARKER} — ${plan.title.vi}`], bold: true });
  lines.push({ cells: [vi('sheets.rank.plan'), plan.id] });
  lines.push({ cells: [] });
  lines.push({
    cells: ['rank', 'unit', 'code', 'source', 'points', 'percent', 'met', 'eligible', 'awards', 'issues'].map((k) => vi(`sheets.rank.col.${k}`)),
    bold: true,
    fill: '#e8eef7',
  });
  ranking.entries.forEach((e, i) => {
    const row = rows[i]!;
    const met = e.card.items.filter((x) => x.status === 'met').length;
    const applicable = e.card.items.filter((x) => x.status !== 'not-applicable').length;
    const notes = [row.status ? row.status.text.vi : '', row.flagged ? vi('sheets.rank.flagged', { count: row.errors }) : '', row.tied ? vi('sheets.rank.tied') : '', ...row.undecided.map((u) => u.vi)].filter(Boolean).join('; ');
    lines.push({
      cells: [
        e.rank,
        row.flagged ? `⚠ ${row.unit}` : row.unit,
        row.code ?? '',
        row.source,
        Math.round(e.card.total.points * 100) / 100,
        e.card.total.percent === null ? '' : Math.round(e.card.total.percent * 100) / 100,
        `${met}/${applicable}`,
        t(msg(row.eligible ? 'yes' : 'no'), 'vi'),
        [row.awards.map((a) => a.vi).join('; '), notes].filter(Boolean).join(' — '),
        row.errors,
      ],
      statusColumn: undefined,
    });
  });
  lines.push({ cells: [] });
  lines.push({ cells: [vi('sheets.rank.quotas')], bold: true, fill: '#e8eef7' });
  lines.push({ cells: ['', 'award', 'quota', 'eligible-count', 'recipients'].map((k) => (k ? vi(`sheets.rank.col.${k}`) : '')), bold: true });
  for (const a of ranking.awards) {
    lines.push({
      cells: [
        '',
        a.award.vi,
        a.quota === null ? vi('sheets.rank.no-quota') : a.quota,
        a.eligible,
        [a.recipients.map(unitLabel).join('; '), a.undecided.length ? `${vi('sheets.rank.tied')}: ${a.undecided.map(unitLabel).join('; ')}` : ''].filter(Boolean).join(' — '),
      ],
    });
  }
  for (const m of messages) lines.push({ cells: [m.vi] });
  return lines;
}

/**
 * The same unit and period more than once (a copied sheet, a row typed twice): every copy is listed
 * as skipped with the places of all of them, none is ranked — never two entries taking two award
 * places. Units are matched as the CLI matches files (shared/unit/identity.ts).
 */
function withoutDuplicates(units: readonly Unit[], skipped: RankingDto['skipped'], messages: Text[]): Unit[] {
  const resolve = unitKeyResolver(units.map((u) => u.card.unit));
  const groups = new Map<string, Unit[]>();
  units.forEach((u, i) => {
    const parsed = parsePeriod(u.card.period);
    const period = parsed.ok ? parsed.period.key : `text:${(u.card.period ?? '').trim().toLowerCase()}`;
    const key = `${resolve(u.card.unit) ?? `#${i}`}|${period}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  });
  const kept: Unit[] = [];
  for (const same of groups.values()) {
    if (same.length === 1) {
      kept.push(same[0]!);
      continue;
    }
    const reason = both(msg('multi.duplicate', { unit: unitLabel(same[0]!.card.unit), period: same[0]!.card.period ?? '—', files: same.map((u) => u.source).join('; ') }));
    messages.push(reason);
    for (const u of same) skipped.push({ name: u.source, reason });
  }
  return kept;
}

/**
 * Several periods of one unit (a summary table over the year, last quarter's sheet kept): only its
 * latest period is ranked, as `cds rank` does; the older reports are listed as not ranked — never
 * the same commune twice in one ranking. A report whose period cannot be read stays as it was.
 */
function latestPeriodOnly(units: readonly Unit[], skipped: RankingDto['skipped'], messages: Text[]): Unit[] {
  const resolve = unitKeyResolver(units.map((u) => u.card.unit));
  const seen = units.map((u) => {
    const parsed = parsePeriod(u.card.period);
    return { key: resolve(u.card.unit), period: parsed.ok ? parsed.period : null };
  });
  const latest = new Map<string, Period>();
  for (const { key, period } of seen) {
    if (key === null || period === null) continue;
    const best = latest.get(key);
    if (best === undefined || comparePeriods(best, period) < 0) latest.set(key, period);
  }
  let older = 0;
  const kept = units.filter((u, i) => {
    const { key, period } = seen[i]!;
    const best = key === null ? undefined : latest.get(key);
    if (period === null || best === undefined || best.key === period.key) return true;
    skipped.push({ name: u.source, reason: both(msg('multi.older-period', { period: period.label.vi, periodEn: period.label.en, latest: best.label.vi, latestEn: best.label.en })) });
    older++;
    return false;
  });
  if (older > 0) messages.push(both(msg('sheets.rank.latest-note', { count: older })));
  return kept;
}

/**
 * `includeAll`: rank every report. Otherwise, once any report in the workbook uses the status
 * workflow, only submitted and approved reports are ranked; the others are listed as skipped.
 */
export function consolidate(book: SpreadsheetLike, includeAll = false): RankingDto {
  return withDocumentLock(() => {
    const collected = collectUnits(book);
    const { skipped, issues } = collected;
    const workflow = collected.units.some((u) => u.status?.present === true);
    const units = collected.units.filter((u) => {
      if (includeAll || !workflow || u.status === null || u.status.code === 'submitted' || u.status.code === 'approved') return true;
      skipped.push({ name: u.source, reason: both(msg('sheets.status.not-submitted', { status: u.status.text.vi, statusEn: u.status.text.en })) });
      return false;
    });
    if (units.length === 0) throw new Problem('sheets.error.no-units');
    // One ranking per plan: the plan most units use; the others are listed as skipped.
    const byPlan = new Map<string, Unit[]>();
    for (const u of units) byPlan.set(u.plan.id, [...(byPlan.get(u.plan.id) ?? []), u]);
    const [planId, chosen] = [...byPlan].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]!;
    // The units' own plan object: a bundled plan or an officer's plan tab.
    const plan = chosen[0]!.plan;
    const messages: Text[] = [];
    if (byPlan.size > 1) {
      messages.push(both(msg('sheets.error.mixed-plans', { plans: [...byPlan.keys()].join(', '), planId })));
      for (const u of units) if (u.plan.id !== planId) skipped.push({ name: u.source, reason: both(msg('cli.rank.plan-mismatch', { own: u.plan.id, plan: planId })) });
    }
    // Latest period first: two copies of the latest are both refused, never replaced by an older one.
    const single = withoutDuplicates(latestPeriodOnly(chosen, skipped, messages), skipped, messages);
    const ranking = rankScorecards(single.map((u) => u.card), plan);
    messages.push(...ranking.messages.map((m) => both(m)));
    const unitOf = new Map(single.map((u) => [u.card, u]));
    const awardName = new Map(plan.awards.map((a) => [a.id, a.award]));
    const rows: RankingRowDto[] = ranking.entries.map((e) => {
      const u = unitOf.get(e.card)!;
      const errors = Math.max(u.errors, e.card.errors?.length ?? 0);
      return {
        rank: e.rank,
        tied: e.tied,
        unit: unitLabel(e.card.unit),
        code: e.card.unit.code,
        source: u.source,
        percent: e.card.total.percent,
        percentText: percentText(e.card.total.percent),
        eligible: e.card.award.eligible,
        awards: e.awards.map((id) => awardName.get(id) ?? { vi: id, en: id }),
        undecided: e.undecided.map((id) => both(msg('sheets.rank.undecided', { award: awardName.get(id)?.vi ?? id }))),
        errors,
        flagged: errors > 0,
        status: u.status,
      };
    });
    const existed = new Set(book.getSheets().map((s) => s.getName()));
    const sheet = ownedSheet(book, RANKING_SHEET, RANKING_MARKER);
    const name = sheet.getName();
    guardWrite(name, () => writeLines(sheet, rankingLines(plan, rows, ranking, messages), existed.has(name) ? null : [60, 220, 100, 200, 80, 80, 100, 100, 260, 90]));
    return {
      planId,
      planTitle: plan.title,
      sheet: name,
      rows,
      quotas: ranking.awards.map((a) => ({
        award: a.award,
        quota: a.quota,
        eligible: a.eligible,
        recipients: a.recipients.map(unitLabel),
        undecided: a.undecided.map(unitLabel),
      })),
      messages,
      skipped,
      issues: issues.slice(0, ISSUE_LIST_LIMIT).map(issueDto),
      issueCounts: counts(issues),
    };
  });
}

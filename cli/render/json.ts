import { both } from '../messages/index.ts';
import type { Issue } from '../../shared/schema/issue.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import type { Ranking } from '../../shared/score/rank.ts';
import type { DueDeadline } from '../../shared/plan/deadlines.ts';
import type { UnitResult } from '../units/analyse.ts';
import { sourceText } from '../units/select.ts';
import type { Message } from '../../shared/schema/issue.ts';


/*
 * The JSON that scripts read. Field names are a contract (issue 2 §4): `valid`, `issues[]` with
 * `code, severity, location{sheet,row,column,a1}, message{vi,en}`, `scorecard{total, items[],
 * award{eligible, reasons[]}}`. Extra fields may be added, never renamed. Every text is given in
 * both languages, whatever `--lang` says.
 */

export function issueJson(issue: Issue) {
  return {
    code: issue.code,
    severity: issue.severity,
    location: {
      sheet: issue.location.sheet,
      row: issue.location.row,
      column: issue.location.column,
      a1: issue.location.a1,
      field: issue.location.field,
    },
    itemCode: issue.itemCode,
    message: both(issue.message),
  };
}

export function scorecardJson(card: Scorecard) {
  return {
    planId: card.planId,
    unit: card.unit,
    period: card.period,
    total: { points: card.total.points, max: card.total.max, percent: card.total.percent },
    items: card.items.map((i) => ({
      targetId: i.targetId,
      indicatorId: i.indicatorId,
      label: i.label,
      actual: i.actual,
      target: i.target,
      comparator: i.comparator,
      unit: i.unit,
      met: i.met,
      status: i.status,
      attainment: i.attainment,
      points: i.points,
      max: i.max,
      gap: i.gap,
    })),
    pillars: card.pillars,
    criteria: card.criteria,
    award: {
      eligible: card.award.eligible,
      // `proposable` = may be proposed only ("có thể đề nghị"); `not-applicable` = a rule for another target group.
      status: card.award.status,
      ruleId: card.award.ruleId,
      reasons: card.award.reasons.map(both),
      rules: card.award.rules.map((r) => ({ ruleId: r.ruleId, award: r.award, eligible: r.eligible, status: r.status, reasons: r.reasons.map(both) })),
    },
    gains: card.gains,
  };
}

/** One report's result: what `cds validate|score --json` prints (an array of these, each with `file`, for several). */
export function unitJson(unit: UnitResult, opts: { withFile: boolean; withScorecard: boolean }) {
  return {
    ...(opts.withFile ? { file: unit.label } : {}),
    ...(unit.title ? { title: unit.title } : {}),
    valid: unit.valid,
    ...(unit.error ? { error: both(unit.error) } : {}),
    sheet: unit.sheet,
    planId: unit.plan?.id ?? null,
    issues: unit.issues.map(issueJson),
    ...(opts.withScorecard ? { scorecard: unit.scorecard ? scorecardJson(unit.scorecard) : null } : {}),
  };
}

/** `cds plans --json`: one entry per plan with the fields scripts rely on. */
export function planJson(plan: Plan) {
  return {
    id: plan.id,
    title: plan.title,
    level: plan.level,
    period: plan.period,
    locality: plan.locality,
    scoring: plan.scoring,
    source: plan.source,
    targets: plan.targets.map((t) => ({
      id: t.id,
      indicatorId: t.indicatorId,
      label: t.label,
      pillar: t.pillar,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      level: t.level ?? null,
      assessment: t.assessment,
      points: t.points ?? null,
      source: t.source,
    })),
    criteria: plan.criteria,
    awards: plan.awards,
    deadlines: plan.deadlines,
  };
}

export function deadlineJson(d: DueDeadline) {
  return d;
}

/** `cds rank --json`: ranks, award quotas, and the reports that could not be ranked. */
export function rankingJson(ranking: Ranking, units: readonly UnitResult[], extra: { skipped?: readonly string[]; notes?: readonly Message[] } = {}) {
  const byCard = new Map(units.filter((u) => u.scorecard).map((u) => [u.scorecard as Scorecard, u]));
  return {
    planId: ranking.planId,
    entries: ranking.entries.map((e) => {
      const unit = byCard.get(e.card);
      return {
        rank: e.rank,
        tied: e.tied,
        file: unit?.label ?? null,
        // Where the report came from (file · spreadsheet title · sheet), and the error mark.
        source: unit ? sourceText(unit) : null,
        sheet: unit?.sheet ?? null,
        flagged: (unit ? unit.issues.some((i) => i.severity === 'error') : false) || (e.card.errors?.length ?? 0) > 0,
        valid: unit?.valid ?? null,
        unit: e.card.unit,
        period: e.card.period,
        total: e.card.total,
        award: { eligible: e.card.award.eligible, status: e.card.award.status, ruleId: e.card.award.ruleId, reasons: e.card.award.reasons.map(both) },
        awards: e.awards,
        undecided: e.undecided,
        gaps: e.card.gains.slice(0, 3),
        errors: unit ? unit.issues.filter((i) => i.severity === 'error').length : 0,
      };
    }),
    awards: ranking.awards.map((a) => ({
      ruleId: a.ruleId,
      award: a.award,
      recipient: a.recipient,
      quota: a.quota,
      eligible: a.eligible,
      recipients: a.recipients,
      undecided: a.undecided,
    })),
    messages: ranking.messages.map(both),
    failed: units.filter((u) => !u.scorecard && !u.setAside).map((u) => ({ file: u.label, source: sourceText(u), error: u.error ? both(u.error) : null, issues: u.issues.map(issueJson) })),
    setAside: units.filter((u) => u.setAside).map((u) => ({ file: u.label, source: sourceText(u), reason: both(u.setAside!) })),
    skipped: [...(extra.skipped ?? [])],
    notes: (extra.notes ?? []).map(both),
  };
}

/*
 * How JSON is written (issue 8 §4). `--json`: indented for a person at a terminal, one compact
 * line when stdout is a pipe or a file (3,321 reports pretty-printed were 73 MB, 40% of the run);
 * an array is written element by element, so the whole text is never held at once.
 * `--ndjson`: one compact JSON object per line, per unit — for tools that read line by line.
 */
type JsonSink = { stdout: (text: string) => void; isTTY: boolean };

export function writeJson(io: JsonSink, value: unknown): void {
  if (io.isTTY || !Array.isArray(value)) {
    io.stdout(JSON.stringify(value, null, io.isTTY ? 2 : undefined) + '\n');
    return;
  }
  // Compact, one element at a time: the same text as JSON.stringify(value).
  io.stdout('[');
  value.forEach((item, i) => io.stdout((i > 0 ? ',' : '') + (JSON.stringify(item) ?? 'null')));
  io.stdout(']\n');
}

export function writeNdjson(io: JsonSink, items: Iterable<unknown>): void {
  for (const item of items) io.stdout(JSON.stringify(item) + '\n');
}

/** `cds rank --ndjson`: one line per ranked unit, per unit that could not be ranked, then the summary. */
export function* rankingLines(json: ReturnType<typeof rankingJson>): Generator<Record<string, unknown>> {
  for (const entry of json.entries) yield { type: 'entry', planId: json.planId, ...entry };
  for (const failed of json.failed) yield { type: 'failed', ...failed };
  for (const aside of json.setAside) yield { type: 'set-aside', ...aside };
  for (const file of json.skipped) yield { type: 'skipped', file };
  yield { type: 'summary', planId: json.planId, awards: json.awards, messages: json.messages, notes: json.notes };
}

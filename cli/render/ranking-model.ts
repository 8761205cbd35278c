import { formatNumber, t, type Lang } from '../messages/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Scorecard } from '../../shared/schema/scorecard.ts';
import { unitLabel, type Ranking } from '../../shared/score/rank.ts';
import { scorecardView } from '../../shared/score/view.ts';
import type { Message } from '../../shared/schema/issue.ts';
import type { UnitResult } from '../units/analyse.ts';
import { sourceText } from '../units/select.ts';
import { L } from './text.ts';

/** A ranking with every text rendered in one language: what the terminal and HTML renderers lay out. */
export interface RankingRow {
  rank: number;
  tied: boolean;
  unit: string;
  file: string;
  period: string;
  totalText: string;
  percent: number | null;
  /** Awards received within the quotas (✓), and those left to the council (?, a tie at the boundary). */
  awards: string[];
  eligibleText: string;
  reasons: string[];
  /** Biggest gaps: where points are won back first. */
  gaps: string[];
  errors: number;
  /** Where the report came from: file (or spreadsheet title) and sheet. */
  source: string;
  /** The report has errors: the row carries a visible mark wherever it is shown. */
  flagged: boolean;
  /** The mark's text ("⚠ báo cáo có 2 lỗi"), '' when not flagged. */
  flagText: string;
}

export interface AwardRow {
  award: string;
  quotaText: string;
  eligibleText: string;
  recipients: string[];
  undecided: string[];
}

export interface RankingModel {
  title: string;
  planTitle: string;
  rows: RankingRow[];
  awards: AwardRow[];
  messages: string[];
  failed: { file: string; reason: string }[];
  /** Read but left out on purpose (an older period of a unit, not the `--period` asked). */
  setAside: { file: string; reason: string }[];
  /** Files of a folder that were not read (.docx, .pdf, images), by name. */
  skipped: string[];
  /** How the reports were chosen ("only each unit's latest period is ranked"). */
  notes: string[];
}

export interface RankingExtra {
  skipped?: readonly string[];
  notes?: readonly Message[];
}

export function rankingModel(ranking: Ranking, plan: Plan, units: readonly UnitResult[], lang: Lang, gapsPerUnit = 3, extra: RankingExtra = {}): RankingModel {
  const r = L(lang);
  const byCard = new Map<Scorecard, UnitResult>();
  for (const u of units) if (u.scorecard) byCard.set(u.scorecard, u);
  const awardName = new Map(plan.awards.map((a) => [a.id, a.award[lang]]));
  const rows = ranking.entries.map((entry): RankingRow => {
    const unit = byCard.get(entry.card);
    const view = scorecardView(entry.card, plan, lang);
    const got = entry.awards.map((id) => `✓ ${awardName.get(id) ?? id}`);
    const open = entry.undecided.map((id) => `? ${awardName.get(id) ?? id} (${r('cli.rank.undecided')})`);
    return {
      rank: entry.rank,
      tied: entry.tied,
      unit: view.unit,
      file: unit?.label ?? '',
      period: view.period,
      totalText: view.total.text,
      percent: entry.card.total.percent,
      awards: [...got, ...open],
      // Without any award within the quotas, why not: the head award's status and its reasons.
      eligibleText: got.length > 0 ? r('cli.rank.proposed') : view.award.statusLabel,
      reasons: got.length > 0 ? [] : view.award.reasons,
      gaps: biggestGains(view.gains).slice(0, gapsPerUnit).map((g) => `${g.label}: ${g.text}${g.gapText ? ` (${g.gapText})` : ''}`),
      ...errorFlag(unit, entry.card, lang),
      source: unit ? sourceText(unit) : '',
    };
  });
  const awards = ranking.awards.map(
    (a): AwardRow => ({
      award: a.award[lang],
      quotaText: a.quota === null ? r('cli.rank.no-quota') : r('cli.rank.quota', { quota: a.quota }),
      eligibleText: r('cli.rank.eligible-count', { count: a.eligible }),
      recipients: a.recipients.map(unitLabel),
      undecided: a.undecided.map(unitLabel),
    }),
  );
  return {
    title: r('cli.rank.title'),
    planTitle: plan.title[lang],
    rows,
    awards,
    messages: ranking.messages.map((m) => t(m, lang)),
    failed: units.filter((u) => !u.scorecard && !u.setAside).map((u) => ({ file: sourceText(u), reason: u.error ? t(u.error, lang) : r('cli.report.no-layout') })),
    setAside: units.filter((u) => u.setAside).map((u) => ({ file: sourceText(u), reason: t(u.setAside!, lang) })),
    skipped: [...(extra.skipped ?? [])],
    notes: (extra.notes ?? []).map((m) => t(m, lang)),
  };
}

/**
 * The error mark of a ranked unit: the report's validation errors, or the errors scoring was told
 * about (`card.errors`, set when a flagged value is not scored) — whichever says more.
 */
export function errorFlag(unit: UnitResult | undefined, card: Scorecard, lang: Lang): Pick<RankingRow, 'errors' | 'flagged' | 'flagText'> {
  const errors = Math.max(unit ? unit.issues.filter((i) => i.severity === 'error').length : 0, card.errors?.length ?? 0);
  return { errors, flagged: errors > 0, flagText: errors > 0 ? L(lang)('multi.flag', { count: errors }) : '' };
}

/** Gains that add points (and criteria blocking the award) first; items worth nothing more only when nothing else is left. */
export function biggestGains<T extends { points: number; kind?: string }>(gains: readonly T[]): T[] {
  const positive = gains.filter((g) => g.points > 0 || g.kind === 'criterion');
  return positive.length > 0 ? positive : [...gains];
}

export function rankText(row: Pick<RankingRow, 'rank' | 'tied'>, lang: Lang): string {
  return row.tied ? L(lang)('cli.rank.tied', { rank: formatNumber(row.rank, lang) }) : String(row.rank);
}

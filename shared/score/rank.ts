import { msg } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';
import type { AwardRule, Plan } from '../schema/plan.ts';
import type { Scorecard } from '../schema/scorecard.ts';

export interface RankedCard {
  card: Scorecard;
  /** Competition rank: equal results share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  /** Another unit has the same rank. */
  tied: boolean;
  /** Award rule ids this unit receives within the quotas. */
  awards: string[];
  /** Award rule ids for which this unit is tied at the quota boundary: a person decides. */
  undecided: string[];
}

export interface AwardAllocation {
  ruleId: string;
  award: AwardRule['award'];
  recipient: AwardRule['recipient'];
  quota: number | null;
  /** How many ranked units are eligible for the award. */
  eligible: number;
  /** Who receives it, best rank first. */
  recipients: Scorecard['unit'][];
  /** Units sharing the rank at the quota boundary, more than the places left; none is chosen. */
  undecided: Scorecard['unit'][];
}

export interface Ranking {
  planId: string;
  /** Best first; equal results in a fixed display order (unit code, then name). */
  entries: RankedCard[];
  awards: AwardAllocation[];
  /** Ties at a quota boundary, cards scored against another plan. */
  messages: Message[];
}

// Results are compared on a rounded copy so that equality is exact and transitive (a tolerance
// comparison is not, and sorting needs a consistent order); 1e-6 is far below any displayed digit.
function key(n: number | null): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  const scaled = n * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : n;
}

function compareResult(a: Scorecard, b: Scorecard): number {
  const pa = key(a.total.percent);
  const pb = key(b.total.percent);
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa;
  }
  return (key(b.total.points) ?? 0) - (key(a.total.points) ?? 0);
}

const text = (s: string | null): string => s ?? '\uffff';
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Display order among equal results; the whole card breaks the last ties so input order never shows. */
function compareDisplay(a: Scorecard, b: Scorecard): number {
  return (
    byText(text(a.unit.code), text(b.unit.code)) ||
    byText(text(a.unit.name), text(b.unit.name)) ||
    byText(JSON.stringify(a), JSON.stringify(b))
  );
}

export function unitLabel(unit: Scorecard['unit']): string {
  if (unit.name && unit.code) return `${unit.name} (${unit.code})`;
  return unit.name ?? unit.code ?? '?';
}

/**
 * Units ordered by total percent (no percent last), then points; ties share a rank. Awards with a
 * quota go to the best-ranked eligible units; a tie across the quota boundary is reported, not broken.
 */
export function rankScorecards(cards: readonly Scorecard[], plan: Plan): Ranking {
  const sorted = [...cards].sort((a, b) => compareResult(a, b) || compareDisplay(a, b));
  const entries: RankedCard[] = [];
  sorted.forEach((card, i) => {
    const prev = entries[i - 1];
    const rank = prev && compareResult(prev.card, card) === 0 ? prev.rank : i + 1;
    entries.push({ card, rank, tied: false, awards: [], undecided: [] });
  });
  for (const e of entries) e.tied = entries.some((o) => o !== e && o.rank === e.rank);

  const messages: Message[] = [];
  for (const e of entries) {
    if (e.card.planId !== plan.id) {
      messages.push(msg('score.rank.other-plan', { unit: unitLabel(e.card.unit), cardPlan: e.card.planId, plan: plan.id }));
    }
  }

  // The ranked units are collectives: awards for individuals are decided elsewhere, not by this ranking.
  const awards = plan.awards.filter((rule) => rule.recipient === 'collective').map((rule) => allocate(rule, entries, messages));
  return { planId: plan.id, entries, awards, messages };
}

function allocate(rule: AwardRule, entries: RankedCard[], messages: Message[]): AwardAllocation {
  const eligible = entries.filter((e) => e.card.award.rules.some((r) => r.ruleId === rule.id && r.eligible));
  const quota = rule.quota ?? null;
  const winners: RankedCard[] = [];
  const undecided: RankedCard[] = [];
  let i = 0;
  while (i < eligible.length) {
    const rank = eligible[i]!.rank;
    const group = eligible.filter((e) => e.rank === rank);
    const placesLeft = quota === null ? Infinity : quota - winners.length;
    if (placesLeft <= 0) break;
    if (group.length <= placesLeft) {
      winners.push(...group);
    } else {
      undecided.push(...group);
      messages.push(
        msg('score.rank.quota-tie', {
          awardVi: rule.award.vi,
          awardEn: rule.award.en,
          count: group.length,
          rank,
          places: placesLeft,
          units: group.map((e) => unitLabel(e.card.unit)).join(', '),
        }),
      );
      break;
    }
    i += group.length;
  }
  for (const w of winners) w.awards.push(rule.id);
  for (const u of undecided) u.undecided.push(rule.id);
  return {
    ruleId: rule.id,
    award: rule.award,
    recipient: rule.recipient,
    quota,
    eligible: eligible.length,
    recipients: winners.map((w) => w.card.unit),
    undecided: undecided.map((u) => u.card.unit),
  };
}

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

/** A card with its sort keys worked out once (not once per comparison). */
interface Keyed {
  card: Scorecard;
  percent: number | null;
  points: number;
  code: string;
  name: string;
  /** The whole card as text, made only when two cards tie on everything else. */
  whole: string | null;
}

function keyed(card: Scorecard): Keyed {
  return {
    card,
    percent: key(card.total.percent),
    points: key(card.total.points) ?? 0,
    code: text(card.unit.code),
    name: text(card.unit.name),
    whole: null,
  };
}

/** Best result first: higher percent (no percent last), then more points; 0 = same result. */
function compareResult(a: Keyed, b: Keyed): number {
  if (a.percent !== b.percent) {
    if (a.percent === null) return 1;
    if (b.percent === null) return -1;
    return b.percent - a.percent;
  }
  return b.points - a.points;
}

const text = (s: string | null): string => s ?? '\uffff';
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const whole = (k: Keyed): string => (k.whole ??= JSON.stringify(k.card));

/** Display order among equal results; the whole card breaks the last ties so input order never shows. */
function compareDisplay(a: Keyed, b: Keyed): number {
  return byText(a.code, b.code) || byText(a.name, b.name) || byText(whole(a), whole(b));
}

export function unitLabel(unit: Scorecard['unit']): string {
  if (unit.name && unit.code) return `${unit.name} (${unit.code})`;
  return unit.name ?? unit.code ?? '?';
}

/**
 * Units ordered by total percent (no percent last), then points; ties share a rank. Awards with a
 * quota go to the best-ranked eligible units; a tie across the quota boundary is reported, not broken.
 * Awards the document only lets a unit be proposed for are never allocated. Sorts once, then every
 * other step is one pass over the ranked units.
 */
export function rankScorecards(cards: readonly Scorecard[], plan: Plan): Ranking {
  const sorted = cards.map(keyed).sort((a, b) => compareResult(a, b) || compareDisplay(a, b));
  const entries: RankedCard[] = new Array<RankedCard>(sorted.length);
  // Equal results sit next to each other: a run of them shares the first one's rank and is tied.
  let runStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && compareResult(sorted[i - 1]!, sorted[i]!) !== 0) runStart = i;
    const tied = i > runStart || (i + 1 < sorted.length && compareResult(sorted[i]!, sorted[i + 1]!) === 0);
    entries[i] = { card: sorted[i]!.card, rank: runStart + 1, tied, awards: [], undecided: [] };
  }

  const messages: Message[] = [];
  for (const e of entries) {
    if (e.card.planId !== plan.id) {
      messages.push(msg('score.rank.other-plan', { unit: unitLabel(e.card.unit), cardPlan: e.card.planId, plan: plan.id }));
    }
  }

  // The ranked units are collectives: awards for individuals are decided elsewhere, not by this
  // ranking; a proposal is not an award, so it takes no place in a quota.
  const rules = plan.awards.filter((rule) => rule.recipient === 'collective' && rule.proposal !== true);
  const eligibleFor = new Map<string, RankedCard[]>(rules.map((r) => [r.id, []]));
  for (const e of entries) {
    for (const r of e.card.award.rules) {
      if (r.eligible && r.status !== 'proposable' && r.status !== 'not-applicable') eligibleFor.get(r.ruleId)?.push(e);
    }
  }
  const awards = rules.map((rule) => allocate(rule, eligibleFor.get(rule.id) ?? [], messages));
  return { planId: plan.id, entries, awards, messages };
}

/** `eligible` is in rank order; walks it once, one run of equal ranks at a time. */
function allocate(rule: AwardRule, eligible: readonly RankedCard[], messages: Message[]): AwardAllocation {
  const quota = rule.quota ?? null;
  const winners: RankedCard[] = [];
  const undecided: RankedCard[] = [];
  let i = 0;
  while (i < eligible.length) {
    const rank = eligible[i]!.rank;
    let end = i + 1;
    while (end < eligible.length && eligible[end]!.rank === rank) end++;
    const group = eligible.slice(i, end);
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
    i = end;
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

import type { AwardCondition } from '../schema/plan.ts';
import type { Gain, ScoredItem } from '../schema/scorecard.ts';
import { frozenSet } from '../frozen.ts';
import type { CriterionResult } from './criteria.ts';
import type { TargetScoring } from './item.ts';

const KIND = { 'not-met': 'not-met', missing: 'no-data', 'needs-fixing': 'needs-fixing' } as const;

/**
 * What would raise the unit most. First the report's `criteria` that block an award (a mandatory or
 * award criterion not answered "có": no points, but no award without it; blocks), in the plan's
 * order; then every item that is not met, has no data or needs fixing (`withGain` of them:
 * ItemTotals), by what reaching its target would add: most points first, then most attainment, then
 * the plan's order. Points the rule cannot tell (unknown maximum) add 0 here. `targets` are the
 * plan's, in the order of `items` (what reaching each target gives); `needs` and `criterionGains`
 * the compiled plan's.
 */
export function biggestGains(
  items: readonly ScoredItem[],
  withGain: number,
  targets: readonly TargetScoring[],
  criteria: readonly CriterionResult[],
  needs: CriterionNeeds,
  criterionGains?: ReadonlyMap<string, Gain>,
): Gain[] {
  // Sized once: a scorecard keeps this list, and one grown by push keeps room for 17. The blocking
  // criteria are counted, then listed (criteria are few), with no list of them built.
  let blocking = 0;
  for (const c of criteria) if (blocks(c, criteria, needs)) blocking++;
  const out = new Array<Gain>(blocking + withGain);
  let length = 0;
  for (const c of criteria) if (blocks(c, criteria, needs)) out[length++] = criterionGains?.get(c.criterionId) ?? criterionGain(c.criterionId);
  const first = length;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!hasGain(item)) continue;
    // Every such item applies, so reaching its target gives the target's pointsIfMet.
    const ts = targets[i]!;
    const points = gainPoints(item, ts.pointsIfMet);
    const attainment = gainAttainment(item);
    // The compiled plan's gain of such an item (frozen, shared by the run's scorecards) when it
    // has these very values: the values decide, not which object the item is, so a flagged item
    // (built per report, for its errors) shares it too.
    const known = item.status === 'missing' ? ts.noDataGain : item.status === 'needs-fixing' ? ts.needsFixingGain : ts.noGain;
    const gain =
      known !== null && known.targetId === item.targetId && Object.is(known.points, points) && Object.is(known.attainment, attainment) && Object.is(known.gap, item.gap)
        ? known
        : { kind: KIND[item.status], targetId: item.targetId, points, attainment, gap: item.gap };
    // Insertion in place (no order array): a gain moves ahead only of gains that are strictly
    // smaller, so ties keep the plan's order, as a stable sort would.
    let k = length++;
    while (k > first && ranksBefore(gain, out[k - 1]!)) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = gain;
  }
  return out;
}

/** Whether reaching its target would add anything: an item that is not met, has no data or needs fixing. */
function hasGain(item: ScoredItem): item is ScoredItem & { status: keyof typeof KIND } {
  return item.status === 'not-met' || item.status === 'missing' || item.status === 'needs-fixing';
}

/**
 * What reaching its target would add to an item that is not met, has no data or needs fixing
 * (`pointsIfMet`: the target's, TargetScoring); biggestGains builds the same.
 */
export function gainOf(item: ScoredItem, pointsIfMet: number | null): Gain {
  const kind = KIND[item.status as keyof typeof KIND];
  return { kind, targetId: item.targetId, points: gainPoints(item, pointsIfMet), attainment: gainAttainment(item), gap: item.gap };
}

function gainPoints(item: ScoredItem, pointsIfMet: number | null): number {
  return pointsIfMet === null || item.points === null ? 0 : Math.max(0, pointsIfMet - item.points);
}

function gainAttainment(item: ScoredItem): number {
  return Math.max(0, 1 - (item.attainment ?? 0));
}

/** A criterion that blocks an award: no points, but no award without it (targetId: the criterion's id). */
export function criterionGain(criterionId: string): Gain {
  return { kind: 'criterion', targetId: criterionId, points: 0, attainment: 0, gap: null };
}

/** Most points first, then most attainment (the comparator of a sort by points, attainment, position). */
function ranksBefore(a: Gain, b: Gain): boolean {
  return (b.points - a.points || b.attainment - a.attainment) < 0;
}

/** Which criteria the plan's award rules need (see blocks), worked out from each rule's conditions. */
export interface CriterionNeeds {
  /** Needed whatever the report answers: a rule's own criterion, or one inside an all-of. */
  readonly always: ReadonlySet<string>;
  /** The criteria of each one-of: needed unless the report answers "có" to one of them. */
  readonly oneOf: readonly (readonly string[])[];
}

/** The CriterionNeeds of award rules with these conditions (conditionsOf of every rule); frozen. */
export function criterionNeeds(conditionLists: readonly (readonly AwardCondition[])[]): CriterionNeeds {
  const always: string[] = [];
  const oneOf: (readonly string[])[] = [];
  for (const conditions of conditionLists) {
    for (const c of conditions) {
      if (c.kind === 'criterion') always.push(c.criterionId);
      else if (c.kind === 'all-of' || c.kind === 'one-of') {
        const ids = c.conditions.flatMap((l) => (l.kind === 'criterion' ? [l.criterionId] : []));
        if (c.kind === 'one-of') oneOf.push(Object.freeze(ids));
        else always.push(...ids);
      }
    }
  }
  return Object.freeze({ always: frozenSet(always), oneOf: Object.freeze(oneOf) });
}

/**
 * Whether the report's answer to a criterion (one of its `criteria`) blocks an award: an award rule
 * of the plan needs it (its own or the plan's mandatory ones, inside all-of and one-of too) and it
 * is not "có"; a one-of whose criteria already include a "có" blocks nothing.
 */
function blocks(c: CriterionResult, criteria: readonly CriterionResult[], needs: CriterionNeeds): boolean {
  if (c.met === true) return false;
  const id = c.criterionId;
  if (needs.always.has(id)) return true;
  for (const ids of needs.oneOf) if (ids.includes(id) && !ids.some((other) => answeredYes(criteria, other))) return true;
  return false;
}

/** Whether the report answers "có" to the criterion (a criterion not asked of it is not). */
function answeredYes(criteria: readonly CriterionResult[], id: string): boolean {
  for (const c of criteria) if (c.criterionId === id && c.met === true) return true;
  return false;
}

import type { Comparator, Level } from '../../schema/common.ts';
import type { Plan } from '../../schema/plan.ts';
import { foldPhrase } from './fold.ts';
import type { DraftTarget, PlanDraft } from './types.ts';

/** A target the document really states, as a person read it (the gold standard). */
export interface GoldTarget {
  label: string;
  comparator: Comparator;
  value: number;
  level: Level | null;
}

export interface DraftQuality {
  gold: number;
  proposed: number;
  /** Gold targets found with the right comparator, value and level. */
  found: number;
  /** Gold targets whose value was found but with another comparator or level. */
  foundValueOnly: number;
  precision: number;
  recall: number;
  missed: GoldTarget[];
  extra: DraftTarget[];
}

function words(s: string): Set<string> {
  return new Set(foldPhrase(s).split(' ').filter((w) => w.length > 1));
}

function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/** The quantitative targets of a plan as gold: what a draft of its document should propose. */
export function goldFromPlan(plan: Plan): GoldTarget[] {
  return plan.targets.flatMap((t) =>
    typeof t.value === 'number' && t.assessment === 'quantitative' ? [{ label: t.label.vi, comparator: t.comparator, value: t.value, level: t.level ?? null }] : [],
  );
}

/**
 * Precision and recall of a draft against gold targets. A proposal counts when value, comparator
 * and level agree (a level equal to the plan's own level counts as "all levels"); among several
 * alike, the one worded most like the gold target is paired. Each proposal pairs at most once.
 */
export function draftQuality(draft: PlanDraft, gold: readonly GoldTarget[], planLevel: Level | null): DraftQuality {
  const norm = (l: Level | null): Level | null => (l === planLevel ? null : l);
  const free = new Set(draft.targets.map((_t, i) => i));
  const missed: GoldTarget[] = [];
  let found = 0;
  let foundValueOnly = 0;
  for (const g of gold) {
    let best = -1;
    let bestScore = -1;
    for (const i of free) {
      const t = draft.targets[i]!;
      if (t.value !== g.value || t.comparator !== g.comparator || norm(t.level) !== norm(g.level)) continue;
      const score = likeness(t.label.vi, g.label);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      free.delete(best);
      found++;
      continue;
    }
    const sameValue = [...free].some((i) => draft.targets[i]!.value === g.value);
    if (sameValue) foundValueOnly++;
    missed.push(g);
  }
  const extra = [...free].map((i) => draft.targets[i]!);
  const proposed = draft.targets.length;
  return {
    gold: gold.length,
    proposed,
    found,
    foundValueOnly,
    precision: proposed === 0 ? 0 : found / proposed,
    recall: gold.length === 0 ? 1 : found / gold.length,
    missed,
    extra,
  };
}

import { RuleSet, type Rule } from '../schema/rule.ts';
import defaultJson from '../data/rules/default.json' with { type: 'json' };
import consistencyJson from '../data/rules/consistency.json' with { type: 'json' };

/**
 * The toolkit's rule set, read from shared/data/rules/*.json and checked by the zod schema when
 * the module loads: a broken rule file fails loudly at start, never silently at validation time.
 */
export const defaultRules: readonly Rule[] = Object.freeze(RuleSet.parse([...defaultJson, ...consistencyJson]));

/** Checks a rule file read by a surface (e.g. a province's own rules); zod's error on failure. */
export function loadRules(json: unknown): { rules: Rule[] | null; error: string | null } {
  const parsed = RuleSet.safeParse(json);
  if (parsed.success) return { rules: parsed.data, error: null };
  return { rules: null, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

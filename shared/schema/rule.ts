import * as z from 'zod';
import { Unit } from './common.ts';
import { Severity } from './issue.ts';

/**
 * Validation rules as data (shared/data/rules/*.json), in the shape of Frictionless field
 * constraints and DHIS2 validation rules: every rule has an id, a kind (one file per kind under
 * shared/validate/), a severity and the parameters of its kind. Adding or loosening a check is
 * editing a JSON file, not code.
 */
const base = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  severity: Severity,
  /** Why the rule exists, for people editing the file. */
  note: z.string().optional(),
};

/** A value field of an item row. */
export const ValueField = z.enum(['numerator', 'denominator', 'value']);
export type ValueField = z.infer<typeof ValueField>;

/** One side of a cross-item comparison: an item of the plan, found by indicator id or by code. */
export const Operand = z.object({
  /** An indicator id (matches every target of the plan on that indicator) or a target/criterion code. */
  item: z.string().min(1),
  field: ValueField,
});
export type Operand = z.infer<typeof Operand>;

/** DHIS2 operators, written as the comparators of the plans. */
export const RuleOperator = z.enum(['<=', '<', '=', '>=', '>']);
export type RuleOperator = z.infer<typeof RuleOperator>;

/** DHIS2 missing-value strategies (SKIP_IF_ANY_VALUE_MISSING…): when a comparison is not made. */
export const MissingValueStrategy = z.enum(['skip-if-any-missing', 'skip-if-all-missing', 'never-skip']);
export type MissingValueStrategy = z.infer<typeof MissingValueStrategy>;

export const Rule = z.discriminatedUnion('kind', [
  /** An item row (or a row with values but no code) where nothing was typed. */
  z.object({ ...base, kind: z.literal('required') }),
  /** A number where a number is expected, có/không for yes/no items; parse notes are reported too. */
  z.object({ ...base, kind: z.literal('type') }),
  /** Bounds of the given fields for items of the given units (Frictionless minimum/maximum). */
  z.object({
    ...base,
    kind: z.literal('range'),
    units: z.array(Unit).min(1),
    fields: z.array(ValueField).min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Whole numbers only (a count of dossiers, of people). */
    integer: z.boolean().default(false),
  }),
  /** The part cannot exceed the whole: numerator ≤ denominator (percent items). */
  z.object({ ...base, kind: z.literal('numerator-le-denominator') }),
  /** DHIS2 compulsory_pair: a numerator needs its denominator and the reverse. */
  z.object({ ...base, kind: z.literal('compulsory-pair') }),
  /** A typed value that disagrees with its own numerator ÷ denominator × 100 by more than `tolerance` points. */
  z.object({ ...base, kind: z.literal('value-matches-counts'), tolerance: z.number().nonnegative() }),
  /** Cross-item consistency (DHIS2 validation rule: left side, operator, right side, missing values). */
  z.object({
    ...base,
    kind: z.literal('comparison'),
    left: Operand,
    operator: RuleOperator,
    right: Operand,
    missingValueStrategy: MissingValueStrategy.default('skip-if-any-missing'),
  }),
  /** The header block: the listed fields present, the plan id equal to the plan used, a known level. */
  z.object({
    ...base,
    kind: z.literal('header'),
    required: z.array(z.enum(['unitName', 'unitCode', 'level', 'period', 'planId'])),
  }),
  /** The same item code on two rows: only the first is read. */
  z.object({ ...base, kind: z.literal('duplicate-code') }),
  /** A code that is not a target or criterion of the plan, or a target for another level. */
  z.object({ ...base, kind: z.literal('unknown-code') }),
  /** Share of the plan's applicable items reported; `severity` under `threshold` percent, info otherwise. */
  z.object({ ...base, kind: z.literal('completeness'), threshold: z.number().min(0).max(100) }),
  /** A change from the previous report larger than `percentPoints` (percent items) or `countPercent` % (numbers). */
  z.object({
    ...base,
    kind: z.literal('outlier'),
    percentPoints: z.number().positive(),
    countPercent: z.number().positive(),
  }),
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

export const RuleSet = z.array(Rule);

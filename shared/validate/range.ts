import type { RuleOf, ValueField } from '../schema/rule.ts';
import { quoteRaw } from '../parse/text.ts';
import { cellField, parsedField, resultField, UNIT_BITS, type CheckedItem, type ItemRuleSink, type ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';

/**
 * Bounds of numbers (Frictionless minimum/maximum + whole numbers): a percent from 0 to 100, a
 * count ≥ 0 and whole. Only values that were read as numbers are checked; a negative number is
 * `negative-value` when the minimum is 0, the plainest way to say it.
 */
/** A rule's units as a bit mask (UNIT_BITS), tested against each item's unitBit. */
export function unitMask(rule: RuleOf<'range'>): number {
  let mask = 0;
  for (const unit of rule.units) mask |= UNIT_BITS[unit];
  return mask;
}

/** The range rule on one item row; `mask` is unitMask(rule). */
export function rangeRow(rule: RuleOf<'range'>, mask: number, it: CheckedItem, out: ItemRuleSink): void {
  if (it.item.expects !== 'number' || (it.item.unitBit & mask) === 0) return;
  const fields = rule.fields as ValueField[];
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const parsed = parsedField(it, field);
    if (parsed.kind !== 'number') continue;
    const v = resultField(it.result, field) as number;
    if ((rule.min === undefined || v >= rule.min) && (rule.max === undefined || v <= rule.max) && (!rule.integer || Number.isInteger(v))) continue;
    const cell = cellField(it.row, field);
    const raw = quoteRaw(cell.raw);
    const percent = it.item.percent && field === 'value';
    if (rule.min !== undefined && v < rule.min) {
      if (rule.min === 0) out.issues.push(cellIssue('negative-value', rule.severity, cell, it.code, 'validate.negative-value', { raw, value: v }));
      else out.issues.push(cellIssue('value-below-minimum', rule.severity, cell, it.code, 'validate.below-minimum', { raw, value: v, min: rule.min }));
      continue;
    }
    if (rule.max !== undefined && v > rule.max) {
      const key = percent ? 'validate.above-maximum-percent' : 'validate.above-maximum';
      out.issues.push(cellIssue('value-above-maximum', rule.severity, cell, it.code, key, { raw, value: v, max: rule.max }));
      continue;
    }
    if (rule.integer && !Number.isInteger(v)) {
      out.issues.push(cellIssue('value-not-whole', rule.severity, cell, it.code, 'validate.not-whole', { raw, value: v }));
    }
  }
}

export function checkRange(rule: RuleOf<'range'>, ctx: ValidationContext): void {
  const mask = unitMask(rule);
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) rangeRow(rule, mask, checked.view(k, ctx.view), ctx);
}

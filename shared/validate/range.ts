import type { RuleOf, ValueField } from '../schema/rule.ts';
import { quoteRaw } from '../parse/text.ts';
import { cellField, parsedField, resultField, UNIT_BITS, type ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';

/**
 * Bounds of numbers (Frictionless minimum/maximum + whole numbers): a percent from 0 to 100, a
 * count ≥ 0 and whole. Only values that were read as numbers are checked; a negative number is
 * `negative-value` when the minimum is 0, the plainest way to say it.
 */
// A rule's units as a bit mask (a few units: cheaper to build per report than to look up).
function unitMask(rule: RuleOf<'range'>): number {
  let mask = 0;
  for (const unit of rule.units) mask |= UNIT_BITS[unit];
  return mask;
}

export function checkRange(rule: RuleOf<'range'>, ctx: ValidationContext): void {
  const mask = unitMask(rule);
  for (const it of ctx.checked) {
    if (it.item.expects !== 'number' || (it.item.unitBit & mask) === 0) continue;
    for (const field of rule.fields as ValueField[]) {
      const parsed = parsedField(it, field);
      if (parsed.kind !== 'number') continue;
      const v = resultField(it.result, field) as number;
      if ((rule.min === undefined || v >= rule.min) && (rule.max === undefined || v <= rule.max) && (!rule.integer || Number.isInteger(v))) continue;
      const cell = cellField(it.row, field);
      const raw = quoteRaw(cell.raw);
      const percent = it.item.percent && field === 'value';
      if (rule.min !== undefined && v < rule.min) {
        if (rule.min === 0) ctx.issues.push(cellIssue('negative-value', rule.severity, cell, it.code, 'validate.negative-value', { raw, value: v }));
        else ctx.issues.push(cellIssue('value-below-minimum', rule.severity, cell, it.code, 'validate.below-minimum', { raw, value: v, min: rule.min }));
        continue;
      }
      if (rule.max !== undefined && v > rule.max) {
        const key = percent ? 'validate.above-maximum-percent' : 'validate.above-maximum';
        ctx.issues.push(cellIssue('value-above-maximum', rule.severity, cell, it.code, key, { raw, value: v, max: rule.max }));
        continue;
      }
      if (rule.integer && !Number.isInteger(v)) {
        ctx.issues.push(cellIssue('value-not-whole', rule.severity, cell, it.code, 'validate.not-whole', { raw, value: v }));
      }
    }
  }
}

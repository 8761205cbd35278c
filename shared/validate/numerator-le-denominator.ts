import type { ZeroDenominator } from '../schema/indicator.ts';
import type { RuleOf } from '../schema/rule.ts';
import type { CheckedItem, ItemRuleSink, ValidationContext } from './context.ts';
import { cellIssue, NO_PARAMS } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/**
 * The part cannot exceed the whole: for percent items, numerator ≤ denominator. A zero
 * denominator with a zero numerator is not an error but worth saying (info): no ratio can be
 * computed and scoring applies the indicator's zero-denominator policy.
 */
// What the indicator's zero-denominator policy means for the officer (shared/schema/indicator.ts).
const POLICY_WORDS: Record<ZeroDenominator, { vi: string; en: string }> = {
  zero: { vi: 'được 0 điểm', en: 'scores 0 points' },
  full: { vi: 'được đủ điểm', en: 'scores full points' },
  'not-applicable': { vi: 'không tính vào tổng điểm', en: 'is left out of the total' },
  missing: { vi: 'được coi là chưa báo cáo', en: 'counts as not reported' },
};

export function numeratorLeDenominatorRow(rule: RuleOf<'numerator-le-denominator'>, it: CheckedItem, out: ItemRuleSink): void {
  if (!it.item.percent || it.numerator.kind !== 'number' || it.denominator.kind !== 'number') return;
  // Both read as numbers: their values are the item's result.
  const n = it.result.numerator as number;
  const d = it.result.denominator as number;
  if (n < 0 || d < 0) return; // the range rule speaks about negatives
  if (n > d) {
    out.issues.push(
      cellIssue('numerator-exceeds-denominator', rule.severity, rowCell(it.row, 'numerator'), it.code, 'validate.numerator-exceeds-denominator', {
        numerator: n,
        denominator: d,
        denominatorA1: rowCell(it.row, 'denominator').location.a1 ?? '',
      }),
    );
  } else if (d === 0 && it.value.kind === 'blank') {
    const indicator = it.item.indicatorId === null ? undefined : out.indicators.get(it.item.indicatorId);
    if (indicator === undefined) {
      out.issues.push(cellIssue('zero-denominator', 'info', rowCell(it.row, 'denominator'), it.code, 'validate.zero-denominator', NO_PARAMS));
    } else {
      const words = POLICY_WORDS[indicator.zeroDenominator];
      out.issues.push(
        cellIssue('zero-denominator', 'info', rowCell(it.row, 'denominator'), it.code, 'validate.zero-denominator-policy', {
          policyVi: words.vi,
          policyEn: words.en,
        }),
      );
    }
  }
}

export function checkNumeratorLeDenominator(rule: RuleOf<'numerator-le-denominator'>, ctx: ValidationContext): void {
  const checked = ctx.checked;
  for (let k = 0; k < checked.length; k++) numeratorLeDenominatorRow(rule, checked.view(k, ctx.view), ctx);
}

import type { RuleOf } from '../schema/rule.ts';
import { LEVEL_WORDS } from '../parse/level.ts';
import type { ValidationContext } from './context.ts';
import { cellIssue } from './issue.ts';
import { rowCell } from '../parse/report-table.ts';

/**
 * Rows that are no item of the plan: a code the plan does not have, a target meant for another
 * level (Ninh Hải: the district's 75% row in a commune's report), or values typed on a row with no
 * code at all. None of them is counted.
 */
export function checkUnknownCode(rule: RuleOf<'unknown-code'>, ctx: ValidationContext): void {
  // By index: the usual empty list is a frozen array, which for…of would allocate an iterator for.
  const setAside = ctx.checked.setAside;
  for (let k = 0; k < setAside.length; k++) {
    const s = setAside[k]!;
    const cell = rowCell(s.row, 'code');
    if (s.reason === 'unknown') {
      ctx.issues.push(cellIssue('unknown-item-code', rule.severity, cell, s.code, 'validate.unknown-item-code', { planId: ctx.plan.id }));
    } else if (s.reason === 'other-level') {
      const words = s.level ? LEVEL_WORDS[s.level] : { vi: '', en: '' };
      ctx.issues.push(
        cellIssue('item-not-for-level', rule.severity, cell, s.code, 'validate.item-not-for-level', {
          levelVi: words.vi,
          levelEn: words.en,
          reportLevelVi: LEVEL_WORDS[ctx.index.level].vi,
          reportLevelEn: LEVEL_WORDS[ctx.index.level].en,
        }),
      );
    } else if (s.reason === 'no-code') {
      ctx.issues.push(cellIssue('item-code-missing', rule.severity, cell, null, 'validate.item-code-missing', { row: String(s.row.row) }));
    }
  }
}

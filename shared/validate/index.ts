import type { Plan } from '../schema/plan.ts';
import type { ReportTable } from '../schema/report.ts';
import { indicatorById } from '../data/index.ts';
import { validateReportWith, type ValidateOptions, type ValidateResult } from './validate-report.ts';

export { validateCompiled, validateReportWith, type ValidateOptions, type ValidateResult } from './validate-report.ts';
export { defaultRules, loadRules } from './rules.ts';

/**
 * Parses and checks a located report against a plan (shared/validate/validate-report.ts), with the
 * toolkit's bundled indicators unless `opts.indicators` is given.
 */
export function validateReport(table: ReportTable, plan: Plan, opts: ValidateOptions = {}): ValidateResult {
  return validateReportWith(table, plan, opts.indicators ? opts : { ...opts, indicators: opts.compiled?.indicators ?? indicatorById });
}

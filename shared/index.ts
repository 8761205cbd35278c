// The public surface of the scoring core. Surfaces (extension, Sheets add-on, CLI) import from
// here or from the module itself; nothing here touches a platform API.

// Schemas (zod) and their types.
export * from './schema/common.ts';
export * from './schema/indicator.ts';
export * from './schema/plan.ts';
export * from './schema/issue.ts';
export * from './schema/report.ts';
export * from './schema/scorecard.ts';
export * from './schema/rule.ts';

// Bundled data: indicator catalogue, plans, plan checking.
export { indicators, indicatorById, plans, getPlan, checkPlan, type CheckPlanResult } from './data/index.ts';

// Values as officers type them, and the report layout.
export * from './parse/value.ts';
export { readReportTable, createLocationBook, type LocationBook } from './parse/report-table.ts';
export { reportTemplate, type TemplateLayout, type TemplateRow, type TemplateOptions } from './plan/template.ts';
export { awardInputs, type AwardInput } from './plan/items.ts';
export { parseGroup, GROUP_WORDS } from './parse/group.ts';
export { groupApplies, reportGroupOf, ruleGroup } from './score/group.ts';
export { describeCondition } from './score/award.ts';

// Validation, scoring, awards, ranking, deadlines, display model.
export { compilePlan, compiledFor, type CompiledPlan } from './plan/compile.ts';
export { validateReport, validateReportWith, validateCompiled, defaultRules, loadRules, type ValidateOptions, type ValidateResult } from './validate/index.ts';
export { pointsFor } from './score/points.ts';
export { scoreReport } from './score/scorecard.ts';
export { scoreCompiled } from './score/score-report.ts';
export { ratioValue, ratioResult, type RatioOptions, type RatioResult } from './ratio.ts';
export { percentText, isPercentFormat } from './parse/percent-text.ts';
export { rankScorecards, type Ranking, type RankedCard, type AwardAllocation } from './score/rank.ts';
export { deadlinesDue, type DueDeadline } from './plan/deadlines.ts';
export { scorecardView, type ScorecardView } from './score/view.ts';

// Periods, unit identity, trend and pace (a unit followed over time).
export { parsePeriod, readReportPeriod, comparePeriods, latestPeriod, periodSlug, daysBetween, type Period, type PeriodKind, type PeriodParse } from './period/period.ts';
export { unitKey, unitKeyResolver, normaliseUnitName, normaliseUnitCode, type UnitRef } from './unit/identity.ts';
export { buildTrend, wentBackwards, type Trend, type UnitTrend, type TrendEntry, type TrendItem, type TrendPeriod, type TargetChange, type PaceLine, type TrendDuplicate } from './trend/trend.ts';
export { pace, paceDeadline, meetsTarget, type PaceResult, type PacePoint } from './trend/pace.ts';

// Portal payloads → per-unit figures → reports.
export * as portal from './portal/index.ts';

// Messages in Vietnamese and English.
export { t, both, msg, vi, en, catalogue, formatNumber, formatDate, type Lang } from './messages/index.ts';

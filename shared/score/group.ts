import { msg } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';
import type { AwardRule, TargetGroup } from '../schema/plan.ts';
import type { Report, ReportGroup } from '../schema/report.ts';

/**
 * Target groups: a report says who it is from (`Đối tượng`); award rules and criteria say whom
 * they are for. A rule or criterion counts only for the reports of its group.
 */

/** The group a rule is for: its own, else its recipient kind. */
export function ruleGroup(rule: AwardRule): TargetGroup {
  return rule.group ?? rule.recipient;
}

/** The report's target group; a report that does not say is a cơ quan, đơn vị (the documents' default). */
export function reportGroupOf(report: Report): ReportGroup {
  return report.unit.group ?? 'agency';
}

const COVERS: Readonly<Record<TargetGroup, readonly ReportGroup[]>> = {
  collective: ['agency', 'village', 'enterprise'],
  // A commune's own authority (UBND xã) reports as a cơ quan, đơn vị.
  commune: ['agency'],
  agency: ['agency'],
  village: ['village'],
  enterprise: ['enterprise'],
  individual: ['individual'],
  other: ['other'],
};

/** Whether a rule or criterion for `group` applies to a report of `reportGroup`. */
export function groupApplies(group: TargetGroup, reportGroup: ReportGroup): boolean {
  return COVERS[group].includes(reportGroup);
}

/** Whether a criterion of `criterionGroup` belongs to a rule for `group` (a collectives' criterion belongs to every collective rule). */
export function belongsTo(criterionGroup: TargetGroup, group: TargetGroup): boolean {
  if (criterionGroup === group) return true;
  return criterionGroup === 'collective' && group !== 'individual' && group !== 'other';
}

export function groupReason(key: string, group: TargetGroup): Message {
  const words = GROUP_NAMES[group];
  return msg(key, { groupVi: words.vi, groupEn: words.en });
}

/** How reasons name a group. */
export const GROUP_NAMES: Readonly<Record<TargetGroup, { vi: string; en: string }>> = {
  collective: { vi: 'tập thể', en: 'collectives' },
  commune: { vi: 'UBND xã (cơ quan, đơn vị)', en: 'the commune authority (agency)' },
  agency: { vi: 'cơ quan, đơn vị', en: 'agencies and units' },
  village: { vi: 'thôn, xóm', en: 'villages' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprises' },
  individual: { vi: 'cá nhân', en: 'individuals' },
  other: { vi: 'đối tượng khác', en: 'other people' },
};


// What the toolkit reads out of a portal payload: per-unit figures, each carrying where it came
// from (endpoint, period, unit), so a number on screen can always be traced back to its payload.
import type { Issue, Message } from '../schema/issue.ts';
import type { Endpoint, GroupCode } from './endpoints.ts';
import type { PortalPeriod } from './period.ts';

export interface PortalUnit {
  /** The portal's department UUID. */
  id: string | null;
  /** `departmentCode` (H44, H44.01, H44.104); absent in some groups' rows, filled in when merging. */
  code: string | null;
  name: string;
  /** PROVINCE | COMMUNE as the payload says (tree `level`, metric rows `departmentLevel`). */
  level: string | null;
  /** PROVINCE | PROVINCIAL_DEPARTMENT | COMMUNE_PEOPLE_COMMITTEE, or the ranking's childGroup. */
  type: string | null;
}

export interface Provenance {
  endpoint: Endpoint;
  /** Period key ("2026", "2026-Q3"), null when the request is unknown. */
  period: string | null;
  /** The unit's code, or its id when the row has no code. */
  unit: string;
}

export interface MetricFigure {
  /** The portal's metric code, or the indicator id for figures built from a tree group's counts. */
  code: string;
  name: string | null;
  numerator: number | null;
  denominator: number | null;
  /** Percent 0–100 as the portal gives it (metric groups) or numerator ÷ denominator × 100. */
  ratio: number | null;
  score: number | null;
  max: number | null;
  /** `portal`: the payload's own score; `computed`: the catalogue's point rule on the counts. */
  scoreSource: 'portal' | 'computed';
  provenance: Provenance;
}

export interface ScoreFigure {
  /** A QĐ 766 group, or TOTAL for the index out of 100. */
  code: GroupCode | 'TOTAL';
  score: number | null;
  max: number | null;
  ratio: number | null;
  provenance: Provenance;
}

/** One unit's figures from one payload. */
export interface UnitFigures {
  unit: PortalUnit;
  /** The payload's root (province overview / tree parent) or one of its rows. */
  role: 'root' | 'row';
  /** Peers for ranking: COMMUNE, AGENCY, PROVINCE (the national list), ROOT. */
  peers: string;
  scores: ScoreFigure[];
  metrics: MetricFigure[];
  /** Raw counts of the tree groups (totalReceived, totalOnTime, channelOnlineSum, …), nulls kept. */
  counts: Record<string, number | null>;
  provenance: Provenance;
}

export interface PortalPayload {
  ok: true;
  endpoint: Endpoint;
  period: PortalPeriod | null;
  /** The province asked for (`rootDepartmentId`), null for the national list. */
  rootDepartmentId: string | null;
  /** Per-procedure drill-down (`formalityId`/`formalityID`), null for all procedures. */
  formalityId: string | null;
  units: UnitFigures[];
  /** Units listed more than once with different figures: shown as a "portal data conflict", never read. */
  conflicts: UnitFigures[];
}

export interface PortalPayloadError {
  ok: false;
  endpoint: Endpoint | null;
  /** The portal label of the group, for the notice. */
  group: string;
  period: PortalPeriod | null;
  /** The notice to show ("Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm …"). */
  message: Message;
  issues: Issue[];
}

export type PortalParseResult = PortalPayload | PortalPayloadError;

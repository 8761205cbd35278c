// What crosses google.script.run between the server and the sidebar: plain data only (strings,
// numbers, booleans, arrays, objects; no Date, no functions), both languages already rendered.
import type { ScorecardView } from '../../shared/score/view.ts';

export type Lang = 'vi' | 'en';
export type Text = { vi: string; en: string };
/** `score` checks, marks, scores and writes Kết quả; `scorecard` only shows the scorecard. */
export type SidebarView = 'template' | 'issues' | 'score' | 'scorecard' | 'ranking';

/** A server answer: the value, or a problem the officer can act on (other failures throw). */
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: Text };

export interface PlanOption {
  id: string;
  title: Text;
  level: string;
  period: string;
  /** The officer's plan tab it comes from; null for a bundled plan. */
  sheet: string | null;
}

export interface LevelOption {
  value: string;
  label: Text;
}

export interface TemplateChoices {
  plans: PlanOption[];
  levels: LevelOption[];
  /** Who reports (`Đối tượng`): the report groups, with their template words. */
  groups: LevelOption[];
  /** The bundled plans only: what "Tạo kế hoạch" can pre-fill a tab from. */
  bundled: PlanOption[];
}

export interface PlanTabRequest {
  /** A bundled plan to pre-fill the tab from; blank for an empty tab. */
  fromPlanId?: string;
  /** "Dán văn bản kế hoạch": the plan document's text, read as a draft for the officer to review. */
  fromText?: string;
}

export interface PlanTabDone {
  sheet: string;
  text: Text;
  /** What a draft read from pasted text proposes (absent for an empty or bundled tab). */
  draft?: { targets: number; deadlines: number; awards: number };
}

export interface TemplateRequest {
  planId: string;
  unitName?: string;
  unitCode?: string;
  level?: string;
  period?: string;
  /** A ReportGroup value (agency, village…); blank = agency. */
  group?: string;
}

export interface TemplateDone {
  sheet: string;
  planSheet: string;
  items: number;
  text: Text;
}

export interface IssueDto {
  code: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string | null;
  a1: string | null;
  row: number | null;
  itemCode: string | null;
  text: Text;
}

export interface ValidationDto {
  sheet: string;
  issues: IssueDto[];
  counts: { error: number; warning: number; info: number };
  /** Cells carrying a mark after this run. */
  marked: number;
  valid: boolean;
  /** `issues` holds the first ISSUE_LIST_LIMIT issues only (the counts are complete). */
  truncated: boolean;
  /** Why the cells could not be marked (a protected sheet), or null. */
  notice: Text | null;
  /** The report's submit/approve status; null for a plan tab or a report with no room for it. */
  status?: StatusDto | null;
}

export interface StatusDto {
  code: 'draft' | 'submitted' | 'approved' | 'returned';
  text: Text;
  who: string;
  when: string;
  /** The status block is written in the sheet (a report never submitted has none). */
  present: boolean;
}

export interface StatusChange {
  status: StatusDto;
  /** Submitting with errors: refused, and these are the checks (marked on the sheet). */
  validation: ValidationDto | null;
  refused: boolean;
  text: Text;
}

export interface ScoreDto {
  sheet: string;
  views: { vi: ScorecardView; en: ScorecardView };
  validation: ValidationDto;
  /** The "Kết quả" sheet written, null for a read-only look. */
  resultSheet: string | null;
  /** Change since the previous saved period and the pace lines; null without history. */
  trend: TrendDto | null;
}

export interface TrendDto {
  /** The previous saved period of this unit. */
  previous: Text;
  changes: { targetId: string; label: Text; text: Text; delta: number | null; backwards: boolean }[];
  pace: { targetId: string; label: Text; text: Text; meets: boolean }[];
}

export interface HistorySaved {
  saved: boolean;
  /** The period is already saved for this unit: ask the officer, then call again with confirm. */
  needsConfirm: boolean;
  sheet: string;
  rows: number;
  text: Text;
  /** "Every unit": sheets that could not be saved, with why (Vietnamese). */
  skipped?: string[];
}

export interface RankingRowDto {
  rank: number;
  tied: boolean;
  unit: string;
  code: string | null;
  source: string;
  percent: number | null;
  percentText: Text;
  eligible: boolean;
  awards: Text[];
  undecided: Text[];
  errors: number;
  /** The unit's report has data errors: never shown (first or anywhere) without a mark. */
  flagged: boolean;
  /** Submit/approve status of the unit's report (null for a row of a "Tổng hợp" table). */
  status: StatusDto | null;
}

export interface RankingDto {
  planId: string;
  planTitle: Text;
  sheet: string;
  rows: RankingRowDto[];
  quotas: { award: Text; quota: number | null; eligible: number; recipients: string[]; undecided: string[] }[];
  messages: Text[];
  skipped: { name: string; reason: Text }[];
  issues: IssueDto[];
  issueCounts: { error: number; warning: number; info: number };
}

export interface CollectRowDto {
  unit: string;
  code: string | null;
  status: 'submitted' | 'not-submitted' | 'missing' | 'no-access' | 'invalid';
  statusText: Text;
  /** The district's copy of the commune's report, or null when nothing was collected. */
  sheet: string | null;
  detail: string;
}

export interface CollectDto {
  sheet: string;
  rows: CollectRowDto[];
  text: Text;
}

export interface CellRef {
  sheet: string;
  a1: string;
}

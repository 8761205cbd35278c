// Names of the sheets the add-on creates, and the A1 heading that tells them from a sheet an
// officer happens to give the same name (those are never overwritten nor read as reports).
import { t, msg } from './messages/index.ts';
import type { RawValue } from '../../shared/schema/report.ts';

export const REPORT_SHEET = 'Báo cáo';
export const PLAN_SHEET = 'Kế hoạch';
export const RESULT_SHEET = 'Kết quả';
export const RANKING_SHEET = 'Xếp hạng';
export const SUMMARY_SHEET = 'Tổng hợp';

export const HISTORY_SHEET = 'Lịch sử';
export const LOG_SHEET = 'Nhật ký trạng thái';

export const PLAN_MARKER = t(msg('sheets.plan.heading'), 'vi');
export const RESULT_MARKER = t(msg('sheets.result.heading'), 'vi');
export const RANKING_MARKER = t(msg('sheets.rank.heading'), 'vi');
export const HISTORY_MARKER = t(msg('sheets.history.heading'), 'vi');
export const LOG_MARKER = 'NHẬT KÝ TRẠNG THÁI BÁO CÁO';

/** The name of a sheet the add-on writes (`Kết quả`, `Xếp hạng (2)`…), case aside: no read needed. */
export function isOutputSheetName(name: string): boolean {
  const base = name.normalize('NFC').toLowerCase().replace(/\s*\(\d+\)$/, '').trim();
  return [RESULT_SHEET, RANKING_SHEET, HISTORY_SHEET, LOG_SHEET].some((n) => n.normalize('NFC').toLowerCase() === base);
}

/** A sheet the add-on wrote (Kế hoạch, Kết quả, Xếp hạng): never a unit's report. */
export function isOutputGrid(grid: readonly RawValue[][]): boolean {
  const a1 = grid[0]?.[0];
  return typeof a1 === 'string' && [PLAN_MARKER, RESULT_MARKER, RANKING_MARKER, HISTORY_MARKER, LOG_MARKER].some((m) => a1.startsWith(m));
}

import type { Catalogue } from './index.ts';

// Messages of periods and of several reports at once (`multi.*`, used by the CLI and the add-on's
// consolidation alike), and the history outlier texts validation words. The `cds login`, `collect`
// and `trend` texts live in cli/messages/period.ts.
export const messages: Catalogue = {
  'period.blank': {
    vi: 'Chưa ghi "Kỳ báo cáo" (ô {a1}): ghi ví dụ "Năm 2025", "Quý 3/2025", "Tháng 10/2025", "6 tháng đầu năm 2025" hoặc "đến 30/11/2025"',
    en: 'No "Kỳ báo cáo" (reporting period, cell {a1}): write e.g. "Năm 2025", "Quý 3/2025", "Tháng 10/2025", "6 tháng đầu năm 2025" or "đến 30/11/2025"',
  },
  'period.unreadable': {
    vi: '"{raw}" (ô {a1}) không phải kỳ báo cáo: ghi ví dụ "Năm 2025", "Quý 3/2025", "Tháng 10/2025", "6 tháng đầu năm 2025" hoặc "đến 30/11/2025"',
    en: '"{raw}" (cell {a1}) is not a reporting period: write e.g. "Năm 2025", "Quý 3/2025", "Tháng 10/2025", "6 tháng đầu năm 2025" or "đến 30/11/2025"',
  },
  // Several reports at once (rank, score DIR, trend).
  'multi.blank': { vi: 'chưa điền: mẫu báo cáo chưa có số liệu nào', en: 'not filled in: the template has no figures' },
  'multi.duplicate': {
    vi: 'trùng báo cáo: {unit}, kỳ "{period}" có ở nhiều nơi ({files}); hãy giữ một bản',
    en: 'duplicate report: {unit}, period "{period}" is given more than once ({files}); keep one',
  },
  'multi.older-period': {
    vi: 'kỳ {period} cũ hơn kỳ {latest} của cùng đơn vị: không xếp hạng',
    en: 'period {periodEn} is older than the same unit’s {latestEn}: not ranked',
  },
  'multi.other-period': { vi: 'kỳ {period}, không phải kỳ {asked} (--period): không xếp hạng', en: 'period {periodEn}, not {askedEn} (--period): not ranked' },
  'multi.latest-note': {
    vi: 'Có đơn vị gửi báo cáo nhiều kỳ: chỉ xếp hạng kỳ mới nhất của mỗi đơn vị ({count} báo cáo kỳ cũ không xếp hạng). Chọn kỳ khác bằng --period.',
    en: 'Some units sent reports for several periods: only each unit’s latest period is ranked ({count} older report(s) not ranked). Choose another period with --period.',
  },
  'multi.period-note': {
    vi: 'Chỉ xếp hạng kỳ {period} (--period); {count} báo cáo kỳ khác không xếp hạng.',
    en: 'Only period {periodEn} is ranked (--period); {count} report(s) of other periods not ranked.',
  },
  'multi.skipped': { vi: 'bỏ qua: không phải tệp báo cáo (.csv, .xlsx)', en: 'skipped: not a report file (.csv, .xlsx)' },
  'multi.set-aside': { vi: 'Không xếp hạng (kỳ khác):', en: 'Not ranked (other periods):' },
  'multi.skipped-title': { vi: 'Tệp bỏ qua (không đọc):', en: 'Files skipped (not read):' },
  'multi.bad-period-option': {
    vi: '--period "{value}" không phải kỳ báo cáo: ghi ví dụ "Năm 2025", "Quý 3/2025", "Tháng 10/2025"',
    en: '--period "{value}" is not a reporting period: write e.g. "Năm 2025", "Quý 3/2025", "Tháng 10/2025"',
  },
  'multi.flag': { vi: '⚠ báo cáo có {count} lỗi', en: '⚠ report has {count} error(s)' },
  'trend.outlier-history-percent': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} thay đổi {change} điểm phần trăm so với kỳ trước ({previous}% → {value}%), trong khi {periods} kỳ gần đây của đơn vị thường chỉ đổi khoảng {typical} điểm. Hãy kiểm tra lại.',
    en: 'Cell {a1} ({fieldEn}): item {code} moved {change} percentage points since the previous report ({previous}% → {value}%), while over its last {periods} reports this unit usually moved about {typical} points. Please check.',
  },
  'trend.outlier-history-count': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} thay đổi {change}% so với kỳ trước ({previous} → {value}), trong khi {periods} kỳ gần đây của đơn vị thường chỉ đổi khoảng {typical}%. Hãy kiểm tra lại.',
    en: 'Cell {a1} ({fieldEn}): item {code} changed by {change}% since the previous report ({previous} → {value}), while over its last {periods} reports this unit usually changed about {typical}%. Please check.',
  },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// Texts the shared page pieces (ui/scorecard-dom.ts, ui/portal-panel-dom.ts) write themselves: column
// titles, the panel's buttons, the source pop-over and the report-a-problem box.
export const messages: Catalogue = {
  // ui/scorecard-dom.ts
  'ui.total': { vi: 'Tổng điểm', en: 'Total' },
  'ui.col.item': { vi: 'Chỉ tiêu', en: 'Target' },
  'ui.col.actual': { vi: 'Thực tế', en: 'Actual' },
  'ui.col.target': { vi: 'Mục tiêu', en: 'Target value' },
  'ui.col.status': { vi: 'Kết quả', en: 'Status' },
  'ui.award': { vi: 'Khen thưởng', en: 'Award' },
  'ui.gains': { vi: 'Ưu tiên cải thiện', en: 'Improve first' },
  'ui.deadlines': { vi: 'Hạn sắp tới', en: 'Upcoming deadlines' },
  'ui.criteria': { vi: 'Tiêu chí', en: 'Criteria' },
  'ext.panel.collapse': { vi: 'Thu gọn', en: 'Collapse' },
  'ext.panel.groups': { vi: 'Sáu nhóm chỉ số', en: 'The six groups' },
  'ext.panel.targets': { vi: 'Chỉ tiêu của kế hoạch', en: 'Plan targets' },
  'ext.panel.load': { vi: 'Tải số liệu cho đơn vị của tôi', en: 'Load figures for my unit' },
  'ext.panel.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'ext.panel.options': { vi: 'Tùy chọn', en: 'Options' },
  'extui.chip.expand': { vi: 'Mở bảng chỉ tiêu CĐS', en: 'Open the CĐS targets panel' },
  // where a figure comes from
  'extui.source.title': { vi: 'Nguồn số liệu', en: 'Where this comes from' },
  'extui.source.numerator': { vi: 'Tử số: {text}', en: 'Numerator: {text}' },
  'extui.source.denominator': { vi: 'Mẫu số: {text}', en: 'Denominator: {text}' },
  'extui.source.show-row': { vi: 'Xem dòng của đơn vị trên trang', en: 'Show my unit’s row on the page' },
  'extui.source.row-missing': {
    vi: 'Không thấy dòng của đơn vị trong bảng đang hiển thị trên trang.',
    en: 'My unit’s row is not in the table the page shows now.',
  },
  'extui.group.details': { vi: 'Chi tiết {group}', en: '{group} details' },
  // the plan items the portal cannot measure
  'extui.report.title': { vi: 'Chỉ tiêu nhập trong báo cáo ({count})', en: 'Targets entered in the report ({count})' },
  'extui.report.intro': {
    vi: 'Cổng không đo các chỉ tiêu này; đơn vị nhập số liệu trong báo cáo của kế hoạch.',
    en: 'The portal does not measure these targets; the unit enters them in the plan’s report.',
  },
  'extui.report.status': { vi: 'nhập trong báo cáo', en: 'entered in the report' },
  'extui.report.open': { vi: 'Mở báo cáo của đơn vị', en: 'Open my unit’s report' },
  'extui.report.how': { vi: 'Cách lập báo cáo', en: 'How to make the report' },
};

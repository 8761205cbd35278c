import type { Catalogue } from './index.ts';

// Messages of shared/portal, the scorecard renderer (ui/) and the extension. Vietnamese first.
export const messages: Catalogue = {
  'ui.pillars': { vi: 'Theo trụ cột', en: 'By pillar' },
  'ui.items': { vi: 'Chỉ tiêu của kế hoạch', en: 'Plan targets' },
  'ui.col.gap': { vi: 'Còn thiếu', en: 'Gap' },
  'ui.mandatory': { vi: 'bắt buộc', en: 'mandatory' },

  // shared/portal
  'portal.format-changed': {
    vi: 'Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm {group}',
    en: 'The portal changed its data format — group {group} could not be read',
  },
  'portal.format-changed.detail': { vi: 'Trường {path}: {problem}', en: 'Field {path}: {problem}' },
  'portal.unknown-endpoint': {
    vi: 'Không nhận ra nhóm dữ liệu {endpoint} của Cổng',
    en: 'Unknown portal data group {endpoint}',
  },
  'portal.group-unknown': {
    vi: 'Cổng đã thay đổi? Không xác định được dữ liệu thuộc nhóm nào — hãy lưu kèm địa chỉ (URL) hoặc tệp yêu cầu (.request.json)',
    en: 'Portal changed? Cannot tell which group this data belongs to — save it with its URL or its request file (.request.json)',
  },
  'portal.empty-group': {
    vi: 'Cổng trả về nhóm {group} không có đơn vị nào — không có số liệu cho nhóm này',
    en: 'The portal returned group {group} with no units — no figures for this group',
  },
  'portal.conflict': {
    vi: 'Dữ liệu Cổng mâu thuẫn: {unit} có hai số liệu khác nhau trong nhóm {group} — không hiển thị số nào',
    en: 'Portal data conflict: {unit} is listed twice with different figures in group {group} — no figure shown',
  },
  'portal.not-json': { vi: 'Dữ liệu nhóm {group} không phải JSON', en: 'The data of group {group} is not JSON' },
  'portal.api-error': {
    vi: 'Cổng trả lỗi cho nhóm {group}: {message}',
    en: 'The portal returned an error for group {group}: {message}',
  },
  'portal.unit-not-found': {
    vi: 'Không có đơn vị {unit} trong số liệu đã đọc',
    en: 'Unit {unit} is not in the data read',
  },
  'portal.score-mismatch': {
    vi: 'Điểm nhóm {group} tính lại ({computed}) khác điểm Cổng công bố ({portal})',
    en: 'Recomputed {group} points ({computed}) differ from the portal’s ({portal})',
  },
  'portal.period.year': { vi: 'Năm {year}', en: 'Year {year}' },
  'portal.period.quarter': { vi: 'Quý {quarter}/{year}', en: 'Q{quarter} {year}' },
  'portal.period.month': { vi: 'Tháng {month}/{year}', en: 'Month {month}/{year}' },
  'portal.period.range': { vi: 'Từ {from} đến {to}', en: 'From {from} to {to}' },
  'portal.period.unknown': { vi: 'Kỳ chưa rõ', en: 'Unknown period' },
  'portal.group.CKMB': { vi: 'Công khai, minh bạch', en: 'Transparency' },
  'portal.group.TDGQ': { vi: 'Tiến độ giải quyết', en: 'Processing on time' },
  'portal.group.CLGQ': { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  'portal.group.TTTT': { vi: 'Thanh toán trực tuyến', en: 'Online payment' },
  'portal.group.MDHL': { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
  'portal.group.MDSH': { vi: 'Số hóa hồ sơ', en: 'Dossier digitisation' },
  'portal.metric.PAYMENT_FEE_FORMALITY': {
    vi: 'Tỷ lệ TTHC có phí, lệ phí được tích hợp thanh toán trực tuyến',
    en: 'Share of fee-bearing procedures integrated for online payment',
  },
  'portal.metric.PAYMENT_FORMALITY': {
    vi: 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến',
    en: 'Share of procedures with an online payment',
  },
  'portal.metric.PAYMENT_DOSSIER': {
    vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    en: 'Share of dossiers paid online',
  },
  'portal.metric.ON_TIME': {
    vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
    en: 'Share of dossiers processed on time',
  },
  'portal.metric.ONLINE_SERVICE': {
    vi: 'Dịch vụ trực tuyến (dịch vụ công trực tuyến và thanh toán trực tuyến)',
    en: 'Online services (online public services and online payment)',
  },
  'portal.metric.unnamed': { vi: 'Chỉ số chưa có tên (mã {code})', en: 'Unnamed metric (code {code})' },

  // extension panel / popup / options
  'ext.panel.title': { vi: 'Kế hoạch của tôi trên Chỉ số 766', en: 'My plan on the 766 index' },
  'ext.panel.expand': { vi: 'Mở rộng', en: 'Expand' },
  'ext.panel.total': { vi: 'Chỉ số 766: {score} / {max}', en: '766 index: {score} / {max}' },
  'ext.panel.rank': { vi: 'Hạng {rank}/{of} trong tỉnh', en: 'Rank {rank} of {of} in the province' },
  'ext.panel.rank-unknown': { vi: 'Chưa có xếp hạng', en: 'No ranking yet' },
  'ext.panel.gains': { vi: 'Ưu tiên cải thiện', en: 'Improve first' },
  'ext.panel.gain-item': { vi: '{name}: +{points} điểm', en: '{name}: +{points} points' },
  'ext.panel.read-at': { vi: '{period} · đọc lúc {time}', en: '{period} · read at {time}' },
  'ext.panel.no-unit': {
    vi: 'Chưa chọn đơn vị. Mở phần Tùy chọn để chọn đơn vị và kế hoạch.',
    en: 'No unit chosen. Open the options to choose your unit and plan.',
  },
  'ext.panel.waiting': {
    vi: 'Chưa có số liệu cho {unit}. Chọn kỳ trên trang hoặc bấm “Tải số liệu cho đơn vị của tôi”.',
    en: 'No figures for {unit} yet. Pick a period on the page or press “Load figures for my unit”.',
  },
  'ext.panel.load-failed': { vi: 'Không tải được số liệu: {reason}', en: 'Could not load the figures: {reason}' },
  'ext.panel.no-province': {
    vi: 'Chưa biết tỉnh của đơn vị: mở trang có số liệu của tỉnh một lần, hoặc chọn lại đơn vị trong Tùy chọn.',
    en: 'The unit’s province is not known yet: open a page showing the province once, or choose the unit again in the options.',
  },
  'ext.panel.invalidated': {
    vi: 'Tiện ích vừa được cập nhật — tải lại trang để tiếp tục.',
    en: 'The extension was updated — reload the page to continue.',
  },
  // extension: the periods viewed (shared/portal/history.ts, ui/portal-history-dom.ts)
  'ext.history.title': { vi: 'So với kỳ trước ({period})', en: 'Compared with the previous period ({period})' },
  'ext.history.title-none': { vi: 'So với kỳ trước', en: 'Compared with the previous period' },
  'ext.history.none': {
    vi: 'Chưa có kỳ trước cùng loại để so sánh. Các kỳ đã xem được lưu trên máy này.',
    en: 'No earlier period of the same kind to compare with yet. The periods you view are kept on this computer.',
  },
  'ext.history.col.item': { vi: 'Nhóm / chỉ tiêu', en: 'Group / target' },
  'ext.history.col.previous': { vi: 'Kỳ trước', en: 'Previous' },
  'ext.history.col.current': { vi: 'Kỳ này', en: 'This period' },
  'ext.history.col.change': { vi: 'Thay đổi', en: 'Change' },
  'ext.history.total': { vi: 'Chỉ số 766', en: '766 index' },
  'ext.history.yes': { vi: 'có', en: 'yes' },
  'ext.history.no': { vi: 'không', en: 'no' },
  'ext.history.pace': { vi: '{target}: theo đà này {projected} vào {by} — {verdict}', en: '{target}: at this pace {projected} by {by} — {verdict}' },
  'ext.history.pace.meets': { vi: 'đạt mục tiêu {goal}', en: 'meets the target {goal}' },
  'ext.history.pace.misses': { vi: 'chưa đạt mục tiêu {goal}', en: 'misses the target {goal}' },
  'ext.history.pace.method': {
    vi: 'Cách tính: đường thẳng qua {count} kỳ gần nhất đã xem, đọc tại hạn của kế hoạch.',
    en: 'Method: a straight line through the last {count} periods viewed, read at the plan’s deadline.',
  },
  'ext.badge': { vi: '{score}/100 · {met}/{count} đạt', en: '{score}/100 · {met}/{count} met' },
  'ext.col.metric': { vi: 'Chỉ số', en: 'Metric' },
  'ext.no-targets': {
    vi: 'Kế hoạch không có chỉ tiêu nào gắn với số liệu của Cổng.',
    en: 'The plan has no target bound to a portal figure.',
  },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// `cds portal`: figures read from the portal's saved responses.
export const messages: Catalogue = {
  // cli/commands/portal.ts
  'cli.portal.plan-required': { vi: 'Cần chọn một kế hoạch bằng --plan', en: 'Choose a plan with --plan' },
  'cli.portal.no-responses': {
    vi: 'Không có phản hồi nào của API đánh giá trong các tệp đã cho',
    en: 'The files hold no evaluation-API response',
  },
  'cli.portal.bad-json': { vi: 'Tệp {path} không phải JSON hợp lệ: {reason}', en: 'File {path} is not valid JSON: {reason}' },
  'cli.portal.nothing-readable': {
    vi: 'Không đọc được phản hồi nào ({count} tệp sai định dạng)',
    en: 'No response could be read ({count} in a changed format)',
  },
  'cli.portal.some-unreadable': {
    vi: '{count} phản hồi không đọc được vì Cổng đã thay đổi định dạng dữ liệu',
    en: '{count} responses could not be read: the portal changed its data format',
  },
  'cli.portal.unit-not-found': {
    vi: 'Không có đơn vị {unit} trong các phản hồi đã cho',
    en: 'Unit {unit} is not in the given responses',
  },
  'cli.portal.period-not-found': {
    vi: 'Không có kỳ {period} trong các tệp (có: {periods})',
    en: 'Period {period} is not in the files (found: {periods})',
  },
  'cli.portal.several-periods': {
    vi: 'Các tệp thuộc nhiều kỳ ({periods}); dùng kỳ {period} — chọn kỳ khác bằng --period',
    en: 'The files cover several periods ({periods}); using {period} — pick another with --period',
  },
  'cli.portal.total': { vi: 'Chỉ số 766: {score}/{max} điểm · hạng {rank}', en: '766 index: {score}/{max} points · rank {rank}' },
  'cli.portal.plan': { vi: 'Kế hoạch: {plan}', en: 'Plan: {plan}' },
  'cli.portal.col.group': { vi: 'Nhóm', en: 'Group' },
  'cli.portal.col.score': { vi: 'Điểm', en: 'Points' },
  'cli.portal.col.recomputed': { vi: 'Tính lại', en: 'Recomputed' },
  'cli.portal.col.metric': { vi: 'Chỉ số', en: 'Metric' },
  'cli.portal.col.numerator': { vi: 'Tử số', en: 'Numerator' },
  'cli.portal.col.denominator': { vi: 'Mẫu số', en: 'Denominator' },
  'cli.portal.col.ratio': { vi: 'Tỷ lệ', en: 'Ratio' },
  'cli.portal.col.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'cli.portal.col.actual': { vi: 'Thực tế', en: 'Actual' },
  'cli.portal.col.goal': { vi: 'Mục tiêu', en: 'Goal' },
  'cli.portal.col.met': { vi: 'Kết quả', en: 'Status' },
};

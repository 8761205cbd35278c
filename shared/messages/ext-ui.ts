import type { Catalogue } from './index.ts';

// Messages of the officer-facing extension UI: the docked panel and its chip, where each figure
// comes from, the plan items entered in the report, the popup's CSV. Vietnamese first.
export const messages: Catalogue = {
  // the collapsed chip
  'extui.chip.total': { vi: '{score}/100', en: '{score}/100' },
  'extui.chip.met': { vi: '{met}/{count} chỉ tiêu đạt', en: '{met}/{count} targets met' },
  'extui.chip.rank': { vi: 'Hạng {rank}/{of}', en: 'Rank {rank}/{of}' },
  'extui.chip.met-detail': {
    vi: '{met} trong {count} chỉ tiêu đo trên Cổng đã đạt; {report} chỉ tiêu khác nhập trong báo cáo',
    en: '{met} of the {count} targets measured on the portal are met; {report} other targets are entered in the report',
  },
  'extui.source.portal': { vi: 'Cổng DVCQG', en: 'National public service portal' },
  'extui.source.group': { vi: 'nhóm {group}', en: 'group {group}' },
  'extui.source.counts': { vi: 'Tử số {numerator} · Mẫu số {denominator}', en: 'Numerator {numerator} · Denominator {denominator}' },
  'extui.source.rule': { vi: 'Điểm 766: {rule}', en: '766 points: {rule}' },
  'extui.source.metric': { vi: '{ratio} → {points}/{max} điểm', en: '{ratio} → {points}/{max} points' },
  'extui.source.metric-nomax': { vi: '{ratio} → {points} điểm (tối đa chưa rõ)', en: '{ratio} → {points} points (maximum unknown)' },
  'extui.source.unnamed-metric': { vi: 'Chỉ số chưa có trong danh mục', en: 'Metric not in the catalogue' },
  'extui.source.total-portal': { vi: 'điểm tổng Cổng công bố', en: 'the total the portal publishes' },
  'extui.source.total-sum': { vi: 'cộng điểm sáu nhóm Cổng công bố', en: 'the sum of the six groups the portal publishes' },
  'extui.source.total-none': { vi: 'chưa đủ sáu nhóm để cộng', en: 'not all six groups are known yet' },
  // point rules in words
  'extui.rule.linear': { vi: '{max} × tử số ÷ mẫu số', en: '{max} × numerator ÷ denominator' },
  'extui.rule.capped': {
    vi: 'đủ {max} điểm từ {fullAt}%, dưới đó {max} × tỷ lệ ÷ {fullAt}%',
    en: 'full {max} points from {fullAt}%, below that {max} × ratio ÷ {fullAt}%',
  },
  'extui.rule.steps': { vi: 'theo bậc, tối đa {max} điểm', en: 'by steps, at most {max} points' },
  'extui.rule.categorical': { vi: 'theo mức, tối đa {max} điểm', en: 'by grade, at most {max} points' },
  'extui.rule.monitoring': { vi: 'chỉ theo dõi, không tính điểm', en: 'monitored only, no points' },
  'extui.rule.unknown': { vi: 'quy tắc tính điểm chưa rõ', en: 'point rule unknown' },
  // popup
  'extui.popup.details': { vi: 'Chi tiết số liệu', en: 'Figure details' },
  // the popup's CSV: every label in the chosen language, Vietnamese decimals, no raw codes
  'extui.csv.col.section': { vi: 'Phần', en: 'Section' },
  'extui.csv.col.item': { vi: 'Nội dung', en: 'Item' },
  'extui.csv.col.numerator': { vi: 'Tử số', en: 'Numerator' },
  'extui.csv.col.denominator': { vi: 'Mẫu số', en: 'Denominator' },
  'extui.csv.col.ratio': { vi: 'Tỷ lệ (%)', en: 'Ratio (%)' },
  'extui.csv.col.score': { vi: 'Điểm', en: 'Points' },
  'extui.csv.col.max': { vi: 'Tối đa', en: 'Maximum' },
  'extui.csv.col.target': { vi: 'Mục tiêu', en: 'Target' },
  'extui.csv.col.met': { vi: 'Kết quả', en: 'Result' },
  'extui.csv.section.unit': { vi: 'Đơn vị', en: 'Unit' },
  'extui.csv.section.period': { vi: 'Kỳ', en: 'Period' },
  'extui.csv.section.total': { vi: 'Tổng điểm 766', en: '766 total' },
  'extui.csv.section.group': { vi: 'Nhóm chỉ số', en: 'Index group' },
  'extui.csv.section.metric': { vi: 'Chỉ số thành phần', en: 'Metric' },
  'extui.csv.section.target': { vi: 'Chỉ tiêu kế hoạch', en: 'Plan target' },
  'extui.csv.rank': { vi: 'Hạng {rank} trong tỉnh', en: 'Rank {rank} in the province' },
  'extui.csv.met': { vi: 'Đạt', en: 'Met' },
  'extui.csv.not-met': { vi: 'Chưa đạt', en: 'Not met' },
  'extui.csv.not-reported': { vi: 'Chưa có số liệu', en: 'No figure' },
};

import type { Catalogue } from './index.ts';

// Messages of shared/validate (and the surfaces that use them). Vietnamese first, English second.
// Cell messages get {a1}, {fieldVi}/{fieldEn} and {code} (the item code) from the validator.
export const messages: Catalogue = {
  'validate.value-missing': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} chưa có số liệu. Hãy nhập Giá trị, hoặc Tử số và Mẫu số.',
    en: 'Cell {a1} ({fieldEn}): item {code} has no data. Enter the Value, or the Numerator and the Denominator.',
  },
  'validate.answer-missing': {
    vi: 'Ô {a1} ({fieldVi}): tiêu chí {code} chưa được trả lời. Hãy nhập “có” hoặc “không”.',
    en: 'Cell {a1} ({fieldEn}): criterion {code} is not answered. Enter “có” (yes) or “không” (no).',
  },
  'validate.negative-value': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' là số âm; số liệu này không thể nhỏ hơn 0.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is negative; this figure cannot be below 0.",
  },
  'validate.below-minimum': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' nhỏ hơn mức tối thiểu {min}.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is below the minimum of {min}.",
  },
  'validate.above-maximum-percent': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' lớn hơn {max}%. Tỷ lệ phải từ 0 đến {max}%.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is more than {max}%. A percentage is between 0 and {max}%.",
  },
  'validate.above-maximum': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' lớn hơn mức tối đa {max}.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is above the maximum of {max}.",
  },
  'validate.not-whole': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là số nguyên. Số lượng phải là số nguyên, ví dụ 1234 (hoặc 1.234).",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a whole number. A count is a whole number, e.g. 1234 (written 1.234 in Vietnamese).",
  },
  'validate.numerator-exceeds-denominator': {
    vi: 'Ô {a1} ({fieldVi}): tử số {numerator} lớn hơn mẫu số {denominator} (ô {denominatorA1}); tỷ lệ không thể vượt 100%.',
    en: 'Cell {a1} ({fieldEn}): the numerator {numerator} is larger than the denominator {denominator} (cell {denominatorA1}); a share cannot exceed 100%.',
  },
  'validate.zero-denominator': {
    vi: 'Ô {a1} ({fieldVi}): mẫu số bằng 0 nên không tính được tỷ lệ của chỉ tiêu {code}; chỉ tiêu được tính là chưa có số liệu (0 điểm, không đạt cũng không thiếu).',
    en: 'Cell {a1} ({fieldEn}): the denominator is 0, so item {code} has no ratio; it counts as no data (0 points, neither met nor short).',
  },
  'validate.more-issues': {
    vi: 'Còn {count} lỗi/cảnh báo cùng loại ({code}) nữa, không liệt kê (đã hiện {shown} dòng đầu).',
    en: '{count} more issues of the same kind ({code}) not listed (the first {shown} are shown).',
  },
  'validate.zero-denominator-policy': {
    vi: 'Ô {a1} ({fieldVi}): mẫu số bằng 0 nên không tính được tỷ lệ của chỉ tiêu {code}; theo quy định, chỉ tiêu này {policyVi}.',
    en: 'Cell {a1} ({fieldEn}): the denominator is 0, so item {code} has no ratio; by its rule it {policyEn}.',
  },
  'validate.denominator-missing': {
    vi: 'Ô {a1} ({fieldVi}): đã có tử số (ô {otherA1}) nhưng thiếu mẫu số.',
    en: 'Cell {a1} ({fieldEn}): the numerator is there (cell {otherA1}) but the denominator is missing.',
  },
  'validate.numerator-missing': {
    vi: 'Ô {a1} ({fieldVi}): đã có mẫu số (ô {otherA1}) nhưng thiếu tử số.',
    en: 'Cell {a1} ({fieldEn}): the denominator is there (cell {otherA1}) but the numerator is missing.',
  },
  'validate.value-disagrees-with-counts': {
    vi: 'Ô {a1} ({fieldVi}): giá trị {value}% khác với tử số ÷ mẫu số = {numerator} ÷ {denominator} = {computed}% (lệch quá {tolerance} điểm). Hãy kiểm tra lại.',
    en: 'Cell {a1} ({fieldEn}): the value {value}% differs from numerator ÷ denominator = {numerator} ÷ {denominator} = {computed}% (by more than {tolerance} points). Please check.',
  },
  'validate.comparison-failed': {
    vi: 'Ô {a1}: {leftFieldVi} của chỉ tiêu {leftCode} ({left}) phải {operatorVi} {rightFieldVi} của chỉ tiêu {rightCode} ({right}, ô {rightA1}).',
    en: 'Cell {a1}: the {leftFieldEn} of item {leftCode} ({left}) must be {operatorEn} the {rightFieldEn} of item {rightCode} ({right}, cell {rightA1}).',
  },
  'validate.comparison-missing-value': {
    vi: 'Ô {a1}: không so sánh được {leftFieldVi} của chỉ tiêu {leftCode} với {rightFieldVi} của chỉ tiêu {rightCode} vì thiếu số liệu.',
    en: 'Cell {a1}: the {leftFieldEn} of item {leftCode} cannot be compared with the {rightFieldEn} of item {rightCode}: a figure is missing.',
  },
  'validate.header-label-missing': {
    vi: 'Phần đầu báo cáo thiếu ô “{fieldVi}”. Hãy thêm nhãn “{fieldVi}” và ghi giá trị ở ô bên phải.',
    en: 'The report header has no “{fieldVi}” ({fieldEn}) label. Add the label and type the value in the cell to its right.',
  },
  'validate.header-value-missing': {
    vi: 'Ô {a1} ({fieldVi}): chưa điền {fieldVi}.',
    en: 'Cell {a1} ({fieldEn}): the {fieldEn} is not filled in.',
  },
  'validate.plan-id-mismatch': {
    vi: "Ô {a1} ({fieldVi}): báo cáo ghi kế hoạch '{raw}' nhưng đang được kiểm tra theo kế hoạch '{expected}'.",
    en: "Cell {a1} ({fieldEn}): the report names the plan '{raw}' but is being checked against the plan '{expected}'.",
  },
  'validate.level-invalid': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là cấp hợp lệ. Hãy ghi xã, phường, thị trấn, huyện hoặc tỉnh.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a valid level. Write xã, phường, thị trấn (commune), huyện (district) or tỉnh (province).",
  },
  'validate.group-invalid': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là đối tượng hợp lệ. Hãy ghi cơ quan, đơn vị; thôn, xóm; doanh nghiệp; cá nhân hoặc khác (để trống là cơ quan, đơn vị).",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a valid target group. Write cơ quan, đơn vị (agency); thôn, xóm (village); doanh nghiệp (enterprise); cá nhân (individual) or khác (other); blank means agency.",
  },
  'validate.duplicate-item-code': {
    vi: "Ô {a1} ({fieldVi}): mã '{code}' đã có ở dòng {firstRow}; chỉ dòng đầu tiên được tính.",
    en: "Cell {a1} ({fieldEn}): the code '{code}' already appears on row {firstRow}; only the first row is counted.",
  },
  'validate.unknown-item-code': {
    vi: "Ô {a1} ({fieldVi}): mã '{code}' không có trong kế hoạch {planId}; dòng này không được tính. Hãy dùng mã trong mẫu báo cáo.",
    en: "Cell {a1} ({fieldEn}): the code '{code}' is not in the plan {planId}; this row is not counted. Use the codes of the report template.",
  },
  'validate.item-not-for-level': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} dành cho cấp {levelVi}, báo cáo này là cấp {reportLevelVi}; dòng này không được tính.',
    en: 'Cell {a1} ({fieldEn}): item {code} is for the {levelEn} level and this report is a {reportLevelEn} report; this row is not counted.',
  },
  'validate.item-code-missing': {
    vi: 'Ô {a1} ({fieldVi}): dòng {row} có số liệu nhưng không có mã chỉ tiêu; dòng này không được tính.',
    en: 'Cell {a1} ({fieldEn}): row {row} has figures but no item code; the row is not counted.',
  },
  'validate.completeness-low': {
    vi: 'Báo cáo có số liệu cho {reported}/{expected} chỉ tiêu ({percent}%), dưới mức {threshold}%. Còn thiếu: {missing}.',
    en: 'The report has figures for {reported} of {expected} items ({percent}%), below {threshold}%. Missing: {missing}.',
  },
  'validate.completeness': {
    vi: 'Báo cáo có số liệu cho {reported}/{expected} chỉ tiêu ({percent}%).',
    en: 'The report has figures for {reported} of {expected} items ({percent}%).',
  },
  'validate.outlier-percent': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} thay đổi {change} điểm phần trăm so với kỳ trước ({previous}% → {value}%), hơn mức {limit} điểm. Hãy kiểm tra lại.',
    en: 'Cell {a1} ({fieldEn}): item {code} moved {change} percentage points since the previous report ({previous}% → {value}%), more than {limit} points. Please check.',
  },
  'validate.outlier-count': {
    vi: 'Ô {a1} ({fieldVi}): chỉ tiêu {code} thay đổi {change}% so với kỳ trước ({previous} → {value}), hơn mức {limit}%. Hãy kiểm tra lại.',
    en: 'Cell {a1} ({fieldEn}): item {code} changed by {change}% since the previous report ({previous} → {value}), more than {limit}%. Please check.',
  },
};

import type { Catalogue } from './index.ts';

// Messages of shared/data (plan files and their checks). Vietnamese first, English second.
export const messages: Catalogue = {
  'plan-invalid': {
    vi: 'Tệp kế hoạch không hợp lệ tại {path}: {detail}',
    en: 'Invalid plan file at {path}: {detail}',
  },
  // The schema's findings said in words (instead of the schema library's English).
  'plan-invalid-missing': {
    vi: 'Tệp kế hoạch thiếu mục bắt buộc {path}: hãy thêm mục này (cần {expectedVi})',
    en: 'The plan file lacks the required field {path}: add it ({expectedEn})',
  },
  'plan-invalid-type': {
    vi: 'Tệp kế hoạch không hợp lệ tại {path}: cần {expectedVi}',
    en: 'Invalid plan file at {path}: expected {expectedEn}',
  },
  'plan-invalid-choice': {
    vi: 'Tệp kế hoạch không hợp lệ tại {path}: nhập một trong {choices}',
    en: 'Invalid plan file at {path}: type one of {choices}',
  },
  'plan-invalid-date': {
    vi: 'Tệp kế hoạch không hợp lệ tại {path}: nhập một ngày có thật dạng năm-tháng-ngày, ví dụ "2025-11-15"',
    en: 'Invalid plan file at {path}: type a real date as year-month-day, e.g. "2025-11-15"',
  },
  'plan-invalid-range': {
    vi: 'Tệp kế hoạch không hợp lệ tại {path}: giá trị phải {op} {limit}',
    en: 'Invalid plan file at {path}: the value must be {op} {limit}',
  },
  'plan-unknown-indicator': {
    vi: 'Chỉ tiêu {targetId} ({path}) dùng mã chỉ số "{code}" không có trong danh mục chỉ số',
    en: 'Target {targetId} ({path}) uses indicator code "{code}", which is not in the indicator catalogue',
  },
  'plan-duplicate-id': {
    vi: 'Mã "{id}" tại {path} trùng với mã tại {firstPath}; mỗi chỉ tiêu, tiêu chí cần một mã riêng',
    en: 'Id "{id}" at {path} repeats the one at {firstPath}; every target and criterion needs its own id',
  },
  'plan-unit-mismatch': {
    vi: 'Chỉ tiêu {targetId} ({path}) có đơn vị "{unit}" nhưng chỉ số {code} dùng đơn vị "{indicatorUnit}"',
    en: 'Target {targetId} ({path}) has unit "{unit}" but indicator {code} uses "{indicatorUnit}"',
  },
  'plan-yes-no-target-value': {
    vi: 'Chỉ tiêu có/không {targetId} ({path}) phải có giá trị true và đơn vị boolean',
    en: 'Yes/no target {targetId} ({path}) must have value true and unit boolean',
  },
  'plan-quantitative-target-value': {
    vi: 'Chỉ tiêu định lượng {targetId} ({path}) phải có giá trị là một số',
    en: 'Quantitative target {targetId} ({path}) must have a number as its value',
  },
  'plan-unknown-criterion': {
    vi: 'Hình thức khen thưởng {awardId} ({path}) dẫn tới tiêu chí "{criterionId}" không có trong kế hoạch',
    en: 'Award {awardId} ({path}) refers to criterion "{criterionId}", which the plan does not have',
  },
  'plan-criterion-other-group': {
    vi: 'Hình thức khen thưởng {awardId} ({path}) dành cho {ruleGroup} nhưng dẫn tới tiêu chí "{criterionId}" của {criterionGroup}: báo cáo của {ruleGroup} không được hỏi tiêu chí này',
    en: 'Award {awardId} ({path}) is for {ruleGroup} but refers to criterion "{criterionId}" of {criterionGroup}: reports of {ruleGroup} are not asked it',
  },
  'plan-unknown-condition-code': {
    vi: 'Điều kiện khen thưởng {awardId} ({path}) dùng mã "{code}" không phải chỉ tiêu của kế hoạch hay chỉ số trong danh mục',
    en: 'Award condition of {awardId} ({path}) uses code "{code}", which is neither a target of the plan nor an indicator',
  },
  // Target values that cannot be right (shared/data/check-plan.ts, impossibleTarget).
  'plan-percent-out-of-range': {
    vi: 'Chỉ tiêu {targetId} ({path}) đặt mục tiêu {value}%: tỷ lệ phải từ 0 đến 100%',
    en: 'Target {targetId} ({path}) is set at {value}%: a percentage is between 0 and 100%',
  },
  'plan-negative-target': {
    vi: 'Chỉ tiêu {targetId} ({path}) đặt mục tiêu {value}: số liệu này không thể âm',
    en: 'Target {targetId} ({path}) is set at {value}: this figure cannot be negative',
  },
  'plan-yes-no-comparator': {
    vi: 'Chỉ tiêu có/không {targetId} ({path}) dùng phép so sánh "{comparator}": chỉ tiêu có/không chỉ so sánh bằng "="',
    en: 'Yes/no target {targetId} ({path}) uses the comparator "{comparator}": a yes/no target is compared with "=" only',
  },
  'plan-comparator-direction': {
    vi: 'Chỉ tiêu {targetId} ({path}) dùng "{comparator}" nhưng chỉ số {code} {directionVi}: phép so sánh ngược chiều chỉ số',
    en: 'Target {targetId} ({path}) uses "{comparator}" but for indicator {code} {directionEn}: the comparator points the wrong way',
  },
};

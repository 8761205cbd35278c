import type { Catalogue } from './index.ts';

// Messages of shared/score (and the surfaces that use them). Vietnamese first, English second.
export const messages: Catalogue = {
  // Award reasons (shared/score/award.ts). Each says why a unit is not (yet) eligible.
  'score.award.min-percent': { vi: 'đạt {actual}%, cần ≥ {min}%', en: '{actual}% reached, ≥ {min}% needed' },
  'score.award.no-percent': {
    vi: 'chưa có điểm để tính tỷ lệ, cần ≥ {min}%',
    en: 'no points to compute a percent from, ≥ {min}% needed',
  },
  // {labelVi} is already negated ("chưa đăng ký thi đua").
  'score.award.criterion-not-met': { vi: '{labelVi}', en: 'not met: {labelEn}' },
  'score.award.criterion-unanswered': { vi: 'chưa báo cáo: {labelVi}', en: 'not reported: {labelEn}' },
  'score.award.criterion-unknown': {
    vi: 'tiêu chí {id} không có trong kế hoạch',
    en: 'criterion {id} is not in the plan',
  },
  'score.award.indicator-not-met': {
    vi: '{labelVi}: đạt {actual}, cần {comparator} {value}',
    en: '{labelEn}: {actual} reached, {comparator} {value} needed',
  },
  'score.award.indicator-missing': {
    vi: '{labelVi}: chưa báo cáo (cần {comparator} {value})',
    en: '{labelEn}: not reported ({comparator} {value} needed)',
  },
  'score.award.targets-not-met': {
    vi: 'chưa đạt hết chỉ tiêu: {notMet} chưa đạt, {missing} chưa báo cáo',
    en: 'not every target met: {notMet} not met, {missing} not reported',
  },
  'score.award.no-conditions': {
    vi: 'không có điều kiện đo được: hội đồng thi đua xét theo mô tả của kế hoạch',
    en: 'no measurable condition: the emulation council decides from the plan’s description',
  },
  'score.award.no-collective-rule': {
    vi: 'kế hoạch không có hình thức khen thưởng tập thể',
    en: 'the plan has no award for collectives',
  },
  'score.award.no-rule': { vi: 'kế hoạch không nêu hình thức khen thưởng', en: 'the plan names no award' },
  'score.award.no-rule-for-group': {
    vi: 'kế hoạch không có hình thức khen thưởng cho đối tượng {groupVi}',
    en: 'the plan has no award for {groupEn}',
  },
  'score.award.other-group': {
    vi: 'hình thức này dành cho {groupVi}, không phải đối tượng của báo cáo',
    en: 'this award is for {groupEn}, not the report’s target group',
  },
  'score.award.one-of-not-met': {
    vi: 'chưa đạt điều kiện nào trong {count} điều kiện (cần ít nhất một): {labelVi}',
    en: 'none of {count} conditions met (at least one needed): {labelEn}',
  },
  'score.award.min-targets-met': {
    vi: 'đạt {met}/{count} chỉ tiêu, cần ≥ {min}% số chỉ tiêu',
    en: '{met}/{count} targets met, ≥ {min}% of the targets needed',
  },
  'score.award.no-targets': {
    vi: 'không có chỉ tiêu áp dụng để tính tỷ lệ đạt, cần ≥ {min}% số chỉ tiêu',
    en: 'no applicable target to compute a share from, ≥ {min}% of the targets needed',
  },
  'score.award.results-missing': {
    vi: 'khen thưởng căn cứ kết quả thực hiện chỉ tiêu: còn {missing} chỉ tiêu chưa có kết quả',
    en: 'the award rests on the targets’ results: {missing} target(s) have no result',
  },
  'score.award.cond.min-percent': { vi: 'đạt từ {min}% số điểm', en: 'at least {min}% of the points' },
  'score.award.cond.min-targets-met': { vi: 'đạt từ {min}% số chỉ tiêu', en: 'at least {min}% of the targets met' },
  'score.award.cond.all-targets-met': { vi: 'đạt tất cả chỉ tiêu', en: 'every target met' },
  'score.award.cond.results-count': {
    vi: 'xét theo kết quả thực hiện chỉ tiêu (báo cáo đủ kết quả)',
    en: 'decided on the targets’ results (all reported)',
  },
  'score.award.cond.one-of': { vi: 'ít nhất một trong: {list}', en: 'at least one of: {list}' },
  'score.award.cond.all-of': { vi: 'tất cả: {list}', en: 'all of: {list}' },

  // Ranking (shared/score/rank.ts).
  'score.rank.quota-tie': {
    vi: '{awardVi}: {count} đơn vị đồng hạng {rank} tranh {places} suất cuối ({units}); cần hội đồng thi đua quyết định',
    en: '{awardEn}: {count} units tie at rank {rank} for the last {places} place(s) ({units}); the emulation council decides',
  },
  'score.rank.other-plan': {
    vi: 'Kết quả của {unit} được chấm theo kế hoạch {cardPlan}, không phải {plan}',
    en: '{unit} was scored against plan {cardPlan}, not {plan}',
  },

  // Item status.
  'score.status.met': { vi: 'Đạt', en: 'Met' },
  'score.status.not-met': { vi: 'Chưa đạt', en: 'Not met' },
  'score.status.missing': { vi: 'Chưa báo cáo', en: 'Not reported' },
  'score.status.not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
  'score.status.needs-fixing': { vi: 'Cần sửa', en: 'Needs fixing' },
  // Flagged values (shared/score/flags.ts): errors in the report block every award.
  'score.award.blocked-by-errors': {
    vi: 'báo cáo còn {count} lỗi cần sửa ({cells}); chưa xét khen thưởng khi còn lỗi',
    en: 'the report has {count} error(s) to fix ({cells}); no award while errors remain',
  },
  'score.view.needs-fixing': { vi: 'cần sửa: {errors}', en: 'needs fixing: {errors}' },
  'score.view.gain-no-data': { vi: 'chưa có số liệu: báo cáo để được tới +{points} điểm nếu đạt {target}', en: 'no data: report it, up to +{points} points by reaching {target}' },
  'score.view.gain-needs-fixing': { vi: 'cần sửa số liệu: tới +{points} điểm nếu đạt {target}', en: 'fix the figure: up to +{points} points by reaching {target}' },
  'score.view.gain-criterion': { vi: 'chưa đạt tiêu chí bắt buộc để được khen thưởng', en: 'a criterion the award requires is not met' },

  // Values in their unit ({n} is already formatted).
  'score.unit.percent': { vi: '{n}%', en: '{n}%' },
  'score.unit.count': { vi: '{n}', en: '{n}' },
  'score.unit.days': { vi: '{n} ngày', en: '{n} days' },
  'score.unit.points': { vi: '{n} điểm', en: '{n} points' },
  'score.unit.boolean': { vi: '{n}', en: '{n}' },

  'score.pillar.chinh-quyen-so': { vi: 'Chính quyền số', en: 'Digital government' },
  'score.pillar.kinh-te-so': { vi: 'Kinh tế số', en: 'Digital economy' },
  'score.pillar.xa-hoi-so': { vi: 'Xã hội số', en: 'Digital society' },
  'score.pillar.an-toan-thong-tin': { vi: 'An toàn thông tin', en: 'Information security' },
  'score.pillar.nen-tang': { vi: 'Nền tảng', en: 'Foundations' },
  'score.pillar.qd766': { vi: 'Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)', en: 'Service index (QĐ 766)' },

  'score.level.commune': { vi: 'cấp xã', en: 'commune' },
  'score.level.district': { vi: 'cấp huyện', en: 'district' },
  'score.level.province': { vi: 'cấp tỉnh', en: 'province' },
  'score.level.national': { vi: 'trung ương', en: 'national' },

  // Scorecard view (shared/score/view.ts). {points}, {max}, {percent}… are already formatted.
  'score.view.total': { vi: '{points}/{max} điểm ({percent}%)', en: '{points}/{max} points ({percent}%)' },
  'score.view.total-none': { vi: 'chưa có điểm', en: 'no points yet' },
  'score.view.pillar-met': { vi: '{met}/{count} chỉ tiêu đạt', en: '{met} of {count} targets met' },
  'score.view.points': { vi: '{points}/{max} điểm', en: '{points}/{max} points' },
  'score.view.points-unknown': { vi: 'chưa rõ điểm', en: 'points unknown' },
  'score.view.points-unknown-of': { vi: 'chưa rõ/{max} điểm', en: 'unknown/{max} points' },
  'score.view.points-unknown-max': { vi: '{points}/chưa rõ điểm', en: '{points}/unknown points' },
  'score.view.monitoring': { vi: 'chỉ theo dõi, không tính điểm', en: 'monitored, not scored' },
  'score.view.not-reported': { vi: 'chưa báo cáo', en: 'not reported' },
  'score.view.zero-denominator': { vi: 'mẫu số bằng 0 — chưa có số liệu', en: 'zero denominator — no data' },
  'score.view.target': { vi: '{comparator} {value}', en: '{comparator} {value}' },
  'score.view.target-yes': { vi: 'có', en: 'yes' },
  'score.view.yes': { vi: 'có', en: 'yes' },
  'score.view.no': { vi: 'không', en: 'no' },
  'score.view.gap-below': { vi: 'còn thiếu {gap}', en: '{gap} short' },
  'score.view.gap-above': { vi: 'vượt {gap}', en: '{gap} over' },
  'score.view.gap-off': { vi: 'lệch {gap}', en: 'off by {gap}' },
  'score.view.gap-strict': { vi: 'cần vượt {target}', en: 'must exceed {target}' },
  'score.view.gap-strict-below': { vi: 'cần dưới {target}', en: 'must be below {target}' },
  'score.view.gap-not-done': { vi: 'chưa thực hiện', en: 'not done' },
  'score.view.unit-unknown': { vi: '(chưa ghi đơn vị)', en: '(unit not given)' },
  'score.view.unit-with-code': { vi: '{name} ({code})', en: '{name} ({code})' },
  'score.view.period-unknown': { vi: '(chưa ghi kỳ báo cáo)', en: '(period not given)' },
  'score.view.eligible': { vi: 'Đủ điều kiện', en: 'Eligible' },
  'score.view.not-eligible': { vi: 'Chưa đủ điều kiện', en: 'Not eligible' },
  'score.view.no-award': { vi: 'Không có hình thức khen thưởng tập thể', en: 'No award for collectives' },
  'score.view.proposable': { vi: 'Có thể đề nghị', en: 'May be proposed' },
  'score.view.award-not-applicable': { vi: 'Không áp dụng cho đối tượng này', en: 'Not for this target group' },
  'score.view.no-award-for-group': { vi: 'Không có hình thức khen thưởng cho đối tượng này', en: 'No award for this target group' },
  'score.view.group': { vi: 'Đối tượng: {group}', en: 'Target group: {group}' },
  'score.view.movement': { vi: 'Phong trào: {movement}', en: 'Movement: {movement}' },
  'score.view.target-note': { vi: '{id}: {note}', en: '{id}: {note}' },
  'score.view.award-note': { vi: '{award} ({id}): {note}', en: '{award} ({id}): {note}' },
  'score.view.award-conditions': { vi: 'Điều kiện: {list}', en: 'Conditions: {list}' },
  'score.plan.target-notes': { vi: 'Ghi chú của chỉ tiêu:', en: 'Notes on targets:' },
  'score.plan.for-group': { vi: 'dành cho {group}', en: 'for {group}' },
  'score.plan.proposal': { vi: 'chỉ đề nghị', en: 'proposal only' },
  'score.plan.note': { vi: 'Ghi chú: {note}', en: 'Note: {note}' },
  'score.view.proposal-note': {
    vi: 'chỉ được đề nghị (cấp có thẩm quyền quyết định)',
    en: 'may only be proposed (a higher authority decides)',
  },
  'score.view.criterion-yes': { vi: 'Có', en: 'Yes' },
  'score.view.criterion-no': { vi: 'Không', en: 'No' },
  'score.view.criterion-unanswered': { vi: 'Chưa trả lời', en: 'Not answered' },
  'score.view.gain': { vi: '+{points} điểm nếu đạt {target}', en: '+{points} points by reaching {target}' },
  'score.view.gain-unknown': { vi: 'chưa rõ số điểm tăng thêm nếu đạt {target}', en: 'points unknown for reaching {target}' },
  'score.view.note-unknown-max': {
    vi: '{count} chỉ tiêu chưa rõ điểm (chưa rõ quy tắc hoặc điểm tối đa): không tính vào tổng',
    en: '{count} target(s) with unknown points (unknown rule or maximum): left out of the total',
  },
  'score.view.note-equal-weight': {
    vi: 'Kế hoạch không quy định điểm: mỗi chỉ tiêu tính 1 điểm × mức độ đạt',
    en: 'The plan gives no points: each target counts 1 point × its attainment',
  },
  'score.view.note-not-applicable': {
    vi: '{count} chỉ tiêu không áp dụng cho {level}',
    en: '{count} target(s) do not apply to a {level}',
  },
  'score.view.note-missing': {
    vi: '{count} chỉ tiêu chưa báo cáo: tính 0 điểm',
    en: '{count} target(s) not reported: counted as 0 points',
  },

  // Deadlines (shared/deadlines.ts, shown by the view).
  'score.deadline.by': { vi: 'hạn {date}', en: 'by {date}' },
  'score.deadline.before': { vi: 'trước {date}', en: 'before {date}' },
  'score.deadline.month': { vi: 'tháng {month}/{year}', en: '{month}/{year}' },
  'score.deadline.quarter': { vi: 'quý {quarterVi}/{year}', en: 'Q{quarterEn} {year}' },
  'score.deadline.year': { vi: 'năm {year}', en: '{year}' },
  'score.deadline.upcoming': { vi: 'còn {days} ngày', en: '{days} days left' },
  'score.deadline.upcoming-one': { vi: 'còn 1 ngày', en: '1 day left' },
  'score.deadline.due-today': { vi: 'hạn chót hôm nay', en: 'due today' },
  'score.deadline.overdue': { vi: 'quá hạn {days} ngày', en: '{days} days overdue' },
  'score.deadline.overdue-one': { vi: 'quá hạn 1 ngày', en: '1 day overdue' },
};

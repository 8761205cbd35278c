import type { Catalogue } from '../../shared/messages/index.ts';

// `cds plan export` and plans typed as a table given to --plan.
export const messages: Catalogue = {
  'plan-table.cli.written': {
    vi: 'Đã ghi kế hoạch {plan} dạng bảng vào {path} ({targets} chỉ tiêu, {criteria} tiêu chí, {awards} hình thức khen thưởng, {deadlines} thời hạn). Sửa bảng rồi kiểm tra bằng: cds plan {path}',
    en: 'Wrote plan {plan} as a table to {path} ({targets} targets, {criteria} criteria, {awards} awards, {deadlines} deadlines). Edit it, then check it with: cds plan {path}',
  },
  'plan-table.cli.bad-extension': {
    vi: 'Tệp kế hoạch "{path}" phải có đuôi .xlsx hoặc .csv',
    en: 'Plan table file "{path}" must end in .xlsx or .csv',
  },
  'plan-table.cli.invalid-table': {
    vi: 'Bảng kế hoạch "{path}" có {count} lỗi; sửa các ô dưới đây rồi chạy lại',
    en: 'Plan table "{path}" has {count} error(s); fix the cells below and run again',
  },
};

import type { Catalogue } from '../../../shared/messages/index.ts';

// The add-on's "paste the plan document" draft.
export const messages: Catalogue = {
  'sheets.plan-tab.created-draft': {
    vi: 'Đã tạo trang "{sheet}" — BẢN NHÁP đọc từ văn bản: {targets} chỉ tiêu, {deadlines} thời hạn, {awards} khen thưởng. Xem lại từng dòng với câu trích (cột Ghi chú nguồn), sửa nếu cần, rồi điền ô "Mã kế hoạch" để dùng kế hoạch.',
    en: 'Created sheet "{sheet}" — a DRAFT read from the text: {targets} targets, {deadlines} deadlines, {awards} awards. Review each row against its quote (source-note column), correct it, then fill in the "Mã kế hoạch" cell to use the plan.',
  },
  'sheets.error.plan-text-too-long': {
    vi: 'Văn bản dán vào quá dài (hơn {max} ký tự): chỉ dán nội dung của kế hoạch.',
    en: 'The pasted text is too long (over {max} characters): paste only the text of the plan.',
  },
  'sheets.ui.plan-draft': { vi: 'Dán văn bản kế hoạch', en: 'Paste the plan document' },
  'sheets.ui.plan-draft-help': {
    vi: 'Dán toàn bộ văn bản kế hoạch (từ Word hoặc PDF). Công cụ đề xuất các chỉ tiêu, thời hạn, khen thưởng kèm câu trích để bạn kiểm tra.',
    en: 'Paste the whole plan document (from Word or PDF). The tool proposes targets, deadlines and awards, each with its quote for you to check.',
  },
  'sheets.ui.plan-draft-create': { vi: 'Đọc văn bản, tạo bản nháp', en: 'Read the text, create a draft' },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// `cds plan draft`: reading a plan document into a draft plan.
export const messages: Catalogue = {
  'cli.draft.bad-extension': {
    vi: 'Không đọc được "{path}": văn bản kế hoạch phải là tệp .txt, .docx hoặc .pdf',
    en: 'Cannot read "{path}": the plan document must be a .txt, .docx or .pdf file',
  },
  'cli.draft.unreadable': {
    vi: 'Không đọc được văn bản "{path}": {reason}',
    en: 'Cannot read the document "{path}": {reason}',
  },
  'cli.draft.pdf-scan': {
    vi: 'Tệp PDF "{path}" ({pages} trang) không có lớp chữ — đây là bản quét (ảnh). Hãy dùng tệp .docx hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước',
    en: 'The PDF "{path}" ({pages} pages) has no text layer — it is a scan (pictures). Use the .docx or a PDF exported from Word, or run text recognition (OCR) first',
  },
  'cli.draft.bad-out': {
    vi: 'Tệp kết quả "{path}" phải là .xlsx hoặc .csv',
    en: 'The output file "{path}" must be .xlsx or .csv',
  },
  'cli.draft.heading': {
    vi: 'BẢN NHÁP kế hoạch đọc từ văn bản — chưa dùng để chấm điểm; kiểm tra từng dòng với trích dẫn',
    en: 'DRAFT plan read from the document — not used for scoring; check each row against its quote',
  },
  'cli.draft.meta': {
    vi: 'Đơn vị ban hành: {issuer} · {level} · văn bản: {number} ngày {date} · giai đoạn: {period}',
    en: 'Issued by: {issuer} · {level} · document: {number} of {date} · period: {period}',
  },
  'cli.draft.targets': { vi: 'Chỉ tiêu định lượng đề xuất ({count})', en: 'Proposed quantitative targets ({count})' },
  'cli.draft.deadlines': { vi: 'Thời hạn ({count})', en: 'Deadlines ({count})' },
  'cli.draft.awards': { vi: 'Khen thưởng ({count})', en: 'Awards ({count})' },
  'cli.draft.quote': { vi: 'trích dòng {line}', en: 'quoted from line {line}' },
  'cli.draft.soft': { vi: 'lời văn mềm (khuyến khích/dự kiến): cân nhắc', en: 'soft wording (encouraged/expected): decide' },
  'cli.draft.local': { vi: 'chỉ số riêng của kế hoạch', en: 'a local indicator of this plan' },
  'cli.draft.match': { vi: 'khớp chỉ số {id} ({score}%)', en: 'matches indicator {id} ({score}%)' },
  'cli.draft.year': { vi: 'năm {year}', en: 'year {year}' },
  'cli.draft.yearly': { vi: '{day}/{month} hằng năm', en: '{day}/{month} every year' },
  'cli.draft.proposal': { vi: 'chỉ được đề nghị', en: 'may only be proposed' },
  'cli.draft.min-percent': { vi: 'đạt từ {min}% số điểm', en: 'at least {min}% of the points' },
  'cli.draft.quota': { vi: 'tối đa {collective} tập thể, {individual} cá nhân', en: 'at most {collective} collectives, {individual} individuals' },
  'cli.draft.written': {
    vi: 'Đã ghi bản nháp vào {path}: {targets} chỉ tiêu, {deadlines} thời hạn, {awards} khen thưởng. Ô "Mã kế hoạch" để trống có chủ ý: xem lại từng dòng (cột Ghi chú nguồn có trích dẫn), rồi điền mã để dùng kế hoạch.',
    en: 'Draft written to {path}: {targets} targets, {deadlines} deadlines, {awards} awards. The "Mã kế hoạch" cell is left blank on purpose: review each row (the source-note column has the quote), then fill in the id to use the plan.',
  },
  'cli.draft.none': { vi: '(không có)', en: '(none)' },
  'cli.draft.unknown': { vi: 'chưa rõ', en: 'unknown' },
};

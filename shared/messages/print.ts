import type { Catalogue } from './index.ts';

/*
 * Printouts for the award dossier (shared/print/, `cds score|rank --html|--docx`, the add-on's
 * "In bảng điểm"), and the terminal texts of the printouts helper. Keys start with `print.` or
 * `cli.deadlines.next`.
 */
export const messages: Catalogue = {
  // The national motto block (Nghị định 30/2020/NĐ-CP): fixed texts, the same in both languages'
  // documents because the document is a Vietnamese administrative document.
  'print.motto.country': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  'print.motto.slogan': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  'print.number': { vi: 'Số: {number}', en: 'No.: {number}' },
  'print.number.blank': { vi: '……/……', en: '……/……' },
  'print.place-date': { vi: '{place}, ngày {day} tháng {month} năm {year}', en: '{place}, {day}/{month}/{year}' },
  'print.place.blank': { vi: '…………', en: '…………' },
  'print.body.blank': { vi: '……………………', en: '……………………' },
  'print.type.report': { vi: 'BÁO CÁO', en: 'REPORT' },
  'print.type.table': { vi: 'BẢNG TỔNG HỢP', en: 'SUMMARY TABLE' },
  'print.summary.scorecards': {
    vi: 'Kết quả chấm điểm chỉ tiêu chuyển đổi số {period}',
    en: 'Digital transformation scorecard results {period}',
  },
  'print.summary.ranking': {
    vi: 'Kết quả chấm điểm, xếp hạng phong trào thi đua chuyển đổi số {period}',
    en: 'Scores and ranking of the digital transformation emulation movement {period}',
  },
  'print.basis': { vi: 'Căn cứ {plan};', en: 'Pursuant to {plan};' },
  'print.intro.scorecards': {
    vi: 'Trên cơ sở báo cáo của {count} đơn vị, kết quả chấm điểm như sau:',
    en: 'On the basis of the reports of {count} unit(s), the scores are as follows:',
  },
  'print.intro.ranking': {
    vi: 'Trên cơ sở báo cáo của {count} đơn vị, kết quả chấm điểm và xếp hạng như sau:',
    en: 'On the basis of the reports of {count} unit(s), the scores and ranking are as follows:',
  },
  'print.intro.ranking-period': {
    vi: 'Trên cơ sở báo cáo kỳ {period} của {count} đơn vị, kết quả chấm điểm và xếp hạng như sau:',
    en: 'On the basis of the reports for {period} of {count} unit(s), the scores and ranking are as follows:',
  },
  'print.table': { vi: 'Bảng {n}. {title}', en: 'Table {n}. {title}' },
  'print.table.ranking': { vi: 'Xếp hạng các đơn vị', en: 'Ranking of the units' },
  'print.table.items': { vi: 'Kết quả từng chỉ tiêu — {unit}', en: 'Result of each target — {unit}' },
  'print.col.rank': { vi: 'Hạng', en: 'Rank' },
  'print.col.unit': { vi: 'Đơn vị', en: 'Unit' },
  'print.col.total': { vi: 'Tổng điểm', en: 'Total' },
  'print.col.award': { vi: 'Khen thưởng', en: 'Award' },
  'print.col.note': { vi: 'Ghi chú', en: 'Notes' },
  'print.col.code': { vi: 'Mã', en: 'Code' },
  'print.col.item': { vi: 'Chỉ tiêu', en: 'Target' },
  'print.col.actual': { vi: 'Thực hiện', en: 'Actual' },
  'print.col.target': { vi: 'Mục tiêu', en: 'Goal' },
  'print.col.result': { vi: 'Kết quả', en: 'Result' },
  'print.col.points': { vi: 'Điểm', en: 'Points' },
  'print.flag.errors': {
    vi: 'Báo cáo còn {count} lỗi cần sửa: chỉ tiêu có lỗi không được tính điểm, đơn vị chưa được xét khen thưởng',
    en: 'The report has {count} error(s) to fix: flagged targets earn no points, the unit is not considered for an award',
  },
  'print.criteria': { vi: 'Tiêu chí:', en: 'Criteria:' },
  'print.criterion': { vi: '{label}: {status}', en: '{label}: {status}' },
  'print.mandatory': { vi: '(bắt buộc)', en: '(mandatory)' },
  'print.unit-line': { vi: '{unit} — {period}', en: '{unit} — {period}' },
  'print.flag.unreadable': { vi: 'Không chấm được: {reason}', en: 'Could not be scored: {reason}' },
  'print.total': { vi: 'Tổng điểm: {total}', en: 'Total: {total}' },
  'print.award': { vi: 'Khen thưởng: {award}', en: 'Award: {award}' },
  'print.awards': { vi: 'Đề nghị khen thưởng', en: 'Proposed awards' },
  'print.award-rules': { vi: 'Các hình thức khen thưởng của đối tượng này:', en: 'The award rules for this target group:' },
  'print.award-rule': { vi: '{award} — {status}', en: '{award} — {status}' },
  'print.award.line': { vi: '{award} ({quota}, {eligible}): {recipients}', en: '{award} ({quota}, {eligible}): {recipients}' },
  'print.none': { vi: 'không có', en: 'none' },
  'print.annex': { vi: 'Phụ lục: Nguồn số liệu', en: 'Annex: sources' },
  'print.annex.plan': { vi: 'Kế hoạch: {plan}', en: 'Plan: {plan}' },
  'print.annex.reports': { vi: 'Báo cáo của các đơn vị:', en: 'The units’ reports:' },
  'print.annex.report': { vi: '{unit}: {file}', en: '{unit}: {file}' },
  'print.annex.generated': {
    vi: 'Số liệu do bộ công cụ chấm điểm CĐS tổng hợp ngày {date}.',
    en: 'Figures compiled by the CĐS scorecard toolkit on {date}.',
  },
  'print.sign.preparer': { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  'print.sign.head': { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'HEAD OF THE UNIT' },
  'print.sign.hint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature, full name)' },
  'print.sign.hint-seal': { vi: '(Ký tên, đóng dấu)', en: '(Signature and seal)' },
  'print.recipients': { vi: 'Nơi nhận:', en: 'Recipients:' },
  'print.recipients.council': { vi: '- Hội đồng Thi đua - Khen thưởng;', en: '- Emulation and Commendation Council;' },
  'print.recipients.file': { vi: '- Lưu: VT.', en: '- Filed: archive.' },
  'print.page-title.scorecards': { vi: 'Báo cáo kết quả chấm điểm CĐS', en: 'CĐS scorecard report' },
  'print.page-title.ranking': { vi: 'Bảng tổng hợp xếp hạng CĐS', en: 'CĐS ranking summary' },
  'print.print-button': { vi: 'In', en: 'Print' },
  'print.annex.sheet': { vi: 'trang tính “{sheet}” của bảng tính này', en: 'sheet “{sheet}” of this spreadsheet' },
  'print.addon.title': { vi: 'In bảng điểm', en: 'Print the scorecard' },

  'print.docx.written': { vi: 'Đã ghi văn bản Word {path}', en: 'Word document written to {path}' },
};

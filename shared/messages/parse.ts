import type { Catalogue } from './index.ts';

// Messages of shared/parse (and the surfaces that use them). Vietnamese first, English second.
// Cell messages take {a1}, {fieldVi}/{fieldEn} (the column's name in each language) and {raw}
// (the value exactly as found); the validator adds the first three to what the parser returns.
export const messages: Catalogue = {
  'parse.not-a-number': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là số. Hãy nhập một số, ví dụ 85,5 hoặc 85,5%.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a number. Enter a number such as 85.5 or 85.5%.",
  },
  'parse.not-a-count': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là số. Hãy nhập một số, ví dụ 1.234 hoặc 12.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a number. Enter a number such as 1234 or 12.",
  },
  'parse.not-a-yes-no': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là câu trả lời có/không. Hãy nhập “có” hoặc “không”.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a yes/no answer. Enter “có” (yes) or “không” (no).",
  },
  'parse.not-a-date': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' không phải là ngày. Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 15/11/2023.",
    en: "Cell {a1} ({fieldEn}): '{raw}' is not a date. Enter a date as day/month/year, e.g. 15/11/2023.",
  },
  'parse.spreadsheet-error': {
    vi: "Ô {a1} ({fieldVi}): công thức trả về lỗi '{raw}'. Hãy sửa công thức hoặc nhập trực tiếp giá trị.",
    en: "Cell {a1} ({fieldEn}): the formula returns the error '{raw}'. Fix the formula or type the value.",
  },
  'parse.share-read-as-percent': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' được hiểu là tỷ lệ {value}%. Nếu muốn nhập dưới 1%, hãy gõ kèm dấu %, ví dụ 0,5%.",
    en: "Cell {a1} ({fieldEn}): '{raw}' was read as a share, {value}%. To enter less than 1%, type the % sign, e.g. 0.5%.",
  },
  'parse.percent-sign-unexpected': {
    vi: "Ô {a1} ({fieldVi}): '{raw}' có dấu % nhưng ô này cần một số lượng; đã đọc là {value}.",
    en: "Cell {a1} ({fieldEn}): '{raw}' has a % sign but this cell expects a count; it was read as {value}.",
  },
  'parse.table-not-found': {
    vi: 'Không tìm thấy bảng chỉ tiêu: cần một dòng tiêu đề có các cột “Mã chỉ tiêu”, “Chỉ tiêu”, “Tử số”, “Mẫu số”, “Giá trị”.',
    en: 'No item table found: a header row with the columns “Mã chỉ tiêu” (Code), “Chỉ tiêu” (Indicator), “Tử số” (Numerator), “Mẫu số” (Denominator), “Giá trị” (Value) is needed.',
  },
  'parse.missing-column': {
    vi: 'Bảng chỉ tiêu (dòng tiêu đề {row}) thiếu cột “{fieldVi}”. Hãy thêm cột này vào dòng tiêu đề.',
    en: 'The item table (header row {row}) has no “{fieldEn}” column. Add it to the header row.',
  },
  'parse.duplicate-column': {
    vi: 'Ô {a1}: cột “{name}” lặp lại cột “{fieldVi}” ở ô {firstA1}; chỉ cột đầu tiên được đọc.',
    en: 'Cell {a1}: the column “{name}” repeats the “{fieldEn}” column at {firstA1}; only the first one is read.',
  },
};

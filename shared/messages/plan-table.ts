import type { Catalogue } from './index.ts';

// Messages of the plan table (shared/plan/table): every problem names its cell and says what to type.
export const messages: Catalogue = {
  'plan-table.not-found': {
    vi: 'Không tìm thấy bảng kế hoạch: cần các dòng “Mã kế hoạch”, “Tên kế hoạch”… ở đầu và một bảng có cột “Mã chỉ tiêu”, “Chỉ tiêu”, “So sánh”, “Giá trị”, “Đơn vị tính” (xuất một kế hoạch có sẵn bằng `cds plan export` để xem mẫu)',
    en: 'No plan table found: it needs rows “Mã kế hoạch” (plan id), “Tên kế hoạch” (title)… at the top and a table with the columns “Mã chỉ tiêu”, “Chỉ tiêu”, “So sánh”, “Giá trị”, “Đơn vị tính” (export a bundled plan with `cds plan export` to see one)',
  },
  'plan-table.header-missing': {
    vi: 'Thiếu dòng “{labelVi}” ở phần đầu bảng kế hoạch: ghi “{labelVi}” ở cột A và giá trị ở cột B, ví dụ {example}',
    en: 'The plan table has no “{labelEn}” row at its top: put “{labelVi}” in column A and the value in column B, e.g. {example}',
  },
  'plan-table.blank': {
    vi: 'Ô {a1} ({fieldVi}) đang trống: hãy nhập, ví dụ {example}',
    en: 'Cell {a1} ({fieldEn}) is blank: type a value, e.g. {example}',
  },
  'plan-table.bad-id': {
    vi: 'Ô {a1} ({fieldVi}): mã “{raw}” chỉ được gồm chữ không dấu, chữ số và các dấu . _ - (ví dụ {example})',
    en: 'Cell {a1} ({fieldEn}): id “{raw}” may only use letters without accents, digits and . _ - (e.g. {example})',
  },
  'plan-table.bad-plan-id': {
    vi: 'Ô {a1}: mã kế hoạch “{raw}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “{example}”',
    en: 'Cell {a1}: plan id “{raw}” may only use lower-case letters without accents, digits and hyphens, e.g. “{example}”',
  },
  'plan-table.bad-period': {
    vi: 'Ô {a1} (Giai đoạn): “{raw}” không phải là giai đoạn; nhập một năm (2024) hoặc năm đầu–năm cuối (2023–2025)',
    en: 'Cell {a1} (Period): “{raw}” is not a period; type one year (2024) or first–last year (2023–2025)',
  },
  'plan-table.bad-comparator': {
    vi: 'Ô {a1} (So sánh): “{raw}” không phải là phép so sánh; nhập ≥, >, =, ≤, < hoặc lời của văn bản: từ … trở lên, tối thiểu, ít nhất, trên, không quá, dưới',
    en: 'Cell {a1} (Comparator): “{raw}” is not a comparator; type ≥, >, =, ≤, < or the document’s words: từ … trở lên (at least), tối thiểu, ít nhất, trên (above), không quá (at most), dưới (below)',
  },
  'plan-table.comparator-blank': {
    vi: 'Ô {a1} (So sánh) đang trống: chỉ tiêu có số cần phép so sánh, thường là ≥ (“từ … trở lên”, “tối thiểu”); nhập ≥, >, =, ≤ hoặc <',
    en: 'Cell {a1} (Comparator) is blank: a numeric target needs a comparator, usually ≥ (“at least”); type ≥, >, =, ≤ or <',
  },
  'plan-table.bad-number': {
    vi: 'Ô {a1} ({fieldVi}): “{raw}” không phải là số; nhập một số như 80, 85,5 hoặc 80%',
    en: 'Cell {a1} ({fieldEn}): “{raw}” is not a number; type a number such as 80, 85,5 or 80%',
  },
  'plan-table.not-a-percent': {
    vi: 'Ô {a1} ({fieldVi}): {value} không thể là tỷ lệ phần trăm; nhập một số từ 0 đến 100 (ví dụ 80 cho 80%)',
    en: 'Cell {a1} ({fieldEn}): {value} cannot be a percent; type a number from 0 to 100 (e.g. 80 for 80%)',
  },
  'plan-table.negative': {
    vi: 'Ô {a1} ({fieldVi}): {value} là số âm; nhập một số từ 0 trở lên',
    en: 'Cell {a1} ({fieldEn}): {value} is negative; type a number of 0 or more',
  },
  'plan-table.not-whole': {
    vi: 'Ô {a1} ({fieldVi}): “{raw}” phải là số nguyên dương, ví dụ 3',
    en: 'Cell {a1} ({fieldEn}): “{raw}” must be a whole number above 0, e.g. 3',
  },
  'plan-table.share-read-as-percent': {
    vi: 'Ô {a1} ({fieldVi}): “{raw}” được đọc là {value}%; nếu muốn {raw}% hãy nhập “{raw}%”',
    en: 'Cell {a1} ({fieldEn}): “{raw}” was read as {value}%; for {raw}% type “{raw}%”',
  },
  'plan-table.yes-no-value': {
    vi: 'Ô {a1} (Giá trị): chỉ tiêu có/không chỉ ghi “có” (hoặc để trống), không ghi “{raw}”',
    en: 'Cell {a1} (Value): a yes/no target takes “có” (yes) or a blank, not “{raw}”',
  },
  'plan-table.unit-needed': {
    vi: 'Ô {a1} (Đơn vị tính) đang trống: nhập %, có/không, hoặc đơn vị đếm (tài khoản, mô hình…)',
    en: 'Cell {a1} (Unit) is blank: type %, có/không (yes/no), or a count unit (accounts, models…)',
  },
  'plan-table.value-unit': {
    vi: 'Ô {a1} (Giá trị): “{raw}” không hợp với đơn vị “{unit}”; chỉ tiêu có/không ghi “có” và đơn vị “có/không”, chỉ tiêu khác ghi một số',
    en: 'Cell {a1} (Value): “{raw}” does not fit the unit “{unit}”; a yes/no target takes “có” with unit “có/không”, any other target a number',
  },
  'plan-table.bad-choice': {
    vi: 'Ô {a1} ({fieldVi}): “{raw}” không phải là lựa chọn được chấp nhận; nhập một trong: {choices}',
    en: 'Cell {a1} ({fieldEn}): “{raw}” is not one of the accepted choices; type one of: {choices}',
  },
  'plan-table.pillar-needed': {
    vi: 'Ô {a1} (Nhóm) đang trống: nhập nhóm của chỉ tiêu, một trong: {choices}',
    en: 'Cell {a1} (Pillar) is blank: type the target’s pillar, one of: {choices}',
  },
  'plan-table.pillar-from-indicator': {
    vi: 'Ô {a1} (Nhóm): “{raw}” không phải tên nhóm; dùng nhóm “{pillar}” của chỉ số {code}',
    en: 'Cell {a1} (Pillar): “{raw}” names no pillar; the pillar “{pillar}” of indicator {code} is used',
  },
  'plan-table.unknown-indicator': {
    vi: 'Ô {a1} (Mã chỉ số): “{raw}” không có trong danh mục chỉ số; để trống nếu đây là chỉ tiêu riêng của kế hoạch (chỉ số địa phương)',
    en: 'Cell {a1} (Indicator id): “{raw}” is not in the indicator catalogue; leave it blank for a target of this plan only (a local indicator)',
  },
  'plan-table.unit-mismatch': {
    vi: 'Ô {a1} (Đơn vị tính): chỉ số {code} tính bằng “{indicatorUnit}” nhưng dòng này ghi “{unit}”; sửa đơn vị hoặc để trống Mã chỉ số',
    en: 'Cell {a1} (Unit): indicator {code} is measured in “{indicatorUnit}” but this row says “{unit}”; fix the unit or leave the indicator id blank',
  },
  'plan-table.duplicate-id': {
    vi: 'Ô {a1}: mã “{id}” trùng với ô {firstA1}; mỗi chỉ tiêu, tiêu chí, hình thức khen thưởng và thời hạn cần một mã riêng',
    en: 'Cell {a1}: id “{id}” repeats cell {firstA1}; every target, criterion, award and deadline needs its own id',
  },
  'plan-table.unknown-criterion': {
    vi: 'Ô {a1} (Tiêu chí bắt buộc): “{id}” không có trong bảng Tiêu chí; ghi đúng Mã tiêu chí, cách nhau bằng dấu phẩy',
    en: 'Cell {a1} (Required criteria): “{id}” is not in the Criteria table; type criterion ids separated by commas',
  },
  'plan-table.bad-condition': {
    vi: 'Ô {a1} (Điều kiện chỉ số): “{raw}” cần dạng MÃ ≥ 90 — mô tả (mã chỉ tiêu hoặc chỉ số, phép so sánh, một số), mỗi điều kiện một dòng',
    en: 'Cell {a1} (Indicator conditions): “{raw}” must read CODE ≥ 90 — description (a target or indicator id, a comparator, a number), one condition a line',
  },
  'plan-table.bad-group-condition': {
    vi: 'Ô {a1} (Điều kiện nhóm): “{raw}” cần dạng “một trong: TC-02; TC-03” hoặc “tất cả: điểm ≥ 80%; CT-01 ≥ 90”, mỗi nhóm một dòng',
    en: 'Cell {a1} (Condition groups): “{raw}” must read “một trong: TC-02; TC-03” (one of) or “tất cả: điểm ≥ 80%; CT-01 ≥ 90” (all of), one group a line',
  },
  'plan-table.unknown-condition-code': {
    vi: 'Ô {a1} (Điều kiện chỉ số): mã “{code}” không phải chỉ tiêu của kế hoạch hay chỉ số trong danh mục',
    en: 'Cell {a1} (Indicator conditions): “{code}” is neither a target of this plan nor a catalogue indicator',
  },
  'plan-table.bad-date': {
    vi: 'Ô {a1} (Ngày): “{raw}” không phải là ngày có thật; nhập dạng 15/11/2023, hoặc ngày/tháng kèm “hằng năm” như 10/12 hằng năm',
    en: 'Cell {a1} (Date): “{raw}” is not a real date; type e.g. 15/11/2023, or day/month with “hằng năm” (every year) such as 10/12 hằng năm',
  },
  'plan-table.missing-column': {
    vi: 'Bảng {tableVi} (dòng {row}) thiếu cột “{columnVi}”: thêm cột có tên “{columnVi}” vào dòng tiêu đề',
    en: 'The {tableEn} table (row {row}) has no “{columnEn}” column: add a column named “{columnVi}” to its header row',
  },
  'plan-table.duplicate-column': {
    vi: 'Ô {a1}: cột “{columnVi}” lặp lại (đã có ở {firstA1}); chỉ cột đầu tiên được đọc',
    en: 'Cell {a1}: column “{columnEn}” appears twice (first at {firstA1}); only the first one is read',
  },
  'plan-table.no-header-row': {
    vi: 'Dòng {row}: sau tiêu đề “{tableVi}” cần một dòng tên cột (ví dụ {example})',
    en: 'Row {row}: the “{tableEn}” heading must be followed by a row of column names (e.g. {example})',
  },
  'plan-table.period-order': {
    vi: 'Ô {a1} (Giai đoạn): năm đầu {from} sau năm cuối {to}; nhập năm đầu trước, ví dụ 2023–2025',
    en: 'Cell {a1} (Period): first year {from} is after last year {to}; type the first year first, e.g. 2023–2025',
  },
  'plan-table.invalid-cell': {
    vi: 'Ô {a1} ({fieldVi}): giá trị không hợp lệ ({detail})',
    en: 'Cell {a1} ({fieldEn}): invalid value ({detail})',
  },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// Messages about hostile, oversized or oddly encoded input and about safe output (cli/safety,
// cli/io, cli/sheets). Vietnamese first, English second.
export const messages: Catalogue = {
  'safety.symlink-refused': {
    vi: '"{path}" là liên kết tượng trưng (symlink): không ghi qua liên kết; hãy chọn tên tệp khác',
    en: '"{path}" is a symbolic link: cds does not write through links; choose another file name',
  },
  'safety.xlsx-too-big': {
    vi: 'Tệp "{path}" khi giải nén lớn tới {size} MB (tối đa {limit} MB): không phải một báo cáo; không mở',
    en: '"{path}" would inflate to {size} MB (at most {limit} MB): not a report; not opened',
  },
  'safety.xlsx-lying-size': {
    vi: 'Tệp "{path}": phần "{entry}" lớn hơn kích thước tệp khai báo (tệp nén bị hỏng hoặc cố ý gây hại); không mở',
    en: '"{path}": part "{entry}" is larger than the archive says (damaged or hostile archive); not opened',
  },
  'safety.xlsx-too-many-entries': {
    vi: 'Tệp "{path}" có {count} phần trong tệp nén (tối đa {limit}); không mở',
    en: '"{path}" holds {count} archive parts (at most {limit}); not opened',
  },
  'safety.sheet-too-large': {
    vi: 'Trang tính "{sheet}" của "{path}" có ô tới {cell} ({rows} dòng × {columns} cột); một báo cáo có tối đa {maxRows} dòng và {maxColumns} cột. Hãy xóa các ô thừa hoặc chép bảng báo cáo sang tệp mới',
    en: 'Sheet "{sheet}" of "{path}" reaches cell {cell} ({rows} rows × {columns} columns); a report has at most {maxRows} rows and {maxColumns} columns. Delete the stray cells or copy the report table to a new file',
  },
  'safety.csv-too-large': {
    vi: 'Tệp "{path}" có hơn {maxRows} dòng hoặc {maxColumns} cột: không phải một báo cáo; không đọc',
    en: '"{path}" has more than {maxRows} rows or {maxColumns} columns: not a report; not read',
  },
  'safety.file-too-large': {
    vi: 'Tệp "{path}" lớn {size} MB (tối đa {limit} MB): không phải một báo cáo; không đọc',
    en: '"{path}" is {size} MB (at most {limit} MB): not a report; not read',
  },
  // Encodings (cli/io/decode-text.ts).
  'safety.encoding-read': {
    vi: 'Tệp "{path}" được lưu bằng bảng mã {encoding}, đã đọc và chuyển sang UTF-8. Lần sau hãy lưu "CSV UTF-8"',
    en: '"{path}" is saved in {encoding}; it was read and converted to UTF-8. Next time save it as "CSV UTF-8"',
  },
  'safety.encoding-refused': {
    vi: 'Tệp "{path}" không phải UTF-8 (có vẻ là {encoding}): không đọc được đúng chữ tiếng Việt. Hãy mở tệp bằng Excel rồi Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)" (hoặc dùng Unikey → Chuyển mã sang Unicode), rồi chạy lại',
    en: '"{path}" is not UTF-8 (it looks like {encoding}): its Vietnamese text cannot be read correctly. Open it in Excel and Save As → "CSV UTF-8 (Comma delimited)" (or convert it to Unicode with Unikey), then run again',
  },
  // Several sheets with the report layout (cli/io/choose-sheet.ts).
  'safety.sheets-several': {
    vi: '"{source}" có {count} trang tính dạng báo cáo ({sheets}) mà không rõ trang nào mới nhất; hãy chọn một bằng --sheet-name "TÊN"',
    en: '"{source}" has {count} sheets with the report layout ({sheets}) and none is clearly the latest; choose one with --sheet-name "NAME"',
  },
  'safety.sheets-latest': {
    vi: '"{source}" có {count} trang tính dạng báo cáo ({sheets}); đã chấm trang "{chosen}" (kỳ {periodVi}, mới nhất). Dùng --sheet-name "TÊN" để chọn trang khác',
    en: '"{source}" has {count} sheets with the report layout ({sheets}); scored "{chosen}" (period {periodEn}, the latest). Use --sheet-name "NAME" to choose another',
  },
  'safety.sheet-example-skipped': {
    vi: 'Trang tính "{sheet}" là hướng dẫn/ví dụ: không chấm',
    en: 'Sheet "{sheet}" is instructions/an example: not scored',
  },
  'safety.no-such-report-sheet': {
    vi: '"{source}" không có trang tính "{sheet}". Các trang: {sheets}',
    en: '"{source}" has no sheet "{sheet}". Its sheets: {sheets}',
  },
  // Credentials (cli/sheets).
  'safety.api-root-refused': {
    vi: 'Địa chỉ API "{url}" bị từ chối: chỉ nhận https:// hoặc http://localhost (để thẻ truy cập không đi qua mạng không mã hóa)',
    en: 'API address "{url}" refused: only https:// or http://localhost (so the access token never crosses the network unencrypted)',
  },
  'safety.key-file-bad': {
    vi: 'Tệp khóa "{path}" không đọc được như khóa tài khoản dịch vụ Google (JSON có client_email và private_key); nội dung tệp không được in ra',
    en: 'Key file "{path}" cannot be read as a Google service-account key (JSON with client_email and private_key); its content is not printed',
  },
  'safety.sheet-not-ours': {
    vi: 'Bảng tính đã có trang "{sheet}" không do cds tạo: không ghi đè. Hãy đổi tên trang đó hoặc dùng --write-sheet TÊN_KHÁC',
    en: 'The spreadsheet already has a sheet "{sheet}" that cds did not create: not replaced. Rename that sheet or use --write-sheet OTHER_NAME',
  },
};

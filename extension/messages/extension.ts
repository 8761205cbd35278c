import type { Catalogue } from '../../shared/messages/index.ts';

// Texts only the extension's own pages write: the options page, the popup and the plan import.
export const messages: Catalogue = {
  'ext.options.title': { vi: 'Tùy chọn — Kế hoạch CĐS trên Cổng DVC', en: 'Options — CĐS plan on the portal' },
  'ext.options.unit': { vi: 'Đơn vị của tôi', en: 'My unit' },
  'ext.options.unit-search': { vi: 'Tìm theo tên hoặc mã (ví dụ H44.104)', en: 'Search by name or code (e.g. H44.104)' },
  'ext.options.unit-none': {
    vi: 'Chưa thấy đơn vị nào. Mở trang Đánh giá chất lượng phục vụ trên Cổng để tiện ích ghi nhận danh sách đơn vị.',
    en: 'No units seen yet. Open the portal’s service-quality page so the extension can list the units.',
  },
  'ext.options.unit-chosen': { vi: 'Đơn vị đã chọn:', en: 'Chosen unit:' },
  'ext.options.unit-manual': { vi: 'Hoặc nhập mã đơn vị', en: 'Or type the unit code' },
  'ext.options.plan': { vi: 'Kế hoạch', en: 'Plan' },
  'ext.options.import': { vi: 'Nhập kế hoạch từ tệp JSON', en: 'Import a plan JSON file' },
  'ext.options.import-ok': { vi: 'Đã nhập kế hoạch “{title}”.', en: 'Imported plan “{title}”.' },
  'ext.options.import-bad-json': { vi: 'Tệp không phải JSON hợp lệ: {reason}', en: 'The file is not valid JSON: {reason}' },
  'ext.options.import-errors': { vi: 'Kế hoạch có lỗi:', en: 'The plan has errors:' },
  'ext.options.import-duplicate': {
    vi: 'Mã kế hoạch “{id}” trùng với một kế hoạch có sẵn: đổi trường id trong tệp rồi nhập lại.',
    en: 'Plan id “{id}” is already used by a bundled plan: change the id field in the file and import again.',
  },
  'ext.options.save': { vi: 'Lưu', en: 'Save' },
  'ext.options.saved': { vi: 'Đã lưu.', en: 'Saved.' },
  'ext.options.privacy': {
    vi: 'Tiện ích chỉ đọc số liệu Cổng gửi cho trang đang mở (và chỉ tự hỏi Cổng khi bạn bấm “Tải số liệu cho đơn vị của tôi”), lưu trong trình duyệt này, không gửi đi đâu khác.',
    en: 'The extension only reads the figures the portal sends to the open page (and asks the portal itself only when you press “Load figures for my unit”), keeps them in this browser and sends nothing anywhere else.',
  },
  'ext.popup.none': {
    vi: 'Chưa có số liệu cho đơn vị của bạn. Mở trang Đánh giá chất lượng phục vụ trên Cổng DVC quốc gia.',
    en: 'No figures for your unit yet. Open the service-quality page of the national portal.',
  },
  'ext.popup.copy': { vi: 'Sao chép dạng văn bản', en: 'Copy as text' },
  'ext.popup.copied': { vi: 'Đã sao chép.', en: 'Copied.' },
  'ext.popup.csv': { vi: 'Xuất CSV', en: 'Export CSV' },
  'ext.popup.options': { vi: 'Tùy chọn', en: 'Options' },
  // options: the report link
  'extui.options.report': { vi: 'Báo cáo của đơn vị', en: 'My unit’s report' },
  'extui.options.report-intro': {
    vi: 'Các chỉ tiêu Cổng không đo được nhập trong báo cáo: bảng tính Google tạo từ mẫu "Tạo bản sao" do bộ phận CNTT chia sẻ (menu Tiện ích mở rộng → CĐS → Tạo mẫu báo cáo), hoặc tệp XLSX tạo bằng lệnh cds template. Dán liên kết bảng tính của đơn vị vào đây để mở nhanh từ bảng của tiện ích.',
    en: 'Targets the portal cannot measure are entered in the report: a Google spreadsheet made from the template IT shares with "Make a copy" (menu Extensions → CĐS → Create report template), or an XLSX file made with the cds template command. Paste your unit’s spreadsheet link here to open it from the panel.',
  },
  'extui.options.report-url': { vi: 'Liên kết bảng tính báo cáo (https://…)', en: 'Report spreadsheet link (https://…)' },
  'extui.options.report-bad': {
    vi: 'Liên kết phải bắt đầu bằng https:// — chưa lưu liên kết này.',
    en: 'The link must start with https:// — this link was not saved.',
  },
  'extui.options.results': { vi: '{count} đơn vị khớp', en: '{count} matching units' },
  'plan-table.ext.title': { vi: 'Kế hoạch của đơn vị (bảng XLSX, CSV hoặc JSON)', en: 'Your unit’s plan (XLSX or CSV table, or JSON)' },
  'plan-table.ext.intro': {
    vi: 'Chọn tệp bảng kế hoạch (xuất mẫu bằng `cds plan export` hoặc tab “Kế hoạch” của Google Trang tính) hoặc tệp JSON. Tệp chỉ được đọc trên máy này.',
    en: 'Choose a plan table file (export one with `cds plan export` or from the Sheets “Kế hoạch” tab) or a JSON file. The file is read on this computer only.',
  },
  'plan-table.ext.file': { vi: 'Tệp kế hoạch', en: 'Plan file' },
  'plan-table.ext.ok': { vi: 'Đã nhập kế hoạch “{title}” ({id}): {targets} chỉ tiêu. Kế hoạch đã được chọn; bấm Lưu để dùng.', en: 'Imported plan “{title}” ({id}): {targets} targets. It is selected; press Save to use it.' },
  'plan-table.ext.errors': { vi: 'Kế hoạch trong “{file}” có {count} lỗi, chưa được nhập:', en: 'The plan in “{file}” has {count} error(s) and was not imported:' },
  'plan-table.ext.unreadable': { vi: 'Không đọc được tệp “{file}”: {reason}', en: 'Cannot read the file “{file}”: {reason}' },
  'plan-table.ext.unknown-type': { vi: 'Tệp “{file}” phải là .xlsx, .csv hoặc .json', en: 'The file “{file}” must be .xlsx, .csv or .json' },
  'plan-table.ext.bundled-id': {
    vi: 'Mã kế hoạch “{id}” trùng với một kế hoạch có sẵn; đặt mã khác trong ô Mã kế hoạch',
    en: 'Plan id “{id}” is the id of a bundled plan; give it another id in the Mã kế hoạch cell',
  },
};

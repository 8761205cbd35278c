import type { Catalogue } from '../../shared/messages/index.ts';

// Messages of the `cds` command line (cli/). Vietnamese first, English second.
export const messages: Catalogue = {
  // Errors that stop a command (exit 2) or fail one report of several.
  'cli.usage': { vi: 'Lệnh không hợp lệ: {detail}. Xem: cds --help', en: 'Invalid command: {detail}. See: cds --help' },
  'cli.internal': { vi: 'Lỗi không mong đợi: {reason}', en: 'Unexpected error: {reason}' },
  'cli.no-inputs': {
    vi: 'Chưa có báo cáo nào: hãy ghi tệp, thư mục, --sheet hoặc --sheets-list',
    en: 'No report given: name files, folders, --sheet or --sheets-list',
  },
  'cli.file.not-found': { vi: 'Không tìm thấy tệp hoặc thư mục "{path}"', en: 'File or folder not found: "{path}"' },
  'cli.file.no-permission': { vi: 'Không có quyền mở "{path}"', en: 'No permission to open "{path}"' },
  'cli.file.is-folder': { vi: '"{path}" là thư mục, không phải tệp', en: '"{path}" is a folder, not a file' },
  'cli.file.exists': {
    vi: 'Tệp "{path}" đã có; thêm --force nếu muốn ghi đè',
    en: 'File "{path}" already exists; add --force to replace it',
  },
  'cli.file.unreadable': { vi: 'Không đọc được "{path}": {reason}', en: 'Cannot read "{path}": {reason}' },
  'cli.file.bad-xlsx': { vi: 'Tệp "{path}" không phải tệp Excel (.xlsx) hợp lệ: {reason}', en: '"{path}" is not a valid Excel (.xlsx) file: {reason}' },
  'cli.file.old-xls': {
    vi: 'Tệp "{path}" là Excel 97–2003 (.xls): hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
    en: '"{path}" is an Excel 97–2003 (.xls) file: save it as .xlsx or CSV UTF-8',
  },
  'cli.file.unknown-format': {
    vi: 'Không biết đọc tệp "{path}": chỉ nhận .csv và .xlsx',
    en: 'Cannot read "{path}": only .csv and .xlsx are supported',
  },
  'cli.file.no-such-sheet': { vi: 'Tệp "{path}" không có trang tính "{sheet}"', en: '"{path}" has no sheet named "{sheet}"' },
  'cli.folder.empty': { vi: 'Thư mục "{path}" không có tệp .csv hoặc .xlsx nào', en: 'Folder "{path}" holds no .csv or .xlsx file' },
  'cli.report.no-layout': {
    vi: '"{source}" không có mẫu báo cáo (khối thông tin Đơn vị… và bảng Mã chỉ tiêu, Chỉ tiêu, Tử số, Mẫu số, Giá trị…)',
    en: '"{source}" does not have the report layout (the Đơn vị… header block and the Mã chỉ tiêu, Chỉ tiêu, Tử số, Mẫu số, Giá trị… table)',
  },
  'cli.report.empty': { vi: '"{source}" trống', en: '"{source}" is empty' },

  // Plans.
  'cli.plan.unknown': { vi: 'Không có kế hoạch "{id}". Các kế hoạch: {known}', en: 'No plan "{id}". Known plans: {known}' },
  'cli.plan.unknown-in-report': {
    vi: 'Báo cáo ghi kế hoạch "{id}" (ô {a1}) nhưng không có kế hoạch này. Các kế hoạch: {known}',
    en: 'The report names plan "{id}" (cell {a1}), which does not exist. Known plans: {known}',
  },
  'cli.plan.missing': {
    vi: 'Báo cáo không ghi "Kế hoạch": hãy điền mã kế hoạch vào báo cáo hoặc dùng --plan',
    en: 'The report does not name its plan ("Kế hoạch"): fill it in or use --plan',
  },
  'cli.plan.bad-json': { vi: 'Tệp kế hoạch "{path}" không phải JSON hợp lệ: {reason}', en: 'Plan file "{path}" is not valid JSON: {reason}' },
  'cli.plan.invalid-file': {
    vi: 'Tệp kế hoạch "{path}" có {count} lỗi:',
    en: 'Plan file "{path}" has {count} error(s):',
  },
  'cli.template.plan-required': {
    vi: 'Cần ghi rõ kế hoạch (--plan <mã>), không dùng "auto" ở đây',
    en: 'Name the plan (--plan <id>); "auto" does not apply here',
  },

  // Options.
  'cli.option.bad-lang': { vi: 'Ngôn ngữ "{value}" không hỗ trợ: dùng vi hoặc en', en: 'Language "{value}" is not supported: use vi or en' },
  'cli.option.bad-date': { vi: 'Ngày "{value}" không hợp lệ: ghi dd/mm/yyyy', en: 'Date "{value}" is not valid: write dd/mm/yyyy' },
  'cli.option.bad-level': { vi: 'Cấp "{value}" không hợp lệ: dùng xa, huyen hoặc tinh', en: 'Level "{value}" is not valid: use xa, huyen or tinh' },
  'cli.option.bad-concurrency': { vi: '--concurrency phải là số từ 1 đến 16, không phải "{value}"', en: '--concurrency must be 1 to 16, not "{value}"' },
  'cli.option.bad-days': { vi: '--days phải là số ngày (0–3660), không phải "{value}"', en: '--days must be a number of days (0–3660), not "{value}"' },
  'cli.option.previous-one-report': {
    vi: '--previous chỉ dùng khi kiểm tra một báo cáo',
    en: '--previous works with one report only',
  },

  // Google Sheets.
  'cli.sheets.bad-ref': {
    vi: '"{ref}" không phải đường dẫn hay mã bảng tính Google',
    en: '"{ref}" is not a Google spreadsheet URL or id',
  },
  'cli.sheets.bad-key-file': { vi: 'Tệp khóa tài khoản dịch vụ "{path}" không dùng được ({reason})', en: 'Service-account key file "{path}" is not usable ({reason})' },
  'cli.sheets.no-credentials': {
    vi: 'Chưa có thông tin đăng nhập Google: dùng --key-file, --access-token (hoặc GOOGLE_OAUTH_ACCESS_TOKEN) hoặc "gcloud auth application-default login"',
    en: 'No Google credentials: use --key-file, --access-token (or GOOGLE_OAUTH_ACCESS_TOKEN) or "gcloud auth application-default login"',
  },
  'cli.sheets.unauthenticated': {
    vi: 'Bảng tính {id}: đăng nhập Google không hợp lệ hoặc đã hết hạn (401)',
    en: 'Spreadsheet {id}: the Google credentials are invalid or expired (401)',
  },
  'cli.sheets.forbidden-share': {
    vi: 'Bảng tính {id}: không có quyền đọc (403). Hãy chia sẻ bảng tính (quyền Người xem) với {email}',
    en: 'Spreadsheet {id}: no permission to read it (403). Share it (Viewer) with {email}',
  },
  'cli.sheets.forbidden': {
    vi: 'Bảng tính {id}: không có quyền đọc (403). Hãy chia sẻ bảng tính với tài khoản đang dùng',
    en: 'Spreadsheet {id}: no permission to read it (403). Share it with the account in use',
  },
  'cli.sheets.not-found': { vi: 'Không tìm thấy bảng tính {id} (404): kiểm tra lại đường dẫn', en: 'Spreadsheet {id} not found (404): check the link' },
  'cli.sheets.no-such-sheet': { vi: 'Bảng tính {id} không có trang tính "{sheet}"', en: 'Spreadsheet {id} has no sheet named "{sheet}"' },
  'cli.sheets.rate-limited': {
    vi: 'Bảng tính {id}: Google giới hạn số lần đọc (429), đã thử lại nhưng chưa được; chạy lại sau ít phút',
    en: 'Spreadsheet {id}: Google rate limit (429) still hit after retries; run again in a few minutes',
  },
  'cli.sheets.server-error': { vi: 'Bảng tính {id}: máy chủ Google lỗi ({status}) sau nhiều lần thử', en: 'Spreadsheet {id}: Google server error ({status}) after retries' },
  'cli.sheets.http-error': { vi: 'Bảng tính {id}: lỗi {status}: {reason}', en: 'Spreadsheet {id}: error {status}: {reason}' },
  'cli.sheets.network': { vi: 'Bảng tính {id}: không kết nối được Google ({reason})', en: 'Spreadsheet {id}: cannot reach Google ({reason})' },

  // Terminal output.
  'cli.severity.error': { vi: 'Lỗi', en: 'Error' },
  'cli.severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'cli.severity.info': { vi: 'Lưu ý', en: 'Note' },
  'cli.term.valid': { vi: 'hợp lệ theo kế hoạch {plan}', en: 'valid against plan {plan}' },
  'cli.term.invalid': { vi: 'có lỗi khi kiểm tra theo kế hoạch {plan}', en: 'has errors against plan {plan}' },
  'cli.term.issues-summary': { vi: '{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý', en: '{errors} error(s), {warnings} warning(s), {infos} note(s)' },
  'cli.term.no-issues': { vi: 'Không có lỗi hay cảnh báo.', en: 'No errors or warnings.' },
  'cli.term.plan': { vi: 'Kế hoạch: {title}', en: 'Plan: {title}' },
  'cli.term.total': { vi: 'Tổng điểm', en: 'Total' },
  'cli.term.source': { vi: 'Nguồn', en: 'Source' },
  'cli.term.criteria': { vi: 'Tiêu chí:', en: 'Criteria:' },
  'cli.term.mandatory': { vi: 'bắt buộc', en: 'mandatory' },
  'cli.term.award': { vi: 'Khen thưởng', en: 'Award' },
  'cli.term.gains': { vi: 'Cải thiện được nhiều điểm nhất:', en: 'Biggest gains:' },
  'cli.term.deadlines': { vi: 'Hạn sắp đến:', en: 'Deadlines:' },
  'cli.term.score-summary': {
    vi: '{total} báo cáo: {scored} đã chấm, {problems} có lỗi hoặc không đọc được',
    en: '{total} report(s): {scored} scored, {problems} with errors or unreadable',
  },
  'cli.term.col.code': { vi: 'Mã', en: 'Code' },
  'cli.term.col.item': { vi: 'Chỉ tiêu', en: 'Target' },
  'cli.term.col.actual': { vi: 'Thực hiện', en: 'Actual' },
  'cli.term.col.target': { vi: 'Mục tiêu', en: 'Target value' },
  'cli.term.col.progress': { vi: 'Mức đạt', en: 'Progress' },
  'cli.term.col.status': { vi: 'Kết quả', en: 'Status' },
  'cli.term.col.points': { vi: 'Điểm', en: 'Points' },
  'cli.term.col.pillar': { vi: 'Trụ cột', en: 'Pillar' },
  'cli.term.col.met': { vi: 'Chỉ tiêu đạt', en: 'Targets met' },
  'cli.term.col.where': { vi: 'Ô', en: 'Cell' },
  'cli.term.col.severity': { vi: 'Mức', en: 'Severity' },
  'cli.term.col.message': { vi: 'Nội dung', en: 'Message' },
  'cli.term.col.rank': { vi: 'Hạng', en: 'Rank' },
  'cli.term.col.unit': { vi: 'Đơn vị', en: 'Unit' },
  'cli.term.col.total': { vi: 'Tổng điểm', en: 'Total' },
  'cli.term.col.award': { vi: 'Khen thưởng', en: 'Award' },
  'cli.term.col.gaps': { vi: 'Cần cải thiện nhất', en: 'Biggest gaps' },

  // Plans listing.
  'cli.plans.col.id': { vi: 'Mã kế hoạch', en: 'Plan id' },
  'cli.plans.col.title': { vi: 'Tên', en: 'Title' },
  'cli.plans.col.level': { vi: 'Cấp', en: 'Level' },
  'cli.plans.col.period': { vi: 'Giai đoạn', en: 'Period' },
  'cli.plans.col.counts': { vi: 'Nội dung', en: 'Contents' },
  'cli.plans.counts': {
    vi: '{targets} chỉ tiêu, {criteria} tiêu chí, {awards} khen thưởng, {deadlines} mốc hạn',
    en: '{targets} targets, {criteria} criteria, {awards} awards, {deadlines} deadlines',
  },
  'cli.plan.locality': { vi: 'Địa phương', en: 'Locality' },
  'cli.plan.source': { vi: 'Văn bản', en: 'Document' },
  'cli.plan.scoring': { vi: 'Cách tính điểm', en: 'Scoring' },
  'cli.plan.scoring.attainment': {
    vi: 'mỗi chỉ tiêu có trọng số như nhau, tính theo mức đạt (kế hoạch không quy định điểm)',
    en: 'every target weighs the same, scored by attainment (the plan gives no points)',
  },
  'cli.plan.scoring.points': { vi: 'theo điểm của kế hoạch hoặc của bộ chỉ số', en: 'by the points of the plan or of the framework' },
  'cli.plan.targets': { vi: 'Chỉ tiêu ({count}):', en: 'Targets ({count}):' },
  'cli.plan.criteria': { vi: 'Tiêu chí ({count}):', en: 'Criteria ({count}):' },
  'cli.plan.awards': { vi: 'Khen thưởng:', en: 'Awards:' },
  'cli.plan.deadlines': { vi: 'Mốc thời gian:', en: 'Deadlines:' },
  'cli.plan.col.pillar': { vi: 'Trụ cột', en: 'Pillar' },
  'cli.plan.col.applies': { vi: 'Áp dụng', en: 'Applies to' },
  'cli.plan.yes': { vi: 'có', en: 'yes' },
  'cli.plan.yearly': { vi: 'hằng năm {day}/{month}', en: 'every year on {day}/{month}' },

  // Deadlines.
  'cli.deadlines.heading': {
    vi: 'Hạn của {plan} tính từ {date} (±{days} ngày):',
    en: 'Deadlines of {plan} as of {date} (±{days} days):',
  },
  'cli.deadlines.none': { vi: 'Không có hạn nào trong vòng {days} ngày.', en: 'No deadline within {days} days.' },
  'cli.deadlines.col.date': { vi: 'Hạn', en: 'Due' },
  'cli.deadlines.col.what': { vi: 'Việc', en: 'What' },
  'cli.deadlines.col.left': { vi: 'Còn lại', en: 'Left' },
  'cli.deadlines.col.source': { vi: 'Văn bản', en: 'Document' },
  'cli.deadlines.left': { vi: 'còn {days} ngày', en: '{days} day(s) left' },
  'cli.deadlines.today': { vi: 'hạn hôm nay', en: 'due today' },
  'cli.deadlines.overdue': { vi: 'quá hạn {days} ngày', en: '{days} day(s) overdue' },

  // Ranking.
  'cli.rank.title': { vi: 'Bảng xếp hạng chuyển đổi số', en: 'Digital transformation ranking' },
  'cli.rank.table': { vi: 'Xếp hạng các đơn vị', en: 'Units ranked' },
  'cli.rank.awards': { vi: 'Khen thưởng theo hạn mức:', en: 'Awards within quotas:' },
  'cli.rank.proposed': { vi: 'Được đề nghị khen thưởng', en: 'Proposed for an award' },
  'cli.rank.recipients': { vi: 'Được đề nghị', en: 'Proposed' },
  'cli.rank.undecided-list': { vi: 'Đồng hạng ở suất cuối, hội đồng thi đua quyết định', en: 'Tied for the last place(s), the emulation council decides' },
  'cli.rank.failed': { vi: 'Không xếp hạng được:', en: 'Could not be ranked:' },
  'cli.rank.has-errors': { vi: 'báo cáo có {count} lỗi', en: 'report has {count} error(s)' },
  'cli.rank.no-plan': {
    vi: 'Không xác định được kế hoạch chung: không báo cáo nào đọc được kèm "Kế hoạch"',
    en: 'No common plan: no readable report names its plan',
  },
  'cli.rank.written': { vi: 'Đã ghi bảng xếp hạng vào bảng tính {id}, trang "{sheet}"', en: 'Ranking written to spreadsheet {id}, sheet "{sheet}"' },

  // Sheet written by `cds rank --write`.
  'cli.grid.unit': { vi: 'Đơn vị', en: 'Unit' },
  'cli.grid.unit-code': { vi: 'Mã đơn vị', en: 'Unit code' },
  'cli.grid.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'cli.grid.points': { vi: 'Điểm', en: 'Points' },
  'cli.grid.max': { vi: 'Điểm tối đa', en: 'Maximum' },
  'cli.grid.percent': { vi: 'Tỷ lệ (%)', en: 'Percent' },

  // HTML reports and files written.
  'cli.html.scorecards-title': { vi: 'Phiếu chấm điểm chuyển đổi số', en: 'Digital transformation scorecards' },
  'cli.html.generated': { vi: 'Lập ngày {date} · {count} báo cáo', en: 'Made on {date} · {count} report(s)' },
  'cli.html.issues': { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  'cli.html.footer': {
    vi: 'Lập bằng công cụ cds. Số liệu lấy từ báo cáo của các đơn vị; điểm tính theo kế hoạch đã chọn.',
    en: 'Made with the cds toolkit. Figures come from the units’ reports; points follow the chosen plan.',
  },
  'cli.html.written': { vi: 'Đã ghi {path}', en: 'Written: {path}' },
  'cli.template.bad-group': {
    vi: '--group "{raw}" không phải là đối tượng hợp lệ: cơ quan, đơn vị; thôn, xóm; doanh nghiệp; cá nhân; khác',
    en: '--group "{raw}" is not a target group: cơ quan, đơn vị (agency); thôn, xóm (village); doanh nghiệp (enterprise); cá nhân (individual); khác (other)',
  },
  'cli.template.bad-extension': { vi: 'Tệp mẫu "{path}" phải có đuôi .xlsx hoặc .csv', en: 'Template file "{path}" must end in .xlsx or .csv' },
  'cli.template.written': {
    vi: 'Đã tạo mẫu báo cáo {path} (kế hoạch {plan}, {rows} dòng cần điền)',
    en: 'Report template {path} written (plan {plan}, {rows} rows to fill)',
  },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// `cds login`/`logout`, `cds collect` and `cds trend`.
export const messages: Catalogue = {
  // `cds login` / `logout`: Google sign-in (installed-app OAuth).
  'auth.open-url': {
    vi: 'Mở địa chỉ sau trong trình duyệt để đăng nhập Google (chỉ cấp quyền đọc bảng tính):',
    en: 'Open this address in a browser to sign in to Google (read-only access to spreadsheets):',
  },
  'auth.signed-in-as': { vi: 'Đã đăng nhập: {email}. Thông tin đăng nhập lưu tại {path} (chỉ bạn đọc được).', en: 'Signed in as {email}. The sign-in is kept in {path} (readable by you only).' },
  'auth.signed-in': { vi: 'Đã đăng nhập. Thông tin đăng nhập lưu tại {path} (chỉ bạn đọc được).', en: 'Signed in. The sign-in is kept in {path} (readable by you only).' },
  'auth.signed-out': { vi: 'Đã xóa thông tin đăng nhập ({path}).', en: 'Sign-in removed ({path}).' },
  'auth.not-signed-in': { vi: 'Chưa đăng nhập (không có {path}).', en: 'Not signed in (no {path}).' },
  'auth.no-client': {
    vi: 'Chưa có OAuth client: đặt CDS_OAUTH_CLIENT_ID hoặc chép tệp OAuth client (Desktop) do CNTT tỉnh cấp vào {path}, hoặc dùng --oauth-client',
    en: 'No OAuth client: set CDS_OAUTH_CLIENT_ID, or copy the (Desktop) OAuth client file from the province’s IT to {path}, or use --oauth-client',
  },
  'auth.bad-client-file': { vi: 'Tệp OAuth client "{path}" không đúng dạng (cần client_id)', en: 'OAuth client file "{path}" is not valid (client_id needed)' },
  'auth.bad-endpoint': { vi: '{name} = "{url}" không được nhận: chỉ https hoặc máy này (127.0.0.1)', en: '{name} = "{url}" refused: https or this machine (127.0.0.1) only' },
  'auth.denied': { vi: 'Đăng nhập bị từ chối ({reason})', en: 'Sign-in refused ({reason})' },
  'auth.bad-redirect': { vi: 'Trình duyệt quay lại không đúng (thiếu mã hoặc sai state): hãy đăng nhập lại', en: 'The browser came back without a valid code or state: sign in again' },
  'auth.timeout': { vi: 'Hết {minutes} phút mà chưa đăng nhập xong: chạy lại "cds login"', en: 'Sign-in not finished within {minutes} minutes: run "cds login" again' },
  'auth.exchange-failed': { vi: 'Không đổi được mã đăng nhập lấy token (HTTP {status}): hãy đăng nhập lại', en: 'Could not exchange the sign-in code for a token (HTTP {status}): sign in again' },
  'auth.token-unreadable': { vi: 'Không đọc được thông tin đăng nhập tại {path}: chạy "cds logout" rồi "cds login"', en: 'Cannot read the sign-in at {path}: run "cds logout", then "cds login"' },
  'auth.token-unwritable': { vi: 'Không ghi được thông tin đăng nhập vào {path} ({reason})', en: 'Cannot write the sign-in to {path} ({reason})' },

  // `cds collect`.
  'collect.no-sheets': { vi: 'Chưa có bảng tính nào: dùng --sheets-list hoặc --sheet', en: 'No spreadsheet given: use --sheets-list or --sheet' },
  'collect.bad-format': { vi: 'Định dạng "{value}" không hỗ trợ: dùng csv hoặc xlsx', en: 'Format "{value}" is not supported: use csv or xlsx' },
  'collect.col.source': { vi: 'Bảng tính', en: 'Spreadsheet' },
  'collect.col.unit': { vi: 'Đơn vị', en: 'Unit' },
  'collect.col.period': { vi: 'Kỳ', en: 'Period' },
  'collect.col.status': { vi: 'Trạng thái', en: 'Status' },
  'collect.col.note': { vi: 'Tệp / ghi chú', en: 'File / note' },
  'collect.status.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'collect.status.missing': { vi: 'Chưa nộp', en: 'Missing' },
  'collect.status.invalid': { vi: 'Không hợp lệ', en: 'Invalid' },
  'collect.status.not-shared': { vi: 'Chưa chia sẻ', en: 'Not shared' },
  'collect.status.failed': { vi: 'Lỗi đọc', en: 'Read failed' },
  'collect.write.written': { vi: 'đã lưu', en: 'saved' },
  'collect.write.unchanged': { vi: 'không đổi', en: 'unchanged' },
  'collect.write.kept-different': {
    vi: 'bảng tính đã đổi so với tệp đã lưu; giữ tệp cũ — thêm --force để cập nhật',
    en: 'the spreadsheet changed since the kept file; the old file is kept — add --force to update',
  },
  'collect.summary': {
    vi: '{total} bảng tính: {submitted} đã nộp, {missing} chưa nộp, {invalid} không hợp lệ, {notShared} chưa chia sẻ, {failed} lỗi đọc.',
    en: '{total} spreadsheet(s): {submitted} submitted, {missing} missing, {invalid} invalid, {notShared} not shared, {failed} read failed.',
  },

  // `cds trend`.
  'trend.title': { vi: 'Diễn biến qua các kỳ báo cáo', en: 'Progress across reporting periods' },
  'trend.col.period': { vi: 'Kỳ', en: 'Period' },
  'trend.col.total': { vi: 'Tổng điểm', en: 'Total' },
  'trend.col.source': { vi: 'Nguồn', en: 'Source' },
  'trend.changes': { vi: 'Thay đổi từ {from} đến {to}:', en: 'Changes from {fromEn} to {toEn}:' },
  'trend.no-changes': { vi: 'Không chỉ tiêu nào thay đổi so với kỳ trước.', en: 'No target changed since the previous period.' },
  'trend.one-period': { vi: 'Mới có một kỳ: chưa so sánh được.', en: 'Only one period so far: nothing to compare.' },
  'trend.regressions': { vi: 'Đi xuống (xa mục tiêu hơn):', en: 'Went backwards (further from the target):' },
  'trend.pace-title': {
    vi: 'Theo tốc độ hiện tại (ước lượng tuyến tính qua tối đa 3 kỳ gần nhất, đọc ở cuối kỳ kế hoạch):',
    en: 'At the current pace (a straight line through at most the last 3 periods, read at the end of the plan period):',
  },
  'trend.pace-line': { vi: '{label}: theo tốc độ này đạt {projected} vào {by} — {verdict}', en: '{label}: at this pace {projected} by {by} — {verdict}' },
  'trend.pace-meets': { vi: 'đạt mục tiêu {target}', en: 'meets the target {target}' },
  'trend.pace-misses': { vi: 'chưa đạt mục tiêu {target}', en: 'short of the target {target}' },
  'trend.no-pace': { vi: 'Chưa đủ hai kỳ có số liệu để tính tốc độ.', en: 'Fewer than two periods with figures: no pace.' },
  'trend.unusual': { vi: 'Số liệu thay đổi bất thường (so với chính đơn vị các kỳ trước):', en: 'Unusual changes (against the unit’s own earlier periods):' },
  'trend.failed': { vi: 'Không đưa vào diễn biến:', en: 'Not included:' },
  'trend.no-period': { vi: 'không đọc được "Kỳ báo cáo" nên không xếp được thứ tự kỳ', en: 'the "Kỳ báo cáo" (period) cannot be read, so the report cannot be put in order' },
  'trend.unidentified': { vi: 'báo cáo không ghi tên hay mã đơn vị', en: 'the report names no unit (name or code)' },
  'trend.summary': { vi: '{units} đơn vị, {reports} báo cáo, {problems} báo cáo có vấn đề.', en: '{units} unit(s), {reports} report(s), {problems} with problems.' },
};

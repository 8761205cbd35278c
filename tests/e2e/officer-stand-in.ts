// A stand-in for the portal's ranking page as an officer sees it: a full-width table with the unit,
// the six QĐ 766 groups and the total (the real page's columns), filled from the evaluation API
// (answered from the fixtures). The last column is the one a covering panel would hide.
export const WIDE_STAND_IN_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Đánh giá chất lượng phục vụ</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1b1f24}
header{background:#b3191e;color:#fff;padding:10px 16px;font-weight:600}
main{padding:12px 16px}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:4px 6px;text-align:left}
th{background:#f1f3f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}
</style>
</head><body>
<header>Cổng Dịch vụ công quốc gia</header>
<main>
<h1>Đánh giá chất lượng phục vụ người dân, doanh nghiệp</h1>
<p id="status">Đang tải…</p>
<div id="table-container"><table id="ranking"><thead><tr>
<th>STT</th><th>Đơn vị</th><th>Công khai, minh bạch</th><th>Tiến độ giải quyết</th><th>Dịch vụ trực tuyến</th>
<th>Thanh toán trực tuyến</th><th>Mức độ hài lòng</th><th>Số hóa hồ sơ</th><th>Tổng điểm</th>
</tr></thead><tbody></tbody></table></div>
</main>
<script>
const ROOT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GROUPS = ['transparency','dvc-progress-tree','provide-online-tree','formality-online-payment-tree','handling-satisfaction','dossier-digitized'];
async function load() {
  const results = await Promise.all(GROUPS.map((g) => fetch('/api/v1/reporting/evaluation/' + g, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' },
    body: JSON.stringify({ timeType: 'year', year: 2026, rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 }),
  }).then((r) => r.json())));
  const score = results.map((r) => {
    const m = new Map();
    for (const row of (r.data.children || r.data.evaluation || [])) m.set(row.departmentId, row.score ?? row.totalScore);
    return m;
  });
  const rows = results[1].data.children;
  const tbody = document.querySelector('#ranking tbody');
  rows.forEach((c, i) => {
    const tr = document.createElement('tr');
    const parts = score.map((m) => m.get(c.departmentId));
    const total = parts.every((v) => typeof v === 'number') ? Math.round(parts.reduce((a, b) => a + b, 0) * 100) / 100 : '';
    const cells = [String(i + 1), c.departmentName, ...parts.map((v) => v === undefined ? '' : String(v)), String(total)];
    cells.forEach((v, j) => { const td = document.createElement('td'); td.textContent = v; if (j !== 1) td.className = 'num'; tr.append(td); });
    tbody.append(tr);
  });
  document.getElementById('status').textContent = 'Đã tải ' + rows.length + ' đơn vị';
}
load();
</script>
</body></html>`;

// A stand-in for the portal's service-quality page: like the real single-page application, it asks
// the evaluation API for its figures (fetch for most groups, XMLHttpRequest for one) and draws a
// table from them. Its markup is ours; the extension must not depend on it.
export const STAND_IN_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Đánh giá chất lượng phục vụ</title>
<style>body{font:14px system-ui,sans-serif;margin:16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>
</head><body>
<h1>Đánh giá chất lượng phục vụ người dân, doanh nghiệp</h1>
<label>Kỳ <select id="period">
  <option value="year">Năm 2026</option>
  <option value="quarter">Quý 3/2026</option>
  <option value="quarter2">Quý 2/2026</option>
  <option value="month">Tháng 8/2026</option>
</select></label>
<p id="status">Đang tải…</p>
<table id="ranking"><thead><tr><th>STT</th><th>Đơn vị</th><th>Tiến độ giải quyết</th></tr></thead><tbody></tbody></table>
<script>
const ROOT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GROUPS = ['transparency','dvc-progress-tree','provide-online-tree','formality-online-payment-tree','dossier-digitized','handling-satisfaction'];
function body(group, kind) {
  const base = { rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 };
  if (group === 'handling-satisfaction') {
    const range = kind === 'year' ? ['2026-01-01','2026-12-31'] : kind === 'quarter' ? ['2026-07-01','2026-09-30'] : kind === 'quarter2' ? ['2026-04-01','2026-06-30'] : ['2026-08-01','2026-08-31'];
    return Object.assign({ fromDate: range[0], toDate: range[1] }, base);
  }
  const time = kind === 'year' ? { timeType: 'year', year: 2026 } : kind === 'quarter' ? { timeType: 'quarter', year: 2026, quarter: 3 } : kind === 'quarter2' ? { timeType: 'quarter', year: 2026, quarter: 2 } : { timeType: 'month', year: 2026, month: 8 };
  return Object.assign(time, base);
}
function viaXhr(url, payload) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', url);
    x.setRequestHeader('Content-Type', 'application/json');
    x.onload = () => resolve(JSON.parse(x.responseText));
    x.onerror = reject;
    x.send(JSON.stringify(payload));
  });
}
async function load(kind) {
  document.getElementById('status').textContent = 'Đang tải…';
  const results = await Promise.all(GROUPS.map((g) => {
    const url = '/api/v1/reporting/evaluation/' + g;
    if (g === 'provide-online-tree') return viaXhr(url, body(g, kind));
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' }, body: JSON.stringify(body(g, kind)) }).then((r) => r.json());
  }));
  const tree = results[1];
  const rows = (tree && tree.data && tree.data.children) || [];
  const tbody = document.querySelector('#ranking tbody');
  tbody.replaceChildren();
  rows.forEach((c, i) => {
    const tr = document.createElement('tr');
    for (const v of [String(i + 1), c.departmentName, String(c.score)]) { const td = document.createElement('td'); td.textContent = v; tr.append(td); }
    tbody.append(tr);
  });
  document.getElementById('status').textContent = 'Đã tải ' + rows.length + ' đơn vị';
}
document.getElementById('period').addEventListener('change', (e) => load(e.target.value));
// ?noload: the page shows nothing until asked (to test the user-initiated load of the extension)
if (!location.search.includes('noload')) load('year');
</script>
</body></html>`;

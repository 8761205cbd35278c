// Issue 13 on `cds score` in the terminal: the movement, the report's target group, each target's
// note and the rules' notes are shown with the scorecard, as in `cds plan`, the panel and the sidebar.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const PLAN = 'van-phuc-2023-2025';

describe('cds score (terminal)', () => {
  it('prints the movement, "Đối tượng", "Từ năm 2023" under CQS-03 and the proposal as "Có thể đề nghị" with its note', async () => {
    const values = { 'CQS-03': 'có', 'TT-01': 'có', 'TT-02': 'có', 'TT-03': 'có', 'TT-04': 'có', 'dti-ty-le-diem': '95%' };
    writeFileSync(join(dir, 'xa.csv'), csvText(filledGrid(PLAN, { name: 'Xã Vạn Phúc', period: '2025' }, values), ';', true));
    const run = await runCli(['score', 'xa.csv', '--plan', PLAN], { cwd: dir, env: { COLUMNS: '160' } });
    const out = run.stdout;
    expect(out).toContain('Phong trào: Chuyển đổi số giai đoạn 2023 – 2025');
    expect(out).toContain('Đối tượng: cơ quan, đơn vị');
    // The note is the second line of CQS-03's label cell.
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('CQS-03'));
    expect(lines.slice(at, at + 4).join('\n')).toContain('Ghi chú: Từ năm 2023.');
    expect(out).toMatch(/\? Bằng khen của Chủ tịch UBND tỉnh \(đề nghị\) — Có thể đề nghị/);
    expect(out).toMatch(/Văn bản chỉ cho phép đề nghị/);
    expect(out).toMatch(/Xét hằng năm và theo giai đoạn/); // the headline rule's own note
  });
});

// Issue 13 on the command line: `cds plan` shows movement, notes, groups, conditions and proposals;
// `cds template --group` writes `Đối tượng` and asks only that group's criteria; a xóm's report is
// scored against the xóm's rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInTempDir, runCli } from './helpers.ts';

let dir = '';
const cli = cliInTempDir((d) => {
  dir = d;
});

describe('cds plan', () => {
  it('prints the movement, target notes, each rule\'s group, conditions, note and "chỉ đề nghị"', async () => {
    const run = await cli('plan', 'van-phuc-2023-2025');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Phong trào: Chuyển đổi số giai đoạn 2023 – 2025');
    expect(run.stdout).toContain('CQS-03: Từ năm 2023.');
    // the line wraps to the terminal (80 columns when not a TTY), hanging under its text
    expect(run.stdout.replace(/\n {9}/g, ' ')).toMatch(/KT-02 {2}Bằng khen của Chủ tịch UBND tỉnh \(đề nghị\) \[dành cho .*\] — chỉ đề nghị/);
    expect(run.stdout).toContain('Điều kiện: TT-01; TT-02; TT-03; TT-04;');
    expect(run.stdout).toMatch(/Ghi chú: Văn bản chỉ cho phép đề nghị/);
  });

  it('prints the one-of of Hải An\'s individual award and "khoảng 10%" of Hưng Đạo (English)', async () => {
    expect((await cli('plan', 'hai-an-2025-2030')).stdout).toContain('Điều kiện: CN-01; ít nhất một trong: CN-02; CN-03');
    const en = await runCli(['--lang', 'en', 'plan', 'hung-dao-2023'], { cwd: dir });
    expect(en.stdout).toContain('Notes on targets:');
    expect(en.stdout).toMatch(/KTS-01: .*khoảng 10%/);
  });
});

describe('cds template --group and scoring by group', () => {
  it('writes `Đối tượng` beside `Cấp`, the xóm\'s criteria only, and the filled report reads eligible for the xóm rule', async () => {
    const made = await cli('template', '--plan', 'hai-an-2025-2030', '--group', 'xom', '--unit', 'Xóm Đông', '--period', '2025', '--out', 'xom.csv');
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, 'xom.csv'), 'utf8');
    expect(text).toContain('Cấp,xã,Đối tượng,"thôn, xóm"');
    expect(text).toContain('\nXOM-04,');
    expect(text).not.toContain('\nPB-01,');
    // Fill every criterion with "có" and the target with 100.
    const filled = text
      .split(/\r?\n/)
      .map((line) => (/^(TT|XOM)-\d+,/.test(line) ? line.replace(/,,,,có,$/, ',,,có,có,') : line.startsWith('GD-01,') ? line.replace(',,,,', ',,,100,') : line))
      .join('\n');
    writeFileSync(join(dir, 'xom.csv'), filled);
    const scored = await cli('score', 'xom.csv', '--plan', 'hai-an-2025-2030', '--json');
    expect(scored.code).toBe(0);
    const card = JSON.parse(scored.stdout).scorecards?.[0] ?? JSON.parse(scored.stdout)[0] ?? JSON.parse(scored.stdout);
    const award = card.award ?? card.scorecard?.award;
    expect(award).toMatchObject({ eligible: true, status: 'eligible', ruleId: 'KT-02' });
  });

  it('refuses a group it does not know, naming it', async () => {
    const run = await cli('template', '--plan', 'hai-an-2025-2030', '--group', 'hợp tác xã', '--out', 'x.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"hợp tác xã"');
  });
});

// Many reports at once (issue 9 §2, issue 11 §2): duplicates, another plan, blank templates,
// files that are not reports, the source of every ranked row, error flags, and several periods.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { msg, t } from '../../cli/messages/index.ts';
import { escapeHtml } from '../../cli/render/string-dom.ts';
import { cliInTempDir, csvText, filledGrid, runCli } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
let dir: string;
const cli = cliInTempDir((d) => {
  dir = d;
  mkdirSync(join(dir, 'bao-cao'));
});

const good = { 'TC-01': '100', 'TC-02': '100%', 'TC-03B': '85,5', 'TC-05': 'có', 'TC-06': '60', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
const weaker = { ...good, 'TC-06': '20', 'TC-03B': '40' };

function put(name: string, unit: { name: string; code?: string; period?: string }, values: Record<string, string>, planId = PLAN): void {
  writeFileSync(join(dir, 'bao-cao', name), csvText(filledGrid(planId, { level: 'commune', ...unit }, values), ';', true));
}

interface RankJson {
  entries: { rank: number; file: string; source: string; flagged: boolean; errors: number; unit: { name: string }; period: string }[];
  failed: { file: string; error: { vi: string; en: string } | null }[];
  setAside: { file: string; reason: { vi: string; en: string } }[];
  skipped: string[];
  notes: { vi: string; en: string }[];
}

async function rankJson(...extra: string[]): Promise<{ code: number; json: RankJson }> {
  const run = await cli('rank', 'bao-cao', '--plan', PLAN, '--json', ...extra);
  return { code: run.code, json: JSON.parse(run.stdout) as RankJson };
}

describe('rank on a folder: each class of problem is listed, never ranked', () => {
  it('the same unit and period twice is a duplicate error naming both files — not two award places', async () => {
    put('ho-hai.csv', { name: 'Xã Hộ Hải', period: 'Năm 2023' }, good);
    put('ho-hai (1).csv', { name: 'UBND xã Hộ Hải', period: 'năm 2023' }, good);
    put('tan-hai.csv', { name: 'Xã Tân Hải', period: 'Năm 2023' }, weaker);
    const { code, json } = await rankJson();
    expect(code).toBe(1);
    expect(json.entries.map((e) => e.unit.name)).toEqual(['Xã Tân Hải']);
    expect(json.failed.map((f) => f.file).sort()).toEqual([join('bao-cao', 'ho-hai (1).csv'), join('bao-cao', 'ho-hai.csv')]);
    for (const f of json.failed) {
      expect(f.error!.vi).toContain('trùng báo cáo');
      expect(f.error!.vi).toContain('ho-hai.csv');
      expect(f.error!.vi).toContain('ho-hai (1).csv');
    }
    // score on the folder: the same two copies are failed, not two scorecards.
    const score = JSON.parse((await cli('score', 'bao-cao', '--json')).stdout) as { file: string; scorecard: unknown; error?: { en: string } }[];
    expect(score.filter((u) => u.scorecard).map((u) => u.file)).toEqual([join('bao-cao', 'tan-hai.csv')]);
    expect(score.filter((u) => u.error?.en.startsWith('duplicate report')).map((u) => u.file)).toHaveLength(2);
  });

  it('a report made for another plan is failed with the reason, not ranked with 0 points', async () => {
    put('hung-dao.csv', { name: 'Xã Hưng Đạo' }, {}, 'hung-dao-2023');
    put('tan-hai.csv', { name: 'Xã Tân Hải' }, good);
    const { code, json } = await rankJson();
    expect(code).toBe(1);
    expect(json.entries.map((e) => e.unit.name)).toEqual(['Xã Tân Hải']);
    expect(json.failed).toEqual([{ file: join('bao-cao', 'hung-dao.csv'), source: join('bao-cao', 'hung-dao.csv'), error: { vi: 'báo cáo theo kế hoạch hung-dao-2023, không phải ninh-hai-2023', en: 'the report follows plan hung-dao-2023, not ninh-hai-2023' }, issues: expect.any(Array) }]);
  });

  it('a blank template is listed as "chưa điền", not ranked', async () => {
    put('mau-trong.csv', { name: 'Xã Chưa Gửi' }, {});
    put('tan-hai.csv', { name: 'Xã Tân Hải' }, good);
    const { json } = await rankJson();
    expect(json.entries.map((e) => e.unit.name)).toEqual(['Xã Tân Hải']);
    expect(json.failed.map((f) => [f.file, f.error?.vi])).toEqual([[join('bao-cao', 'mau-trong.csv'), 'chưa điền: mẫu báo cáo chưa có số liệu nào']]);
    const text = await cli('rank', 'bao-cao', '--plan', PLAN);
    expect(text.stdout).toContain('mau-trong.csv: chưa điền');
  });

  it('files the command does not read (.docx, .pdf, images) are listed as skipped by name', async () => {
    put('tan-hai.csv', { name: 'Xã Tân Hải' }, good);
    for (const f of ['huong-dan.docx', 'cong-van.pdf', 'anh chup.png']) writeFileSync(join(dir, 'bao-cao', f), 'x');
    const { code, json } = await rankJson();
    expect(code).toBe(0);
    expect(json.skipped).toEqual(['anh chup.png', 'cong-van.pdf', 'huong-dan.docx'].map((f) => join('bao-cao', f)));
    const text = await cli('rank', 'bao-cao', '--plan', PLAN);
    for (const f of ['huong-dan.docx', 'cong-van.pdf', 'anh chup.png']) expect(text.stdout).toContain(f);
    const score = await cli('score', 'bao-cao', '--json');
    expect((JSON.parse(score.stdout) as { file: string; skipped?: unknown }[]).filter((u) => u.skipped).map((u) => u.file)).toHaveLength(3);
  });

  it('every ranked row names its source; a unit with errors is flagged in the terminal, HTML and JSON', async () => {
    put('tan-hai.csv', { name: 'Xã Tân Hải' }, good);
    put('ho-hai.csv', { name: 'Xã Hộ Hải' }, { ...good, 'TC-06': '980' });
    const { json } = await rankJson();
    const byName = new Map(json.entries.map((e) => [e.unit.name, e]));
    expect(byName.get('Xã Tân Hải')).toMatchObject({ source: join('bao-cao', 'tan-hai.csv'), flagged: false, errors: 0 });
    expect(byName.get('Xã Hộ Hải')!.flagged).toBe(true);
    expect(byName.get('Xã Hộ Hải')!.source).toBe(join('bao-cao', 'ho-hai.csv'));

    const text = await runCli(['rank', 'bao-cao', '--plan', PLAN], { cwd: dir, env: { COLUMNS: '200' } });
    expect(text.stdout).toContain(join('bao-cao', 'tan-hai.csv'));
    expect(text.stdout).toContain(join('bao-cao', 'ho-hai.csv'));
    expect(text.stdout).toMatch(/⚠ báo cáo có \d+ lỗi/);

    const html = await cli('rank', 'bao-cao', '--plan', PLAN, '--html', 'xep-hang.html');
    expect(html.code).toBe(1);
    const page = readFileSync(join(dir, 'xep-hang.html'), 'utf8');
    // The printout (shared/print) names each report's file and marks the unit with errors.
    expect(page).toContain('ho-hai.csv');
    expect(page).toContain('tan-hai.csv');
    expect(page).toContain(escapeHtml(t(msg('print.flag.errors', { count: byName.get('Xã Hộ Hải')!.errors }), 'vi')));
  });
});

describe('several periods in one folder', () => {
  beforeEach(() => {
    put('hai-an-q2.csv', { name: 'Xã Hải An', code: 'HA', period: 'Quý 2/2023' }, good);
    put('hai-an-q3.csv', { name: 'UBND xã Hải An', period: 'Quý III/2023' }, weaker);
    put('tan-hai.csv', { name: 'Xã Tân Hải', period: '6 tháng đầu năm 2023' }, good);
  });

  it('rank ranks only the latest period of each unit, and says so', async () => {
    const { code, json } = await rankJson();
    expect(code).toBe(0);
    expect(json.entries.map((e) => [e.unit.name, e.period])).toEqual([
      ['Xã Tân Hải', '6 tháng đầu năm 2023'],
      ['UBND xã Hải An', 'Quý III/2023'],
    ]);
    expect(json.setAside.map((s) => [s.file, s.reason.vi])).toEqual([[join('bao-cao', 'hai-an-q2.csv'), 'kỳ Quý 2/2023 cũ hơn kỳ Quý 3/2023 của cùng đơn vị: không xếp hạng']]);
    expect(json.notes[0]!.vi).toContain('chỉ xếp hạng kỳ mới nhất của mỗi đơn vị');
    const text = await cli('rank', 'bao-cao', '--plan', PLAN);
    expect(text.stdout).toContain('chỉ xếp hạng kỳ mới nhất');
    expect(text.stdout).toContain('hai-an-q2.csv');
  });

  it('--period ranks the period asked (written any way) and sets the others aside', async () => {
    const { json } = await rankJson('--period', 'quý 2 năm 2023');
    expect(json.entries.map((e) => e.file)).toEqual([join('bao-cao', 'hai-an-q2.csv')]);
    expect(json.setAside.map((s) => s.file).sort()).toEqual([join('bao-cao', 'hai-an-q3.csv'), join('bao-cao', 'tan-hai.csv')]);
    expect(json.notes[0]!.en).toBe('Only period Q2 2023 is ranked (--period); 2 report(s) of other periods not ranked.');
    const bad = await cli('rank', 'bao-cao', '--plan', PLAN, '--period', 'kỳ sau');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period "kỳ sau" không phải kỳ báo cáo');
  });

  it('a unit’s report whose period cannot be read fails with the cell, the others still rank', async () => {
    put('hai-an-x.csv', { name: 'Xã Hải An', period: 'kỳ trước' }, good);
    const { code, json } = await rankJson();
    expect(code).toBe(1);
    expect(json.entries.map((e) => e.file)).toEqual([join('bao-cao', 'tan-hai.csv'), join('bao-cao', 'hai-an-q3.csv')]);
    expect(json.failed.map((f) => [f.file, f.error?.vi])).toEqual([[join('bao-cao', 'hai-an-x.csv'), expect.stringMatching(/^"kỳ trước" \(ô B\d+\) không phải kỳ báo cáo/)]]);
  });

  it('score on the folder shows only each unit’s latest period', async () => {
    const run = await cli('score', 'bao-cao', '--json');
    const units = JSON.parse(run.stdout) as { file: string; scorecard: unknown; setAside?: { vi: string } }[];
    expect(units.filter((u) => u.scorecard).map((u) => u.file)).toEqual([join('bao-cao', 'hai-an-q3.csv'), join('bao-cao', 'tan-hai.csv')]);
    expect(units.filter((u) => u.setAside).map((u) => u.file)).toEqual([join('bao-cao', 'hai-an-q2.csv')]);
  });
});

describe('a period that is not one', () => {
  it('is a located warning when one report is validated alone (it still scores)', async () => {
    put('tan-hai.csv', { name: 'Xã Tân Hải', period: 'kỳ này' }, good);
    const run = await cli('validate', join('bao-cao', 'tan-hai.csv'), '--plan', PLAN, '--json');
    const json = JSON.parse(run.stdout) as { valid: boolean; issues: { code: string; severity: string; location: { a1: string | null; field: string | null } }[] };
    expect(json.valid).toBe(true);
    expect(json.issues.filter((i) => i.code === 'period-unreadable')).toEqual([expect.objectContaining({ severity: 'warning', location: expect.objectContaining({ a1: expect.stringMatching(/^B\d+$/) }) })]);
  });
});

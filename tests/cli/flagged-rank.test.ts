// Issue 9 §1 at the command line: a commune that types "980%" for 98% never ranks above the
// honest 98%, never takes an award place, and is flagged — in the terminal, the JSON and the HTML.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// Every other target met; TC-01 (documents signed digitally, ≥ 100%) is the one each commune types:
// the honest 98% falls just short, the typo 980% must not do better.
const good = { 'TC-02': '100%', 'TC-03B': '85,5', 'TC-05': 'có', 'TC-06': '60', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };

function put(file: string, name: string, tc01: string): void {
  writeFileSync(join(dir, file), csvText(filledGrid(PLAN, { name, level: 'commune' }, { ...good, 'TC-01': tc01 }), ',', true));
}

interface RankJson {
  entries: { rank: number; flagged: boolean; errors: number; unit: { name: string }; awards: unknown[]; eligible?: boolean }[];
}

describe('rank: "980%" typed for 98%', () => {
  it('ranks below the honest 98%, gets no award, and is flagged in JSON, terminal and HTML', async () => {
    put('nhap-nham.csv', 'Xã Nhập Nhầm', '980%');
    put('trung-thuc.csv', 'Xã Trung Thực', '98%');
    const files = ['nhap-nham.csv', 'trung-thuc.csv'];

    const json = JSON.parse((await runCli(['rank', ...files, '--plan', PLAN, '--json'], { cwd: dir })).stdout) as RankJson;
    const byName = new Map(json.entries.map((e) => [e.unit.name, e]));
    const cheat = byName.get('Xã Nhập Nhầm')!;
    const honest = byName.get('Xã Trung Thực')!;
    expect(json.entries[0]!.unit.name).toBe('Xã Trung Thực');
    expect(cheat.rank).toBeGreaterThan(honest.rank);
    expect([cheat.flagged, cheat.errors > 0, cheat.awards]).toEqual([true, true, []]);
    expect(honest.awards.length).toBeGreaterThan(0);

    const text = await runCli(['rank', ...files, '--plan', PLAN], { cwd: dir, env: { COLUMNS: '200' } });
    expect(text.code).toBe(1);
    // The cheat's row (from its name to the table's next rule) carries the ⚠ and the blocked award.
    const cheatRow = text.stdout.slice(text.stdout.indexOf('Nhập Nhầm')).split(/\n[├└]/)[0]!;
    expect(cheatRow).toMatch(/⚠ báo cáo có 1 lỗi/);
    expect(cheatRow).toContain('Chưa đủ điều kiện');
    expect(text.stdout.indexOf('Trung Thực')).toBeLessThan(text.stdout.indexOf('Nhập Nhầm'));

    await runCli(['rank', ...files, '--plan', PLAN, '--html', 'xep-hang.html'], { cwd: dir });
    const page = readFileSync(join(dir, 'xep-hang.html'), 'utf8');
    expect(page.indexOf('Trung Thực')).toBeGreaterThan(-1);
    expect(page.indexOf('Trung Thực')).toBeLessThan(page.indexOf('Nhập Nhầm'));
  });
});

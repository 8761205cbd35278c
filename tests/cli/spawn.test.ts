import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText, filledGrid, tempDir } from './helpers.ts';

// A few real processes: the shebang entry, exit codes and stderr as a shell sees them.
const CDS = resolve('cli/cds.ts');
const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

function cds(...args: string[]) {
  const run = spawnSync(process.execPath, [CDS, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDS_DEBUG: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cds as a process', () => {
  it('exits 0 for a valid report, 1 for a report with errors, 2 when it cannot run', () => {
    const values = { 'TC-01': '100', 'TC-02': '100', 'TC-03B': '60', 'TC-05': 'có', 'TC-06': '55', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
    writeFileSync(join(dir, 'ok.csv'), csvText(filledGrid('ninh-hai-2023', { name: 'Xã A', level: 'commune' }, values), ';', true));
    writeFileSync(join(dir, 'bad.csv'), csvText(filledGrid('ninh-hai-2023', { name: 'Xã B', level: 'commune' }, { ...values, 'TC-06': '#DIV/0!' }), ';', true));

    const ok = cds('validate', 'ok.csv');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('✓ ok.csv');

    const bad = cds('validate', 'bad.csv');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('#DIV/0!');

    const missing = cds('score', 'khong-co.csv');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^Lỗi: .+ \| Error: .+/);

    const usage = cds('score', '--no-such-option');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--no-such-option');
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });
});

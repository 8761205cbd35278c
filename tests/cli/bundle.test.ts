import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../cli/build.ts';
import { tempDir } from './helpers.ts';

// The one-file `cds` (cli/build.ts → dist/cli/cds.mjs) against the source entry it is built from:
// same output, same exit codes; and a start that loads none of the heavy libraries. No timings.
const NODE = resolve('node_modules/.bin/node');
const ROOT = resolve('.');
const BUNDLE = resolve('dist/cli/cds.mjs');
const { dir, cleanup } = tempDir();

beforeAll(async () => {
  await buildCli(BUNDLE);
}, 120_000);
afterAll(() => cleanup());

function run(entry: string[], args: string[], extra: string[] = []) {
  const r = spawnSync(NODE, [...extra, ...entry, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CDS_DEBUG: '', COLUMNS: '100' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const bundled = (...args: string[]) => run([BUNDLE], args);
const source = (...args: string[]) => run(['cli/cds.ts'], args);

describe('cds built as one file', () => {
  it.each([
    [['--help']],
    [['plans']],
    [['plans', '--json']],
    [['score', 'samples/reports', '--json']],
    [['score', 'samples/reports', '--ndjson']],
    [['validate', 'samples/reports']],
    [['rank', 'samples/ninh-hai-2023', '--plan', 'ninh-hai-2023', '--json']],
    [['score', 'no-such-file.csv']],
  ])('prints what the source entry prints: cds %j', (args) => {
    const a = bundled(...args);
    const b = source(...args);
    expect(a.stdout.length + a.stderr.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('checks a plan FILE the user gives with the full check (the zod schema loaded on use)', () => {
    const good = join(dir, 'plan.json');
    copyFileSync('shared/data/plans/ninh-hai-2023.json', good);
    const plan = JSON.parse(readFileSync(good, 'utf8')) as { targets: { value: unknown }[] };
    plan.targets[0]!.value = 'nhiều';
    const bad = join(dir, 'bad-plan.json');
    writeFileSync(bad, JSON.stringify(plan));
    for (const file of [good, bad]) {
      const args = ['score', 'samples/reports/ninh-hai-2023.csv', '--plan', file, '--json'];
      const a = bundled(...args);
      expect(a).toEqual(source(...args));
      if (file === good) expect(JSON.parse(a.stdout).scorecard.planId).toBe('ninh-hai-2023');
      else {
        expect(a.code).toBe(2);
        expect(a.stderr).toContain('targets[0]');
      }
    }
  });

  it('starts without loading zod, exceljs, docx, iconv-lite, papaparse or googleapis', () => {
    // A preload that lists, at exit, every module resolved from node_modules (import and require).
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module'; const seen = new Set();" +
        "registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); if (r.url.includes('/node_modules/')) seen.add(r.url); return r; } });" +
        "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...seen]) + '\\n'));",
    )}`;
    const help = run([BUNDLE], ['--help'], ['--import', hook]);
    expect(help.code).toBe(0);
    const loaded = JSON.parse(/LOADED (.*)/.exec(help.stderr)![1]!) as string[];
    const heavy = loaded.filter((k) => /node_modules\/(zod|exceljs|docx|iconv-lite|papaparse|googleapis|google-auth-library|mammoth|unpdf)\//.test(k));
    expect(heavy).toEqual([]);
    // The same hook does see a library a command needs (the check is not blind).
    const csv = run([BUNDLE], ['validate', 'samples/reports/ninh-hai-2023.csv'], ['--import', hook]);
    expect(JSON.parse(/LOADED (.*)/.exec(csv.stderr)![1]!).some((k: string) => k.includes('node_modules/papaparse/'))).toBe(true);
  });

  it('package.json bin starts the bundle when it is built', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: { cds: string } };
    const a = run([pkg.bin.cds], ['plans']);
    expect(a.code).toBe(0);
    expect(a).toEqual(source('plans'));
  });
});

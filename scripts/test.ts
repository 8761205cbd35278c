// The whole test suite: builds what the end-to-end tests load, runs Vitest, and closes with the
// plain "N passed, N failed" line that CI reads (Vitest's own summary is not read). Without
// Chromium the suite still runs and still ends with that line; the browser tests are named as
// failed with the reason (scripts/test-summary.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { browserTestFiles, summarise, type VitestReport } from './test-summary.ts';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

function testFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

mkdirSync('test-output', { recursive: true });
const reasonFile = 'test-output/chromium-missing.txt';
rmSync(reasonFile, { force: true });
const chromium = run('bash', ['scripts/ensure-chromium.sh'], { ...process.env, CDS_CHROMIUM_REASON_FILE: reasonFile });
const chromiumMissing = chromium === 0 ? null : existsSync(reasonFile) ? readFileSync(reasonFile, 'utf8').trim() : `ensure-chromium.sh exit ${chromium}`;
// Each build step that fails is counted as a failed check; the tests still run (those needing the
// build then fail too) and the closing line is always printed.
const failedSteps: string[] = [];
const step = (name: string, cmd: string, args: string[]): void => {
  if (run(cmd, args) !== 0) failedSteps.push(name);
};
step('wxt prepare', 'npx', ['wxt', 'prepare']);
step('wxt build', 'npx', ['wxt', 'build']);
if (existsSync('apps-script/build.ts')) step('apps-script/build.ts', process.execPath, ['apps-script/build.ts']);
// The one-file `cds` (dist/cli/cds.mjs) that tests/cli/bundle.test.ts runs.
step('cli/build.ts', process.execPath, ['cli/build.ts']);

// Type errors count as one failed check (the whole repo: core, extension, CLI, add-on, sidebar).
const typeErrors = run('npm', ['run', '--silent', 'typecheck']) !== 0;

const report = 'test-output/vitest.json';
rmSync(report, { force: true });
const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
const parsed = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as VitestReport) : null;
const summary = summarise(parsed, { typeErrors, chromiumMissing, browserFiles: browserTestFiles(testFiles('tests')), failedSteps });
for (const note of summary.notes) console.error(note);
console.log(summary.line);
process.exit(code !== 0 || summary.failed > 0 || summary.passed <= 1 ? 1 : 0);

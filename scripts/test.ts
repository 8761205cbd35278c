// The whole test suite: builds what the end-to-end tests load, runs Vitest, and closes with the
// plain "N passed, N failed" line that CI reads (Vitest's own summary is not read).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

mkdirSync('test-output', { recursive: true });
if (run('bash', ['scripts/ensure-chromium.sh']) !== 0) process.exit(1);
if (run('npx', ['wxt', 'prepare']) !== 0) process.exit(1);
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
if (existsSync('apps-script/build.ts') && run(process.execPath, ['apps-script/build.ts']) !== 0) process.exit(1);

// Type errors count as one failed check (the whole repo: core, extension, CLI, add-on, sidebar).
const typeErrors = run('npm', ['run', '--silent', 'typecheck']) === 0 ? 0 : 1;
if (typeErrors) console.error('typecheck failed / kiểm tra kiểu thất bại');

const report = 'test-output/vitest.json';
const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: { status: string; assertionResults: unknown[] }[] };
  passed = r.numPassedTests;
  // A file that fails to load has no tests but is a failure all the same.
  failed = r.numFailedTests + r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed = 1;
}
failed += typeErrors;
passed += 1 - typeErrors;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 || failed > 0 || passed <= 1 ? 1 : 0);

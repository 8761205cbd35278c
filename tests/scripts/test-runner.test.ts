// `npm test` without Chromium: the install never asks for a password, the run still ends with its
// "N passed, N failed" line, and the browser tests are named as failed with the reason.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserTestFiles, summarise, type VitestReport } from '../../scripts/test-summary.ts';

const SCRIPT = new URL('../../scripts/ensure-chromium.sh', import.meta.url).pathname;

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cds-chromium-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeBin(name: string, body: string): void {
  const path = join(dir, 'bin', name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

describe('scripts/ensure-chromium.sh', () => {
  it('never prompts for a password: without password-less sudo it says why and exits 3', () => {
    spawnSync('mkdir', ['-p', join(dir, 'bin')]);
    fakeBin('id', 'echo 1000');
    // A sudo that would wait for a password on stdin unless called with -n.
    fakeBin('sudo', 'case "$1" in -n) exit 1;; *) read -r pw; exit 0;; esac');
    const reason = join(dir, 'reason.txt');
    const r = spawnSync('/bin/bash', [SCRIPT], {
      env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, CDS_CHROMIUM_PATH: join(dir, 'no-chromium'), CDS_CHROMIUM_REASON_FILE: reason },
      input: '',
      timeout: 60_000,
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('sudo không mật khẩu');
    expect(readFileSync(reason, 'utf8')).toContain('password-less sudo');
  });

  it('does nothing when the browser is there', () => {
    const browser = join(dir, 'chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    const r = spawnSync('/bin/bash', [SCRIPT], { env: { PATH: '/usr/bin:/bin', CDS_CHROMIUM_PATH: browser }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

const report = (files: VitestReport['testResults'], passed: number, failed: number): VitestReport => ({ numPassedTests: passed, numFailedTests: failed, testResults: files });

describe('the closing line of npm test', () => {
  const browserFiles = ['tests/e2e/extension.test.ts', 'tests/e2e/print.test.ts'];

  it('counts browser tests that could not run as failed and names them with the reason', () => {
    const r = report(
      [
        { name: '/repo/tests/e2e/extension.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }] },
        // Skipped without a browser: still a failure, never a pass.
        { name: '/repo/tests/e2e/print.test.ts', status: 'skipped', assertionResults: [{ status: 'skipped' }] },
        { name: '/repo/tests/shared/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
      10,
      2,
    );
    const s = summarise(r, { typeErrors: false, chromiumMissing: 'needs root or password-less sudo', browserFiles });
    expect(s.line).toBe('11 passed, 3 failed');
    expect(s.notes[0]).toContain('browser tests could not run — needs root or password-less sudo');
    expect(s.notes).toContain('  ✗ tests/e2e/print.test.ts');
    expect(s.notes).toContain('  ✗ tests/e2e/extension.test.ts');
  });

  it('with Chromium present it is the plain count, type errors one more failure', () => {
    expect(summarise(report([], 5, 0), { typeErrors: false, chromiumMissing: null, browserFiles }).line).toBe('6 passed, 0 failed');
    expect(summarise(report([], 5, 1), { typeErrors: true, chromiumMissing: null, browserFiles }).line).toBe('5 passed, 2 failed');
    expect(summarise(null, { typeErrors: false, chromiumMissing: null, browserFiles }).line).toBe('1 passed, 1 failed');
    // A failed build step is one failed check, named, and the line is still there.
    const built = summarise(report([], 5, 0), { typeErrors: false, chromiumMissing: null, browserFiles, failedSteps: ['wxt build'] });
    expect(built.line).toBe('6 passed, 1 failed');
    expect(built.notes.join('\n')).toContain('wxt build');
  });

  it('finds the browser tests by what they import', () => {
    expect(
      browserTestFiles([
        { path: 'tests/e2e/x.test.ts', text: "import { chromium } from 'playwright-core';" },
        { path: 'tests/e2e/y.test.ts', text: "import { launch } from '../support/e2e-browser.ts';" },
        { path: 'tests/shared/z.test.ts', text: "import { it } from 'vitest';" },
        { path: 'tests/support/e2e-browser.ts', text: "import 'playwright-core';" },
      ]),
    ).toEqual(['tests/e2e/x.test.ts', 'tests/e2e/y.test.ts']);
  });
});

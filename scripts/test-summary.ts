// The closing line of `npm test` ("N passed, N failed") from Vitest's JSON report, kept apart from
// the runner so it can be tested. Browser tests that could not run (no Chromium) are failures,
// named with the reason — never skipped quietly.

export interface VitestFile {
  name: string;
  status: string;
  assertionResults: { status: string }[];
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: VitestFile[];
}

export interface Summary {
  passed: number;
  failed: number;
  /** Lines printed before the closing line (what could not run, and why). */
  notes: string[];
  line: string;
}

const BROWSER_TEST = /playwright-core|e2e-browser/;

/** Test files that drive a real browser: they import playwright-core or the e2e browser helper. */
export function browserTestFiles(files: readonly { path: string; text: string }[]): string[] {
  return files.filter((f) => f.path.endsWith('.test.ts') && BROWSER_TEST.test(f.text)).map((f) => f.path).sort();
}

export function summarise(
  report: VitestReport | null,
  opts: { typeErrors: boolean; chromiumMissing: string | null; browserFiles: readonly string[]; failedSteps?: readonly string[] },
): Summary {
  const notes: string[] = [];
  let passed = 0;
  let failed = 0;
  if (report === null) {
    failed = 1;
    notes.push('Vitest không ghi được báo cáo / Vitest wrote no report');
  } else {
    passed = report.numPassedTests;
    // A file that fails to load has no tests but is a failure all the same.
    failed = report.numFailedTests + report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  }
  if (opts.chromiumMissing !== null && opts.browserFiles.length > 0) {
    notes.push(`Không chạy được kiểm thử trình duyệt / browser tests could not run — ${opts.chromiumMissing}:`);
    for (const file of opts.browserFiles) {
      notes.push(`  ✗ ${file}`);
      const result = report?.testResults.find((f) => f.name.endsWith(file));
      // Counted failed whatever Vitest made of them: passed or skipped without a browser is no pass.
      if (!result || result.status !== 'failed') {
        const tests = result?.assertionResults ?? [];
        const counted = Math.max(1, tests.length);
        failed += counted;
        passed -= tests.filter((t) => t.status === 'passed').length;
      }
    }
  }
  // A build step that failed (wxt, the add-on, the CLI bundle) is one failed check each: the tests
  // still run and the closing line is still printed, so CI sees the count, not a silent stop.
  for (const step of opts.failedSteps ?? []) {
    failed += 1;
    notes.push(`bước dựng thất bại / build step failed: ${step}`);
  }
  if (opts.typeErrors) {
    failed += 1;
    notes.push('typecheck failed / kiểm tra kiểu thất bại');
  } else {
    passed += 1;
  }
  passed = Math.max(0, passed);
  return { passed, failed, notes, line: `${passed} passed, ${failed} failed` };
}

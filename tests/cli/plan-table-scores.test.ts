// Issue 10 "Done when": a plan table file scores reports exactly as the equivalent bundled (JSON)
// plan does — checked on every sample report the project ships, through .xlsx and .csv.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.ts';

const SAMPLES = join(import.meta.dirname, '../../samples/reports');
const reports = readdirSync(SAMPLES).filter((f) => f.endsWith('.csv'));

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());
const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('cds score --plan <table file> = cds score --plan <id>', () => {
  it('has sample reports to score', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });

  for (const report of reports) {
    const planId = report.replace(/\.csv$/, '');
    it(`${planId}: the same scores, awards and issues through .xlsx and .csv`, async () => {
      const byId = await cli('score', join(SAMPLES, report), '--plan', planId, '--json');
      expect(byId.stderr).toBe('');
      expect(byId.code).toBeLessThan(2); // scored (1 = the report has data warnings/errors, still scored)
      const expected = JSON.parse(byId.stdout) as { planId: string; scorecard: { items: unknown[] } };
      expect(expected.planId).toBe(planId);
      expect(expected.scorecard.items.length).toBeGreaterThan(0);
      for (const ext of ['xlsx', 'csv']) {
        const file = `${planId}.${ext}`;
        expect((await cli('plan', 'export', planId, '--out', file, '--force')).code).toBe(0);
        const byTable = await cli('score', join(SAMPLES, report), '--plan', file, '--json');
        expect(byTable.code).toBe(byId.code);
        expect(JSON.parse(byTable.stdout)).toEqual(expected);
      }
    });
  }
});

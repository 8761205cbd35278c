// One run (cds, the add-on over a workbook) compiles each plan once and shares its cell locations; two runs share nothing.
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import { coreRun } from '../../../shared/plan/core-run.ts';

describe('coreRun', () => {
  it('compiles each plan once per run, and again in another run', () => {
    const a = getPlan('cat-ne-2024')!;
    const b = getPlan('hung-dao-2023')!;
    const run = coreRun();
    expect(run.compiled(a)).toBe(run.compiled(a));
    expect(run.compiled(a).plan).toBe(a);
    expect(run.compiled(b).plan).toBe(b);
    const other = coreRun();
    expect(other.compiled(a)).not.toBe(run.compiled(a));
    expect(other.compiled(a)).toEqual(run.compiled(a));
    expect(other.locations).not.toBe(run.locations);
  });
});

import { describe, expect, it } from 'vitest';
import { childCpuMs } from '../../bench/cpu.ts';
import { figure } from '../../bench/figures.ts';

// The bench's arithmetic and its CPU meter; no timing is asserted (only that a figure is one).
describe('bench figures', () => {
  it('a figure is the median of its runs with min and max beside it', () => {
    expect(figure([5, 1, 3, 9, 7])).toEqual({ median: 5, min: 1, max: 9, runs: 5, samples: [5, 1, 3, 9, 7] });
    expect(figure([4, 1, 3, 2]).median).toBe(2.5);
    expect(figure([1.23456]).median).toBe(1.23);
    expect(() => figure([])).toThrow();
  });

  it('reads the CPU time of a child process, and refuses a child that fails', () => {
    const cpu = childCpuMs([process.execPath, '-e', 'let x = 0; for (let i = 0; i < 1e7; i++) x += i;']);
    expect(Number.isFinite(cpu)).toBe(true);
    expect(cpu).toBeGreaterThan(0);
    expect(() => childCpuMs([process.execPath, '-e', 'process.exit(3)'])).toThrow(/exited with 3/);
  });
});

import { describe, expect, it } from 'vitest';
import { attainment } from '../../../shared/score/target.ts';
import type { Target } from '../../../shared/schema/plan.ts';

// The formula attainment had before its clamp was written as comparisons (score/target.ts): the
// same numbers, bit for bit (-0 and NaN included, compared with Object.is).
function reference(actual: number, comparator: Target['comparator'], target: number, met: boolean): number {
  if (met) return 1;
  let ratio: number;
  switch (comparator) {
    case '>=':
    case '>':
      ratio = target > 0 ? actual / target : 0;
      break;
    case '<=':
    case '<':
      ratio = actual <= 0 ? 1 : target / actual;
      break;
    case '=': {
      const hi = Math.max(Math.abs(actual), Math.abs(target));
      ratio = hi === 0 || Math.sign(actual) * Math.sign(target) < 0 ? 0 : Math.min(Math.abs(actual), Math.abs(target)) / hi;
      break;
    }
  }
  return Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
}

const COMPARATORS: Target['comparator'][] = ['>=', '>', '<=', '<', '='];
const EDGES = [0, -0, 1, -1, 0.5, 1 - Number.EPSILON, 1 + Number.EPSILON, 90, 89.99999999999999, 100, 1e-320, -1e-320, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN, 5e-324, 1e308];

describe('attainment', () => {
  it('gives the reference formula on edge values, for every comparator', () => {
    for (const comparator of COMPARATORS) {
      for (const actual of EDGES) {
        for (const target of EDGES) {
          for (const met of [false, true]) {
            const got = attainment(actual, comparator, target, met);
            const want = reference(actual, comparator, target, met);
            if (!Object.is(got, want)) throw new Error(`${actual} ${comparator} ${target} (met ${met}): ${got} ≠ ${want}`);
          }
        }
      }
    }
  });

  it('gives the reference formula on random figures', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const actual = (rand() - 0.2) * 10 ** Math.floor(rand() * 6 - 2);
      const target = (rand() - 0.1) * 10 ** Math.floor(rand() * 4 - 1);
      const comparator = COMPARATORS[i % COMPARATORS.length]!;
      expect(Object.is(attainment(actual, comparator, target, false), reference(actual, comparator, target, false))).toBe(true);
    }
  });

  it('is never -0 and stays within 0–1', () => {
    for (const comparator of COMPARATORS) {
      for (const actual of EDGES) {
        for (const target of EDGES) {
          const a = attainment(actual, comparator, target, false);
          expect(Object.is(a, -0)).toBe(false);
          expect(a >= 0 && a <= 1).toBe(true);
        }
      }
    }
  });
});

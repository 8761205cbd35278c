import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBoolean, parseDate, parseNumber } from '../../../shared/parse/value.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { formatNumber } from '../../../shared/messages/format.ts';
import { rawValue } from './arbitraries.ts';

describe('parsing properties', () => {
  it('never throws and always says what it found, for any raw value', () => {
    fc.assert(
      fc.property(rawValue, fc.boolean(), (raw, percent) => {
        const kinds = ['number', 'boolean', 'date', 'blank', 'error'];
        const n = parseNumber(raw, { percent });
        const b = parseBoolean(raw);
        const d = parseDate(raw);
        expect(kinds).toContain(n.kind);
        expect(kinds).toContain(b.kind);
        expect(kinds).toContain(d.kind);
        if (n.kind === 'number') expect(Number.isFinite(n.value)).toBe(true);
        if (n.kind === 'error') expect(n.message.key).toMatch(/^parse\./);
      }),
      { numRuns: 3000 },
    );
  });

  it('the share rule never changes a value ≥ 1 (or ≤ 0)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 0, noNaN: true })), (v) => {
        const p = parseNumber(v, { percent: true });
        expect(p.kind === 'number' && p.value).toBe(v === 0 ? 0 : v);
      }),
    );
  });

  it('a share strictly between 0 and 1 becomes its percent', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 0.9999, noNaN: true }), (v) => {
        const p = parseNumber(v, { percent: true });
        expect(p.kind === 'number' && Math.abs(p.value - v * 100) < 1e-9).toBe(true);
      }),
    );
  });

  it('reads back any number written the Vietnamese way (1.234,56)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const n = cents / 100;
        const p = parseNumber(formatNumber(n, 'vi'), { percent: false });
        expect(p.kind === 'number' && p.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('locating a report never throws on random grids', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rawValue, { maxLength: 10 }), { maxLength: 25 }), fc.option(fc.string()), (grid, sheet) => {
        const { table, issues } = readReportTable(grid, sheet);
        expect(table === null).toBe(issues.some((i) => i.code === 'table-not-found'));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import { reportTemplate } from '../../../shared/plan/template.ts';
import { buildPlanIndex, type CheckedItems, type PlanIndex } from '../../../shared/validate/context.ts';
import { readItems } from '../../../shared/validate/read-items.ts';
import type { RawValue } from '../../../shared/schema/report.ts';
import { plan } from './plan-fixture.ts';

// readItems first compares a row's code with the item after the previous row's (rows usually follow
// the plan's order), then looks it up. The guess must never change which item a row is read as.
const index = buildPlanIndex(plan, 'commune');
const noGuess: PlanIndex = { ...index, cleanByOrdinal: [] };

const { grid, layout } = reportTemplate(plan, { level: 'commune', unitName: 'Xã Một', unitCode: 'X.01', period: '2024' });
const firstItemRow = Math.min(...layout.rows.map((r) => r.row));
const head = grid.slice(0, firstItemRow - 1);
const itemLines = layout.rows.map((r) => grid[r.row - 1]!);

// Codes besides the template's: loose spellings, another level's target, an indicator id, unknown, blank.
const looseCode = fc.constantFrom<RawValue>('T1', ' t1 ', 't1', 'T5-X', 'T5-H', 'ONLINE_DOSSIER_RATE', 'ZZ-9', '', null, 'C1', 'c1', 12);

function summary(checked: CheckedItems): unknown {
  const read = Array.from({ length: checked.length }, (_, k) => [checked.items[k]!.code, checked.rows[k]!.row, checked.results[k]]);
  const setAside = checked.setAside.map((s) => [s.reason, s.code, s.row.row, s.firstRow, s.level]);
  return { read, setAside };
}

function readBoth(lines: RawValue[][]): [unknown, unknown] {
  const { table } = readReportTable([...head.map((l) => [...l]), ...lines], 'S');
  if (table === null) throw new Error('no table');
  return [summary(readItems(table, index, null)), summary(readItems(table, noGuess, null))];
}

describe('reading item codes in plan order first', () => {
  it('knows every item whose code is clean by its ordinal', () => {
    for (const item of index.items.values()) {
      expect(index.cleanByOrdinal[item.ordinal]).toBe(index.byCleanCode.get(item.code));
    }
  });

  it('reads the template, its rows in any order, repeated or left out, as the plain lookup does', () => {
    const [guessed, looked] = readBoth(itemLines.map((l) => [...l]));
    expect(guessed).toEqual(looked);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: itemLines.length - 1 }), looseCode.map((code) => ({ code }))), { maxLength: 30 }),
        (picks) => {
          const lines = picks.map((p): RawValue[] => (typeof p === 'number' ? [...itemLines[p]!] : [p.code, 'x', 1, 2, 50, null, null]));
          const [a, b] = readBoth(lines);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 300 },
    );
  });
});

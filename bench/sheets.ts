// Sheets add-on benchmark: the round trips (counted by the in-memory SpreadsheetApp fake of
// tests/support/apps-script-fake) and the time of the add-on's flows on
// - a "Tổng hợp" sheet of 3,321 rows (one per commune after the 2025 reorganisation), each unit
//   validated, scored, its bad cells marked, all ranked and the ranking written;
// - one unit's "Báo cáo" sheet: "Kiểm tra số liệu" then "Chấm điểm", run twice (the second run
//   finds its marks already in place and writes none).
// Round trips: reads (getValues, getNotes, getConditionalFormatRules…: each waits for the server)
// and writes (batched by Apps Script until the next read). Prints figures only; asserts nothing.
// Run alone: `node bench/sheets.ts`.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { consolidate } from '../apps-script/src/consolidate-flow.ts';
import { scoreActive } from '../apps-script/src/score-flow.ts';
import { readSheet } from '../apps-script/src/sheet-port.ts';
import { createTemplate } from '../apps-script/src/template-flow.ts';
import { validateActive } from '../apps-script/src/validate-flow.ts';
import { readWideTable } from '../apps-script/src/wide-table.ts';
import { getPlan, indicatorById } from '../shared/data/index.ts';
import { rankScorecards } from '../shared/score/rank.ts';
import { scoreReport } from '../shared/score/scorecard.ts';
import { compilePlan } from '../shared/plan/compile.ts';
import { validateReport } from '../shared/validate/index.ts';
import { fakeGas } from '../tests/support/apps-script-fake/services.ts';
import { FakeSpreadsheet, type FakeSheet } from '../tests/support/apps-script-fake/spreadsheet.ts';
import { prng } from './prng.ts';

const UNITS = 3321;
const PLAN_ID = 'van-phuc-2023-2025';
const SEED = 20251020;


/** A wide table: header block, then one row per commune, a column per plan item; 3% messy cells. */
function fillSummary(sheet: FakeSheet): number {
  const plan = getPlan(PLAN_ID)!;
  const codes = [...plan.targets.filter((t) => t.level === undefined || t.level === plan.level), ...plan.criteria].map((x) => ({
    id: x.id,
    yesNo: !('unit' in x) || x.unit === 'boolean' || x.value === true,
  }));
  const rand = prng(SEED);
  const width = 3 + codes.length;
  const rows: (string | number)[][] = [['Kế hoạch', PLAN_ID, ...new Array(width - 2).fill('')], new Array(width).fill('')];
  rows.push(['Đơn vị', 'Mã đơn vị', 'Cấp', ...codes.map((c) => c.id)]);
  for (let u = 1; u <= UNITS; u++) {
    const line: (string | number)[] = [`Xã số ${u}`, `X${String(u).padStart(5, '0')}`, 'xã'];
    for (const c of codes) {
      const r = rand();
      if (r < 0.02) line.push('');
      else if (r < 0.03) line.push('chưa có');
      else if (c.yesNo) line.push(rand() < 0.7 ? 'có' : 'không');
      else line.push(Math.round(rand() * 1000) / 10);
    }
    rows.push(line);
  }
  sheet.maxRows = rows.length + 10;
  sheet.maxColumns = Math.max(26, width);
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  return rows.length;
}

/** Round trips (reads + writes) of one "Tổng hợp" consolidation of the 3,321 units, on a fresh book. */
export function consolidateRoundTrips(): number {
  const book = new FakeSpreadsheet({ firstSheet: 'Tổng hợp' });
  const uninstall = fakeGas(book).install();
  try {
    fillSummary(book.sheet('Tổng hợp'));
    book.trips.reset();
    consolidate(book);
    return book.trips.reads + book.trips.writes;
  } finally {
    uninstall();
  }
}

function ms(t: number): string {
  return `${t.toFixed(0)} ms`;
}

export async function benchSheets(): Promise<string[]> {
  const out: string[] = [];
  const plan = getPlan(PLAN_ID)!;

  // ---- 3,321-row "Tổng hợp" sheet ----
  {
    const book = new FakeSpreadsheet({ firstSheet: 'Tổng hợp' });
    const gas = fakeGas(book);
    const uninstall = gas.install();
    try {
      const sheet = book.sheet('Tổng hợp');
      const rows = fillSummary(sheet);
      book.trips.reset();
      let t = performance.now();
      const ranking = consolidate(book);
      const total = performance.now() - t;
      const first = { reads: book.trips.reads, writes: book.trips.writes, ops: book.trips.log.map((l) => l.op) };

      // The core alone on the same grid: validate + score every unit, then rank — with the plan
      // compiled once, as the add-on's consolidation does.
      const wide = readWideTable(readSheet(sheet))!;
      t = performance.now();
      const compiled = compilePlan(plan, plan.level, { indicators: indicatorById });
      const cards = wide.units.map((u) => scoreReport(validateReport(u.table, plan, { compiled }).report, plan, { compiled }));
      rankScorecards(cards, plan);
      const core = performance.now() - t;

      book.trips.reset();
      t = performance.now();
      consolidate(book);
      const again = performance.now() - t;
      out.push(`sheets: "Tổng hợp" ${rows} rows (${UNITS} units × ${wide.units[0]!.table.rows.length} items), validate + score + mark + rank + write "Xếp hạng":`);
      out.push(`  round trips ${first.reads + first.writes} = ${first.reads} reads (${first.ops.filter((o) => o.startsWith('get')).join(', ')}) + ${first.writes} writes; ${ranking.issueCounts.error} errors, ${ranking.issueCounts.warning} warnings marked`);
      out.push(`  second run: ${book.trips.reads} reads + ${book.trips.writes} writes (marks unchanged, not rewritten)`);
      out.push(`  time: whole flow ${ms(total)} (second run ${ms(again)}), of which core (validate + score + rank) ${ms(core)}`);
    } finally {
      uninstall();
    }
  }

  // ---- one unit's report ----
  {
    const book = new FakeSpreadsheet();
    const gas = fakeGas(book);
    const uninstall = gas.install();
    try {
      createTemplate(book, { planId: PLAN_ID, unitName: 'Xã Vạn Phúc', period: '2025' });
      const sheet = book.sheet('Báo cáo');
      const rand = prng(SEED + 1);
      for (let r = 9; r <= 29; r++) {
        if (rand() < 0.5) {
          sheet.type(`C${r}`, String(Math.round(rand() * 100)));
          sheet.type(`D${r}`, '100');
        } else sheet.type(`E${r}`, rand() < 0.8 ? 'có' : 'abc');
      }
      const rows = sheet.snapshot().length;
      for (const run of ['first', 'second']) {
        book.trips.reset();
        let t = performance.now();
        validateActive(book);
        const vTime = performance.now() - t;
        const v = { reads: book.trips.reads, writes: book.trips.writes };
        book.trips.reset();
        t = performance.now();
        scoreActive(book, '2025-10-20', { write: true });
        const sTime = performance.now() - t;
        out.push(
          `sheets: "Báo cáo" ${rows} rows, ${run} run — Kiểm tra số liệu: ${v.reads} reads + ${v.writes} writes, ${ms(vTime)}; ` +
            `Chấm điểm (check + marks + score + "Kết quả"): ${book.trips.reads} reads + ${book.trips.writes} writes, ${ms(sTime)}`,
        );
      }
    } finally {
      uninstall();
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSheets()) console.log(line);
}

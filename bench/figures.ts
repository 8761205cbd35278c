// `npm run bench -- --json`: the figures of issue 8 §5 as ONE JSON object, each figure the median of
// at least 5 runs with its min and max beside it: { median, min, max, runs, samples }. The runs of
// figures that are compared (floor / ours / peer, `cds --help` / `node -e 0`, province / national)
// are interleaved — one of each per round — so a burst of load from another process hits all of
// them alike. Nothing here asserts a timing.
import { performance } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { createLocationBook, readReportTable } from '../shared/parse/report-table.ts';
import { compilePlan } from '../shared/plan/compile.ts';
import type { RawValue } from '../shared/schema/report.ts';
import type { Scorecard } from '../shared/schema/scorecard.ts';
import { rankScorecards } from '../shared/score/rank.ts';
import { scoreReport } from '../shared/score/scorecard.ts';
import { validateReport } from '../shared/validate/index.ts';
import { buildCli } from '../cli/build.ts';
import { peerSchemas, syntheticReports } from './core.ts';
import { childCpuMs } from './cpu.ts';
import { indicatorById } from '../shared/data/index.ts';

export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

export function figure(samples: readonly number[]): Figure {
  if (samples.length === 0) throw new Error('bench: a figure without runs');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: samples.length, samples: samples.map(round) };
}

const CORE_RUNS = 11;
const CLI_RUNS = 11;
const SHEETS_RUNS = 5;
const RANK_COPIES = 16; // 3,321 × 16 = 53,136 cards
/** Untimed runs of each core workload before the timed rounds (see the warm-up in coreFigures). */
const WARM_RUNS = 10;

/**
 * Bytes allocated on the JS heap while `run` runs: the growth of the used heap between garbage
 * collections, summed (what a collection frees was allocated before it). Results kept by `run`
 * count too: they were allocated.
 */
function allocatedBytes(run: () => unknown): { bytes: number; kept: unknown } {
  const profiler = new GCProfiler();
  const start = getHeapStatistics().used_heap_size;
  profiler.start();
  const kept = run();
  const end = getHeapStatistics().used_heap_size;
  const stats = profiler.stop()?.statistics ?? [];
  let bytes = 0;
  let previous = start;
  for (const gc of stats) {
    bytes += gc.beforeGC.heapStatistics.usedHeapSize - previous;
    previous = gc.afterGC.heapStatistics.usedHeapSize;
  }
  bytes += end - previous;
  return { bytes, kept };
}

/**
 * core: 3,321 synthetic commune reports (bench/core.ts), all three starting from the same JSON
 * text of their grids, as a surface receives them:
 * - floor = JSON.parse of the grids plus ONE loop that trims every string cell and converts every
 *   value cell (Tử số, Mẫu số, Giá trị of each item row) with `Number` — the least any checker
 *   must do; it checks nothing;
 * - ours = JSON.parse + locate (readReportTable) + validate (validateReport) + score (scoreReport)
 *   of every report, each report's validation and scorecard kept in an array, as a real run keeps them;
 * - peer = JSON.parse + Frictionless tableschema `castRow` of every item row with the same
 *   constraints (type, range 0–100, required);
 * rank: rankScorecards of 53,136 cards (the 3,321 scorecards, 16 times, each copy its own unit).
 */
export async function coreFigures() {
  const built = syntheticReports();
  if (!built) throw new Error('bench: the synthetic reports’ plan is missing');
  const { plan, layout, grids } = built;
  const text = JSON.stringify(grids);
  const isValueRow: boolean[] = [];
  for (const { row } of layout.rows) isValueRow[row - 1] = true;
  const { check } = await peerSchemas();

  const floor = () => {
    const parsed = JSON.parse(text) as RawValue[][][];
    let numbers = 0;
    for (const grid of parsed) {
      for (let r = 0; r < grid.length; r++) {
        const line = grid[r]!;
        const values = isValueRow[r] === true;
        for (let c = 0; c < line.length; c++) {
          let v = line[c];
          if (typeof v === 'string') line[c] = v = v.trim();
          if (values && c >= 2 && c <= 4 && v !== '' && v !== null && !Number.isNaN(Number(v))) numbers++;
        }
      }
    }
    return numbers;
  };
  const ours = () => {
    const parsed = JSON.parse(text) as RawValue[][][];
    // As a real run (cds, the add-on): the plan compiled once, cell locations shared by the reports.
    const compiled = compilePlan(plan, plan.level, { indicators: indicatorById });
    const locations = createLocationBook();
    return parsed.map((grid) => {
      const validation = validateReport(readReportTable(grid, 'Báo cáo', { locations }).table!, plan, { compiled });
      return { validation, scorecard: scoreReport(validation.report, plan, { compiled }) };
    });
  };
  const peer = () => check(JSON.parse(text) as RawValue[][][], layout.rows);

  // Warm-up, so that every timed round compares optimised code: V8 keeps moving the core's
  // functions up to its optimising compilers for the first ~10 runs of `ours` (seen with
  // `node --trace-opt`), and a round timed before that measures the compiler, not the code. Each
  // workload gets the same warm-up. The cards to rank come from one run of ours.
  for (let i = 0; i < WARM_RUNS; i++) {
    floor();
    ours();
    peer();
  }
  const cards: Scorecard[] = [];
  const base = ours().map((r) => r.scorecard);
  for (let k = 0; k < RANK_COPIES; k++) {
    for (const card of base) cards.push(k === 0 ? card : { ...card, unit: { ...card.unit, code: `${card.unit.code ?? ''}-${k}`, name: `${card.unit.name ?? ''} (${k})` } });
  }
  for (let i = 0; i < 3; i++) rankScorecards(cards, plan);

  const samples = { floor: [] as number[], ours: [] as number[], peer: [] as number[], rank: [] as number[], bytes: [] as number[], floorBytes: [] as number[] };
  // Timed runs follow each other directly. (An idle gap before each run was tried: V8 then shrinks
  // its young generation, the floor's JSON.parse has to collect its own grids, and the floor looks
  // slower than it is — which flatters ours. Not kept.)
  const time = (run: () => unknown) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  for (let round = 0; round < CORE_RUNS; round++) {
    // The order turns each round: none of the four always runs first.
    const order = [
      () => samples.floor.push(time(floor)),
      () => samples.ours.push(time(ours)),
      () => samples.peer.push(time(peer)),
      () => samples.rank.push(time(() => rankScorecards(cards, plan))),
    ];
    for (let i = 0; i < order.length; i++) order[(i + round) % order.length]!();
  }
  // Allocation, measured apart from the timed runs (the GC profiler costs time).
  for (let round = 0; round < CORE_RUNS; round++) {
    samples.bytes.push(allocatedBytes(ours).bytes / grids.length);
    samples.floorBytes.push(allocatedBytes(floor).bytes / grids.length);
  }
  return {
    core: {
      reports: grids.length,
      plan: plan.id,
      floorMs: figure(samples.floor),
      oursMs: figure(samples.ours),
      peerMs: figure(samples.peer),
      bytesPerReport: figure(samples.bytes),
      floorBytesPerReport: figure(samples.floorBytes),
    },
    rank: { cards: cards.length, cards53kMs: figure(samples.rank) },
  };
}

/** `cds --help` as a user starts it (package.json `bin`, which runs the bundle) against `node -e 0`: CPU, not wall time. */
async function cliFigures() {
  await buildCli();
  const node = process.execPath;
  const bin = resolve(import.meta.dirname, '../cli/bin.mjs');
  const help: number[] = [];
  const bare: number[] = [];
  childCpuMs([node, bin, '--help']);
  for (let round = 0; round < CLI_RUNS; round++) {
    bare.push(childCpuMs([node, '-e', '0']));
    help.push(childCpuMs([node, bin, '--help']));
  }
  return { helpCpuMs: figure(help), nodeCpuMs: figure(bare) };
}

async function sheetsFigures() {
  const { consolidateRoundTrips } = await import('./sheets.ts');
  const trips: number[] = [];
  for (let round = 0; round < SHEETS_RUNS; round++) trips.push(consolidateRoundTrips());
  return { roundTrips: figure(trips) };
}

async function extensionFigures() {
  const { extensionReadyTimes } = await import('./extension.ts');
  const { province, national } = await extensionReadyTimes();
  return { provinceReadyMs: figure(province), nationalReadyMs: figure(national) };
}

/** Every figure; a part that fails is null and its error is named under `errors`. */
export async function benchFigures(log: (line: string) => void = () => {}) {
  const errors: Record<string, string> = {};
  const part = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
    log(`bench: ${name}…`);
    try {
      return await run();
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      return null;
    }
  };
  const core = await part('core', coreFigures);
  const cli = await part('cli', cliFigures);
  const sheets = await part('sheets', sheetsFigures);
  const extension = await part('extension', extensionFigures);
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    core: core?.core ?? null,
    rank: core?.rank ?? null,
    extension,
    sheets,
    cli,
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

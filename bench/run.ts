// `npm run bench`: runs every benchmark part that exists (core, extension, sheets) and prints what
// each returns under a dated header. One part failing is printed and the others still run; the
// exit code is 1 when any part failed. `npm run bench -- --json`: the figures of issue 8 §5 as one
// JSON object instead (bench/figures.ts).
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

interface Part {
  name: string;
  file: string;
  fn: string;
}

const PARTS: Part[] = [
  { name: 'core', file: './core.ts', fn: 'benchCore' },
  { name: 'extension', file: './extension.ts', fn: 'benchExtension' },
  { name: 'sheets', file: './sheets.ts', fn: 'benchSheets' },
];

type BenchResult = string | string[] | undefined | void;

function lines(result: BenchResult): string[] {
  if (result === undefined) return [];
  return (Array.isArray(result) ? result : [result]).flatMap((l) => String(l).split('\n'));
}

export async function runBench(write: (line: string) => void = (l) => console.log(l)): Promise<number> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  write(`# cds bench — ${new Date().toISOString()} — Node ${process.version} — ${cpus().length} × ${cpu}`);
  let failed = 0;
  for (const part of PARTS) {
    const url = new URL(part.file, import.meta.url);
    if (!existsSync(url)) {
      write(`\n## ${part.name}: skipped (bench/${part.file.slice(2)} not present)`);
      continue;
    }
    write(`\n## ${part.name}`);
    const started = performance.now();
    try {
      const module = (await import(url.href)) as Record<string, unknown>;
      const fn = module[part.fn];
      if (typeof fn !== 'function') throw new Error(`bench/${part.file.slice(2)} does not export ${part.fn}()`);
      for (const line of lines((await (fn as () => BenchResult | Promise<BenchResult>)()))) write(line);
      write(`(${part.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      write(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/**
 * `npm run bench -- --json`: ONE JSON object on stdout (bench/figures.ts); progress on stderr.
 * Exit code 1 when a part failed (its figures are null, its error under `errors`).
 */
export async function runBenchJson(write: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const { benchFigures } = await import('./figures.ts');
  const figures = await benchFigures((line) => process.stderr.write(line + '\n'));
  write(JSON.stringify(figures, null, 2) + '\n');
  return 'errors' in figures ? 1 : 0;
}

if (import.meta.main) {
  process.exitCode = process.argv.includes('--json') ? await runBenchJson() : await runBench();
}

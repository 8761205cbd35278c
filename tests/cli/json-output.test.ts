import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/cds.ts';
import { runCli } from './helpers.ts';

// `--json` is one compact line for a program (stdout not a terminal), indented for a person;
// `--ndjson` is one JSON object per unit and line (issue 8 §4). Run in-process on the samples.
const cwd = process.cwd();
const SAMPLES = readdirSync('samples/reports').filter((f) => f.endsWith('.csv')).sort();

async function runTty(argv: string[]): Promise<string> {
  let stdout = '';
  await main(argv, { stdout: (t) => void (stdout += t), stderr: () => {}, cwd, env: {}, now: () => new Date(2023, 10, 1), sleep: async () => {}, isTTY: true });
  return stdout;
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('--json', () => {
  it('is one compact line when stdout is not a terminal, the same value as indented for a terminal', async () => {
    for (const argv of [
      ['score', 'samples/reports', '--json'],
      ['validate', 'samples/reports', '--json'],
      ['score', 'samples/reports/cat-ne-2024.csv', '--json'],
      ['rank', 'samples/ninh-hai-2023', '--plan', 'ninh-hai-2023', '--json'],
    ]) {
      const piped = await runCli(argv, { cwd });
      expect(piped.stdout.endsWith('\n')).toBe(true);
      expect(lines(piped.stdout)).toHaveLength(1);
      const tty = await runTty(argv);
      expect(lines(tty).length).toBeGreaterThan(10);
      expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(tty));
    }
  });

  it('lists several reports as an array with each file named', async () => {
    const json = JSON.parse((await runCli(['score', 'samples/reports', '--json'], { cwd })).stdout) as { file: string; scorecard: unknown }[];
    expect(json.map((u) => u.file.split('/').pop()).sort()).toEqual(SAMPLES);
  });
});

describe('--ndjson', () => {
  it('score and validate: one parsable object per report, each naming its file, the same objects as --json', async () => {
    for (const command of ['score', 'validate']) {
      const run = await runCli([command, 'samples/reports', '--ndjson'], { cwd });
      const objects = lines(run.stdout).map((l) => JSON.parse(l) as { file: string });
      expect(SAMPLES.length).toBeGreaterThan(1);
      expect(objects).toHaveLength(SAMPLES.length);
      for (const o of objects) expect(typeof o.file).toBe('string');
      const array = JSON.parse((await runCli([command, 'samples/reports', '--json'], { cwd })).stdout);
      expect(objects).toEqual(array);
      expect(run.code).toBe((await runCli([command, 'samples/reports', '--json'], { cwd })).code);
    }
  });

  it('one report still gets a line with its file', async () => {
    const run = await runCli(['score', 'samples/reports/cat-ne-2024.csv', '--ndjson'], { cwd });
    const objects = lines(run.stdout).map((l) => JSON.parse(l) as { file: string; scorecard: { planId: string } });
    expect(objects).toHaveLength(1);
    expect(objects[0]!.file).toContain('cat-ne-2024.csv');
    expect(objects[0]!.scorecard.planId).toBe('cat-ne-2024');
  });

  it('rank: a line per ranked unit in rank order, then the summary with the award quotas', async () => {
    const argv = ['rank', 'samples/ninh-hai-2023', '--plan', 'ninh-hai-2023'];
    const json = JSON.parse((await runCli([...argv, '--json'], { cwd })).stdout) as { entries: { rank: number; unit: unknown }[]; awards: unknown[] };
    const objects = lines((await runCli([...argv, '--ndjson'], { cwd })).stdout).map((l) => JSON.parse(l) as { type: string; rank?: number; unit?: unknown; awards?: unknown[] });
    const entries = objects.filter((o) => o.type === 'entry');
    expect(entries.map((e) => [e.rank, e.unit])).toEqual(json.entries.map((e) => [e.rank, e.unit]));
    expect(entries.length).toBeGreaterThan(1);
    expect(objects.at(-1)!.type).toBe('summary');
    expect(objects.at(-1)!.awards).toEqual(json.awards);
  });
});

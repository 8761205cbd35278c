// CPU time of one child process (user + system), read from bash's `times` (the kernel's rusage of
// children, to the millisecond) rather than wall time, which a loaded machine stretches.
import { spawnSync } from 'node:child_process';

/** CPU milliseconds (user + system) that running `argv` costs, stdout discarded. */
export function childCpuMs(argv: readonly string[], cwd: string = process.cwd()): number {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} >/dev/null 2>&1; code=$?; times; exit $code`], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: ${argv.join(' ')} exited with ${r.status}: ${r.stderr}`);
  // `times` prints the shell's own user/system, then its children's: "0m0.110s 0m0.030s".
  const lines = r.stdout.trim().split('\n');
  const children = lines[lines.length - 1]!.trim().split(/\s+/);
  return children.reduce((sum, t) => sum + seconds(t) * 1000, 0);
}

function seconds(text: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!m) throw new Error(`bench: cannot read a time from "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

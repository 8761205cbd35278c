import type { Lang } from '../shared/messages/index.ts';

/**
 * Everything a command touches outside the core: output streams, the working folder, the
 * environment, the clock and waiting. `main()` gets a real one from `cli/cds.ts`; tests pass
 * their own, so a whole run can happen in-process with captured output and no real waiting.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The only clock of the toolkit: the core never reads it (deadlines get "today" as a parameter). */
  now: () => Date;
  /** Waiting between retries; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  /** Colours and unicode bars only where a person reads the output. */
  isTTY: boolean;
}

/** What every command needs besides its own options. */
export interface CommandContext {
  io: CliIo;
  lang: Lang;
  /** The worst outcome so far: 0 fine, 1 a report has errors (or a unit failed). */
  exitCode: number;
}

export function realIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

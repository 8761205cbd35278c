// A promise over google.script.run: one call → one promise, failures rejected with an Error, at
// most 10 calls in flight (Apps Script's limit; extra calls wait their turn).
import type { Answer, Text } from '../src/dto.ts';

type Handler = (value: unknown) => void;
interface ScriptRun {
  withSuccessHandler(fn: Handler): ScriptRun;
  withFailureHandler(fn: Handler): ScriptRun;
  [server: string]: unknown;
}

const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

function scriptRun(): ScriptRun | null {
  const g = globalThis as { google?: { script?: { run?: ScriptRun } } };
  return g.google?.script?.run ?? null;
}

function release(): void {
  inFlight--;
  waiting.shift()?.();
}

export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  const start = (): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const run = scriptRun();
      if (run === null) {
        reject(new Error('google.script.run is not available (the page must be opened by the add-on)'));
        return;
      }
      const runner = run
        .withSuccessHandler((value) => resolve(value as T))
        .withFailureHandler((error) => {
          const message = error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error);
          reject(new Error(message));
        });
      const fn = runner[name];
      if (typeof fn !== 'function') {
        reject(new Error(`no server function ${name}`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
  const go = (): Promise<T> => {
    inFlight++;
    return start().finally(release);
  };
  if (inFlight < MAX_IN_FLIGHT) return go();
  return new Promise<void>((r) => waiting.push(r)).then(go);
}

/** A problem the officer can act on, in both languages. */
export class ProblemError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.vi);
    this.text = text;
  }
}

/** Calls a server function answering Answer<T>: its value, or a ProblemError. */
export async function ask<T>(name: string, ...args: unknown[]): Promise<T> {
  const answer = await callServer<Answer<T>>(name, ...args);
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) throw new Error(`unexpected answer from ${name}`);
  if (answer.ok) return answer.value;
  throw new ProblemError(answer.problem);
}

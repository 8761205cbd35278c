// Error boundaries for the parts of the overlay (panel, badge, unit memory, loader, history, reload
// notice), the way refined-github runs each feature: one part that throws is logged and skipped,
// the others still run.

/** Parts that failed since the page loaded (for tests and the console), by name. */
export const failedParts = new Map<string, string>();

function report(part: string, error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  failedParts.set(part, text);
  console.warn(`[cds] ${part}: ${text}`);
}

/** Runs one part; a throw is reported and gives `undefined`. */
export function isolate<T>(part: string, f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    report(part, e);
    return undefined;
  }
}

/** The same for a part that works asynchronously. */
export async function isolateAsync<T>(part: string, f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    report(part, e);
    return undefined;
  }
}

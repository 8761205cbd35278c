// "Unit memory": the units seen in the page's payloads, kept for the options page's unit search.
// Collected in idle time, after the panel is drawn (a national list holds 3,321 units the panel
// does not show), a slice at a time; one storage write once everything queued is collected, writes
// one after the other; bounded (see mergeSeenUnits).
import type { PortalPayload } from '../../shared/portal/index.ts';
import { mergeSeenUnits, seenUnitsItem, type SeenUnit } from './storage.ts';

export interface UnitMemory {
  remember(payload: PortalPayload): void;
}

/** What the collector needs of requestIdleCallback's deadline. */
export interface IdleTime {
  timeRemaining(): number;
}

/** Runs `work` when the page is idle (requestIdleCallback, or a timer where there is none). */
export type IdleScheduler = (work: (deadline: IdleTime) => void) => unknown;

/** Units collected between two looks at the deadline. */
const SLICE = 256;
/** Below this many milliseconds left, the rest waits for the next idle period. */
const MIN_LEFT_MS = 2;

/** `idle` schedules a slice of work; `guard` runs storage calls safely. */
export function createUnitMemory(idle: IdleScheduler, guard: (f: () => Promise<unknown>) => Promise<unknown>): UnitMemory {
  const queue: PortalPayload[] = [];
  /** The next unit of queue[0]. */
  let next = 0;
  const buffer: SeenUnit[] = [];
  let scheduled = false;
  let writing: Promise<unknown> = Promise.resolve();

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    idle(collect);
  };

  function collect(deadline: IdleTime) {
    scheduled = false;
    while (queue.length > 0) {
      const payload = queue[0]!;
      const end = Math.min(payload.units.length, next + SLICE);
      for (; next < end; next++) {
        const f = payload.units[next]!;
        const root = payload.rootDepartmentId ?? (f.unit.type === 'PROVINCE' ? f.unit.id : null);
        buffer.push({ id: f.unit.id, code: f.unit.code, name: f.unit.name, level: f.unit.level, type: f.unit.type, rootDepartmentId: root });
      }
      if (next >= payload.units.length) {
        queue.shift();
        next = 0;
      }
      if (queue.length > 0 && deadline.timeRemaining() < MIN_LEFT_MS) {
        schedule();
        return;
      }
    }
    const fresh = buffer.splice(0);
    if (fresh.length === 0) return;
    // One write after the other: two overlapping read-merge-writes would lose the first one's units.
    writing = writing.then(() => guard(async () => seenUnitsItem.setValue(mergeSeenUnits(await seenUnitsItem.getValue(), fresh))));
  }

  return {
    remember(payload) {
      queue.push(payload);
      schedule();
    },
  };
}

/**
 * The page's idle time for a content script: requestIdleCallback (cancelled with the context), or,
 * where a browser has none, a timer giving each slice a few milliseconds.
 */
export function pageIdle(ctx: {
  requestIdleCallback(callback: (deadline: IdleTime) => void, options?: { timeout?: number }): number;
  setTimeout(handler: () => void, timeout?: number): number;
}, win: { requestIdleCallback?: unknown }): IdleScheduler {
  if (typeof win.requestIdleCallback === 'function') return (work) => ctx.requestIdleCallback(work, { timeout: 2_000 });
  return (work) => ctx.setTimeout(() => {
    const start = performance.now();
    work({ timeRemaining: () => Math.max(0, start + 8 - performance.now()) });
  }, 0);
}

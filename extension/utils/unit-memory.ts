// "Unit memory": the units seen in the page's payloads, kept for the options page's unit search.
// Batched (one storage write per burst of payloads) and bounded (see mergeSeenUnits).
import type { PortalPayload } from '../../shared/portal/index.ts';
import { mergeSeenUnits, seenUnitsItem, type SeenUnit } from './storage.ts';

export interface UnitMemory {
  remember(payload: PortalPayload): void;
}

/** `later` schedules the write (the content script's ctx.setTimeout); `guard` runs storage calls safely. */
export function createUnitMemory(later: (f: () => void, ms: number) => unknown, guard: (f: () => Promise<unknown>) => Promise<unknown>): UnitMemory {
  const buffer: SeenUnit[] = [];
  let scheduled = false;
  return {
    remember(payload) {
      for (const f of payload.units) {
        const root = payload.rootDepartmentId ?? (f.unit.type === 'PROVINCE' ? f.unit.id : null);
        buffer.push({ id: f.unit.id, code: f.unit.code, name: f.unit.name, level: f.unit.level, type: f.unit.type, rootDepartmentId: root });
      }
      if (scheduled) return;
      scheduled = true;
      later(() => {
        scheduled = false;
        const fresh = buffer.splice(0);
        void guard(async () => seenUnitsItem.setValue(mergeSeenUnits(await seenUnitsItem.getValue(), fresh)));
      }, 400);
    },
  };
}

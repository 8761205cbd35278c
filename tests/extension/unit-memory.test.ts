// The seen-units list is collected in idle time, a slice at a time (issue 8 §3): here the "browser"
// is a queue of idle callbacks the test runs one by one, with no time left in each, so every slice
// is one callback. The list must still end up complete, written once, and a payload that arrives
// while the collection runs must be in it too.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUnitMemory, type IdleTime } from '../../extension/utils/unit-memory.ts';
import { seenUnitsItem } from '../../extension/utils/storage.ts';
import { scanPortalPayload, type ScannedPayload } from '../../shared/portal/index.ts';
import { fixtureText, PHU_THO, requests } from '../support/portal/fixtures.ts';
import { NATIONAL_COMMUNES, NATIONAL_REQUEST, nationalDossierBody } from '../support/portal/national-list.ts';

const URL_OF = (ep: string) => `https://dichvucong.gov.vn/api/v1/reporting/evaluation/${ep}`;

function scan(ep: string, body: string, request: unknown): ScannedPayload {
  const r = scanPortalPayload(URL_OF(ep), body, JSON.stringify(request));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

/** Idle callbacks held until the test runs them; each gets no time to spare. */
function idleQueue() {
  const waiting: ((d: IdleTime) => void)[] = [];
  return {
    schedule: (work: (d: IdleTime) => void) => waiting.push(work),
    get waiting() {
      return waiting.length;
    },
    /** Runs the next callback; false when none is waiting. */
    runOne(): boolean {
      const work = waiting.shift();
      if (!work) return false;
      work({ timeRemaining: () => 0 });
      return true;
    },
  };
}

const guard = (f: () => Promise<unknown>) => f();

describe('unit memory', () => {
  beforeEach(() => fakeBrowser.reset());

  it('collects a national list in idle slices and writes it once, complete', async () => {
    const idle = idleQueue();
    const writes: number[] = [];
    seenUnitsItem.watch((v) => writes.push(v.length));
    const memory = createUnitMemory(idle.schedule, guard);
    memory.remember(scan('dossier-digitized', JSON.stringify(nationalDossierBody()), NATIONAL_REQUEST));
    // Nothing is done at once: the work waits for idle time.
    expect(idle.waiting).toBe(1);
    expect(await seenUnitsItem.getValue()).toEqual([]);
    let slices = 0;
    while (idle.runOne()) slices++;
    expect(slices).toBeGreaterThan(1);
    await expect.poll(async () => (await seenUnitsItem.getValue()).length).toBe(NATIONAL_COMMUNES);
    expect(writes).toEqual([NATIONAL_COMMUNES]);
    const mine = (await seenUnitsItem.getValue()).find((u) => u.code === 'H44.104');
    expect(mine).toMatchObject({ name: 'UBND xã Hy Cương', level: 'COMMUNE', rootDepartmentId: null });
  });

  it('a payload remembered while the collection runs is collected too', async () => {
    const idle = idleQueue();
    const memory = createUnitMemory(idle.schedule, guard);
    memory.remember(scan('dossier-digitized', JSON.stringify(nationalDossierBody()), NATIONAL_REQUEST));
    expect(idle.runOne()).toBe(true);
    for (const [ep, f] of Object.entries(PHU_THO)) memory.remember(scan(ep, fixtureText(f), requests[f]));
    while (idle.runOne());
    // The national communes (Hy Cương among them) and the 163 other units of Phú Thọ.
    await expect.poll(async () => (await seenUnitsItem.getValue()).length).toBe(NATIONAL_COMMUNES + 163);
    const units = await seenUnitsItem.getValue();
    expect(units.find((u) => u.code === 'H44.104')?.rootDepartmentId).toBe('019d2be3-6a88-732b-8b17-b68020c8553a');
  });
});

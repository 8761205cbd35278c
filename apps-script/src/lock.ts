// Writes that several officers may start at once (consolidation, marks) run under the document
// lock, so two presses never interleave their writes. A press that cannot get the lock in time is
// told so instead of writing.
import { lockService } from './gas.ts';
import { Problem } from './problem.ts';

const WAIT_MS = 20_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = lockService().getDocumentLock();
  // No document (a standalone run): nothing to share, nothing to lock.
  if (lock === null) return work();
  if (!lock.tryLock(WAIT_MS)) throw new Problem('sheets.error.busy');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

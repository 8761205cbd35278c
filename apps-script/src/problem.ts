// A problem the officer can act on (no report table, unknown plan, someone else writing): it goes
// back to the sidebar as data in both languages. Anything else is a bug and is thrown as it is.
import { both, msg } from './messages/index.ts';
import type { Message } from '../../shared/schema/issue.ts';
import type { Answer, Text } from './dto.ts';

export class Problem extends Error {
  readonly text: Text;
  constructor(key: string, params: Message['params'] = {}) {
    const text = both(msg(key, params));
    super(`${text.vi} / ${text.en}`);
    this.name = 'Problem';
    this.text = text;
  }
}

/**
 * Apps Script's refusal to write into a protected range or sheet ("You are trying to edit a
 * protected cell or object…"; the message is in the user's language, hence both forms).
 */
export function isProtectionError(e: unknown): boolean {
  const message = e !== null && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : '';
  return /protected cell|protected range|protected sheet|được bảo vệ/i.test(message);
}

/** Runs writes into `sheet`; a protection the officer may not write becomes a Problem naming it. */
export function guardWrite<T>(sheet: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (isProtectionError(e)) throw new Problem('sheets.error.protected', { sheet });
    throw e;
  }
}

export function answer<T>(work: () => T): Answer<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.text };
    // A protection met somewhere no guard names: still a message, not a crash.
    if (isProtectionError(e)) return { ok: false, problem: both(msg('sheets.error.protected-somewhere')) };
    throw e;
  }
}

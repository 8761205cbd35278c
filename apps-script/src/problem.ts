// A problem the officer can act on (no report table, unknown plan, someone else writing): it goes
// back to the sidebar as data in both languages. Anything else is a bug and is thrown as it is.
import { both, msg } from '../../shared/messages/index.ts';
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

export function answer<T>(work: () => T): Answer<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.text };
    throw e;
  }
}

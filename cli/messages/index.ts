import type { Message } from '../../shared/schema/issue.ts';
import { catalogue as core, composeCatalogue, has, render, type Catalogue, type Lang } from '../../shared/messages/index.ts';
import { messages as cli } from './cli.ts';
import { messages as deadlines } from './deadlines.ts';
import { messages as period } from './period.ts';
import { messages as planDraft } from './plan-draft.ts';
import { messages as planTable } from './plan-table.ts';
import { messages as portal } from './portal.ts';
import { messages as safety } from './safety.ts';

// The CLI's catalogue: the core's keys plus the `cds` texts, layered at the CLI's own module so that
// no other bundle (content script, Apps Script) carries them. CLI code renders with this `t`/`both`.
export { msg, formatNumber, formatDate, type Lang } from '../../shared/messages/index.ts';

export const catalogue: Readonly<Catalogue> = composeCatalogue({ core, cli, deadlines, period, planDraft, planTable, portal, safety });

export function t(message: Message, lang: Lang): string {
  return render(catalogue, message, lang);
}

export function both(message: Message): { vi: string; en: string } {
  return { vi: t(message, 'vi'), en: t(message, 'en') };
}

export function hasMessage(key: string): boolean {
  return has(catalogue, key);
}

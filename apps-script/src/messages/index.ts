import type { Message } from '../../../shared/schema/issue.ts';
import { catalogue as core, composeCatalogue, has, render, type Catalogue, type Lang } from '../../../shared/messages/index.ts';
import { messages as planDraft } from './plan-draft.ts';
import { messages as sheets } from './sheets.ts';

// The add-on's catalogue: the core's keys plus the Sheets texts (sheets.*), layered here so that no
// other bundle (content script, CLI) carries them. Add-on code and its sidebar render with this `t`/`both`.
export { msg, formatNumber, formatDate, type Lang } from '../../../shared/messages/index.ts';

export const catalogue: Readonly<Catalogue> = composeCatalogue({ core, sheets, planDraft });

export function t(message: Message, lang: Lang): string {
  return render(catalogue, message, lang);
}

export function both(message: Message): { vi: string; en: string } {
  return { vi: t(message, 'vi'), en: t(message, 'en') };
}

export function hasMessage(key: string): boolean {
  return has(catalogue, key);
}

import type { Message } from '../../shared/schema/issue.ts';
import { catalogue as core, composeCatalogue, has, render, type Catalogue, type Lang } from '../../shared/messages/index.ts';
import { messages as ui } from './ui.ts';

// The shared page pieces' catalogue (ui/scorecard-dom.ts in the sidebar and the extension pages,
// ui/portal-panel-dom.ts in the content script): the core's keys plus the texts only these pieces write
// (column titles, panel buttons, the source pop-over). The CLI never imports ui/, so carries none of them.
export { msg, formatNumber, formatDate, type Lang } from '../../shared/messages/index.ts';

export const catalogue: Readonly<Catalogue> = composeCatalogue({ core, ui });

export function t(message: Message, lang: Lang): string {
  return render(catalogue, message, lang);
}

export function both(message: Message): { vi: string; en: string } {
  return { vi: t(message, 'vi'), en: t(message, 'en') };
}

export function hasMessage(key: string): boolean {
  return has(catalogue, key);
}

import type { Message } from '../../shared/schema/issue.ts';
import { catalogue as core, composeCatalogue, has, render, type Catalogue, type Lang } from '../../shared/messages/index.ts';
import { messages as extension } from './extension.ts';

// The extension pages' catalogue (options, popup, plan import): the core's keys plus their own texts,
// layered here so that neither the add-on nor the CLI carries them. The content script renders only
// core keys (its panel texts are written by shared/portal) and needs nothing from here.
export { msg, formatNumber, formatDate, type Lang } from '../../shared/messages/index.ts';

export const catalogue: Readonly<Catalogue> = composeCatalogue({ core, extension });

export function t(message: Message, lang: Lang): string {
  return render(catalogue, message, lang);
}

export function both(message: Message): { vi: string; en: string } {
  return { vi: t(message, 'vi'), en: t(message, 'en') };
}

export function hasMessage(key: string): boolean {
  return has(catalogue, key);
}

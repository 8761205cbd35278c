import type { Message } from '../schema/issue.ts';
import { formatNumber, type Lang } from './format.ts';
import { messages as common } from './common.ts';
import { messages as parse } from './parse.ts';
import { messages as validate } from './validate.ts';
import { messages as score } from './score.ts';
import { messages as portal } from './portal.ts';
import { messages as cli } from './cli.ts';
import { messages as sheets } from './sheets.ts';
import { messages as plan } from './plan.ts';
import { messages as print } from './print.ts';
import { messages as period } from './period.ts';
import { messages as extUi } from './ext-ui.ts';
import { messages as planTable } from './plan-table.ts';
import { messages as planDraft } from './plan-draft.ts';
import { messages as safety } from './safety.ts';

export type { Lang } from './format.ts';
export { formatNumber, formatDate } from './format.ts';

/** One template per key and language; `{name}` is replaced by the parameter of that name. */
export type Catalogue = Record<string, { vi: string; en: string }>;

// Each area keeps its own file of messages; the catalogues below are their union.
const all: Catalogue = merge({ common, parse, validate, score, portal, cli, sheets, plan, period, extUi, print, planTable, safety, planDraft });

/** Union of the area catalogues; a key defined twice is a mistake that would hide one text. */
function merge(areas: Record<string, Catalogue>): Catalogue {
  const out: Catalogue = {};
  for (const [area, catalogue] of Object.entries(areas)) {
    for (const [key, text] of Object.entries(catalogue)) {
      if (key in out) throw new Error(`message key "${key}" is defined twice (again in ${area})`);
      out[key] = text;
    }
  }
  return out;
}

export const vi: Record<string, string> = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.vi]));
export const en: Record<string, string> = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.en]));

/** Every key with its two texts, for checks and for surfaces that list them. */
export const catalogue: Readonly<Catalogue> = all;

export function hasMessage(key: string): boolean {
  return key in all;
}

/** Renders a message in one language. An unknown key renders as the key itself, so nothing is lost. */
export function t(msg: Message, lang: Lang): string {
  const template = (lang === 'vi' ? vi : en)[msg.key];
  if (template === undefined) return msg.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = msg.params?.[name];
    if (v === undefined) return whole;
    if (v === null) return lang === 'vi' ? '(trống)' : '(empty)';
    if (typeof v === 'number') return formatNumber(v, lang);
    if (typeof v === 'boolean') return lang === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
    return v;
  });
}

/** Both languages at once, the shape JSON output uses: `{vi, en}`. */
export function both(msg: Message): { vi: string; en: string } {
  return { vi: t(msg, 'vi'), en: t(msg, 'en') };
}

export function msg(key: string, params: Message['params'] = {}): Message {
  return { key, params };
}

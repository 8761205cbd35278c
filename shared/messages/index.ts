import type { Message } from '../schema/issue.ts';
import { formatNumber, type Lang } from './format.ts';
import { messages as common } from './common.ts';
import { messages as parse } from './parse.ts';
import { messages as validate } from './validate.ts';
import { messages as score } from './score.ts';
import { messages as portal } from './portal.ts';
import { messages as plan } from './plan.ts';
import { messages as print } from './print.ts';
import { messages as period } from './period.ts';
import { messages as extUi } from './ext-ui.ts';
import { messages as planTable } from './plan-table.ts';
import { messages as rank } from './rank.ts';

export type { Lang } from './format.ts';
export { formatNumber, formatDate } from './format.ts';

/** One template per key and language; `{name}` is replaced by the parameter of that name. */
export type Catalogue = Record<string, { vi: string; en: string }>;

// The core's own texts: only keys that code in shared/ emits. Each surface (cli/messages,
// apps-script/src/messages) layers its own catalogue on this one and renders with `render`, so a
// bundle carries only the texts of the surface it is built for.
const core: Catalogue = composeCatalogue({ common, parse, validate, score, portal, plan, period, extUi, print, planTable, rank });

/** Union of area catalogues; a key defined twice is a mistake that would hide one text. */
export function composeCatalogue(areas: Record<string, Readonly<Catalogue>>): Catalogue {
  const out: Catalogue = {};
  for (const [area, catalogue] of Object.entries(areas)) {
    for (const [key, text] of Object.entries(catalogue)) {
      if (key in out) throw new Error(`message key "${key}" is defined twice (again in ${area})`);
      out[key] = text;
    }
  }
  return out;
}

export const vi: Record<string, string> = Object.fromEntries(Object.entries(core).map(([k, v]) => [k, v.vi]));
export const en: Record<string, string> = Object.fromEntries(Object.entries(core).map(([k, v]) => [k, v.en]));

/** The core's keys with their two texts, for checks and for surfaces that layer on them. */
export const catalogue: Readonly<Catalogue> = core;

export function hasMessage(key: string): boolean {
  return has(core, key);
}

/** Whether the catalogue defines the key itself (not a name inherited from Object, such as "constructor"). Apps Script's V8 may lack Object.hasOwn. */
export function has(from: Readonly<Catalogue>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(from, key);
}

/**
 * Renders a message in one language from the given catalogue. An unknown key renders as the key
 * itself, so nothing is lost.
 */
export function render(from: Readonly<Catalogue>, msg: Message, lang: Lang): string {
  const template = has(from, msg.key) ? from[msg.key]![lang] : undefined;
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

/** Renders one of the core's messages in one language (surfaces use their own `t`, which knows theirs too). */
export function t(msg: Message, lang: Lang): string {
  return render(core, msg, lang);
}

/** Both languages at once, the shape JSON output uses: `{vi, en}`. */
export function both(msg: Message): { vi: string; en: string } {
  return { vi: t(msg, 'vi'), en: t(msg, 'en') };
}

export function msg(key: string, params: Message['params'] = {}): Message {
  return { key, params };
}

// The name of a QĐ 766 metric in the officer's language, never its raw API code: the catalogue's
// indicator (bound by id, or by endpoint + metric code), else the message `portal.metric.<CODE>`,
// else a group's name, else the name the portal itself sent (Vietnamese).
import { hasMessage, msg, t, type Lang } from '../messages/index.ts';
import type { Indicator } from '../schema/indicator.ts';
import { indicatorForMetric } from './catalogue.ts';
import type { Endpoint } from './endpoints.ts';

export interface MetricRef {
  code: string;
  /** The name the payload gave, when any (Vietnamese). */
  name?: string | null;
  endpoint?: Endpoint | null;
}

export function metricLabel(ref: MetricRef, lang: Lang, indicators: ReadonlyMap<string, Indicator>): string {
  const own = indicators.get(ref.code) ?? (ref.endpoint ? indicatorForMetric(ref.endpoint, ref.code, indicators.values()) : undefined);
  if (own) return own.name[lang];
  for (const key of [`portal.metric.${ref.code}`, `portal.group.${ref.code}`]) if (hasMessage(key)) return t(msg(key), lang);
  if (ref.name && ref.name.trim() !== '') return ref.name.trim();
  // Nothing names it: say so in words, with the code as the only handle left.
  return t(msg('portal.metric.unnamed', { code: ref.code }), lang);
}

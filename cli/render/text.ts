import { msg, t, type Lang } from '../messages/index.ts';
import type { Message } from '../../shared/schema/issue.ts';

/** A CLI message in the chosen language: `L(lang)('cli.term.total', {…})`. */
export function L(lang: Lang): (key: string, params?: Message['params']) => string {
  return (key, params = {}) => t(msg(key, params), lang);
}

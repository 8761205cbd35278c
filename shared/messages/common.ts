import type { Catalogue } from './index.ts';

export const messages: Catalogue = {
  'yes': { vi: 'có', en: 'yes' },
  'no': { vi: 'không', en: 'no' },
  'unknown': { vi: 'chưa rõ', en: 'unknown' },
};

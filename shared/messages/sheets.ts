import type { Catalogue } from './index.ts';

// Messages of shared/sheets (and the surfaces that use them). Vietnamese first, English second.
export const messages: Catalogue = {};

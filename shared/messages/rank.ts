import type { Catalogue } from './index.ts';

// Ranking texts the core itself writes (shared/print/ranking.ts) and the add-on's consolidation uses;
// their `cli.rank.` names are historical (JSON output and tests know them by these keys).
export const messages: Catalogue = {
  'cli.rank.tied': { vi: '{rank} (đồng hạng)', en: '{rank} (tied)' },
  'cli.rank.quota': { vi: 'tối đa {quota}', en: 'at most {quota}' },
  'cli.rank.no-quota': { vi: 'không giới hạn số lượng', en: 'no quota' },
  'cli.rank.eligible-count': { vi: '{count} đơn vị đủ điều kiện', en: '{count} unit(s) eligible' },
  'cli.rank.undecided': { vi: 'đồng hạng, hội đồng quyết định', en: 'tied, the council decides' },
  'cli.rank.plan-mismatch': {
    vi: 'báo cáo theo kế hoạch {own}, không phải {plan}',
    en: 'the report follows plan {own}, not {plan}',
  },
};

import type { Catalogue } from '../../shared/messages/index.ts';

// `cds deadlines`: the next deadline line.
export const messages: Catalogue = {
  // `cds deadlines`: the next deadline is always named, however far.
  'cli.deadlines.next': { vi: 'Hạn kế tiếp: {date} — {what} ({left}).', en: 'Next deadline: {date} — {what} ({left}).' },
  'cli.deadlines.none-left': {
    vi: 'Kế hoạch không còn hạn nào sắp tới (hạn cuối: {date}, đã qua).',
    en: 'The plan has no deadline ahead (the last one, {date}, has passed).',
  },
  'cli.deadlines.none-at-all': { vi: 'Kế hoạch không nêu mốc hạn nào.', en: 'The plan states no deadline.' },
};

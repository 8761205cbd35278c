import type { Indicator } from '../../schema/indicator.ts';
import { foldPhrase } from './fold.ts';
import type { IndicatorMatch } from './types.ts';
import { frozenSet } from '../../frozen.ts';

// Words every target has; they say nothing about which indicator it is.
const STOP = frozenSet(['ty', 'le', 'so', 'cac', 'cua', 'va', 'duoc', 'tren', 'cho', 'voi', 'co', 'trong', 'theo', 'nhung', 'dat', 'toi', 'thieu', 'it', 'nhat', 'muc', 'tu', 'tro', 'len', 'tai', 'o', 'la', 'de', 'khi', 'thi', 'hoac', 'nay', 'do', 'khac', 'tong', 'nam', 'den']);

/** Pairs of neighbouring meaningful syllables: Vietnamese words are mostly two syllables. */
function pairs(label: string): Set<string> {
  const syllables = foldPhrase(label).split(' ').filter((w) => w && !STOP.has(w) && !/^\d/.test(w));
  const out = new Set<string>();
  for (let i = 0; i + 1 < syllables.length; i++) out.add(`${syllables[i]} ${syllables[i + 1]}`);
  for (const s of syllables) out.add(s);
  return out;
}

export interface IndicatorIndex {
  entries: { indicator: Indicator; pairs: Set<string> }[];
}

export function indexIndicators(indicators: Iterable<Indicator>): IndicatorIndex {
  return { entries: [...indicators].map((indicator) => ({ indicator, pairs: pairs(indicator.name.vi) })) };
}

// Ideas that make an indicator count something else: an indicator naming one of them never matches a
// target that does not ("hồ sơ tiếp nhận, giải quyết trực tuyến" is not "hài lòng trong tiếp nhận…").
const OWN_IDEAS = ['hai long', 'thanh toan', 'toan trinh', 'phat sinh ho so', 'chu ky so', 'dinh danh', 'cap quang', 'du lieu mo', 'mot cua'];
// …and a target naming one of these is not measured by an indicator that does not name it.
const TARGET_IDEAS = ['hai long', 'thanh toan'];

function crossesIdea(target: string, indicator: string): boolean {
  // Whole words: "dữ liệu một lần" is not "dữ liệu mở".
  const has = (text: string, w: string): boolean => ` ${text} `.includes(` ${w} `);
  return OWN_IDEAS.some((w) => has(indicator, w) && !has(target, w)) || TARGET_IDEAS.some((w) => has(target, w) && !has(indicator, w));
}

/** The catalogue indicator whose name is worded most like the target, when it is alike enough. */
export function matchIndicator(index: IndicatorIndex, label: string, unit: 'percent' | 'count' | 'boolean', threshold = 0.5): IndicatorMatch | null {
  const mine = pairs(label);
  if (mine.size === 0) return null;
  const folded = foldPhrase(label);
  let best: IndicatorMatch | null = null;
  for (const { indicator, pairs: theirs } of index.entries) {
    if (indicator.unit !== unit) continue;
    if (crossesIdea(folded, foldPhrase(indicator.name.vi))) continue;
    let shared = 0;
    for (const p of mine) if (theirs.has(p)) shared++;
    const score = (2 * shared) / (mine.size + theirs.size);
    if (score >= threshold && (best === null || score > best.score)) {
      best = { indicatorId: indicator.id, name: indicator.name.vi, score: Math.round(score * 100) / 100 };
    }
  }
  return best;
}

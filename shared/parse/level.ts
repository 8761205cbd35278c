import type { Level } from '../schema/common.ts';
import type { RawValue } from '../schema/report.ts';
import { cellText, foldKey } from './text.ts';
import { frozenMap } from '../frozen.ts';

/**
 * The `Cấp` cell as officers write it → the toolkit's level. xã / phường / thị trấn (and
 * "cấp xã", "commune", "ward") → commune; huyện / quận / thị xã / "thành phố thuộc tỉnh" →
 * district; tỉnh / "thành phố trực thuộc trung ương" → province; "trung ương" / "quốc gia" →
 * national. A bare "thành phố" is ambiguous (a city can be any of them) and is not accepted.
 */
const LEVELS: ReadonlyMap<string, Level> = frozenMap<string, Level>(
  (
    [
      ['xa', 'commune'], ['phuong', 'commune'], ['thi tran', 'commune'], ['xa phuong', 'commune'],
      ['xa phuong thi tran', 'commune'], ['commune', 'commune'], ['ward', 'commune'], ['township', 'commune'],
      ['huyen', 'district'], ['quan', 'district'], ['thi xa', 'district'], ['quan huyen', 'district'],
      ['thanh pho thuoc tinh', 'district'], ['district', 'district'],
      ['tinh', 'province'], ['thanh pho truc thuoc trung uong', 'province'], ['tinh thanh pho', 'province'],
      ['province', 'province'],
      ['trung uong', 'national'], ['quoc gia', 'national'], ['national', 'national'],
    ] as [string, Level][]
  ).flatMap(([words, level]): [string, Level][] => [
    [foldKey(words), level],
    [foldKey('cap ' + words), level],
    [foldKey(words + ' level'), level],
  ]),
);

// The words the template writes, looked up before folding (the same levels the folded words give).
const TEMPLATE_WORDS: ReadonlyMap<string, Level> = frozenMap<string, Level>([
  ['xã', 'commune'], ['Xã', 'commune'], ['huyện', 'district'], ['Huyện', 'district'],
  ['tỉnh', 'province'], ['Tỉnh', 'province'], ['trung ương', 'national'], ['Trung ương', 'national'],
]);

/** The level named by a raw cell, or null when it names none. */
export function parseLevel(raw: RawValue): Level | null {
  const s = cellText(raw);
  if (s === null) return null;
  return TEMPLATE_WORDS.get(s) ?? LEVELS.get(foldKey(s)) ?? null;
}

/** The word the template writes in `Cấp` for a level. */
export const LEVEL_WORDS: Readonly<Record<Level, { vi: string; en: string }>> = {
  commune: { vi: 'xã', en: 'commune' },
  district: { vi: 'huyện', en: 'district' },
  province: { vi: 'tỉnh', en: 'province' },
  national: { vi: 'trung ương', en: 'national' },
};

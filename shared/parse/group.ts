import type { RawValue, ReportGroup } from '../schema/report.ts';
import { cellText, foldKey } from './text.ts';
import { frozenMap } from '../frozen.ts';

/**
 * The `Đối tượng` cell as officers write it → the report's target group. Case, accents, spacing
 * and punctuation are ignored ("Thôn, xóm", "THON XOM", "xóm" are the same). A blank cell is a
 * cơ quan, đơn vị (the documents' default); text that names no group is refused by validation.
 */
const GROUPS: ReadonlyMap<string, ReportGroup> = frozenMap<string, ReportGroup>(
  (
    [
      ['cơ quan, đơn vị', 'agency'], ['cơ quan', 'agency'], ['đơn vị', 'agency'], ['phòng ban', 'agency'],
      ['cơ quan, đơn vị, địa phương', 'agency'], ['agency', 'agency'], ['unit', 'agency'],
      ['thôn, xóm', 'village'], ['thôn', 'village'], ['xóm', 'village'], ['tổ dân phố', 'village'], ['village', 'village'],
      ['doanh nghiệp', 'enterprise'], ['enterprise', 'enterprise'], ['business', 'enterprise'],
      ['cá nhân', 'individual'], ['individual', 'individual'],
      ['khác', 'other'], ['đối tượng khác', 'other'], ['other', 'other'],
    ] as [string, ReportGroup][]
  ).map(([words, group]): [string, ReportGroup] => [foldKey(words), group]),
);

/** The group a raw cell names: null for a blank cell, undefined when the text names no group. */
export function parseGroup(raw: RawValue): ReportGroup | null | undefined {
  const s = cellText(raw);
  if (s === null) return null;
  return EXACT.get(s) ?? GROUPS.get(foldKey(s));
}

// The spellings listed above exactly as written, looked up before folding (the same groups).
const EXACT: ReadonlyMap<string, ReportGroup> = frozenMap<string, ReportGroup>([
  ['cơ quan, đơn vị', 'agency'], ['thôn, xóm', 'village'], ['doanh nghiệp', 'enterprise'], ['cá nhân', 'individual'], ['khác', 'other'],
]);

/** The words the template writes in `Đối tượng` and views show for a group. */
export const GROUP_WORDS: Readonly<Record<ReportGroup, { vi: string; en: string }>> = {
  agency: { vi: 'cơ quan, đơn vị', en: 'agency or unit' },
  village: { vi: 'thôn, xóm', en: 'village' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
  individual: { vi: 'cá nhân', en: 'individual' },
  other: { vi: 'khác', en: 'other' },
};

import type { HeaderField, ItemColumn } from '../schema/report.ts';
import { foldKey } from './text.ts';
import { frozenMap } from '../frozen.ts';

/**
 * The names of the report layout's labels and columns: the Vietnamese name the template writes
 * (first), the English name, and the other names officers use. Matching ignores case, accents and
 * spacing (text.ts foldKey), so "MÃ CHỈ TIÊU", "ma chi tieu" and "Mã chỉ tiêu:" are the same.
 */
export const HEADER_LABELS: Readonly<Record<HeaderField, { vi: string; en: string; aliases: readonly string[] }>> = {
  unitName: { vi: 'Đơn vị', en: 'Unit', aliases: ['Tên đơn vị', 'Unit name', 'Đơn vị báo cáo'] },
  unitCode: { vi: 'Mã đơn vị', en: 'Unit code', aliases: ['Mã ĐV', 'Unit id', 'Department code'] },
  level: { vi: 'Cấp', en: 'Level', aliases: ['Cấp đơn vị', 'Cấp hành chính', 'Unit level'] },
  period: { vi: 'Kỳ báo cáo', en: 'Period', aliases: ['Kỳ', 'Reporting period', 'Năm báo cáo'] },
  planId: { vi: 'Kế hoạch', en: 'Plan', aliases: ['Mã kế hoạch', 'Plan id', 'Plan code'] },
  group: { vi: 'Đối tượng', en: 'Target group', aliases: ['Đối tượng thi đua', 'Nhóm đối tượng', 'Group'] },
};

export const COLUMN_LABELS: Readonly<Record<ItemColumn, { vi: string; en: string; aliases: readonly string[] }>> = {
  code: { vi: 'Mã chỉ tiêu', en: 'Code', aliases: ['Mã', 'Item code', 'Mã tiêu chí', 'Indicator code'] },
  label: { vi: 'Chỉ tiêu', en: 'Indicator', aliases: ['Tên chỉ tiêu', 'Nội dung', 'Item', 'Tiêu chí'] },
  numerator: { vi: 'Tử số', en: 'Numerator', aliases: [] },
  denominator: { vi: 'Mẫu số', en: 'Denominator', aliases: [] },
  value: { vi: 'Giá trị', en: 'Value', aliases: ['Kết quả', 'Result', 'Kết quả thực hiện'] },
  target: { vi: 'Mục tiêu', en: 'Target', aliases: ['Chỉ tiêu kế hoạch'] },
  evidence: { vi: 'Minh chứng', en: 'Evidence', aliases: ['Tài liệu minh chứng'] },
};

function index<F extends string>(labels: Readonly<Record<F, { vi: string; en: string; aliases: readonly string[] }>>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const field of Object.keys(labels) as F[]) {
    const l = labels[field];
    for (const name of [l.vi, l.en, ...l.aliases]) map.set(foldKey(name), field);
  }
  return frozenMap(map);
}

/**
 * Every known name as a template or an officer most often writes it (as listed, upper case, lower
 * case) → its folded key: a lookup instead of folding the text in every report of a run.
 */
function exactKeys(...all: Readonly<Record<string, { vi: string; en: string; aliases: readonly string[] }>>[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const labels of all) {
    for (const l of Object.values(labels)) {
      for (const name of [l.vi, l.en, ...l.aliases]) {
        for (const spelling of [name, name.toUpperCase(), name.toLowerCase()]) map.set(spelling, foldKey(name));
      }
    }
  }
  return frozenMap(map);
}

/** A known label's exact spelling → its folded key (see exactKeys). */
export const LABEL_KEYS: ReadonlyMap<string, string> = exactKeys(HEADER_LABELS, COLUMN_LABELS);

/** Folded label → header field. */
export const HEADER_BY_KEY: ReadonlyMap<string, HeaderField> = index(HEADER_LABELS);
/** Folded column name → item column. */
export const COLUMN_BY_KEY: ReadonlyMap<string, ItemColumn> = index(COLUMN_LABELS);

/** Both names of a field, as messages quote them. */
export function fieldNames(field: HeaderField | ItemColumn): { vi: string; en: string } {
  const l = field in HEADER_LABELS ? HEADER_LABELS[field as HeaderField] : COLUMN_LABELS[field as ItemColumn];
  return { vi: l.vi, en: l.en };
}

import { foldKey } from '../../parse/text.ts';
import { frozenMap } from '../../frozen.ts';

/**
 * The names of the plan table's labels, headings and columns: the Vietnamese name the writer uses
 * (first), the English name, and other names officers type. Matching ignores case, accents and
 * spacing (foldKey), as the report layout does.
 */
export interface Names {
  vi: string;
  en: string;
  aliases?: readonly string[];
}

/** The header block above the tables: one label and its value a row. */
export const HEADER_FIELDS = {
  id: { vi: 'Mã kế hoạch', en: 'Plan id', aliases: ['Mã KH', 'Plan code'] },
  title: { vi: 'Tên kế hoạch', en: 'Plan title', aliases: ['Kế hoạch', 'Title'] },
  titleEn: { vi: 'Tên kế hoạch (tiếng Anh)', en: 'Plan title (English)', aliases: ['Title (English)'] },
  locality: { vi: 'Đơn vị ban hành', en: 'Issued by', aliases: ['Địa phương', 'Locality', 'Cơ quan ban hành'] },
  district: { vi: 'Thuộc huyện', en: 'District', aliases: ['Huyện'] },
  province: { vi: 'Thuộc tỉnh', en: 'Province', aliases: ['Tỉnh'] },
  level: { vi: 'Cấp', en: 'Level', aliases: ['Cấp hành chính', 'Cấp kế hoạch'] },
  period: { vi: 'Giai đoạn', en: 'Period', aliases: ['Năm', 'Thời gian', 'Year'] },
  periodLabel: { vi: 'Tên giai đoạn', en: 'Period label', aliases: [] },
  movement: { vi: 'Phong trào', en: 'Movement', aliases: ['Tên phong trào'] },
  scoring: { vi: 'Cách tính điểm', en: 'Scoring', aliases: ['Cách chấm điểm'] },
  scoringNote: { vi: 'Ghi chú cách tính', en: 'Scoring note', aliases: [] },
  document: { vi: 'Văn bản', en: 'Document', aliases: ['Số văn bản', 'Số, ngày văn bản', 'Văn bản kế hoạch'] },
  section: { vi: 'Nguồn', en: 'Section', aliases: ['Mục'] },
  file: { vi: 'Tệp văn bản', en: 'File', aliases: [] },
  evidence: { vi: 'Loại nguồn', en: 'Evidence', aliases: [] },
  sourceNote: { vi: 'Ghi chú văn bản', en: 'Source note', aliases: [] },
} as const satisfies Record<string, Names>;
export type HeaderKey = keyof typeof HEADER_FIELDS;
export const HEADER_ORDER = Object.keys(HEADER_FIELDS) as HeaderKey[];

export type SectionKind = 'targets' | 'criteria' | 'awards' | 'deadlines';
export const SECTION_ORDER: readonly SectionKind[] = ['targets', 'criteria', 'awards', 'deadlines'];

/** Heading rows: one cell naming the table below it. */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, Names>> = {
  targets: { vi: 'Chỉ tiêu', en: 'Targets', aliases: ['Các chỉ tiêu', 'Chỉ tiêu thi đua', 'Chỉ tiêu định lượng', 'Chỉ tiêu kế hoạch'] },
  criteria: { vi: 'Tiêu chí', en: 'Criteria', aliases: ['Các tiêu chí', 'Tiêu chí thi đua', 'Tiêu chí định tính'] },
  awards: { vi: 'Khen thưởng', en: 'Awards', aliases: ['Hình thức khen thưởng', 'Tiêu chuẩn khen thưởng', 'Khen thưởng thi đua'] },
  deadlines: { vi: 'Thời hạn', en: 'Deadlines', aliases: ['Thời hạn báo cáo', 'Mốc thời gian', 'Tiến độ'] },
};

// Source columns every table shares: the section (`Nguồn`) and, when an item differs from the
// header block, its own document, file, evidence and note.
const SOURCE_COLUMNS = {
  section: { vi: 'Nguồn', en: 'Source', aliases: ['Mục', 'Trích dẫn', 'Căn cứ'] },
  document: { vi: 'Văn bản nguồn', en: 'Source document', aliases: [] },
  file: { vi: 'Tệp nguồn', en: 'Source file', aliases: [] },
  evidence: { vi: 'Loại nguồn', en: 'Evidence', aliases: [] },
  sourceNote: { vi: 'Ghi chú nguồn', en: 'Source note', aliases: [] },
} as const satisfies Record<string, Names>;

export const TARGET_COLUMNS = {
  id: { vi: 'Mã chỉ tiêu', en: 'Target id', aliases: ['Mã', 'Code', 'Target code'] },
  label: { vi: 'Chỉ tiêu', en: 'Target', aliases: ['Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Nội dung'] },
  labelEn: { vi: 'Chỉ tiêu (tiếng Anh)', en: 'Target (English)', aliases: [] },
  pillar: { vi: 'Nhóm', en: 'Pillar', aliases: ['Nhóm chỉ tiêu', 'Lĩnh vực', 'Trụ cột', 'Group'] },
  comparator: { vi: 'So sánh', en: 'Comparator', aliases: ['Phép so sánh', 'Điều kiện', 'Compare'] },
  value: { vi: 'Giá trị', en: 'Value', aliases: ['Mức', 'Giá trị chỉ tiêu', 'Chỉ tiêu kế hoạch', 'Target value'] },
  unit: { vi: 'Đơn vị tính', en: 'Unit', aliases: ['ĐVT', 'Đơn vị'] },
  level: { vi: 'Cấp áp dụng', en: 'Applies to', aliases: ['Cấp', 'Level', 'Áp dụng cho'] },
  points: { vi: 'Điểm', en: 'Points', aliases: ['Điểm tối đa', 'Số điểm'] },
  indicatorId: { vi: 'Mã chỉ số', en: 'Indicator id', aliases: ['Chỉ số', 'Indicator', 'Indicator code'] },
  assessment: { vi: 'Loại', en: 'Kind', aliases: ['Loại chỉ tiêu', 'Assessment'] },
  note: { vi: 'Ghi chú', en: 'Note', aliases: [] },
  ...SOURCE_COLUMNS,
} as const satisfies Record<string, Names>;

export const CRITERION_COLUMNS = {
  id: { vi: 'Mã tiêu chí', en: 'Criterion id', aliases: ['Mã', 'Code'] },
  label: { vi: 'Tiêu chí', en: 'Criterion', aliases: ['Nội dung tiêu chí', 'Nội dung', 'Tên tiêu chí'] },
  labelEn: { vi: 'Tiêu chí (tiếng Anh)', en: 'Criterion (English)', aliases: [] },
  group: { vi: 'Đối tượng', en: 'Group', aliases: ['Đối tượng áp dụng', 'Áp dụng cho'] },
  mandatory: { vi: 'Bắt buộc', en: 'Mandatory', aliases: ['Bắt buộc để khen thưởng', 'Required'] },
  note: { vi: 'Ghi chú', en: 'Note', aliases: [] },
  ...SOURCE_COLUMNS,
} as const satisfies Record<string, Names>;

export const AWARD_COLUMNS = {
  id: { vi: 'Mã khen thưởng', en: 'Award id', aliases: ['Mã', 'Code'] },
  award: { vi: 'Hình thức', en: 'Award', aliases: ['Hình thức khen thưởng', 'Danh hiệu'] },
  awardEn: { vi: 'Hình thức (tiếng Anh)', en: 'Award (English)', aliases: [] },
  recipient: { vi: 'Khen cho', en: 'Recipient', aliases: ['Tập thể/cá nhân', 'Tập thể hay cá nhân'] },
  group: { vi: 'Đối tượng', en: 'Group', aliases: ['Đối tượng khen thưởng'] },
  minPercent: { vi: 'Điểm tối thiểu (%)', en: 'Minimum percent', aliases: ['Điểm tối thiểu', 'Tỷ lệ điểm tối thiểu', 'Minimum points (%)'] },
  criteria: { vi: 'Tiêu chí bắt buộc', en: 'Required criteria', aliases: ['Tiêu chí phải đạt', 'Mandatory criteria'] },
  indicators: { vi: 'Điều kiện chỉ số', en: 'Indicator conditions', aliases: ['Điều kiện chỉ tiêu'] },
  indicatorsEn: { vi: 'Điều kiện chỉ số (tiếng Anh)', en: 'Indicator conditions (English)', aliases: [] },
  allTargets: { vi: 'Đạt mọi chỉ tiêu', en: 'All targets met', aliases: ['Hoàn thành tất cả chỉ tiêu', 'Đạt tất cả chỉ tiêu'] },
  minTargetsMet: { vi: 'Tỷ lệ chỉ tiêu đạt (%)', en: 'Targets met (%)', aliases: ['Tỷ lệ chỉ tiêu đạt tối thiểu (%)', 'Tỷ lệ chỉ tiêu đạt'] },
  resultsCount: { vi: 'Xét theo kết quả', en: 'Results count', aliases: ['Tính theo kết quả'] },
  groups: { vi: 'Điều kiện nhóm', en: 'Condition groups', aliases: ['Điều kiện lựa chọn'] },
  groupLabels: { vi: 'Tên điều kiện nhóm', en: 'Condition group names', aliases: [] },
  groupLabelsEn: { vi: 'Tên điều kiện nhóm (tiếng Anh)', en: 'Condition group names (English)', aliases: [] },
  proposal: { vi: 'Chỉ đề nghị', en: 'Proposal only', aliases: ['Đề nghị', 'Proposal'] },
  quota: { vi: 'Số lượng tối đa', en: 'Quota', aliases: ['Số lượng', 'Chỉ tiêu số lượng', 'Số lượng khen thưởng'] },
  note: { vi: 'Ghi chú', en: 'Note', aliases: [] },
  ...SOURCE_COLUMNS,
} as const satisfies Record<string, Names>;

export const DEADLINE_COLUMNS = {
  id: { vi: 'Mã thời hạn', en: 'Deadline id', aliases: ['Mã', 'Code'] },
  label: { vi: 'Nội dung', en: 'What is due', aliases: ['Việc phải làm', 'Nội dung công việc'] },
  labelEn: { vi: 'Nội dung (tiếng Anh)', en: 'What is due (English)', aliases: [] },
  date: { vi: 'Ngày', en: 'Date', aliases: ['Thời hạn', 'Hạn', 'Ngày hết hạn'] },
  precision: { vi: 'Độ chính xác', en: 'Precision', aliases: [] },
  kind: { vi: 'Loại hạn', en: 'Kind', aliases: [] },
  who: { vi: 'Đối tượng', en: 'Who', aliases: ['Đơn vị thực hiện'] },
  ...SOURCE_COLUMNS,
} as const satisfies Record<string, Names>;

export const SECTION_COLUMNS = {
  targets: TARGET_COLUMNS,
  criteria: CRITERION_COLUMNS,
  awards: AWARD_COLUMNS,
  deadlines: DEADLINE_COLUMNS,
} as const;
export type ColumnKey<K extends SectionKind> = keyof (typeof SECTION_COLUMNS)[K] & string;

/** Columns a table needs to be read at all. */
export const REQUIRED_COLUMNS: Readonly<Record<SectionKind, readonly string[]>> = {
  targets: ['id', 'label', 'pillar', 'comparator', 'value', 'unit'],
  criteria: ['id', 'label'],
  awards: ['award'],
  deadlines: ['label', 'date'],
};

/** Folded name → key. An alias never hides another field's own name. */
export function indexNames<K extends string>(names: Readonly<Record<K, Names>>): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  const keys = Object.keys(names) as K[];
  for (const k of keys) for (const n of [names[k].vi, names[k].en]) map.set(foldKey(n), k);
  for (const k of keys) for (const n of names[k].aliases ?? []) if (!map.has(foldKey(n))) map.set(foldKey(n), k);
  return frozenMap(map);
}

export const HEADER_BY_KEY = indexNames(HEADER_FIELDS);
export const HEADING_BY_KEY = indexNames(SECTION_HEADINGS);
export const COLUMNS_BY_KEY: Readonly<Record<SectionKind, ReadonlyMap<string, string>>> = {
  targets: indexNames(TARGET_COLUMNS),
  criteria: indexNames(CRITERION_COLUMNS),
  awards: indexNames(AWARD_COLUMNS),
  deadlines: indexNames(DEADLINE_COLUMNS),
};

/** The id column of each table: the column that tells one table's header row from another's. */
export const ID_COLUMN_NAME: Readonly<Record<SectionKind, string>> = {
  targets: TARGET_COLUMNS.id.vi,
  criteria: CRITERION_COLUMNS.id.vi,
  awards: AWARD_COLUMNS.id.vi,
  deadlines: DEADLINE_COLUMNS.id.vi,
};

import type { Indicator } from '../../schema/indicator.ts';
import type { AwardCondition, AwardLeafCondition, AwardRule, Plan } from '../../schema/plan.ts';
import type { Source } from '../../schema/common.ts';
import type { RawValue } from '../../schema/report.ts';
import { indicatorById as bundledIndicators } from '../../data/catalogue.ts';
import {
  HEADER_FIELDS,
  SECTION_COLUMNS,
  SECTION_HEADINGS,
  SECTION_ORDER,
  type HeaderKey,
  type SectionKind,
} from './labels.ts';
import { parsePeriod } from './words.ts';
import {
  COMPARATOR_SYMBOL,
  LEVEL_WORD,
  NONE_WORD,
  YEARLY_WORD,
  assessmentWord,
  deadlineKindWord,
  evidenceWord,
  groupWord,
  pillarWord,
  precisionWord,
  recipientWord,
  scoringWord,
  unitWord,
} from './words.ts';

/** A plan laid out as a table, with where each part is (1-based rows and columns). */
export interface PlanGrid {
  grid: RawValue[][];
  header: Partial<Record<HeaderKey, { row: number; labelColumn: number; valueColumn: number }>>;
  sections: PlanGridSection[];
}

export interface PlanGridSection {
  kind: SectionKind;
  headingRow: number;
  headerRow: number;
  /** First and last data row; lastRow < firstRow when the table is empty. */
  firstRow: number;
  lastRow: number;
  /** Field (labels.ts key) → 1-based column. */
  columns: Record<string, number>;
}

export const PLAN_TABLE_TITLE = 'BẢNG KẾ HOẠCH THI ĐUA CHUYỂN ĐỔI SỐ';

// Header rows written even when blank, so an officer sees what to fill in.
const ALWAYS_HEADER: readonly HeaderKey[] = ['id', 'title', 'locality', 'district', 'province', 'level', 'period', 'movement', 'scoring', 'document', 'section'];

// Columns written for every plan; the others only when a row needs them.
const BASE_COLUMNS: Readonly<Record<SectionKind, readonly string[]>> = {
  targets: ['id', 'label', 'pillar', 'comparator', 'value', 'unit', 'level', 'points', 'indicatorId', 'note', 'section'],
  criteria: ['id', 'label', 'group', 'mandatory', 'section'],
  awards: ['id', 'award', 'recipient', 'group', 'minPercent', 'criteria', 'indicators', 'allTargets', 'quota', 'note', 'section'],
  deadlines: ['id', 'label', 'date', 'precision', 'kind', 'who', 'section'],
};

type Row = Record<string, RawValue>;

/** The empty layout ("Tạo kế hoạch"): header labels and each table's column names, `rows` blank rows each. */
export function emptyPlanGrid(opts: { rows?: number } = {}): PlanGrid {
  const blank = opts.rows ?? 5;
  const header = Object.fromEntries(ALWAYS_HEADER.map((k) => [k, null])) as Partial<Record<HeaderKey, RawValue>>;
  const tables = Object.fromEntries(SECTION_ORDER.map((k) => [k, Array.from({ length: blank }, () => ({}))])) as Record<SectionKind, Row[]>;
  return layOut(header, tables, BASE_COLUMNS);
}

/**
 * Any plan as a table that readPlanTable reads back to the same plan (award conditions in the
 * table's column order: see canonicalPlan). Pure.
 */
export function planToGrid(plan: Plan, opts: { indicators?: ReadonlyMap<string, Indicator> } = {}): PlanGrid {
  const catalogue = opts.indicators ?? bundledIndicators;
  const src = plan.source;
  const header: Partial<Record<HeaderKey, RawValue>> = {
    id: plan.id,
    title: plan.title.vi,
    titleEn: plan.title.en !== plan.title.vi ? plan.title.en : undefined,
    locality: plan.locality.name,
    district: plan.locality.district ?? null,
    province: plan.locality.province ?? null,
    level: LEVEL_WORD[plan.level],
    movement: plan.movement ?? null,
    scoring: scoringWord(plan.scoring.method),
    scoringNote: plan.scoring.note,
    document: src.document,
    section: src.section ?? null,
    file: src.file,
    evidence: src.evidence === undefined ? undefined : evidenceWord(src.evidence),
    sourceNote: src.note,
  };
  // The period: its label when that reads as the same years, else the years and the label apart.
  const years = parsePeriod(plan.period.label);
  if (years !== null && years.from === plan.period.from && years.to === plan.period.to) {
    header.period = plan.period.label;
  } else {
    header.period = plan.period.from === plan.period.to ? String(plan.period.from) : `${plan.period.from}–${plan.period.to}`;
    header.periodLabel = plan.period.label;
  }

  const sourceCells = (s: Source): Row => ({
    section: s.section ?? null,
    document: s.document === src.document ? null : s.document,
    file: s.file === src.file ? null : (s.file ?? NONE_WORD),
    evidence: s.evidence === src.evidence ? null : s.evidence === undefined ? NONE_WORD : evidenceWord(s.evidence),
    sourceNote: s.note ?? null,
  });
  const en = (l: { vi: string; en: string }): RawValue => (l.en === l.vi ? null : l.en);

  const targets: Row[] = plan.targets.map((t) => ({
    id: t.id,
    label: t.label.vi,
    labelEn: en(t.label),
    pillar: pillarWord(t.pillar),
    // A yes/no target is "= có": its comparator cell stays blank, as an officer would leave it.
    comparator: t.unit === 'boolean' && t.comparator === '=' ? null : COMPARATOR_SYMBOL[t.comparator],
    value: t.value === true ? 'có' : t.unit === 'percent' ? percentCell(t.value) : t.value,
    unit: unitWord(t.unit),
    level: t.level === undefined ? null : LEVEL_WORD[t.level],
    points: t.points ?? null,
    // A local indicator (its id is the target's own, not in the catalogue) is a blank cell.
    indicatorId: t.indicatorId === t.id && !catalogue.has(t.id) ? null : t.indicatorId,
    assessment: t.assessment === (t.unit === 'boolean' ? 'yes-no' : 'quantitative') ? null : assessmentWord(t.assessment),
    note: t.note ?? null,
    ...sourceCells(t.source),
  }));
  const criteria: Row[] = plan.criteria.map((c) => ({
    id: c.id,
    label: c.label.vi,
    labelEn: en(c.label),
    group: groupWord(c.group),
    mandatory: c.mandatory ? 'có' : 'không',
    note: c.note ?? null,
    ...sourceCells(c.source),
  }));
  const awards: Row[] = plan.awards.map((a) => ({
    id: a.id,
    award: a.award.vi,
    awardEn: en(a.award),
    recipient: recipientWord(a.recipient),
    group: a.group === undefined ? null : groupWord(a.group),
    ...conditionCells(a),
    proposal: a.proposal === undefined ? null : a.proposal ? 'có' : 'không',
    quota: a.quota ?? null,
    note: a.note ?? null,
    ...sourceCells(a.source),
  }));
  const deadlines: Row[] = plan.deadlines.map((d) => ({
    id: d.id,
    label: d.label.vi,
    labelEn: en(d.label),
    date: d.date !== undefined ? dayMonthYear(d.date) : d.yearly ? `${d.yearly.day}/${d.yearly.month} ${YEARLY_WORD}` : null,
    precision: precisionWord(d.precision),
    kind: deadlineKindWord(d.kind),
    who: d.who === undefined ? null : groupWord(d.who),
    ...sourceCells(d.source),
  }));
  const tables = { targets, criteria, awards, deadlines };
  // A column beyond the base ones is written when some row has something in it.
  const columns = Object.fromEntries(
    SECTION_ORDER.map((kind) => {
      const all = Object.keys(SECTION_COLUMNS[kind]);
      const used = all.filter((f) => BASE_COLUMNS[kind].includes(f) || tables[kind].some((r) => r[f] !== null && r[f] !== undefined));
      return [kind, used];
    }),
  ) as Record<SectionKind, string[]>;
  return layOut(header, tables, columns);
}

/** The cells of an award's conditions: each kind in its column, the rest as condition groups. */
function conditionCells(a: AwardRule): Row {
  let minPercent: RawValue = null;
  let minTargetsMet: RawValue = null;
  const criteria: string[] = [];
  const indicators: string[] = [];
  const indicatorsEn: string[] = [];
  let allTargets: RawValue = null;
  let resultsCount: RawValue = null;
  const groups: string[] = [];
  const groupLabels: string[] = [];
  const groupLabelsEn: string[] = [];
  const asGroup = (c: Extract<AwardCondition, { kind: 'one-of' | 'all-of' }>) => {
    groups.push(`${c.kind === 'one-of' ? 'một trong' : 'tất cả'}: ${c.conditions.map(leafText).join('; ')}`);
    groupLabels.push(c.label?.vi ?? NONE_WORD);
    groupLabelsEn.push(c.label ? c.label.en : NONE_WORD);
  };
  for (const c of a.conditions) {
    if (c.kind === 'min-percent' && minPercent === null) minPercent = percentCell(c.min);
    else if (c.kind === 'min-targets-met' && minTargetsMet === null) minTargetsMet = percentCell(c.min);
    else if (c.kind === 'criterion') criteria.push(c.criterionId);
    else if (c.kind === 'one-of' && c.label === undefined && c.conditions.every((l) => l.kind === 'criterion')) {
      criteria.push(c.conditions.map((l) => (l as { criterionId: string }).criterionId).join(' hoặc '));
    } else if (c.kind === 'indicator') {
      indicators.push(`${c.code} ${COMPARATOR_SYMBOL[c.comparator]} ${numberText(c.value)} — ${c.label.vi}`);
      indicatorsEn.push(c.label.en);
    } else if (c.kind === 'all-targets-met') allTargets = 'có';
    else if (c.kind === 'results-count') resultsCount = 'có';
    else if (c.kind === 'one-of' || c.kind === 'all-of') asGroup(c);
    else asGroup({ kind: 'all-of', conditions: [c] });
  }
  const lines = (l: string[]): RawValue => (l.length === 0 ? null : l.join('\n'));
  return {
    minPercent,
    minTargetsMet,
    criteria: criteria.length === 0 ? null : criteria.join(', '),
    indicators: lines(indicators),
    indicatorsEn: indicatorsEn.some((e, i) => !indicators[i]!.endsWith(`— ${e}`)) ? lines(indicatorsEn) : null,
    allTargets,
    resultsCount,
    groups: lines(groups),
    groupLabels: groupLabels.some((l) => l !== NONE_WORD) ? lines(groupLabels) : null,
    groupLabelsEn: groupLabelsEn.some((l, i) => l !== groupLabels[i]) ? lines(groupLabelsEn) : null,
  };
}

function leafText(l: AwardLeafCondition): string {
  switch (l.kind) {
    case 'min-percent':
      return `điểm ≥ ${numberText(l.min)}%`;
    case 'min-targets-met':
      return `chỉ tiêu đạt ≥ ${numberText(l.min)}%`;
    case 'all-targets-met':
      return 'đạt mọi chỉ tiêu';
    case 'results-count':
      return 'xét theo kết quả';
    case 'criterion':
      return l.criterionId;
    case 'indicator': {
      // In a group line the label follows a dash, its English after " | " when it differs.
      const plain = `${l.code} ${COMPARATOR_SYMBOL[l.comparator]} ${numberText(l.value)}`;
      if (l.label.vi === plain && l.label.en === plain) return plain;
      return `${plain} — ${l.label.vi}${l.label.en !== l.label.vi ? ` | ${l.label.en}` : ''}`;
    }
  }
}

/**
 * The order readPlanTable gives an award's conditions (the table's column order). The order of
 * conditions never changes a result: they must all hold.
 */
export function canonicalPlan(plan: Plan): Plan {
  const rank = (c: AwardCondition): number => {
    switch (c.kind) {
      case 'min-percent': return 0;
      case 'min-targets-met': return 1;
      case 'criterion': return 2;
      case 'one-of': return c.label === undefined && c.conditions.every((l) => l.kind === 'criterion') ? 2 : 6;
      case 'indicator': return 3;
      case 'all-targets-met': return 4;
      case 'results-count': return 5;
      default: return 6;
    }
  };
  return {
    ...plan,
    awards: plan.awards.map((a) => ({ ...a, conditions: a.conditions.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map((x) => x.c) })),
  };
}

/**
 * A percent cell: a number, except below 1% where a bare 0,5 would read as the share 50%, so it is
 * written with its sign ("0,5%").
 */
function percentCell(v: number): RawValue {
  return v > 0 && v < 1 ? `${numberText(v)}%` : v;
}

/** Numbers in conditions as Vietnamese write them (decimal comma), so "1,5" never reads as 15. */
function numberText(n: number): string {
  return String(n).replace('.', ',');
}

function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function layOut(header: Partial<Record<HeaderKey, RawValue>>, tables: Record<SectionKind, Row[]>, columns: Readonly<Record<SectionKind, readonly string[]>>): PlanGrid {
  const rows: RawValue[][] = [];
  const out: PlanGrid = { grid: rows, header: {}, sections: [] };
  rows.push([PLAN_TABLE_TITLE]);
  for (const key of Object.keys(HEADER_FIELDS) as HeaderKey[]) {
    const value = header[key];
    if (value === undefined || (value === null && !ALWAYS_HEADER.includes(key))) continue;
    rows.push([HEADER_FIELDS[key].vi, value]);
    out.header[key] = { row: rows.length, labelColumn: 1, valueColumn: 2 };
  }
  for (const kind of SECTION_ORDER) {
    rows.push([]);
    rows.push([SECTION_HEADINGS[kind].vi.toUpperCase()]);
    const headingRow = rows.length;
    const names = SECTION_COLUMNS[kind] as Record<string, { vi: string }>;
    const fields = columns[kind];
    rows.push(fields.map((f) => names[f]!.vi));
    const headerRow = rows.length;
    for (const r of tables[kind]) rows.push(fields.map((f) => r[f] ?? null));
    out.sections.push({
      kind,
      headingRow,
      headerRow,
      firstRow: headerRow + 1,
      lastRow: rows.length,
      columns: Object.fromEntries(fields.map((f, i) => [f, i + 1])),
    });
  }
  const width = Math.max(...rows.map((r) => r.length));
  out.grid = rows.map((r) => [...r, ...new Array<RawValue>(width - r.length).fill(null)]);
  return out;
}

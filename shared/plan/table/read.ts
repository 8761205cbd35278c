import type { Indicator } from '../../schema/indicator.ts';
import type { Issue, Location, Message } from '../../schema/issue.ts';
import type { IssueCode, IssueKey } from '../../validate/issue-codes.ts';
import type { Comparator, Level, Source, Unit } from '../../schema/common.ts';
import type { AwardCondition, AwardLeafCondition, Plan, Target } from '../../schema/plan.ts';
import type { RawValue } from '../../schema/report.ts';
import { columnName } from '../../parse/a1.ts';
import { parseBoolean } from '../../parse/boolean.ts';
import { parseDate } from '../../parse/date.ts';
import { parseLevel } from '../../parse/level.ts';
import { parseNumber } from '../../parse/number.ts';
import { cellText, cleanText, foldKey, isBlank, quoteRaw } from '../../parse/text.ts';
import { daysInMonth } from '../calendar.ts';
import { checkPlan } from '../../data/check-plan.ts';
import { indicatorById as bundledIndicators } from '../../data/catalogue.ts';
import {
  HEADER_BY_KEY,
  HEADER_FIELDS,
  REQUIRED_COLUMNS,
  SECTION_COLUMNS,
  SECTION_HEADINGS,
  type HeaderKey,
  type SectionKind,
} from './labels.ts';
import { findLayout, type FoundSection } from './layout.ts';
import {
  ALL_LEVELS,
  GROUP_CHOICES,
  LEVEL_CHOICES,
  NONE_MARKS,
  PILLAR_CHOICES,
  YEARLY_WORDS,
  parseAssessment,
  parseComparator,
  parseDeadlineKind,
  parseEvidence,
  parseGroup,
  parsePillar,
  parsePrecision,
  parseRecipient,
  parseScoring,
  parseUnit,
  pillarWord,
  parsePeriod,
  splitComparatorValue,
  unitWord,
} from './words.ts';
import { parseGroupLine, parseIndicatorCondition, splitConditions, splitLines, splitList } from './conditions.ts';

export interface ReadPlanTableOptions {
  /** The sheet's name, for locations; null for a CSV file. */
  sheet?: string | null;
  /** The indicator catalogue (the bundled one by default). */
  indicators?: ReadonlyMap<string, Indicator>;
}

export interface ReadPlanTableResult {
  /** The plan, or null when any error was found. */
  plan: Plan | null;
  /** Every problem at its cell, in vi and en; warnings and notes do not stop the plan. */
  issues: Issue[];
}

const CODE = /^[A-Za-z0-9_.-]+$/;
const PLAN_ID = /^[a-z0-9-]+$/;

type Names = { vi: string; en: string };

/** One cell of the grid with its place. */
interface Cell {
  raw: RawValue;
  location: Location;
  names: Names;
}

/**
 * Reads a plan typed as a table (layout in labels.ts and the README section "Đưa kế hoạch của đơn vị vào bộ công cụ") from a
 * grid of raw cells — a sheet's values, a CSV, an XLSX sheet. Pure; never throws; never changes the
 * grid. Each cell is checked where it is, then the whole plan goes through checkPlan (the same
 * checks as a JSON plan), whose findings are put back on their cells.
 */
export function readPlanTable(grid: RawValue[][], opts: ReadPlanTableOptions = {}): ReadPlanTableResult {
  const reader = new Reader(Array.isArray(grid) ? grid : [], opts.sheet ?? null, opts.indicators ?? bundledIndicators);
  return reader.read();
}

class Reader {
  readonly issues: Issue[] = [];
  /** JSON path of the built plan → the cell it came from, so checkPlan's findings land on cells. */
  readonly cellOfPath = new Map<string, Cell>();
  private errors = 0;

  readonly grid: RawValue[][];
  readonly sheet: string | null;
  readonly indicators: ReadonlyMap<string, Indicator>;

  constructor(grid: RawValue[][], sheet: string | null, indicators: ReadonlyMap<string, Indicator>) {
    this.grid = grid;
    this.sheet = sheet;
    this.indicators = indicators;
  }

  // ── issues ──────────────────────────────────────────────────────────────────────────────────
  add<C extends IssueCode>(code: C, severity: Issue['severity'], location: Location, key: IssueKey<C>, params: Message['params'], itemCode: string | null = null): void {
    if (severity === 'error') this.errors++;
    this.issues.push({ code, severity, location, itemCode, message: { key, params } });
  }

  cellError<C extends IssueCode>(cell: Cell, code: C, key: IssueKey<C>, params: Message['params'] = {}, itemCode: string | null = null): void {
    this.add(code, 'error', cell.location, key, { a1: cell.location.a1 ?? '', fieldVi: cell.names.vi, fieldEn: cell.names.en, ...params }, itemCode);
  }

  location(row: number, column: number | null, field: string): Location {
    return { sheet: this.sheet, row, column, a1: column === null ? null : columnName(column) + row, field };
  }

  cellAt(row: number, column: number, names: Names): Cell {
    const raw = this.grid[row - 1]?.[column - 1];
    return { raw: raw === undefined ? null : unguard(raw), location: this.location(row, column, names.vi), names };
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────
  read(): ReadPlanTableResult {
    const layout = findLayout(this.grid);
    const targetsSection = layout.sections.find((s) => s.kind === 'targets');
    const header = this.readHeader(layout.headerEnd);
    if (targetsSection === undefined && Object.keys(header).length === 0) {
      this.add('plan-table-not-found', 'error', this.location(1, null, ''), 'plan-table.not-found', {});
      return { plan: null, issues: this.issues };
    }
    const json = this.buildPlan(header, layout.sections);
    if (this.errors > 0 || json === null) return { plan: null, issues: this.issues };
    return this.check(json);
  }

  /** Label → value cell, from the rows above the first table. Label in a cell, value to its right. */
  readHeader(lastRow: number): Partial<Record<HeaderKey, Cell>> {
    const found: Partial<Record<HeaderKey, Cell>> = {};
    for (let r = 0; r < lastRow && r < this.grid.length; r++) {
      const row = this.grid[r];
      if (!Array.isArray(row)) continue;
      for (let c = 0; c < row.length; c++) {
        const raw = row[c];
        if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) continue;
        let key = raw.length <= 60 ? HEADER_BY_KEY.get(foldKey(raw)) : undefined;
        if (key !== undefined) {
          if (found[key] !== undefined) continue;
          let v = c + 1;
          while (v < row.length && isBlank(row[v])) v++;
          const names = HEADER_FIELDS[key];
          found[key] = v < row.length ? this.cellAt(r + 1, v + 1, names) : { raw: null, location: this.location(r + 1, c + 2, names.vi), names };
          c = v;
          continue;
        }
        const colon = raw.indexOf(':');
        if (colon > 0 && colon <= 60) {
          key = HEADER_BY_KEY.get(foldKey(raw.slice(0, colon)));
          if (key === undefined || found[key] !== undefined) continue;
          const value = cleanText(raw.slice(colon + 1));
          const names = HEADER_FIELDS[key];
          found[key] = { raw: value === '' ? null : value, location: this.location(r + 1, c + 1, names.vi), names };
        }
      }
    }
    return found;
  }

  // ── cell readers: each returns undefined on a blank or a bad cell (bad ones are reported) ─────
  text(cell: Cell | undefined): string | undefined {
    if (cell === undefined) return undefined;
    const s = cellText(cell.raw);
    return s === null ? undefined : s;
  }

  required(cell: Cell | undefined, example: string): string | undefined {
    const s = this.text(cell);
    if (s === undefined && cell !== undefined) this.cellError(cell, 'plan-table-blank', 'plan-table.blank', { example });
    return s;
  }

  code(cell: Cell | undefined, example: string, itemCode: string | null = null): string | undefined {
    const s = this.required(cell, example);
    if (s === undefined || cell === undefined) return undefined;
    if (!CODE.test(s)) {
      this.cellError(cell, 'plan-table-bad-id', 'plan-table.bad-id', { raw: s, example }, itemCode);
      return undefined;
    }
    return s;
  }

  number(cell: Cell | undefined, opts: { percent: boolean; nonNegative?: boolean }): number | undefined {
    if (cell === undefined) return undefined;
    const parsed = parseNumber(cell.raw, { percent: opts.percent });
    if (parsed.kind === 'blank') return undefined;
    if (parsed.kind !== 'number') {
      this.cellError(cell, 'plan-table-bad-number', 'plan-table.bad-number', { raw: quoteRaw(cell.raw) });
      return undefined;
    }
    if (parsed.note !== null && parsed.note.code === 'share-read-as-percent') {
      this.add('plan-table-share-read-as-percent', 'info', cell.location, 'plan-table.share-read-as-percent', {
        a1: cell.location.a1 ?? '', fieldVi: cell.names.vi, fieldEn: cell.names.en, raw: quoteRaw(cell.raw), value: parsed.value,
      });
    }
    if (opts.percent && (parsed.value < 0 || parsed.value > 100)) {
      this.cellError(cell, 'plan-table-not-a-percent', 'plan-table.not-a-percent', { value: parsed.value });
      return undefined;
    }
    if (opts.nonNegative && parsed.value < 0) {
      this.cellError(cell, 'plan-table-negative', 'plan-table.negative', { value: parsed.value });
      return undefined;
    }
    return parsed.value;
  }

  choice<T>(cell: Cell | undefined, parse: (s: string) => T | undefined, choices: readonly string[]): T | undefined {
    const s = this.text(cell);
    if (s === undefined || cell === undefined) return undefined;
    const v = parse(s);
    if (v === undefined) this.cellError(cell, 'plan-table-bad-choice', 'plan-table.bad-choice', { raw: s, choices: choices.join(', ') });
    return v;
  }

  yesNo(cell: Cell | undefined): boolean | undefined {
    if (cell === undefined) return undefined;
    const parsed = parseBoolean(cell.raw);
    if (parsed.kind === 'blank') return undefined;
    if (parsed.kind !== 'boolean') {
      this.cellError(cell, 'plan-table-bad-choice', 'plan-table.bad-choice', { raw: quoteRaw(cell.raw), choices: 'có, không' });
      return undefined;
    }
    return parsed.value;
  }

  /** A source cell whose blank means "the header's value" and `—` means "none". */
  inherited(cell: Cell | undefined): { given: false } | { given: true; value: string | undefined } {
    const s = this.text(cell);
    if (s === undefined) return { given: false };
    return { given: true, value: NONE_MARKS.has(s.toLowerCase()) ? undefined : s };
  }

  // ── the plan ────────────────────────────────────────────────────────────────────────────────
  buildPlan(header: Partial<Record<HeaderKey, Cell>>, sections: FoundSection[]): Record<string, unknown> | null {
    const need = (key: HeaderKey, example: string): Cell | undefined => {
      const cell = header[key];
      if (cell === undefined) {
        const names = HEADER_FIELDS[key];
        this.add('plan-table-header-missing', 'error', this.location(1, null, names.vi), 'plan-table.header-missing', { labelVi: names.vi, labelEn: names.en, example });
      }
      return cell;
    };
    const idCell = need('id', '“van-phuc-2024”');
    const id = this.required(idCell, '“van-phuc-2024”');
    if (id !== undefined && idCell !== undefined && !PLAN_ID.test(id)) {
      this.cellError(idCell, 'plan-table-bad-plan-id', 'plan-table.bad-plan-id', { raw: id, example: slug(id) });
    }
    const titleVi = this.required(need('title', '“Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2024”'), '“Kế hoạch … năm 2024”');
    const titleEn = this.text(header.titleEn);
    const localityName = this.required(need('locality', '“UBND xã Vạn Phúc”'), '“UBND xã Vạn Phúc”');
    const levelCell = need('level', '“xã”');
    const levelText = this.required(levelCell, '“xã”');
    let level: Level | undefined;
    if (levelText !== undefined && levelCell !== undefined) {
      level = parseLevel(levelCell.raw) ?? undefined;
      if (level === undefined) this.cellError(levelCell, 'plan-table-bad-choice', 'plan-table.bad-choice', { raw: levelText, choices: LEVEL_CHOICES.join(', ') });
    }
    const period = this.period(need('period', '“2024” hoặc “2023–2025”'), header.periodLabel);
    const document = this.required(need('document', '“Kế hoạch số 40/KH-UBND ngày 08/8/2023”'), '“Kế hoạch số 40/KH-UBND ngày 08/8/2023”');
    const scoring = this.choice(header.scoring, parseScoring, ['theo mức đạt', 'theo điểm']);
    const evidence = this.choice(header.evidence, parseEvidence, ['văn bản gốc', 'chính thức', 'bên thứ ba']);

    const planSource = clean<Source>({
      document: document ?? '',
      section: this.text(header.section),
      file: this.text(header.file),
      evidence,
      note: this.text(header.sourceNote),
    });
    const reader = new SectionReader(this, planSource);
    const found = (kind: SectionKind) => sections.filter((s) => s.kind === kind);
    const targets = found('targets').flatMap((s) => reader.targets(s));
    const criteria = found('criteria').flatMap((s) => reader.criteria(s));
    const awards = found('awards').flatMap((s) => reader.awards(s, new Set(criteria.map((c) => c.id as string)), new Set(targets.map((t) => t.id as string))));
    const deadlines = found('deadlines').flatMap((s) => reader.deadlines(s));
    if (found('targets').length === 0) {
      const names = SECTION_COLUMNS.targets;
      this.add('plan-table-missing-column', 'error', this.location(1, null, names.id.vi), 'plan-table.missing-column', {
        tableVi: SECTION_HEADINGS.targets.vi, tableEn: SECTION_HEADINGS.targets.en, row: '—', columnVi: names.id.vi, columnEn: names.id.en,
      });
    }
    reader.checkIds();

    // Points when every target has its own; otherwise each target counts by attainment (its own
    // points, when given, still weigh it).
    const allPointed = targets.length > 0 && targets.every((t) => t.points !== undefined);
    return clean({
      id,
      title: clean({ vi: titleVi, en: titleEn }),
      locality: clean({ name: localityName, district: this.text(header.district), province: this.text(header.province) }),
      level,
      movement: this.text(header.movement),
      period,
      scoring: clean({ method: scoring ?? (allPointed ? 'points' : 'attainment'), note: this.text(header.scoringNote) }),
      targets,
      criteria,
      awards,
      deadlines,
      source: planSource,
    });
  }

  period(cell: Cell | undefined, labelCell: Cell | undefined): { from: number; to: number; label: string } | undefined {
    if (cell === undefined) return undefined;
    const text = this.required(cell, '“2024” hoặc “2023–2025”');
    if (text === undefined) return undefined;
    const years = parsePeriod(text);
    if (years === null) {
      this.cellError(cell, 'plan-table-bad-period', 'plan-table.bad-period', { raw: text });
      return undefined;
    }
    if (years.from > years.to) {
      this.cellError(cell, 'plan-table-bad-period', 'plan-table.period-order', { from: String(years.from), to: String(years.to) });
      return undefined;
    }
    return { ...years, label: this.text(labelCell) ?? text };
  }

  /** Runs the JSON plan's checks and puts their findings on the cells. */
  check(json: Record<string, unknown>): ReadPlanTableResult {
    const checked = checkPlan(json, { indicators: this.indicators });
    for (const issue of checked.issues) {
      const cell = this.cellFor(issue.location.field ?? '');
      const location = cell?.location ?? { ...issue.location, sheet: this.sheet };
      const base = { a1: location.a1 ?? '', fieldVi: cell?.names.vi ?? '', fieldEn: cell?.names.en ?? '' };
      const p = issue.message.params;
      let message: Message;
      switch (issue.code) {
        case 'plan-unit-mismatch':
          message = { key: 'plan-table.unit-mismatch', params: { ...base, code: p.code ?? '', unit: unitWord(p.unit as Unit), indicatorUnit: unitWord(p.indicatorUnit as Unit) } };
          break;
        case 'plan-target-value-kind':
          message = { key: 'plan-table.value-unit', params: { ...base, raw: cell ? quoteRaw(cell.raw) : '', unit: '' } };
          break;
        case 'plan-unknown-indicator':
          message = { key: 'plan-table.unknown-indicator', params: { ...base, raw: p.code ?? '' } };
          break;
        case 'plan-invalid':
          message = { key: 'plan-table.invalid-cell', params: { ...base, detail: p.detail ?? '' } };
          break;
        default:
          // A check this reader does not know (added to checkPlan later): its own bilingual text,
          // with the cell in place of the JSON path it names.
          message = location.a1 === null ? issue.message : { key: issue.message.key, params: { ...p, path: location.a1 } };
      }
      this.issues.push({ ...issue, location, message });
      if (issue.severity === 'error') this.errors++;
    }
    return { plan: this.errors === 0 ? checked.plan : null, issues: this.issues };
  }

  /** The cell of a JSON path, or of its nearest parent that has one. */
  cellFor(path: string): Cell | undefined {
    let p = path;
    for (;;) {
      const cell = this.cellOfPath.get(p);
      if (cell !== undefined) return cell;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return undefined;
      p = p.slice(0, cut);
    }
  }
}

/** Reads the rows of the four tables. */
class SectionReader {
  private readonly firstCellOfId = new Map<string, { space: string; cell: Cell }>();
  private readonly idCells: Array<{ space: string; id: string; cell: Cell }> = [];

  private readonly r: Reader;
  private readonly planSource: Source;

  constructor(r: Reader, planSource: Source) {
    this.r = r;
    this.planSource = planSource;
  }

  /** Column cells of one data row, and the problems of the header row reported once. */
  private columns(section: FoundSection): ((row: number, field: string) => Cell | undefined) | null {
    const names = SECTION_COLUMNS[section.kind] as Record<string, Names>;
    const heading = SECTION_HEADINGS[section.kind];
    if (section.headerRow === null) {
      const example = Object.values(names).slice(0, 4).map((n) => n.vi).join(' | ');
      this.r.add('plan-table-no-header-row', 'error', this.r.location(section.headingRow ?? 1, null, heading.vi), 'plan-table.no-header-row', {
        row: String(section.headingRow ?? 1), tableVi: heading.vi, tableEn: heading.en, example,
      });
      return null;
    }
    for (const [column, field, first] of section.repeats) {
      this.r.add('plan-table-duplicate-column', 'warning', this.r.location(section.headerRow, column, names[field]!.vi), 'plan-table.duplicate-column', {
        a1: columnName(column) + section.headerRow, columnVi: names[field]!.vi, columnEn: names[field]!.en, firstA1: columnName(first) + section.headerRow,
      });
    }
    let complete = true;
    for (const field of REQUIRED_COLUMNS[section.kind]) {
      if (section.columns.has(field)) continue;
      complete = false;
      this.r.add('plan-table-missing-column', 'error', this.r.location(section.headerRow, null, names[field]!.vi), 'plan-table.missing-column', {
        tableVi: heading.vi, tableEn: heading.en, row: String(section.headerRow), columnVi: names[field]!.vi, columnEn: names[field]!.en,
      });
    }
    if (!complete) return null;
    return (row, field) => {
      const column = section.columns.get(field);
      return column === undefined ? undefined : this.r.cellAt(row, column, names[field]!);
    };
  }

  private rememberId(space: string, id: string | undefined, cell: Cell | undefined): void {
    if (id === undefined || cell === undefined) return;
    this.idCells.push({ space, id, cell });
  }

  /** Targets and criteria share the report's `Mã chỉ tiêu` column; awards and deadlines have their own. */
  checkIds(): void {
    for (const { space, id, cell } of this.idCells) {
      const key = `${space}\u0000${id}`;
      const first = this.firstCellOfId.get(key);
      if (first === undefined) this.firstCellOfId.set(key, { space, cell });
      else this.r.cellError(cell, 'plan-table-duplicate-id', 'plan-table.duplicate-id', { id, firstA1: first.cell.location.a1 ?? '' }, id);
    }
  }

  private source(cell: (field: string) => Cell | undefined, path: string): Source {
    const doc = this.r.inherited(cell('document'));
    const file = this.r.inherited(cell('file'));
    const evidenceCell = cell('evidence');
    const evidenceText = this.r.inherited(evidenceCell);
    let evidence = this.planSource.evidence;
    if (evidenceText.given) {
      evidence = evidenceText.value === undefined ? undefined : this.r.choice(evidenceCell, parseEvidence, ['văn bản gốc', 'chính thức', 'bên thứ ba', '—']);
    }
    const section = cell('section');
    if (section) this.r.cellOfPath.set(`${path}.source.section`, section);
    return clean<Source>({
      document: (doc.given ? doc.value : undefined) ?? this.planSource.document,
      section: this.r.text(section),
      file: file.given ? file.value : this.planSource.file,
      evidence,
      note: this.r.text(cell('sourceNote')),
    });
  }

  private localized(vi: string | undefined, en: string | undefined): { vi: string; en: string } | undefined {
    return vi === undefined ? undefined : { vi, en: en ?? vi };
  }

  /** Each row of the section as a getter of its cells by field; none when its columns cannot be read. */
  private rowCells(section: FoundSection): ((field: string) => Cell | undefined)[] {
    const columns = this.columns(section);
    if (columns === null) return [];
    return section.rows.map((row) => (field: string) => columns(row, field));
  }

  targets(section: FoundSection): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const cell of this.rowCells(section)) {
      const path = `targets[${out.length}]`;
      const idCell = cell('id');
      const id = this.r.code(idCell, '“CT-01”');
      this.rememberId('item', id, idCell);
      const itemCode = id ?? null;
      const label = this.r.required(cell('label'), '“Tỷ lệ hồ sơ xử lý trực tuyến”');

      // Catalogue indicator: blank = a local indicator, this row alone defines it.
      const indicatorCell = cell('indicatorId');
      const indicatorText = this.r.text(indicatorCell);
      let indicator: Indicator | undefined;
      if (indicatorText !== undefined && indicatorCell !== undefined) {
        indicator = this.r.indicators.get(indicatorText);
        if (indicator === undefined && indicatorText !== id) {
          this.r.cellError(indicatorCell, 'plan-table-unknown-indicator', 'plan-table.unknown-indicator', { raw: indicatorText }, itemCode);
        }
      }

      const unitCell = cell('unit');
      let valueCell = cell('value');
      const unitText = this.r.text(unitCell);
      let unit: Unit | undefined = unitText !== undefined ? parseUnit(unitText) : indicator?.unit;
      if (unit === undefined) {
        // No unit: "80%" says percent, "có" says yes/no; a bare number needs the unit typed.
        const v = this.r.text(valueCell);
        if (v !== undefined && /%\s*$/.test(v)) unit = 'percent';
        else if (valueCell && parseBoolean(valueCell.raw).kind === 'boolean' && typeof valueCell.raw !== 'number') unit = 'boolean';
        else this.r.cellError(unitCell ?? cell('label') ?? idCell!, 'plan-table-unit-needed', 'plan-table.unit-needed', {}, itemCode);
      }

      const comparatorCell = cell('comparator');
      const comparatorText = this.r.text(comparatorCell);
      let comparator: Comparator | undefined;
      // "≥ 80%", "từ 80% trở lên", "dưới 5%" typed in `Giá trị` with `So sánh` left blank.
      const inValue = comparatorText === undefined && unit !== 'boolean' ? splitComparatorValue(this.r.text(valueCell)) : null;
      if (inValue !== null && valueCell !== undefined) {
        comparator = inValue.comparator;
        valueCell = { ...valueCell, raw: inValue.rest };
      } else if (comparatorText !== undefined && comparatorCell !== undefined) {
        comparator = parseComparator(comparatorText);
        if (comparator === undefined) this.r.cellError(comparatorCell, 'plan-table-bad-comparator', 'plan-table.bad-comparator', { raw: comparatorText }, itemCode);
      } else if (unit === 'boolean') {
        comparator = '=';
      } else if (unit !== undefined) {
        this.r.cellError(comparatorCell ?? valueCell ?? idCell!, 'plan-table-comparator-blank', 'plan-table.comparator-blank', {}, itemCode);
      }

      let value: number | true | undefined;
      if (unit === 'boolean') {
        const answer = valueCell === undefined ? undefined : parseBoolean(valueCell.raw);
        if (answer === undefined || answer.kind === 'blank' || (answer.kind === 'boolean' && answer.value)) value = true;
        else this.r.cellError(valueCell!, 'plan-table-yes-no-value', 'plan-table.yes-no-value', { raw: quoteRaw(valueCell!.raw) }, itemCode);
      } else if (unit !== undefined) {
        value = this.r.number(valueCell, { percent: unit === 'percent', nonNegative: true });
        if (value === undefined && valueCell !== undefined && isBlank(valueCell.raw)) {
          this.r.cellError(valueCell, 'plan-table-blank', 'plan-table.blank', { example: unit === 'percent' ? '80' : '3' }, itemCode);
        }
      }

      // `Nhóm`: a pillar's name, or free words naming one; else the catalogue indicator's pillar.
      const pillarCell = cell('pillar');
      const pillarText = this.r.text(pillarCell);
      let pillar = pillarText === undefined ? undefined : parsePillar(pillarText);
      if (pillar === undefined && indicator !== undefined) {
        pillar = indicator.pillar;
        if (pillarText !== undefined && pillarCell !== undefined) {
          this.r.add('plan-table-pillar-from-indicator', 'warning', pillarCell.location, 'plan-table.pillar-from-indicator', {
            a1: pillarCell.location.a1 ?? '', raw: pillarText, pillar: pillarWord(pillar), code: indicator.id,
          }, itemCode);
        }
      } else if (pillar === undefined && pillarCell !== undefined) {
        if (pillarText === undefined) this.r.cellError(pillarCell, 'plan-table-pillar-needed', 'plan-table.pillar-needed', { choices: PILLAR_CHOICES.join(', ') }, itemCode);
        else this.r.cellError(pillarCell, 'plan-table-bad-choice', 'plan-table.bad-choice', { raw: pillarText, choices: PILLAR_CHOICES.join(', ') }, itemCode);
      }

      const levelCell = cell('level');
      const levelText = this.r.text(levelCell);
      let level: Level | undefined;
      if (levelText !== undefined && levelCell !== undefined && ALL_LEVELS(levelText) === undefined) {
        level = parseLevel(levelCell.raw) ?? undefined;
        if (level === undefined) this.r.cellError(levelCell, 'plan-table-bad-choice', 'plan-table.bad-choice', { raw: levelText, choices: [...LEVEL_CHOICES, '(trống = mọi cấp / blank = all)'].join(', ') }, itemCode);
      }
      const points = this.r.number(cell('points'), { percent: false, nonNegative: true });
      const assessment = this.r.choice(cell('assessment'), parseAssessment, ['định lượng', 'có/không', 'định tính']) ?? (unit === 'boolean' ? 'yes-no' : 'quantitative');

      for (const [field, c] of [['id', idCell], ['label', cell('label')], ['indicatorId', indicatorCell ?? idCell], ['unit', unitCell], ['value', valueCell], ['comparator', comparatorCell], ['pillar', pillarCell], ['level', levelCell], ['points', cell('points')], ['assessment', cell('assessment')]] as const) {
        if (c !== undefined) this.r.cellOfPath.set(`${path}.${field}`, c);
      }
      if (idCell) this.r.cellOfPath.set(path, idCell);
      out.push(
        clean({
          id,
          indicatorId: indicatorText ?? id,
          label: this.localized(label, this.r.text(cell('labelEn'))),
          pillar,
          comparator,
          value,
          unit,
          level,
          assessment,
          points,
          note: this.r.text(cell('note')),
          source: this.source(cell, path),
        }) as Partial<Target>,
      );
    }
    return out;
  }

  criteria(section: FoundSection): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const cell of this.rowCells(section)) {
      const path = `criteria[${out.length}]`;
      const idCell = cell('id');
      const id = this.r.code(idCell, '“TC-01”');
      this.rememberId('item', id, idCell);
      if (idCell) this.r.cellOfPath.set(path, idCell);
      out.push(
        clean({
          id,
          group: this.r.choice(cell('group'), parseGroup, GROUP_CHOICES) ?? (this.r.text(cell('group')) === undefined ? 'collective' : undefined),
          label: this.localized(this.r.required(cell('label'), '“Có kế hoạch chuyển đổi số năm 2024”'), this.r.text(cell('labelEn'))),
          mandatory: this.r.yesNo(cell('mandatory')) ?? false,
          note: this.r.text(cell('note')),
          source: this.source(cell, path),
        }),
      );
    }
    return out;
  }

  awards(section: FoundSection, criterionIds: ReadonlySet<string>, targetIds: ReadonlySet<string>): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const cell of this.rowCells(section)) {
      const path = `awards[${out.length}]`;
      const idCell = cell('id');
      const id = this.r.text(idCell) === undefined ? `KT-${out.length + 1}` : this.r.code(idCell, '“KT-01”');
      this.rememberId('award', id, idCell);
      const itemCode = id ?? null;
      const groupCell = cell('group');
      const group = this.r.choice(groupCell, parseGroup, GROUP_CHOICES);
      const recipient = this.r.choice(cell('recipient'), parseRecipient, ['tập thể', 'cá nhân']) ?? (this.r.text(cell('recipient')) === undefined ? (group === 'individual' ? 'individual' : 'collective') : undefined);

      const conditions: AwardCondition[] = [];
      const at = new Map<AwardCondition, Cell | undefined>();
      const push = (c: AwardCondition, from: Cell | undefined) => {
        conditions.push(c);
        at.set(c, from);
      };
      const minCell = cell('minPercent');
      const min = this.r.number(minCell, { percent: true });
      if (min !== undefined) push({ kind: 'min-percent', min }, minCell);
      const metCell = cell('minTargetsMet');
      const met = this.r.number(metCell, { percent: true });
      if (met !== undefined) push({ kind: 'min-targets-met', min: met }, metCell);

      // Leaf conditions are checked against the plan's criteria and targets where they are typed.
      const known = (leaf: AwardLeafCondition, from: Cell): boolean => {
        if (leaf.kind === 'criterion' && !criterionIds.has(leaf.criterionId)) {
          this.r.cellError(from, 'plan-table-unknown-criterion', 'plan-table.unknown-criterion', { id: leaf.criterionId }, itemCode);
          return false;
        }
        if (leaf.kind === 'indicator' && !targetIds.has(leaf.code) && !this.r.indicators.has(leaf.code)) {
          this.r.cellError(from, 'plan-table-unknown-condition-code', 'plan-table.unknown-condition-code', { code: leaf.code }, itemCode);
          return false;
        }
        return true;
      };
      // `Tiêu chí bắt buộc`: ids separated by commas; "CN-02 hoặc CN-03" is one of them.
      const criteriaCell = cell('criteria');
      for (const item of splitList(this.r.text(criteriaCell))) {
        const alternatives = item.split(/\s+(?:hoặc|hoac|or)\s+|\s*\|\s*/iu).map((s) => s.trim()).filter((s) => s !== '');
        const leaves: AwardLeafCondition[] = [];
        for (const criterionId of alternatives) {
          const leaf: AwardLeafCondition = { kind: 'criterion', criterionId };
          if (known(leaf, criteriaCell!)) leaves.push(leaf);
        }
        if (leaves.length !== alternatives.length) continue;
        if (leaves.length === 1) push(leaves[0]!, criteriaCell);
        else push({ kind: 'one-of', conditions: leaves }, criteriaCell);
      }
      const indicatorsCell = cell('indicators');
      const englishLines = splitLines(this.r.text(cell('indicatorsEn')));
      splitConditions(this.r.text(indicatorsCell)).forEach((line, i) => {
        const condition = parseIndicatorCondition(line, englishLines[i]);
        if (condition === null) {
          this.r.cellError(indicatorsCell!, 'plan-table-bad-condition', 'plan-table.bad-condition', { raw: line }, itemCode);
          return;
        }
        if (known(condition, indicatorsCell!)) push(condition, indicatorsCell);
      });
      if (this.r.yesNo(cell('allTargets')) === true) push({ kind: 'all-targets-met' }, cell('allTargets'));
      if (this.r.yesNo(cell('resultsCount')) === true) push({ kind: 'results-count' }, cell('resultsCount'));
      // `Điều kiện nhóm`: one group a line, "một trong: CN-02; CN-03", named in the next columns.
      const groupsCell = cell('groups');
      const names = splitLines(this.r.text(cell('groupLabels')));
      const namesEn = splitLines(this.r.text(cell('groupLabelsEn')));
      splitLines(this.r.text(groupsCell)).forEach((line, i) => {
        const group = parseGroupLine(line, noneToUndefined(names[i]), noneToUndefined(namesEn[i]));
        if (group === null) {
          this.r.cellError(groupsCell!, 'plan-table-bad-condition', 'plan-table.bad-group-condition', { raw: line }, itemCode);
          return;
        }
        if (group.conditions.every((leaf) => known(leaf, groupsCell!))) push(group, groupsCell);
      });
      conditions.forEach((c, j) => {
        const from = at.get(c);
        if (from) this.r.cellOfPath.set(`${path}.conditions[${j}]`, from);
      });
      const proposal = this.r.yesNo(cell('proposal'));

      const quotaCell = cell('quota');
      let quota = this.r.number(quotaCell, { percent: false });
      if (quota !== undefined && !(Number.isInteger(quota) && quota > 0)) {
        this.r.cellError(quotaCell!, 'plan-table-not-whole', 'plan-table.not-whole', { raw: quoteRaw(quotaCell!.raw) }, itemCode);
        quota = undefined;
      }
      if (idCell) this.r.cellOfPath.set(path, idCell);
      out.push(
        clean({
          id,
          award: this.localized(this.r.required(cell('award'), '“Giấy khen của Chủ tịch UBND xã”'), this.r.text(cell('awardEn'))),
          recipient,
          group,
          conditions,
          proposal,
          quota,
          note: this.r.text(cell('note')),
          source: this.source(cell, path),
        }),
      );
    }
    return out;
  }

  deadlines(section: FoundSection): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const cell of this.rowCells(section)) {
      const path = `deadlines[${out.length}]`;
      const idCell = cell('id');
      const id = this.r.text(idCell) === undefined ? `TH-${out.length + 1}` : this.r.code(idCell, '“TH-01”');
      this.rememberId('deadline', id, idCell);
      const dateCell = cell('date');
      const when = this.when(dateCell);
      if (dateCell) this.r.cellOfPath.set(`${path}.date`, dateCell);
      if (idCell) this.r.cellOfPath.set(path, idCell);
      out.push(
        clean({
          id,
          label: this.localized(this.r.required(cell('label'), '“Báo cáo kết quả thực hiện”'), this.r.text(cell('labelEn'))),
          date: when?.date,
          yearly: when?.yearly,
          precision: this.r.choice(cell('precision'), parsePrecision, ['ngày', 'tháng', 'quý', 'năm']) ?? 'day',
          kind: this.r.choice(cell('kind'), parseDeadlineKind, ['đến ngày', 'trước ngày']) ?? 'by',
          who: this.r.choice(cell('who'), parseGroup, GROUP_CHOICES),
          source: this.source(cell, path),
        }),
      );
    }
    return out;
  }

  /** `15/11/2023` (or a date cell) → date; `10/12 hằng năm` → a yearly day. */
  private when(cell: Cell | undefined): { date?: string; yearly?: { month: number; day: number } } | undefined {
    const text = this.r.required(cell, '“15/11/2023” hoặc “10/12 hằng năm”');
    if (text === undefined || cell === undefined) return undefined;
    const bad = () => {
      this.r.cellError(cell, 'plan-table-bad-date', 'plan-table.bad-date', { raw: text });
      return undefined;
    };
    if (YEARLY_WORDS.test(text)) {
      const m = /^(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})$/iu.exec(text.replace(YEARLY_WORDS, '').trim());
      if (m === null) return bad();
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > (month === 2 ? 29 : daysInMonth(2001, month))) return bad();
      return { yearly: { month, day } };
    }
    const parsed = parseDate(cell.raw);
    if (parsed.kind !== 'date') return bad();
    return { date: parsed.value };
  }
}

function noneToUndefined(s: string | undefined): string | undefined {
  return s === undefined || NONE_MARKS.has(s.toLowerCase()) ? undefined : s;
}

/**
 * A CSV cell written as text so that a spreadsheet never runs it ("'=" for "="): spreadsheets hide
 * that apostrophe, and so does the reader.
 */
function unguard(raw: RawValue): RawValue {
  return typeof raw === 'string' && /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

/** An object without its undefined values (a missing optional field is absent, as in JSON). */
function clean<T>(o: { [K in keyof T]?: T[K] | undefined } | Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** A plan id suggestion from what was typed: "Vạn Phúc 2024" → "van-phuc-2024". */
function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'ke-hoach-2024'
  );
}

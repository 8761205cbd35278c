import { msg } from '../../shared/messages/index.ts';
import { readReportTable, type LocationBook } from '../../shared/parse/report-table.ts';
import { foldKey } from '../../shared/parse/text.ts';
import { comparePeriods, readReportPeriod, type Period } from '../../shared/period/period.ts';
import type { Issue, Message } from '../../shared/schema/issue.ts';
import type { ReportTable } from '../../shared/schema/report.ts';
import { rectangular } from './grid.ts';
import type { SheetGrid } from './read-xlsx.ts';

/** Sheets named like these are the instructions or a filled-in example, never the report. */
const EXAMPLE_NAMES = ['huongdan', 'vidu', 'example', 'instruction', 'guide', 'readme', 'sample', 'demo', 'minhhoa'];

export function isExampleSheet(name: string | null): boolean {
  if (name === null) return false;
  const key = foldKey(name);
  return EXAMPLE_NAMES.some((word) => key.includes(word));
}

export type ChosenSheet = { table: ReportTable; issues: Issue[] } | { error: Message; issues: Issue[] };

function note(sheet: string | null, key: string, params: Message['params']): Issue {
  return { code: 'report-sheet', severity: 'info', location: { sheet, row: null, column: null, a1: null, field: null }, itemCode: null, message: msg(key, params) };
}

/**
 * Which sheet of a workbook is the report. Instructions and example sheets are skipped (said in an
 * info line); one sheet with the report layout is the report; several are never scored silently
 * from the first: the one whose `Kỳ báo cáo` is the latest is taken and the choice is said, and
 * when no single one is the latest the officer is asked to choose with `--sheet-name`.
 * When no sheet has the layout, the reasons found in the first sheet are returned with the error.
 */
export function chooseReportSheet(sheets: readonly SheetGrid[], source: string, locations?: LocationBook): ChosenSheet {
  let firstIssues: Issue[] | null = null;
  const found: { table: ReportTable; issues: Issue[] }[] = [];
  const skipped: Issue[] = [];
  for (const sheet of sheets) {
    const read = readReportTable(rectangular(sheet.grid), sheet.name, locations ? { locations } : {});
    if (!read.table) {
      firstIssues ??= read.issues;
      continue;
    }
    if (isExampleSheet(sheet.name)) {
      skipped.push(note(sheet.name, 'safety.sheet-example-skipped', { sheet: sheet.name ?? '' }));
      continue;
    }
    found.push({ table: read.table, issues: read.issues });
  }
  if (found.length === 0) {
    return { error: msg(sheets.length === 0 ? 'cli.report.empty' : 'cli.report.no-layout', { source }), issues: firstIssues ?? [] };
  }
  if (found.length === 1) return { table: found[0]!.table, issues: [...skipped, ...found[0]!.issues] };

  const names = found.map((f) => `"${f.table.sheet ?? ''}"`).join(', ');
  const dated = found.map((f) => ({ ...f, period: readReportPeriod(f.table.header.period).period }));
  const latest = uniqueLatest(dated);
  if (latest === null) return { error: msg('safety.sheets-several', { source, count: found.length, sheets: names }), issues: skipped };
  const chosen = note(latest.table.sheet, 'safety.sheets-latest', {
    source,
    count: found.length,
    sheets: names,
    chosen: latest.table.sheet ?? '',
    periodVi: latest.period.label.vi,
    periodEn: latest.period.label.en,
  });
  return { table: latest.table, issues: [...skipped, chosen, ...latest.issues] };
}

/** The one entry whose period ends last; null when a period is unreadable or the latest is shared. */
function uniqueLatest<T extends { period: Period | null }>(items: readonly T[]): (T & { period: Period }) | null {
  if (items.some((i) => i.period === null)) return null;
  const sorted = [...items].sort((a, b) => comparePeriods(b.period!, a.period!));
  const [first, second] = sorted;
  if (!first || (second && comparePeriods(first.period!, second.period!) === 0)) return null;
  return first as T & { period: Period };
}

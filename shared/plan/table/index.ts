// A plan as a table an officer types (issue 10 §1): one reader and one writer for every surface
// (CLI, Sheets add-on, extension options). Layout: labels.ts; words for the choice cells: words.ts.
import type { RawValue } from '../../schema/report.ts';
import { findLayout } from './layout.ts';
import { HEADER_BY_KEY } from './labels.ts';
import { foldKey } from '../../parse/text.ts';

export { readPlanTable, type ReadPlanTableOptions, type ReadPlanTableResult } from './read.ts';
export { parseIndicatorCondition, parseLeafCondition, parseGroupLine } from './conditions.ts';
export { planToGrid, emptyPlanGrid, canonicalPlan, PLAN_TABLE_TITLE, type PlanGrid, type PlanGridSection } from './write.ts';
export { COMPARATOR_CHOICES, UNIT_CHOICES, LEVEL_CHOICES, GROUP_CHOICES, PILLAR_CHOICES, parseComparator, parseUnit, parsePillar, parsePeriod, splitComparatorValue } from './words.ts';
export { HEADER_FIELDS, SECTION_COLUMNS, SECTION_HEADINGS, type HeaderKey, type SectionKind } from './labels.ts';

/**
 * Whether a grid looks like a plan table rather than a report: a `Mã kế hoạch` label above a
 * targets table. Cheap; reads names only (the sheets add-on and the CLI use it to pick the plan tab).
 */
export function isPlanTableGrid(grid: RawValue[][]): boolean {
  const layout = findLayout(grid);
  // A report's item table also has `Mã chỉ tiêu`, `Chỉ tiêu`, `Giá trị`: a plan's names a comparator, unit or pillar.
  const planColumns = ['comparator', 'unit', 'pillar'];
  if (!layout.sections.some((s) => s.kind === 'targets' && s.headerRow !== null && planColumns.some((c) => s.columns.has(c)))) return false;
  for (let r = 0; r < layout.headerEnd && r < grid.length; r++) {
    for (const cell of grid[r] ?? []) {
      if (typeof cell !== 'string' || cell.length > 60) continue;
      const label = cell.includes(':') ? cell.slice(0, cell.indexOf(':')) : cell;
      if (HEADER_BY_KEY.get(foldKey(label)) === 'id') return true;
    }
  }
  return false;
}

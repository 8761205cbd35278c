// Options page: import the unit's own plan as a plan table (XLSX/CSV, the layout of
// shared/plan/table) or as JSON, checked by the core; every problem is listed at its cell.
// Mounted by options/main.ts, which keeps the imported plans and the chosen one.
import Papa from 'papaparse';
import { checkPlan, getPlan } from '../../../shared/data/index.ts';
import { msg, t, type Lang } from '../../messages/index.ts';
import { isPlanTableGrid, readPlanTable } from '../../../shared/plan/table/index.ts';
import type { Issue, Message } from '../../../shared/schema/issue.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import type { RawValue } from '../../../shared/schema/report.ts';
import { el } from '../../../ui/scorecard-dom.ts';
import { readXlsxGrids } from './xlsx-grid.ts';

export interface PlanFileResult {
  plan: Plan | null;
  /** Problems of the plan, each at its cell (table) or JSON field. */
  issues: Issue[];
  /** Why the file could not be read at all, when it could not. */
  problem: Message | null;
}

const PLAN_SHEET = 'Kế hoạch';

/** A CSV file's cells as typed (the core reads Vietnamese numbers); blank fields are null. */
function csvGrid(text: string): RawValue[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  return parsed.data.map((row) => row.map((f): RawValue => (f === '' ? null : f)));
}

/** Reads a plan file the officer picked. Pure apart from the bytes it is given; never throws. */
export async function readPlanFile(name: string, bytes: Uint8Array): Promise<PlanFileResult> {
  const lower = name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  try {
    if (lower.endsWith('.xlsx') || isZip) {
      const sheets = await readXlsxGrids(bytes);
      const tables = sheets.filter((s) => isPlanTableGrid(s.grid));
      const sheet = tables.find((s) => s.name === PLAN_SHEET) ?? tables[0] ?? sheets[0];
      const { plan, issues } = readPlanTable(sheet?.grid ?? [], { sheet: sheet?.name ?? null });
      return { plan, issues, problem: null };
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      const { plan, issues } = readPlanTable(csvGrid(text), { sheet: null });
      return { plan, issues, problem: null };
    }
    if (lower.endsWith('.json')) {
      const { plan, issues } = checkPlan(JSON.parse(text.replace(/^\ufeff/, '')));
      return { plan, issues, problem: null };
    }
    return { plan: null, issues: [], problem: msg('plan-table.ext.unknown-type', { file: name }) };
  } catch (error) {
    return { plan: null, issues: [], problem: msg('plan-table.ext.unreadable', { file: name, reason: error instanceof Error ? error.message : String(error) }) };
  }
}

export interface PlanImportHost {
  /** The page's language now. */
  lang(): Lang;
  /** Keeps a checked plan and makes it the chosen one. */
  adopt(plan: Plan): Promise<void>;
}

/** The import section; its texts follow the page language (the `lang` attribute main.ts sets). */
export function planImportSection(doc: Document, host: PlanImportHost): HTMLElement {
  let report: Array<{ message: Message; issue: boolean }> = [];
  const section = el(doc, 'div', { class: 'cds-section', id: 'plan-import' });
  const L = (m: Message) => t(m, host.lang());

  const draw = () => {
    const input = el(doc, 'input', { id: 'plan-table-file', type: 'file', accept: '.xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    input.addEventListener('change', () => void pick(input));
    section.replaceChildren(
      el(doc, 'h2', {}, L(msg('plan-table.ext.title'))),
      el(doc, 'p', { class: 'cds-meta' }, L(msg('plan-table.ext.intro'))),
      el(doc, 'p', { class: 'cds-field' }, el(doc, 'label', { for: 'plan-table-file' }, L(msg('plan-table.ext.file'))), input),
      el(doc, 'ul', { id: 'plan-import-messages', class: 'cds-list', role: 'status' }, ...report.map((r) => el(doc, 'li', r.issue ? { class: 'cds-issue' } : {}, L(r.message)))),
    );
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await readPlanFile(file.name, new Uint8Array(await file.arrayBuffer()));
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (result.problem !== null) {
      report = [{ message: result.problem, issue: true }];
    } else if (result.plan === null || errors.length > 0) {
      report = [
        { message: msg('plan-table.ext.errors', { file: file.name, count: errors.length }), issue: false },
        ...errors.map((i) => ({ message: i.message, issue: true })),
      ];
    } else if (getPlan(result.plan.id)) {
      report = [{ message: msg('plan-table.ext.bundled-id', { id: result.plan.id }), issue: true }];
    } else {
      await host.adopt(result.plan);
      const p = result.plan;
      report = [
        { message: msg('plan-table.ext.ok', { title: p.title[host.lang()], id: p.id, targets: p.targets.length }), issue: false },
        ...result.issues.map((i) => ({ message: i.message, issue: true })),
      ];
    }
    draw();
  };

  draw();
  // main.ts redraws the page on a language change and sets <html lang>: follow it.
  new MutationObserver(draw).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return section;
}

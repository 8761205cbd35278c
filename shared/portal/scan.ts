// The overlay's reading of a payload (issue 8 §3). Everything that says which group a payload is
// and whether it has the shape the toolkit knows is checked on the whole payload, as parse.ts does:
// the endpoint, the envelope, the root row and the containers strictly, fields of another group in
// any row. Of the list's rows, only what finding and ranking a unit needs (RANK_FIELDS) is checked
// and read here; a row is checked strictly and read in full only when it is shown (unit-read.ts).
// A national list holds 3,321 rows; the panel shows one unit.
import type { PortalPayload, PortalPayloadError, UnitFigures } from './figures.ts';
import {
  emptyGroup, figuresFingerprint, formatChanged, listingKey, openPayload, readRow, rowPlaces, rowStub, shapeChanged, type Ctx,
} from './parse.ts';
import { DATA_SCHEMA, RANK_FIELDS, ROW_SCHEMA, SHELL_SCHEMA, type RankFieldKind } from './schemas.ts';
import { shapeProblems } from './shape.ts';

/**
 * A payload scanned for the overlay. Its `units` hold, for each unit, who it is and the one score
 * the ranking reads (no metrics, no counts) — except the root and units listed twice, read in full.
 */
export interface ScannedPayload extends PortalPayload {
  /** Where each of `units` is: -1 the root, else its index in the payload's list. */
  rowIndex: readonly number[];
  /**
   * The list rows kept as parsed, by index: those `keep` chose at the scan, and those read since (a
   * memo of this payload). The others are not kept: a national list parsed and kept whole costs the
   * page's memory and garbage collection on every arrival.
   */
  rows: Map<number, unknown>;
  /** The body as received (JSON text or parsed), to find a row not kept. */
  body: unknown;
  ctx: Ctx;
}

/** A row read in full, or the reason it cannot be ("portal changed", naming the field). */
export type RowRead = { ok: true; figures: UnitFigures } | PortalPayloadError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldFits(v: unknown, kind: RankFieldKind): boolean {
  switch (kind) {
    case 'id':
      return typeof v === 'string' && v.length > 0;
    case 'str':
      return typeof v === 'string';
    case 'nullStr':
      return v === null || typeof v === 'string';
    case 'optStr':
      return v === undefined || v === null || typeof v === 'string';
    case 'num':
      return v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'optNum':
      return v === undefined || v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'max':
      return typeof v === 'number' && Number.isFinite(v);
  }
}

const EXPECTED: Readonly<Record<RankFieldKind, string>> = {
  id: 'expected string', str: 'expected string', nullStr: 'expected string', optStr: 'expected string',
  num: 'expected number', optNum: 'expected number', max: 'expected number',
};

/** The first rank field of `row` whose type is not the schema's, or null when all fit. */
export function rankFieldProblem(row: unknown, fields: readonly (readonly [string, RankFieldKind])[]): { field: string | null; problem: string } | null {
  if (!isRecord(row)) return { field: null, problem: 'expected object' };
  for (const [field, kind] of fields) {
    const v = row[field];
    if (fieldFits(v, kind)) continue;
    return { field, problem: kind === 'id' && v === '' ? 'too small / empty' : EXPECTED[kind] };
  }
  return null;
}

/** One list row checked against its full schema and read in full. */
function readListRow(p: Pick<ScannedPayload, 'endpoint' | 'period' | 'ctx'>, row: unknown, index: number): RowRead {
  const list = rowPlaces(p.endpoint).rows;
  const checked = ROW_SCHEMA[p.endpoint].row.safeParse(row);
  if (!checked.success) return formatChanged(p.endpoint, p.period, checked.error, `data.${list}[${index}]`);
  return { ok: true, figures: readRow(p.endpoint, checked.data as Record<string, unknown>, 'row', p.ctx) };
}

/** The unit `units[i]` of a scanned payload, checked strictly and read in full. */
export function readScannedRow(p: ScannedPayload, i: number): RowRead {
  const index = p.rowIndex[i]!;
  // The root was checked with the payload and read in full then.
  if (index < 0) return { ok: true, figures: p.units[i]! };
  if (!p.rows.has(index)) {
    // Not kept at the scan: from the body again (it was scanned whole, so it parses and has the row).
    const json = typeof p.body === 'string' ? JSON.parse(p.body) : p.body;
    const data = (json as { data: Record<string, unknown> }).data;
    p.rows.set(index, (data[rowPlaces(p.endpoint).rows] as unknown[])[index]);
  }
  return readListRow(p, p.rows.get(index), index);
}

/**
 * Scans one payload: `endpoint` and `request` as for parsePortalPayload. The same opening checks and
 * the same answers for a wrong group, a changed format, an empty group or a unit listed twice.
 */
export function scanPortalPayload(
  endpoint: string | null,
  body: unknown,
  request?: unknown,
  /** The units whose rows are kept parsed (the overlay's unit): the others are found in `body` again if ever read. */
  keep: (f: UnitFigures) => boolean = () => false,
): ScannedPayload | PortalPayloadError {
  const opened = openPayload(endpoint, body, request);
  if (!opened.ok) return opened;
  const { endpoint: ep, period, ctx } = opened;
  if (!opened.named) {
    // A file saved without its URL (the CLI's case, never the overlay's): every row, strictly.
    const full = DATA_SCHEMA[ep].safeParse(opened.data);
    if (!full.success) return formatChanged(ep, period, full.error, 'data');
  }
  const shell = SHELL_SCHEMA[ep].safeParse(opened.data);
  if (!shell.success) return formatChanged(ep, period, shell.error, 'data');
  const foreign = shapeProblems(ep, opened.data, !opened.named);
  if (foreign.length > 0) return shapeChanged(ep, period, foreign);

  const data = opened.data as Record<string, unknown>;
  const checked = shell.data as Record<string, any>;
  const places = rowPlaces(ep);
  const list = data[places.rows] as unknown[];
  const fields = RANK_FIELDS[ep];
  const all: UnitFigures[] = [];
  const where: number[] = [];
  if (checked[places.root]) {
    all.push(readRow(ep, checked[places.root], 'root', ctx, checked.radar ?? null));
    where.push(-1);
  }
  for (let i = 0; i < list.length; i++) {
    const row = list[i];
    const bad = rankFieldProblem(row, fields);
    if (bad) return shapeChanged(ep, period, [{ path: `data.${places.rows}[${i}]${bad.field ? `.${bad.field}` : ''}`, problem: bad.problem }]);
    all.push(rowStub(ep, row as Record<string, unknown>, 'row', ctx));
    where.push(i);
  }

  // A unit listed twice, as parse.ts decides it: its rows are read in full and compared.
  const byKey = new Map<string, number[]>();
  for (let k = 0; k < all.length; k++) {
    const key = listingKey(all[k]!);
    const same = byKey.get(key);
    if (same) same.push(k);
    else byKey.set(key, [k]);
  }
  const base = { endpoint: ep, period, ctx };
  const units: UnitFigures[] = [];
  const rowIndex: number[] = [];
  const conflicts: UnitFigures[] = [];
  for (const same of byKey.values()) {
    if (same.length === 1) {
      units.push(all[same[0]!]!);
      rowIndex.push(where[same[0]!]!);
      continue;
    }
    const full: UnitFigures[] = [];
    for (const k of same) {
      const r = where[k]! < 0 ? { ok: true as const, figures: all[k]! } : readListRow(base, list[where[k]!], where[k]!);
      if (!r.ok) return r;
      full.push(r.figures);
    }
    if (new Set(full.map(figuresFingerprint)).size === 1) {
      units.push(full[0]!);
      rowIndex.push(where[same[0]!]!);
    } else conflicts.push(...full);
  }
  if (!units.some((u) => u.role === 'row') && conflicts.length === 0) return emptyGroup(ep, period);
  const rows = new Map<number, unknown>();
  units.forEach((u, k) => {
    if (rowIndex[k]! >= 0 && keep(u)) rows.set(rowIndex[k]!, list[rowIndex[k]!]);
  });
  return {
    ok: true,
    endpoint: ep,
    period,
    rootDepartmentId: opened.rootDepartmentId,
    formalityId: opened.formalityId,
    units,
    conflicts,
    rowIndex,
    rows,
    body,
    ctx,
  };
}

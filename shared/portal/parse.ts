// One evaluation-API payload → per-unit figures. Every payload goes through the zod schemas first:
// a shape the toolkit does not know gives a "format changed" result naming the group, never a
// number read from the wrong place. The overlay reads a payload in two steps instead (scan.ts): the
// same opening checks here, then only the rows it shows, with the row readers below.
import type * as z from 'zod/mini';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { msg } from '../messages/index.ts';
import {
  ENDPOINT_GROUP, GROUP_CODES, GROUP_MAX, TOTAL_MAX,
  endpointDisplayName, endpointFromUrl, isGroupCode, type Endpoint, type GroupCode,
} from './endpoints.ts';
import { periodFromRequest, type PortalPeriod } from './period.ts';
import { DATA_SCHEMA, Envelope, PAYMENT_COUNTS } from './schemas.ts';
import type { MetricFigure, PortalParseResult, PortalPayloadError, PortalUnit, ScoreFigure, UnitFigures } from './figures.ts';
import { catalogueMetrics } from './catalogue.ts';
import { detectEndpoint, shapeProblems, type ShapeProblem } from './shape.ts';

export { detectEndpoint } from './shape.ts';

export interface ParseOptions {
  /** Indicators whose portal binding names a tree group's count fields give that group's metrics. */
  indicators?: Iterable<Indicator>;
}

/** A payload past its opening checks: the group it belongs to, its data (unchecked) and its request. */
export interface OpenedPayload {
  ok: true;
  endpoint: Endpoint;
  /** The group was named by a URL, a request file or a file name (not recognised from the shape). */
  named: boolean;
  data: unknown;
  period: PortalPeriod | null;
  rootDepartmentId: string | null;
  formalityId: string | null;
  ctx: Ctx;
}

/**
 * The checks every reading starts with: JSON text, a known endpoint, the envelope, the portal's own
 * error answer, and the group (named, or the one group whose strict shape fits).
 */
export function openPayload(endpoint: string | null, body: unknown, request?: unknown): OpenedPayload | PortalPayloadError {
  const period = request === undefined ? null : periodFromRequest(request);
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch {
      const named = endpoint ? endpointFromUrl(endpoint) : null;
      return failure(named, period, 'portal.not-json', [], endpoint ?? '?');
    }
  }
  const named = endpoint ? endpointFromUrl(endpoint) : null;
  if (endpoint && !named) {
    return failure(null, period, 'portal.unknown-endpoint', [], endpoint);
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return formatChanged(named, period, envelope.error, '');
  if (envelope.data.code !== 'OK' || envelope.data.data === null || envelope.data.data === undefined) {
    const err = failure(named, period, 'portal.api-error', [], named ?? '?');
    err.message = msg('portal.api-error', { group: err.group, message: envelope.data.message ?? envelope.data.code });
    return err;
  }
  // The endpoint (URL, request file, file name) decides the group; without one, the payload must
  // fit exactly one group's strict shape. Loose resemblance never decides.
  const ep = named ?? detectEndpoint(envelope.data.data);
  if (!ep) return failure(null, period, 'portal.group-unknown', [], '?');
  const req = asRecord(typeof request === 'string' ? safeJson(request) : request);
  const rootDepartmentId = typeof req?.rootDepartmentId === 'string' ? req.rootDepartmentId : null;
  return {
    ok: true,
    endpoint: ep,
    named: named !== null,
    data: envelope.data.data,
    period,
    rootDepartmentId,
    formalityId: typeof req?.formalityId === 'string' ? req.formalityId : typeof req?.formalityID === 'string' ? req.formalityID : null,
    // Only a request known to name no province is the national list: its rows are provinces.
    ctx: { endpoint: ep, period: period?.key ?? null, national: req !== null && rootDepartmentId === null },
  };
}

/**
 * Reads one payload. `endpoint` is the endpoint name or the request URL (null: recognised from the
 * payload's shape, for files saved without their URL); `request` is the request body (object or
 * JSON text), which alone says the period and the province.
 */
export function parsePortalPayload(endpoint: string | null, body: unknown, request?: unknown, opts: ParseOptions = {}): PortalParseResult {
  const opened = openPayload(endpoint, body, request);
  if (!opened.ok) return opened;
  const { endpoint: ep, period, ctx } = opened;
  const data = DATA_SCHEMA[ep].safeParse(opened.data);
  if (!data.success) return formatChanged(ep, period, data.error, 'data');
  const foreign = shapeProblems(ep, opened.data, !opened.named);
  if (foreign.length > 0) return shapeChanged(ep, period, foreign);

  const read = dedupe(readUnits(ep, data.data as Row, ctx));
  if (!read.units.some((u) => u.role === 'row') && read.conflicts.length === 0) return emptyGroup(ep, period);
  const defs = opts.indicators ? [...opts.indicators] : [];
  if (defs.length > 0) for (const u of read.units) u.metrics.push(...catalogueMetrics(ep, u, defs));
  return {
    ok: true,
    endpoint: ep,
    period,
    rootDepartmentId: opened.rootDepartmentId,
    formalityId: opened.formalityId,
    units: read.units,
    conflicts: read.conflicts,
  };
}

/** What one unit's figures say, without where they came from: two rows agree when these are equal. */
export function figuresFingerprint(f: UnitFigures): string {
  return JSON.stringify([
    f.role,
    f.scores.map((s) => [s.code, s.score, s.max, s.ratio]),
    f.metrics.map((m) => [m.code, m.numerator, m.denominator, m.ratio, m.score, m.max]),
    Object.entries(f.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
}

/** Two rows with this key in one payload are the same unit listed twice. */
export function listingKey(f: UnitFigures): string {
  return `${f.role}|${f.unit.id ?? ''}|${f.unit.id ? '' : (f.unit.code ?? f.unit.name)}`;
}

/**
 * A unit listed twice: the same figures twice are one row; different figures are a conflict, kept
 * apart (never a silent pick of the first or the last).
 */
function dedupe(all: UnitFigures[]): { units: UnitFigures[]; conflicts: UnitFigures[] } {
  const byKey = new Map<string, UnitFigures[]>();
  for (const f of all) {
    const key = listingKey(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const units: UnitFigures[] = [];
  const conflicts: UnitFigures[] = [];
  for (const list of byKey.values()) {
    // Fingerprints only for the rare unit listed more than once (national lists hold thousands).
    if (list.length === 1 || new Set(list.map(figuresFingerprint)).size === 1) units.push(list[0]!);
    else conflicts.push(...list);
  }
  return { units, conflicts };
}

/** How a payload is read: its group, its period, and whether its rows are provinces. */
export interface Ctx {
  endpoint: Endpoint;
  period: string | null;
  /** The request named no province: rows are provinces (else agencies and communes of one province). */
  national: boolean;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export function failure(endpoint: Endpoint | null, period: PortalPeriod | null, key: string, issues: Issue[], name: string): PortalPayloadError {
  const group = endpointDisplayName(endpoint ?? name);
  return { ok: false, endpoint, group, period, message: msg(key, { group, endpoint: name }), issues };
}

export function formatChanged(endpoint: Endpoint | null, period: PortalPeriod | null, error: z.core.$ZodError, prefix: string): PortalPayloadError {
  const issues: Issue[] = error.issues.slice(0, 10).map((i) => {
    const path = [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
      .filter(Boolean)
      .join('.')
      .replace(/\.\[/g, '[');
    return {
      code: 'portal-format-changed',
      severity: 'error',
      location: { sheet: null, row: null, column: null, a1: null, field: path || '(root)' },
      itemCode: endpoint,
      message: msg('portal.format-changed.detail', { path: path || '(root)', problem: problemText(i) }),
    };
  });
  return failure(endpoint, period, 'portal.format-changed', issues, endpoint ?? '?');
}

/** Fields or metric codes of another group (or unknown ones): the portal changed, nothing is read. */
export function shapeChanged(endpoint: Endpoint, period: PortalPeriod | null, problems: ShapeProblem[]): PortalPayloadError {
  const issues: Issue[] = problems.map((p) => ({
    code: 'portal-format-changed',
    severity: 'error',
    location: { sheet: null, row: null, column: null, a1: null, field: p.path },
    itemCode: endpoint,
    message: msg('portal.format-changed.detail', { path: p.path, problem: p.problem }),
  }));
  return failure(endpoint, period, 'portal.format-changed', issues, endpoint);
}

/** A group that lists no unit names itself ("no unit in group …"). */
export function emptyGroup(endpoint: Endpoint, period: PortalPeriod | null): PortalPayloadError {
  return failure(endpoint, period, 'portal.empty-group', [], endpoint);
}

/** The problem in plain words, without zod's locale tables (kept out of the extension's bundle). */
function problemText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'too_small') return 'too small / empty';
  return issue.code;
}

function unitKey(u: PortalUnit): string {
  return u.code ?? u.id ?? u.name;
}

/**
 * The peers a row is ranked with. A row of a province's list is a commune or an agency, whatever
 * `departmentType` says (some payloads label an agency PROVINCE); only the national list ranks provinces.
 */
function peersOf(level: string | null | undefined, type: string | null | undefined, national: boolean): string {
  if (level === 'COMMUNE' || type === 'COMMUNE_PEOPLE_COMMITTEE' || type === 'COMMUNE') return 'COMMUNE';
  return national ? 'PROVINCE' : 'AGENCY';
}

type Score = { code: GroupCode | 'TOTAL'; score: number | null; max: number | null; ratio: number | null };

function figures(ctx: Ctx, unit: PortalUnit, role: UnitFigures['role'], peers: string, parts: {
  scores: Score[];
  metrics?: Omit<MetricFigure, 'provenance' | 'scoreSource'>[];
  counts?: Record<string, number | null | undefined>;
}): UnitFigures {
  const provenance = { endpoint: ctx.endpoint, period: ctx.period, unit: unitKey(unit) };
  const counts: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(parts.counts ?? {})) if (v !== undefined) counts[k] = v;
  return {
    unit,
    role,
    peers,
    scores: parts.scores.map((s): ScoreFigure => ({ ...s, provenance })),
    metrics: (parts.metrics ?? []).map((m): MetricFigure => ({ ...m, scoreSource: 'portal', provenance })),
    counts,
    provenance,
  };
}

/** Who a row is, whom it is ranked with, and the one score the ranking reads. */
export interface RowHead {
  unit: PortalUnit;
  peers: string;
  score: Score;
}

/** Loose row type: every reader below is called on a row that passed its schema (or, for a head, the rank fields' check). */
type Row = Record<string, any>;

const rootUnit = (n: Row): PortalUnit => ({ ...treeUnit(n), level: 'PROVINCE', type: 'PROVINCE' });

function treeUnit(n: Row): PortalUnit {
  return { id: n.departmentId, code: n.departmentCode, name: n.departmentName, level: n.level ?? null, type: null };
}

/**
 * A row's head, read the same way for a full read and for the overlay's scan of the rows it does
 * not show (so a unit is found, and ranked, the same either way). `row` has passed its schema or
 * the check of RANK_FIELDS.
 */
export function rowHead(ep: Endpoint, row: Row, role: UnitFigures['role'], national: boolean): RowHead {
  switch (ep) {
    case 'service-results': {
      if (role === 'root') {
        const unit = { id: null, code: row.departmentCode, name: row.departmentName, level: null, type: row.departmentCode ? 'PROVINCE' : 'NATIONAL' };
        return { unit, peers: 'ROOT', score: { code: 'TOTAL', score: row.totalScore, max: row.totalMaxScore, ratio: row.ratio ?? null } };
      }
      // The national list has no childGroup: its rows are the provinces.
      const peers: string = row.childGroup ?? 'PROVINCE';
      const unit: PortalUnit = {
        id: row.departmentId,
        code: row.departmentCode,
        name: row.departmentName,
        level: peers === 'COMMUNE' ? 'COMMUNE' : 'PROVINCE',
        type: row.childGroup ?? 'PROVINCE',
      };
      return { unit, peers: peers === 'AGENCY' || peers === 'COMMUNE' ? peers : 'PROVINCE', score: { code: 'TOTAL', score: row.totalScore, max: TOTAL_MAX, ratio: row.ratio ?? null } };
    }
    case 'transparency':
    case 'dossier-digitized':
    case 'handling-satisfaction': {
      const unit: PortalUnit = {
        id: row.departmentId,
        code: row.departmentCode ?? null,
        name: row.departmentName,
        level: row.departmentLevel ?? null,
        type: row.departmentType ?? null,
      };
      const peers = role === 'root' ? 'ROOT' : peersOf(row.departmentLevel, row.departmentType, national);
      return { unit, peers, score: { code: ENDPOINT_GROUP[ep], score: row.totalScore, max: row.totalMaxScore, ratio: row.ratio } };
    }
    case 'dvc-progress-tree':
      return role === 'root'
        ? { unit: rootUnit(row), peers: 'ROOT', score: { code: 'TDGQ', score: row.totalScore, max: row.totalMaxScore, ratio: row.ratio } }
        : { unit: treeUnit(row), peers: peersOf(row.level, null, national), score: { code: 'TDGQ', score: row.score, max: row.maxScore, ratio: row.ratio } };
    case 'provide-online-tree':
    case 'formality-online-payment-tree': {
      const code = ENDPOINT_GROUP[ep];
      const score: Score = { code, score: row.totalScore, max: row.totalMaxScore, ratio: row.ratio };
      return role === 'root' ? { unit: rootUnit(row), peers: 'ROOT', score } : { unit: treeUnit(row), peers: peersOf(row.level, null, national), score };
    }
  }
}

/**
 * The head of a row the overlay does not read in full: who it is and its one score, no metrics and
 * no counts. Enough to find a unit and to rank it.
 */
export function rowStub(ep: Endpoint, row: Row, role: UnitFigures['role'], ctx: Ctx): UnitFigures {
  const head = rowHead(ep, row, role, ctx.national);
  return figures(ctx, head.unit, role, head.peers, { scores: [head.score] });
}

const ONLINE_COUNT_KEYS = [
  'authorityCount', 'partialCount', 'fullCount', 'onlineDossierCount', 'onlineServiceTotal',
  'channelOnlineSum', 'channelDirectSum', 'channelPostalSum', 'channelTotalSum', 'onlineOnTimeSum', 'onlineOverdueSum',
] as const;

/**
 * One row read in full: every score, metric and count. `row` is its schema's output (ROW_SCHEMA);
 * `radar` is the payload's radar, read with the root of `service-results`.
 */
export function readRow(ep: Endpoint, row: Row, role: UnitFigures['role'], ctx: Ctx, radar: readonly Row[] | null = null): UnitFigures {
  const head = rowHead(ep, row, role, ctx.national);
  const counts: Record<string, number | null | undefined> = {};
  switch (ep) {
    case 'service-results': {
      if (role === 'root') {
        const all = radar ?? [];
        const scores: Score[] = [head.score, ...all.filter((r) => isGroupCode(r.code)).map((r) => ({ code: r.code as GroupCode, score: r.score, max: r.maxScore, ratio: r.ratio ?? null }))];
        // ONLINE_SERVICE (22) is CLGQ + TTTT together: kept as a figure, not as a group.
        const metrics = all.filter((r) => !isGroupCode(r.code)).map((r) => ({
          code: r.code, name: r.name ?? null, numerator: null, denominator: null, ratio: r.ratio ?? null, score: r.score, max: r.maxScore,
        }));
        return figures(ctx, head.unit, role, head.peers, { scores, metrics });
      }
      const scores: Score[] = [head.score];
      if (row.groupScores) for (const g of GROUP_CODES) scores.push({ code: g, score: row.groupScores[g], max: GROUP_MAX[g], ratio: null });
      return figures(ctx, head.unit, role, head.peers, { scores });
    }
    case 'transparency':
    case 'dossier-digitized':
    case 'handling-satisfaction':
      return figures(ctx, head.unit, role, head.peers, {
        scores: [head.score],
        metrics: (row.metrics as Row[]).map((m) => ({
          code: m.code, name: m.name ?? null, numerator: m.numerator, denominator: m.denominator, ratio: m.ratio, score: m.score, max: m.maxScore,
        })),
        counts: { totalPetitions: row.totalPetitions, classifiedPetitions: row.classifiedPetitions, totalDossiers: row.totalDossiers },
      });
    case 'dvc-progress-tree':
      if (role === 'root') Object.assign(counts, { totalReceived: row.totalReceived, totalOnTime: row.totalOnTime, totalCompleted: row.totalCompleted, avgProcessingDays: row.avgProcessingDays });
      else Object.assign(counts, { totalReceived: row.totalReceived, totalOnTime: row.totalOnTime, totalOverdue: row.totalOverdue, avgProcessingDays: row.avgProcessingDays });
      return figures(ctx, head.unit, role, head.peers, { scores: [head.score], counts });
    case 'provide-online-tree':
      for (const k of ONLINE_COUNT_KEYS) counts[k] = row[k];
      return figures(ctx, head.unit, role, head.peers, { scores: [head.score], counts });
    case 'formality-online-payment-tree':
      for (const k of PAYMENT_COUNTS) counts[k] = row[k];
      return figures(ctx, head.unit, role, head.peers, { scores: [head.score], counts });
  }
}

/** Where a group keeps its root row and its list of rows. */
export function rowPlaces(ep: Endpoint): { root: 'overview' | 'parent'; rows: 'evaluation' | 'children' } {
  return ep === 'service-results' || ep === 'transparency' || ep === 'dossier-digitized' || ep === 'handling-satisfaction'
    ? { root: 'overview', rows: 'evaluation' }
    : { root: 'parent', rows: 'children' };
}

function readUnits(ep: Endpoint, data: Row, ctx: Ctx): UnitFigures[] {
  const places = rowPlaces(ep);
  const root = data[places.root] as Row | null;
  const out = root ? [readRow(ep, root, 'root', ctx, data.radar ?? null)] : [];
  for (const row of data[places.rows] as Row[]) out.push(readRow(ep, row, 'row', ctx));
  return out;
}

// One evaluation-API payload → per-unit figures. Every payload goes through the zod schemas first:
// a shape the toolkit does not know gives a "format changed" result naming the group, never a
// number read from the wrong place.
import type * as z from 'zod/mini';
import type { Indicator } from '../schema/indicator.ts';
import type { Issue } from '../schema/issue.ts';
import { msg } from '../messages/index.ts';
import {
  ENDPOINT_GROUP, GROUP_CODES, GROUP_MAX, TOTAL_MAX,
  endpointDisplayName, endpointFromUrl, isGroupCode, type Endpoint, type GroupCode,
} from './endpoints.ts';
import { periodFromRequest, type PortalPeriod } from './period.ts';
import {
  DATA_SCHEMA, Envelope, PAYMENT_COUNTS,
  type DvcProgressData, type MetricGroupData, type MetricRow, type PaymentData, type ProvideOnlineData,
  type SatisfactionData, type ServiceResultsData,
} from './schemas.ts';
import type { MetricFigure, PortalParseResult, PortalPayloadError, PortalUnit, ScoreFigure, UnitFigures } from './figures.ts';
import { catalogueMetrics } from './catalogue.ts';
import { detectEndpoint, shapeProblems, type ShapeProblem } from './shape.ts';

export { detectEndpoint } from './shape.ts';

export interface ParseOptions {
  /** Indicators whose portal binding names a tree group's count fields give that group's metrics. */
  indicators?: Iterable<Indicator>;
}

/**
 * Reads one payload. `endpoint` is the endpoint name or the request URL (null: recognised from the
 * payload's shape, for files saved without their URL); `request` is the request body (object or
 * JSON text), which alone says the period and the province.
 */
export function parsePortalPayload(endpoint: string | null, body: unknown, request?: unknown, opts: ParseOptions = {}): PortalParseResult {
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
  const data = DATA_SCHEMA[ep].safeParse(envelope.data.data);
  if (!data.success) return formatChanged(ep, period, data.error, 'data');
  const foreign = shapeProblems(ep, envelope.data.data, named === null);
  if (foreign.length > 0) return shapeChanged(ep, period, foreign);

  const req = asRecord(typeof request === 'string' ? safeJson(request) : request);
  const rootDepartmentId = typeof req?.rootDepartmentId === 'string' ? req.rootDepartmentId : null;
  // Only a request known to name no province is the national list: its rows are provinces.
  const ctx: Ctx = { endpoint: ep, period: period?.key ?? null, national: req !== null && rootDepartmentId === null };
  const read = dedupe(readUnits(ep, data.data, ctx));
  if (!read.units.some((u) => u.role === 'row') && read.conflicts.length === 0) return failure(ep, period, 'portal.empty-group', [], ep);
  const defs = opts.indicators ? [...opts.indicators] : [];
  if (defs.length > 0) for (const u of read.units) u.metrics.push(...catalogueMetrics(ep, u, defs));
  return {
    ok: true,
    endpoint: ep,
    period,
    rootDepartmentId,
    formalityId: typeof req?.formalityId === 'string' ? req.formalityId : typeof req?.formalityID === 'string' ? req.formalityID : null,
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

/**
 * A unit listed twice: the same figures twice are one row; different figures are a conflict, kept
 * apart (never a silent pick of the first or the last).
 */
function dedupe(all: UnitFigures[]): { units: UnitFigures[]; conflicts: UnitFigures[] } {
  const byKey = new Map<string, UnitFigures[]>();
  for (const f of all) {
    const key = `${f.role}|${f.unit.id ?? ''}|${f.unit.id ? '' : (f.unit.code ?? f.unit.name)}`;
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

interface Ctx {
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

function failure(endpoint: Endpoint | null, period: PortalPeriod | null, key: string, issues: Issue[], name: string): PortalPayloadError {
  const group = endpointDisplayName(endpoint ?? name);
  return { ok: false, endpoint, group, period, message: msg(key, { group, endpoint: name }), issues };
}

function formatChanged(endpoint: Endpoint | null, period: PortalPeriod | null, error: z.core.$ZodError, prefix: string): PortalPayloadError {
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
function shapeChanged(endpoint: Endpoint, period: PortalPeriod | null, problems: ShapeProblem[]): PortalPayloadError {
  const issues: Issue[] = problems.map((p) => ({
    code: 'portal-format-changed',
    severity: 'error',
    location: { sheet: null, row: null, column: null, a1: null, field: p.path },
    itemCode: endpoint,
    message: msg('portal.format-changed.detail', { path: p.path, problem: p.problem }),
  }));
  return failure(endpoint, period, 'portal.format-changed', issues, endpoint);
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

function figures(ctx: Ctx, unit: PortalUnit, role: UnitFigures['role'], peers: string, parts: {
  scores: { code: GroupCode | 'TOTAL'; score: number | null; max: number | null; ratio: number | null }[];
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

function readUnits(ep: Endpoint, data: unknown, ctx: Ctx): UnitFigures[] {
  switch (ep) {
    case 'service-results':
      return serviceResults(data as ServiceResultsData, ctx);
    case 'transparency':
    case 'dossier-digitized':
    case 'handling-satisfaction':
      return metricGroup(data as MetricGroupData | SatisfactionData, ctx, ENDPOINT_GROUP[ep]);
    case 'dvc-progress-tree':
      return dvcProgress(data as DvcProgressData, ctx);
    case 'provide-online-tree':
      return provideOnline(data as ProvideOnlineData, ctx);
    case 'formality-online-payment-tree':
      return payment(data as PaymentData, ctx);
  }
}

function metricGroup(data: MetricGroupData | SatisfactionData, ctx: Ctx, group: GroupCode): UnitFigures[] {
  const one = (row: MetricRow & { totalPetitions?: number | null; classifiedPetitions?: number | null; totalDossiers?: number | null }, role: UnitFigures['role']) => {
    const unit: PortalUnit = {
      id: row.departmentId,
      code: row.departmentCode ?? null,
      name: row.departmentName,
      level: row.departmentLevel ?? null,
      type: row.departmentType ?? null,
    };
    return figures(ctx, unit, role, role === 'root' ? 'ROOT' : peersOf(row.departmentLevel, row.departmentType, ctx.national), {
      scores: [{ code: group, score: row.totalScore, max: row.totalMaxScore, ratio: row.ratio }],
      metrics: row.metrics.map((m) => ({
        code: m.code, name: m.name ?? null, numerator: m.numerator, denominator: m.denominator, ratio: m.ratio, score: m.score, max: m.maxScore,
      })),
      counts: { totalPetitions: row.totalPetitions, classifiedPetitions: row.classifiedPetitions, totalDossiers: row.totalDossiers },
    });
  };
  const out = data.overview ? [one(data.overview, 'root')] : [];
  for (const row of data.evaluation) out.push(one(row, 'row'));
  return out;
}

function treeUnit(n: { departmentId: string; departmentName: string; departmentCode: string | null; level?: string | null }): PortalUnit {
  return { id: n.departmentId, code: n.departmentCode, name: n.departmentName, level: n.level ?? null, type: null };
}

function dvcProgress(data: DvcProgressData, ctx: Ctx): UnitFigures[] {
  const out: UnitFigures[] = [];
  const p = data.parent;
  if (p) {
    out.push(figures(ctx, { ...treeUnit(p), level: 'PROVINCE', type: 'PROVINCE' }, 'root', 'ROOT', {
      scores: [{ code: 'TDGQ', score: p.totalScore, max: p.totalMaxScore, ratio: p.ratio }],
      counts: { totalReceived: p.totalReceived, totalOnTime: p.totalOnTime, totalCompleted: p.totalCompleted, avgProcessingDays: p.avgProcessingDays },
    }));
  }
  for (const c of data.children) {
    out.push(figures(ctx, treeUnit(c), 'row', peersOf(c.level, null, ctx.national), {
      scores: [{ code: 'TDGQ', score: c.score, max: c.maxScore, ratio: c.ratio }],
      counts: { totalReceived: c.totalReceived, totalOnTime: c.totalOnTime, totalOverdue: c.totalOverdue, avgProcessingDays: c.avgProcessingDays },
    }));
  }
  return out;
}

const ONLINE_COUNT_KEYS = [
  'authorityCount', 'partialCount', 'fullCount', 'onlineDossierCount', 'onlineServiceTotal',
  'channelOnlineSum', 'channelDirectSum', 'channelPostalSum', 'channelTotalSum', 'onlineOnTimeSum', 'onlineOverdueSum',
] as const;

function provideOnline(data: ProvideOnlineData, ctx: Ctx): UnitFigures[] {
  const one = (n: ProvideOnlineData['children'][number], role: UnitFigures['role']) => {
    const counts: Record<string, number | null | undefined> = {};
    for (const k of ONLINE_COUNT_KEYS) counts[k] = n[k];
    const unit = role === 'root' ? { ...treeUnit(n), level: 'PROVINCE', type: 'PROVINCE' } : treeUnit(n);
    return figures(ctx, unit, role, role === 'root' ? 'ROOT' : peersOf(n.level, null, ctx.national), {
      scores: [{ code: 'CLGQ', score: n.totalScore, max: n.totalMaxScore, ratio: n.ratio }],
      counts,
    });
  };
  return [...(data.parent ? [one(data.parent, 'root')] : []), ...data.children.map((c) => one(c, 'row'))];
}

function payment(data: PaymentData, ctx: Ctx): UnitFigures[] {
  const one = (n: PaymentData['children'][number], role: UnitFigures['role']) => {
    const counts: Record<string, number | null> = {};
    for (const k of PAYMENT_COUNTS) counts[k] = n[k];
    const unit = role === 'root' ? { ...treeUnit(n), level: 'PROVINCE', type: 'PROVINCE' } : treeUnit(n);
    return figures(ctx, unit, role, role === 'root' ? 'ROOT' : peersOf(n.level, null, ctx.national), {
      scores: [{ code: 'TTTT', score: n.totalScore, max: n.totalMaxScore, ratio: n.ratio }],
      counts,
    });
  };
  return [...(data.parent ? [one(data.parent, 'root')] : []), ...data.children.map((c) => one(c, 'row'))];
}

function serviceResults(data: ServiceResultsData, ctx: Ctx): UnitFigures[] {
  const out: UnitFigures[] = [];
  const o = data.overview;
  if (o) {
    const radar = data.radar ?? [];
    const scores: ScoreFigure[] | { code: GroupCode | 'TOTAL'; score: number | null; max: number | null; ratio: number | null }[] = [
      { code: 'TOTAL', score: o.totalScore, max: o.totalMaxScore, ratio: o.ratio ?? null },
      ...radar.filter((r) => isGroupCode(r.code)).map((r) => ({ code: r.code as GroupCode, score: r.score, max: r.maxScore, ratio: r.ratio ?? null })),
    ];
    // ONLINE_SERVICE (22) is CLGQ + TTTT together: kept as a figure, not as a group.
    const metrics = radar.filter((r) => !isGroupCode(r.code)).map((r) => ({
      code: r.code, name: r.name ?? null, numerator: null, denominator: null, ratio: r.ratio ?? null, score: r.score, max: r.maxScore,
    }));
    out.push(figures(ctx, { id: null, code: o.departmentCode, name: o.departmentName, level: null, type: o.departmentCode ? 'PROVINCE' : 'NATIONAL' }, 'root', 'ROOT', { scores, metrics }));
  }
  for (const row of data.evaluation) {
    const scores: { code: GroupCode | 'TOTAL'; score: number | null; max: number | null; ratio: number | null }[] = [
      { code: 'TOTAL', score: row.totalScore, max: TOTAL_MAX, ratio: row.ratio ?? null },
    ];
    if (row.groupScores) {
      for (const g of GROUP_CODES) scores.push({ code: g, score: row.groupScores[g], max: GROUP_MAX[g], ratio: null });
    }
    // The national list has no childGroup: its rows are the provinces.
    const peers = row.childGroup ?? 'PROVINCE';
    const unit: PortalUnit = {
      id: row.departmentId,
      code: row.departmentCode,
      name: row.departmentName,
      level: peers === 'COMMUNE' ? 'COMMUNE' : 'PROVINCE',
      type: row.childGroup ?? 'PROVINCE',
    };
    out.push(figures(ctx, unit, 'row', peers === 'AGENCY' || peers === 'COMMUNE' ? peers : 'PROVINCE', { scores }));
  }
  return out;
}

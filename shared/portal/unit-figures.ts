// Payloads of one screen → one unit's figures: the 766 total and rank, the six groups, every
// metric, the raw counts. Later payloads replace earlier ones for the same group and unit, and
// only one period is ever mixed in, so a number from another period can never show up.
import type { Indicator } from '../schema/indicator.ts';
import type { Message } from '../schema/issue.ts';
import { msg } from '../messages/index.ts';
import {
  GROUP_CODES, GROUP_ENDPOINT, GROUP_MAX, TOTAL_MAX, endpointDisplayName, type Endpoint, type GroupCode,
} from './endpoints.ts';
import { figuresFingerprint } from './parse.ts';
import type { MetricFigure, PortalPayload, PortalUnit, Provenance, UnitFigures } from './figures.ts';
import type { PortalPeriod } from './period.ts';
import { recomputeGroup } from './recompute.ts';

export interface GroupResult {
  code: GroupCode;
  score: number | null;
  max: number;
  ratio: number | null;
  /** Recomputed from the raw counts where the catalogue knows the rule, else null. */
  computed: number | null;
  provenance: Provenance | null;
}

export interface UnitPortalFigures {
  unit: PortalUnit;
  period: PortalPeriod | null;
  total: {
    score: number | null;
    max: number;
    /** Rank among the unit's peers (communes with communes, agencies with agencies, provinces nationally); ties share a rank. */
    rank: number | null;
    rankOf: number | null;
    /** `service-results`: the portal's own total; `sum-of-groups`: the six group payloads added up. */
    source: 'service-results' | 'sum-of-groups' | null;
    provenance: Provenance | null;
  };
  groups: GroupResult[];
  metrics: MetricFigure[];
  /** Raw counts per endpoint. */
  counts: Partial<Record<Endpoint, Record<string, number | null>>>;
  endpoints: Endpoint[];
  /** "Portal data conflict" notices: groups where the unit is listed with different figures (shown as no number). */
  notices: Message[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** The payloads of one period (the latest payload's when not given); per-procedure drill-downs left out. */
export function payloadsForPeriod<P extends PortalPayload>(payloads: readonly P[], periodKey?: string | null): { period: PortalPeriod | null; payloads: P[] } {
  const all = payloads.filter((p) => p.formalityId === null);
  if (all.length === 0) return { period: null, payloads: [] };
  const key = periodKey === undefined ? (all.at(-1)?.period?.key ?? null) : periodKey;
  const chosen = all.filter((p) => (p.period?.key ?? null) === key);
  return { period: chosen.find((p) => p.period)?.period ?? null, payloads: chosen };
}

/** Every unit seen in the payloads, codes filled in from the groups that give them (matched by id). */
export function unitsSeen(payloads: readonly PortalPayload[]): PortalUnit[] {
  const byId = new Map<string, PortalUnit>();
  const byCode = new Map<string, PortalUnit>();
  for (const p of payloads) {
    for (const { unit: u } of p.units) {
      const known = (u.id && byId.get(u.id)) || (u.code && byCode.get(norm(u.code))) || null;
      const merged: PortalUnit = known
        ? { id: known.id ?? u.id, code: known.code ?? u.code, name: known.name || u.name, level: known.level ?? u.level, type: known.type ?? u.type }
        : { ...u };
      if (merged.id) byId.set(merged.id, merged);
      if (merged.code) byCode.set(norm(merged.code), merged);
      if (!merged.id && !merged.code) byCode.set(norm(merged.name), merged);
    }
  }
  const seen = new Set<PortalUnit>([...byId.values(), ...byCode.values()]);
  return [...seen].sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~', 'vi', { numeric: true }) || a.name.localeCompare(b.name, 'vi'));
}

/** Units whose name or code contains the query (case and accents ignored). */
export function searchUnits(units: readonly PortalUnit[], query: string, limit = 50): PortalUnit[] {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
  const q = fold(query);
  if (!q) return units.slice(0, limit);
  const exact = units.filter((u) => u.code && fold(u.code) === q);
  const rest = units.filter((u) => !exact.includes(u) && (fold(u.name).includes(q) || (u.code !== null && fold(u.code).includes(q))));
  return [...exact, ...rest].slice(0, limit);
}

/**
 * The unit a code or id names, with what every payload says about it merged (a code from one
 * group, a level from another). One pass, no sorting: national payloads hold thousands of units.
 */
export function resolveUnit(payloads: readonly PortalPayload[], key: string): PortalUnit | null {
  const k = norm(key);
  let id: string | null = null;
  let code: string | null = null;
  for (const p of payloads) {
    for (const list of [p.units, p.conflicts]) {
      for (const { unit: u } of list) {
        if ((u.code !== null && norm(u.code) === k) || u.id === key) {
          id ??= u.id;
          code ??= u.code;
        }
      }
    }
  }
  if (id === null && code === null) return null;
  const c = code === null ? null : norm(code);
  let merged: PortalUnit | null = null;
  for (const p of payloads) {
    for (const list of [p.units, p.conflicts]) {
      for (const { unit: u } of list) {
        const same = (id !== null && u.id === id) || (c !== null && u.code !== null && norm(u.code) === c);
        if (!same) continue;
        merged = merged
          ? { id: merged.id ?? u.id, code: merged.code ?? u.code, name: merged.name || u.name, level: merged.level ?? u.level, type: merged.type ?? u.type }
          : { ...u };
      }
    }
  }
  return merged;
}

/** The same unit: by id when both have one, else by code. */
export function sameUnit(a: PortalUnit, b: PortalUnit): boolean {
  if (a.id && b.id) return a.id === b.id;
  if (a.code && b.code) return norm(a.code) === norm(b.code);
  return false;
}

/** Competition ranking (1, 2, 2, 4) of `score` among `scores`, higher first. */
export function rankAmong(score: number, scores: readonly number[]): number {
  return 1 + scores.filter((s) => s > score + 1e-9).length;
}

function groupScoreOf(f: UnitFigures, code: GroupCode) {
  return f.scores.find((s) => s.code === code) ?? null;
}

/**
 * One unit's figures from the payloads of one period. `unit` is a departmentCode (H44.104) or a
 * department id. Null when the unit is in none of the payloads.
 */
export function figuresForUnit(
  payloads: readonly PortalPayload[],
  unitKey: string,
  opts: { period?: string | null; indicators?: readonly Indicator[] } = {},
): UnitPortalFigures | null {
  const { period, payloads: chosen } = payloadsForPeriod(payloads, opts.period);
  const unit = resolveUnit(chosen, unitKey);
  if (!unit) return null;

  // Every payload of a group that lists the unit must agree: one unit with two different figures for
  // the same group and period is a conflict, shown as such and read as no number.
  const mine = new Map<Endpoint, UnitFigures>();
  const conflicted = new Set<Endpoint>();
  for (const p of chosen) {
    if (p.conflicts.some((u) => u.role === 'row' && sameUnit(u.unit, unit))) conflicted.add(p.endpoint);
    const f = p.units.find((u) => sameUnit(u.unit, unit));
    if (!f) continue;
    const before = mine.get(p.endpoint);
    if (before && figuresFingerprint(before) !== figuresFingerprint(f)) conflicted.add(p.endpoint);
    mine.set(p.endpoint, f);
  }
  for (const ep of conflicted) mine.delete(ep);
  if (mine.size === 0 && conflicted.size === 0) return null;
  const unitText = unit.code ? `${unit.name} (${unit.code})` : unit.name;
  const notices = [...conflicted].map((ep) => msg('portal.conflict', { unit: unitText, group: endpointDisplayName(ep) }));

  const service = mine.get('service-results');
  const groups: GroupResult[] = GROUP_CODES.map((code) => {
    const own = mine.get(GROUP_ENDPOINT[code]);
    const fromOwn = own ? groupScoreOf(own, code) : null;
    const fig = fromOwn ?? (service ? groupScoreOf(service, code) : null);
    const re = own && opts.indicators ? recomputeGroup(own, opts.indicators) : null;
    return {
      code,
      score: fig?.score ?? null,
      max: fig?.max ?? GROUP_MAX[code],
      ratio: fig?.ratio ?? null,
      computed: re?.known ? re.computed : null,
      provenance: fig?.provenance ?? null,
    };
  });

  // A conflicting ranking leaves the total unknown rather than falling back on a plausible sum.
  const total = conflicted.has('service-results')
    ? { score: null, max: TOTAL_MAX, rank: null, rankOf: null, source: null, provenance: null }
    : totalAndRank(chosen, unit, service, groups);
  const metrics: MetricFigure[] = [];
  const counts: UnitPortalFigures['counts'] = {};
  for (const [ep, f] of mine) {
    if (ep !== 'service-results') metrics.push(...f.metrics);
    if (Object.keys(f.counts).length > 0) counts[ep] = f.counts;
  }
  return { unit, period, total, groups, metrics, counts, endpoints: [...mine.keys()], notices };
}

function totalAndRank(chosen: readonly PortalPayload[], unit: PortalUnit, service: UnitFigures | undefined, groups: GroupResult[]): UnitPortalFigures['total'] {
  const serviceTotal = service?.scores.find((s) => s.code === 'TOTAL');
  if (service && serviceTotal && serviceTotal.score !== null) {
    let rank: number | null = null;
    let rankOf: number | null = null;
    const payload = [...chosen].reverse().find((p) => p.endpoint === 'service-results' && p.units.includes(service));
    if (payload && service.role === 'row') {
      const peers = payload.units
        .filter((u) => u.role === 'row' && u.peers === service.peers)
        .map((u) => u.scores.find((s) => s.code === 'TOTAL')?.score)
        .filter((s): s is number => typeof s === 'number');
      rank = rankAmong(serviceTotal.score, peers);
      rankOf = peers.length;
    }
    return { score: serviceTotal.score, max: serviceTotal.max ?? TOTAL_MAX, rank, rankOf, source: 'service-results', provenance: serviceTotal.provenance };
  }
  if (groups.every((g) => g.score !== null)) {
    const score = groups.reduce((s, g) => s + (g.score ?? 0), 0);
    const { rank, rankOf, peersOf } = sumRank(chosen, unit);
    return { score: round2(score), max: TOTAL_MAX, rank: peersOf ? rank : null, rankOf: peersOf ? rankOf : null, source: 'sum-of-groups', provenance: null };
  }
  return { score: null, max: TOTAL_MAX, rank: null, rankOf: null, source: null, provenance: null };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Peer classes in order of precedence when payloads disagree: the most specific wins, whatever came first. */
const PEER_PRECEDENCE = ['COMMUNE', 'AGENCY', 'PROVINCE'];

function strongerPeers(a: string, b: string): string {
  const ia = PEER_PRECEDENCE.indexOf(a);
  const ib = PEER_PRECEDENCE.indexOf(b);
  if (ia < 0) return b;
  if (ib < 0) return a;
  return ia <= ib ? a : b;
}

/**
 * Rank by the sum of the six group payloads, among peers that have all six. A unit's peers are decided
 * from every payload together (commune over agency over province), so the order the payloads came in
 * never changes a rank.
 */
function sumRank(chosen: readonly PortalPayload[], unit: PortalUnit): { rank: number | null; rankOf: number | null; peersOf: string | null } {
  const sums = new Map<string, { peers: string; role: string; parts: Map<GroupCode, number> }>();
  for (const p of chosen) {
    if (p.endpoint === 'service-results') continue;
    for (const f of p.units) {
      const id = f.unit.id ?? f.unit.code;
      if (!id) continue;
      const entry = sums.get(id) ?? { peers: f.peers, role: f.role, parts: new Map<GroupCode, number>() };
      entry.peers = strongerPeers(entry.peers, f.peers);
      if (f.role === 'root') entry.role = 'root';
      for (const s of f.scores) if (s.code !== 'TOTAL' && s.score !== null) entry.parts.set(s.code, s.score);
      sums.set(id, entry);
    }
  }
  const me = sums.get(unit.id ?? unit.code ?? '');
  if (!me || me.role !== 'row' || me.parts.size < GROUP_CODES.length) return { rank: null, rankOf: null, peersOf: null };
  // In hundredths: the portal's group scores have two decimals, so the sums compare exactly.
  const total = (e: { parts: Map<GroupCode, number> }) => [...e.parts.values()].reduce((a, b) => a + Math.round(b * 100), 0) / 100;
  const peers = [...sums.values()].filter((e) => e.role === 'row' && e.peers === me.peers && e.parts.size === GROUP_CODES.length).map(total);
  return { rank: rankAmong(total(me), peers), rankOf: peers.length, peersOf: me.peers };
}

// The payloads of the page, as they arrive. A new payload replaces the one of the same group and
// period; a new period becomes the period on screen; a payload that fails its schema removes that
// group's figure for the period and leaves a notice instead, so a stale number never stays up.
import type { Indicator } from '../../shared/schema/indicator.ts';
import type { Message } from '../../shared/schema/issue.ts';
import {
  readUnitFigures, scanPortalPayload, type Endpoint, type PortalParseResult, type ScannedPayload, type UnitPortalFigures, type UnitRead,
} from '../../shared/portal/index.ts';

const MAX_PAYLOADS = 40;

// Payloads are scanned, not read in full (shared/portal/scan.ts): the strict check and the full
// reading of a row happen for my unit only, when its figures are asked for.
export class PayloadStore {
  private payloads: ScannedPayload[] = [];
  /** Notices per period key ('' for an unknown period), one per group. */
  private failures = new Map<string, Map<string, Message>>();
  /** The period on screen: the latest payload's; undefined before any payload. */
  period: string | null | undefined = undefined;
  /** When the latest payload of the period on screen arrived. */
  lastArrival: Date | null = null;
  private indicators: readonly Indicator[];
  /** Bumped on every change: the last unit read stays valid until then. */
  private version = 0;
  private lastRead: { version: number; unitKey: string; read: UnitRead } | null = null;
  /** My unit as last asked for, with the ids and codes it was found under: its rows are kept parsed at the scan. */
  private mine: { key: string; ids: Set<string>; codes: Set<string> } | null = null;

  constructor(indicators: readonly Indicator[]) {
    this.indicators = indicators;
  }

  /** A new plan brings its indicators: my unit's figures are read again with them. */
  setIndicators(indicators: readonly Indicator[]): void {
    this.indicators = indicators;
    this.version++;
  }

  /** Reads one response (url, body text, request body text) and keeps it. */
  accept(url: string, body: string, request: string | null, arrivedAt: Date): PortalParseResult {
    this.version++;
    const result = scanPortalPayload(url, body, request ?? undefined, (f) => this.isMine(f.unit));
    const key = result.period?.key ?? null;
    if (result.ok) {
      if (result.formalityId !== null) {
        // A per-procedure drill-down is another view of the same period: kept apart, never mixed in.
        return result;
      }
      this.payloads = this.payloads.filter((p) => !(p.endpoint === result.endpoint && (p.period?.key ?? null) === key && p.rootDepartmentId === result.rootDepartmentId && p.formalityId === null));
      this.payloads.push(result);
      if (this.payloads.length > MAX_PAYLOADS) this.payloads.splice(0, this.payloads.length - MAX_PAYLOADS);
      this.failures.get(key ?? '')?.delete(result.endpoint);
    } else {
      const periodKey = result.period ? key : (this.period ?? null);
      if (result.endpoint) {
        const ep: Endpoint = result.endpoint;
        this.payloads = this.payloads.filter((p) => !(p.endpoint === ep && (p.period?.key ?? null) === periodKey));
      }
      const notices = this.failures.get(periodKey ?? '') ?? new Map<string, Message>();
      notices.set(result.endpoint ?? result.group, result.message);
      this.failures.set(periodKey ?? '', notices);
      this.period = periodKey;
      this.lastArrival = arrivedAt;
      return result;
    }
    this.period = key;
    this.lastArrival = arrivedAt;
    return result;
  }

  /** The unit the panel shows (from the settings): its rows are kept parsed from the first payload on. */
  setUnit(unitKey: string | null): void {
    if (unitKey === null) this.mine = null;
    else if (this.mine?.key !== unitKey) this.mine = { key: unitKey, ids: new Set(), codes: new Set([unitKey.trim().toLowerCase()]) };
  }

  private isMine(u: { id: string | null; code: string | null }): boolean {
    const m = this.mine;
    if (!m) return false;
    return (u.id !== null && (u.id === m.key || m.ids.has(u.id))) || (u.code !== null && m.codes.has(u.code.trim().toLowerCase()));
  }

  /** My unit read from the payloads of the period on screen (kept until something changes). */
  private read(unitKey: string): UnitRead {
    const last = this.lastRead;
    if (last && last.version === this.version && last.unitKey === unitKey) return last.read;
    const read = readUnitFigures(this.payloads, unitKey, { period: this.period ?? null, indicators: this.indicators });
    this.lastRead = { version: this.version, unitKey, read };
    this.setUnit(unitKey);
    const u = read.figures?.unit;
    if (u?.id) this.mine?.ids.add(u.id);
    if (u?.code) this.mine?.codes.add(u.code.trim().toLowerCase());
    return read;
  }

  /**
   * The notices of the period on screen; with my unit, also the groups whose row of my unit failed
   * its strict check ("portal changed": that group shows no number).
   */
  notices(unitKey?: string | null): Message[] {
    if (this.period === undefined) return [];
    const out = new Map(this.failures.get(this.period ?? '') ?? []);
    if (unitKey) for (const f of this.read(unitKey).failures) if (!out.has(f.endpoint ?? f.group)) out.set(f.endpoint ?? f.group, f.message);
    return [...out.values()];
  }

  all(): readonly ScannedPayload[] {
    return this.payloads;
  }

  /** My unit's figures for the period on screen (null before any payload or when the unit is absent). */
  figures(unitKey: string): UnitPortalFigures | null {
    if (this.period === undefined) return null;
    return this.read(unitKey).figures;
  }

  /** The province of my unit, from a payload that lists it (for the "load" action). */
  rootFor(unitKey: string): string | null {
    const k = unitKey.toLowerCase();
    for (const p of [...this.payloads].reverse()) {
      const u = p.units.find((x) => x.unit.code?.toLowerCase() === k || x.unit.id === unitKey);
      if (!u) continue;
      if (p.rootDepartmentId) return p.rootDepartmentId;
      if (u.unit.type === 'PROVINCE' && u.unit.id) return u.unit.id;
    }
    return null;
  }
}

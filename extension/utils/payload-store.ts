// The payloads of the page, as they arrive. A new payload replaces the one of the same group and
// period; a new period becomes the period on screen; a payload that fails its schema removes that
// group's figure for the period and leaves a notice instead, so a stale number never stays up.
import type { Indicator } from '../../shared/schema/indicator.ts';
import type { Message } from '../../shared/schema/issue.ts';
import {
  figuresForUnit, parsePortalPayload, type Endpoint, type PortalParseResult, type PortalPayload, type UnitPortalFigures,
} from '../../shared/portal/index.ts';

const MAX_PAYLOADS = 40;

export class PayloadStore {
  private payloads: PortalPayload[] = [];
  /** Notices per period key ('' for an unknown period), one per group. */
  private failures = new Map<string, Map<string, Message>>();
  /** The period on screen: the latest payload's; undefined before any payload. */
  period: string | null | undefined = undefined;
  /** When the latest payload of the period on screen arrived. */
  lastArrival: Date | null = null;
  private indicators: readonly Indicator[];
  /** What arrived, in order, so the figures can be rebuilt when the catalogue changes. */
  private arrivals: { url: string; body: string; request: string | null; arrivedAt: Date }[] = [];

  constructor(indicators: readonly Indicator[]) {
    this.indicators = indicators;
  }

  /** A new plan brings its indicators: rebuild every figure from the same responses. */
  setIndicators(indicators: readonly Indicator[]): void {
    this.indicators = indicators;
    const arrivals = this.arrivals;
    this.arrivals = [];
    this.payloads = [];
    this.failures.clear();
    this.period = undefined;
    this.lastArrival = null;
    for (const a of arrivals) this.accept(a.url, a.body, a.request, a.arrivedAt);
  }

  /** Reads one response (url, body text, request body text) and keeps it. */
  accept(url: string, body: string, request: string | null, arrivedAt: Date): PortalParseResult {
    this.arrivals.push({ url, body, request, arrivedAt });
    if (this.arrivals.length > MAX_PAYLOADS) this.arrivals.splice(0, this.arrivals.length - MAX_PAYLOADS);
    const result = parsePortalPayload(url, body, request ?? undefined, { indicators: this.indicators });
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

  notices(): Message[] {
    if (this.period === undefined) return [];
    return [...(this.failures.get(this.period ?? '')?.values() ?? [])];
  }

  all(): readonly PortalPayload[] {
    return this.payloads;
  }

  /** My unit's figures for the period on screen (null before any payload or when the unit is absent). */
  figures(unitKey: string): UnitPortalFigures | null {
    if (this.period === undefined) return null;
    return figuresForUnit(this.payloads, unitKey, { period: this.period, indicators: this.indicators });
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

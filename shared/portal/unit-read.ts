// The overlay's unit: from scanned payloads (scan.ts), the rows of one unit are checked strictly and
// read in full, the others stay as scanned (who they are, their one score), and figuresForUnit does
// the rest as it does for the CLI: the same figures, rank, conflicts and peer groups.
import type { Indicator } from '../schema/indicator.ts';
import { catalogueMetrics } from './catalogue.ts';
import type { Endpoint } from './endpoints.ts';
import type { PortalPayload, PortalPayloadError, UnitFigures } from './figures.ts';
import { readScannedRow, type ScannedPayload } from './scan.ts';
import { figuresForUnit, payloadsForPeriod, resolveUnit, sameUnit, type UnitPortalFigures } from './unit-figures.ts';

export interface UnitRead {
  figures: UnitPortalFigures | null;
  /**
   * Payloads where a row of this unit failed its strict check: "portal changed" for that group, and
   * no number from it.
   */
  failures: PortalPayloadError[];
}

/** `p` with the rows `mine` picks read in full (with the catalogue's metrics), or why one cannot be. */
function withRowsRead(p: ScannedPayload, mine: (f: UnitFigures) => boolean, defs: readonly Indicator[]): PortalPayload | PortalPayloadError {
  let units: UnitFigures[] | null = null;
  for (let i = 0; i < p.units.length; i++) {
    if (!mine(p.units[i]!)) continue;
    const r = readScannedRow(p, i);
    if (!r.ok) return r;
    const f = defs.length > 0 ? { ...r.figures, metrics: [...r.figures.metrics, ...catalogueMetrics(p.endpoint, r.figures, defs)] } : r.figures;
    units ??= [...p.units];
    units[i] = f;
  }
  return units ? { ...p, units } : p;
}

/**
 * One unit's figures from scanned payloads of one period (the latest payload's when not given), as
 * figuresForUnit gives them from fully parsed payloads.
 */
export function readUnitFigures(
  scans: readonly ScannedPayload[],
  unitKey: string,
  opts: { period?: string | null; indicators?: readonly Indicator[] } = {},
): UnitRead {
  const { period, payloads } = payloadsForPeriod(scans, opts.period);
  const periodKey = opts.period === undefined ? (period?.key ?? null) : opts.period;
  const defs = opts.indicators ?? [];
  const failures: PortalPayloadError[] = [];
  let kept = payloads;
  // A group whose row fails is left out, which may change what the other groups say the unit is:
  // look again until every group left reads.
  for (;;) {
    const unit = resolveUnit(kept, unitKey);
    if (!unit) return { figures: null, failures };
    const read: PortalPayload[] = [];
    const failed = new Set<Endpoint>();
    for (const p of kept) {
      const r = withRowsRead(p, (f) => sameUnit(f.unit, unit), defs);
      if (r.ok) read.push(r);
      else {
        failures.push(r);
        failed.add(p.endpoint);
      }
    }
    if (failed.size === 0) return { figures: figuresForUnit(read, unitKey, { period: periodKey, indicators: opts.indicators }), failures };
    kept = kept.filter((p) => !failed.has(p.endpoint));
  }
}

import { t, type Lang } from '../messages/index.ts';
import type { PrintUnit } from '../../shared/print/index.ts';
import type { UnitResult } from '../units/analyse.ts';
import { L } from './text.ts';

/** The CLI's reports as the printout's units: file or sheet name for the annex, error counts, why unscored. */
export function printUnits(units: readonly UnitResult[], lang: Lang): PrintUnit[] {
  return units.map((u) => ({
    card: u.scorecard && u.plan ? u.scorecard : null,
    plan: u.plan,
    source: u.title ? [u.title, u.sheet].filter(Boolean).join(' — ') : u.sheet ? `${u.label} — ${u.sheet}` : u.label,
    errors: u.issues.filter((i) => i.severity === 'error').length,
    failure: u.scorecard && u.plan ? null : u.error ? t(u.error, lang) : L(lang)('cli.report.no-layout'),
  }));
}

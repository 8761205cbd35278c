import type { Lang } from '../../shared/messages/index.ts';
import { printHtml, scorecardsDocument, type PrintDocument, type PrintFields } from '../../shared/print/index.ts';
import { GENERATED_MARK } from '../io/write-output.ts';
import type { UnitResult } from '../units/analyse.ts';
import { printUnits } from './print-units.ts';

/**
 * `cds score --html|--docx`: the scorecards as a report in the administrative form (shared/print),
 * one A4 page per unit; units with errors flagged, files named only in the annex.
 */
export function scorecardsPrint(units: readonly UnitResult[], opts: { lang: Lang; today: string } & PrintFields): PrintDocument {
  return scorecardsDocument(printUnits(units, opts.lang), { ...opts, date: opts.today });
}

export function scorecardsHtml(units: readonly UnitResult[], opts: { lang: Lang; today: string } & PrintFields): string {
  return printHtml(scorecardsPrint(units, opts), { extraHead: GENERATED_MARK });
}

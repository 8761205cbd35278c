import type { Lang } from '../../shared/messages/index.ts';
import { printHtml, rankingDocument, type PrintDocument, type PrintFields } from '../../shared/print/index.ts';
import type { Plan } from '../../shared/schema/plan.ts';
import type { Ranking } from '../../shared/score/rank.ts';
import { GENERATED_MARK } from '../io/write-output.ts';
import type { UnitResult } from '../units/analyse.ts';
import { printUnits } from './print-units.ts';

/**
 * `cds rank --html|--docx`: the ranking as a landscape summary table in the administrative form
 * (shared/print). Reports set aside on purpose (another period of a unit) are not part of it.
 */
export function rankingPrint(ranking: Ranking, plan: Plan, units: readonly UnitResult[], opts: { lang: Lang; today: string } & PrintFields): PrintDocument {
  return rankingDocument(ranking, plan, printUnits(units.filter((u) => !u.setAside), opts.lang), { ...opts, date: opts.today });
}

export function rankingHtml(ranking: Ranking, plan: Plan, units: readonly UnitResult[], opts: { lang: Lang; today: string } & PrintFields): string {
  return printHtml(rankingPrint(ranking, plan, units, opts), { extraHead: GENERATED_MARK });
}

import type { Indicator } from '../../schema/indicator.ts';
import { awardsOf } from './awards.ts';
import { readText } from './context.ts';
import { deadlinesOf } from './deadlines.ts';
import { readHeader } from './header.ts';
import { indexIndicators, matchIndicator } from './match.ts';
import { tableHeaderOf, tableTargetsOf, type TableHeader } from './table-rows.ts';
import { targetsOf } from './targets.ts';
import type { DraftTarget, PlanDraft } from './types.ts';

export type { PlanDraft, DraftTarget, DraftDeadline, DraftAward, DraftSource, IndicatorMatch } from './types.ts';

export interface DraftOptions {
  /** The indicator catalogue to match targets against; none → every target is a local one. */
  indicators?: Iterable<Indicator>;
  /** Minimum likeness (0–1) for a catalogue match. */
  matchThreshold?: number;
}

/**
 * A draft plan read from the plan document's own text: every quantitative target with its
 * comparator, value, unit, level and year, deadlines, award forms, thresholds and quotas — each
 * with the exact clause it came from. A draft is for the officer to review; nothing scores from it.
 */
export function draftPlan(rawText: string, opts: DraftOptions = {}): PlanDraft {
  const header = readHeader(rawText.normalize('NFC'));
  const doc = readText(rawText, { docYear: header.docYear, docLevel: header.level, targetYear: header.period?.to ?? null });
  const index = opts.indicators ? indexIndicators(opts.indicators) : null;
  const targets: DraftTarget[] = [];
  const deadlines: PlanDraft['deadlines'] = [];
  const awards: PlanDraft['awards'] = [];
  let previous: DraftTarget | null = null;
  let table: TableHeader | null = null;
  let lastAwardEnd = -1;
  let previousClauseEnd = -2;
  for (const clause of doc.clauses) {
    let found: DraftTarget[];
    if (clause.tableRow) {
      table = tableHeaderOf(doc, clause) ?? table;
      found = table ? tableTargetsOf(doc, clause, table) : [];
    } else {
      table = null;
      found = targetsOf(doc, clause, previous);
    }
    for (const t of found) {
      const match = index ? matchIndicator(index, t.label.vi, t.unit, opts.matchThreshold) : null;
      targets.push({ ...t, match, indicatorId: match?.indicatorId ?? null });
    }
    if (found.length > 0) previous = found[found.length - 1]!;
    deadlines.push(...deadlinesOf(doc, clause, clause.year ?? header.docYear ?? header.period?.to ?? null));
    const clauseAwards = awardsOf(doc, clause);
    const last = awards[awards.length - 1];
    if (clauseAwards.length === 1 && clauseAwards[0]!.form === null && clause.continues && last && last.form !== null && lastAwardEnd === previousClauseEnd) {
      // "…tặng Giấy khen cho không quá 05 tập thể; tập thể phải đạt từ 85% số điểm": the part after
      // ";" names no award of its own — it is a condition of the award before it, quoted with it.
      const more = clauseAwards[0]!;
      last.minPercent ??= more.minPercent;
      if (more.quota) last.quota = { collective: last.quota?.collective ?? more.quota.collective, individual: last.quota?.individual ?? more.quota.individual };
      last.source = { ...last.source, quote: doc.text.slice(last.source.offset, clause.end) };
      lastAwardEnd = clause.end;
    } else if (clauseAwards.length > 0) {
      awards.push(...clauseAwards);
      lastAwardEnd = clause.end;
    }
    previousClauseEnd = clause.end;
  }
  const warnings: PlanDraft['warnings'] = [];
  if (doc.text.trim().length === 0) warnings.push({ vi: 'Văn bản không có chữ nào đọc được.', en: 'The document has no readable text.' });
  else if (targets.length === 0) warnings.push({ vi: 'Không tìm thấy chỉ tiêu định lượng nào (số kèm %, hoặc số lượng như "01 tài khoản").', en: 'No quantitative target found (a number with %, or a count such as "01 tài khoản").' });
  const { docYear: _docYear, ...meta } = header;
  return { draft: true, ...meta, targets, deadlines, awards, warnings };
}

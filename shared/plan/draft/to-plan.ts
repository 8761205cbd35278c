import type { Indicator } from '../../schema/indicator.ts';
import type { AwardRule, Deadline, Plan, Target } from '../../schema/plan.ts';
import type { Source } from '../../schema/common.ts';
import { planToGrid, type PlanGrid } from '../table/index.ts';
import { oneLine } from './context.ts';
import { foldPhrase } from './fold.ts';
import type { DraftSource, PlanDraft } from './types.ts';

const PLACEHOLDER = 'ke-hoach-nhap';

/** The unit that issued the plan: its issuing body, else the place the title names ("…trên địa bàn huyện Ninh Hải"). */
function localityOf(draft: PlanDraft): string | null {
  if (draft.issuer) return draft.issuer.replace(/^UBND\s+/i, '');
  const m = draft.title ? /địa bàn\s+((?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+[\p{Lu}][^,.;“”"]*)$/iu.exec(draft.title.vi) : null;
  return m ? m[1]!.trim() : null;
}

/** "UBND xã Vạn Phúc" + 2023–2025 → "van-phuc-2023-2025". */
export function draftPlanId(draft: PlanDraft): string {
  const name = (localityOf(draft) ?? '').replace(/^(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+/iu, '');
  const slug = foldPhrase(name).replace(/\s+/g, '-');
  const years = draft.period ? (draft.period.from === draft.period.to ? `${draft.period.to}` : `${draft.period.from}-${draft.period.to}`) : '';
  return [slug || PLACEHOLDER, years].filter(Boolean).join('-');
}

function sourceFrom(draft: PlanDraft, s: DraftSource, soft: boolean): Source {
  const document = [draft.issued.number ? `Kế hoạch số ${draft.issued.number}` : null, draft.title?.vi ?? null].filter(Boolean).join(' — ') || 'Văn bản kế hoạch';
  const quote = oneLine(s.quote);
  const short = quote.length > 300 ? `${quote.slice(0, 297)}…` : quote;
  return {
    document,
    ...(s.section ? { section: s.section } : {}),
    evidence: 'inferred',
    note: `${soft ? 'Lời văn mềm (khuyến khích/dự kiến) — cân nhắc. ' : ''}Trích dòng ${s.line}: “${short}”`,
  };
}

/**
 * The draft as a plan, for writing the plan table the officer reviews: every target is a row with
 * its quote in the source note, unmatched targets are local indicators (their own id). The plan id
 * is proposed; the caller blanks it in the table so that nothing scores before a review.
 */
export function draftToPlan(draft: PlanDraft, indicators?: ReadonlyMap<string, Indicator>): Plan {
  const period = draft.period ?? { from: 2000, to: 2000, label: '(chưa rõ)' };
  const targets: Target[] = draft.targets.map((t, i) => {
    const id = `CT-${String(i + 1).padStart(2, '0')}`;
    const indicator = t.indicatorId ? indicators?.get(t.indicatorId) : undefined;
    const notes = [t.note, t.year !== null ? `năm ${t.year}` : null, t.match ? `khớp chỉ số "${t.match.name}" (${Math.round(t.match.score * 100)}%)` : null].filter(Boolean);
    return {
      id,
      indicatorId: t.indicatorId ?? id,
      label: { vi: t.label.vi, en: t.label.vi },
      pillar: t.pillar ?? indicator?.pillar ?? 'chinh-quyen-so',
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      ...(t.level ? { level: t.level } : {}),
      assessment: 'quantitative',
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      source: sourceFrom(draft, t.source, t.soft),
    };
  });
  const awards: AwardRule[] = draft.awards
    .filter((a) => a.form !== null || a.minPercent !== null || a.quota !== null)
    // A plan rule has one recipient and one quota: "không quá 05 tập thể và 10 cá nhân" is two rules.
    .flatMap((a) => a.recipient === null && a.quota?.collective && a.quota.individual
      ? [{ a, recipient: 'collective' as const, quota: a.quota.collective }, { a, recipient: 'individual' as const, quota: a.quota.individual }]
      : [{ a, recipient: a.recipient ?? 'collective', quota: a.quota?.collective ?? a.quota?.individual ?? null }])
    .map(({ a, recipient, quota }, i) => ({
      id: `KT-${String(i + 1).padStart(2, '0')}`,
      award: { vi: a.form ?? 'Khen thưởng (xem trích dẫn)', en: a.form ?? 'Award (see the quote)' },
      recipient,
      conditions: a.minPercent !== null ? [{ kind: 'min-percent' as const, min: a.minPercent }] : [],
      ...(quota ? { quota } : {}),
      ...(a.proposal ? { proposal: true } : {}),
      source: sourceFrom(draft, a.source, false),
    }));
  const deadlines: Deadline[] = draft.deadlines.map((d, i) => ({
    id: `TH-${String(i + 1).padStart(2, '0')}`,
    label: { vi: d.label.vi, en: d.label.vi },
    ...(d.date ? { date: d.date } : {}),
    ...(d.yearly ? { yearly: d.yearly } : {}),
    precision: d.precision,
    kind: d.kind,
    source: sourceFrom(draft, d.source, false),
  }));
  return {
    id: draftPlanId(draft),
    title: { vi: draft.title?.vi ?? 'Kế hoạch (bản nháp)', en: draft.title?.vi ?? 'Plan (draft)' },
    locality: { name: localityOf(draft) ?? '(chưa rõ)' },
    level: draft.level ?? 'commune',
    ...(draft.movement ? { movement: draft.movement } : {}),
    period,
    scoring: { method: 'attainment', note: 'Bản nháp đọc từ văn bản kế hoạch: cán bộ kiểm tra từng dòng với trích dẫn trước khi dùng.' },
    targets,
    criteria: [],
    awards,
    deadlines,
    source: { document: draft.issued.number ? `Kế hoạch số ${draft.issued.number}${draft.issued.date ? ` ngày ${draft.issued.date.split('-').reverse().join('/')}` : ''}` : draft.title?.vi ?? 'Văn bản kế hoạch', evidence: 'inferred' },
  };
}

/**
 * The draft as a plan table ready for review (issue 10 §1 layout), with the `Mã kế hoạch` cell left
 * blank on purpose: reading the table back fails at that cell until the officer has reviewed the rows
 * and typed an id, so nothing is scored from an unread draft.
 */
export function draftToGrid(draft: PlanDraft, indicators?: ReadonlyMap<string, Indicator>): PlanGrid {
  const pg = planToGrid(draftToPlan(draft, indicators), indicators ? { indicators } : {});
  const id = pg.header.id;
  if (id) {
    const row = pg.grid[id.row - 1];
    if (row) row[id.valueColumn - 1] = null;
  }
  return pg;
}

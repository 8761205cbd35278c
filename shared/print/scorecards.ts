// The scorecards of one or more units as a report ("BÁO CÁO — Kết quả chấm điểm …"): per unit its
// total, award, a table of targets and its criteria; units with errors flagged; the files and
// sheets the figures came from in the annex, never in the body.
import type { Lang } from '../messages/index.ts';
import type { Plan } from '../schema/plan.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { scorecardView } from '../score/view.ts';
import {
  defaultRecipients, documentHeader, localityAuthority, periodPhrase, r, signatureBlocks, sourceName,
  type PrintBlock, type PrintColumn, type PrintDocument, type PrintOptions,
} from './model.ts';

/** One unit's report as the printout needs it. */
export interface PrintUnit {
  card: Scorecard | null;
  plan: Plan | null;
  /** The file or sheet the report came from (its name goes to the annex), null when unknown. */
  source: string | null;
  /** Errors validation found in the report (the card's own list counts too). */
  errors: number;
  /** Why the report could not be scored, already in the document's language. */
  failure: string | null;
}

const SYMBOL: Record<string, string> = { 'met': '✓', 'not-met': '✗', 'missing': '–', 'needs-fixing': '⚠', 'not-applicable': '–' };

export function errorCount(unit: Pick<PrintUnit, 'card' | 'errors'>): number {
  return Math.max(unit.errors, unit.card?.errors?.length ?? 0);
}

function itemColumns(lang: Lang): PrintColumn[] {
  const L = r(lang);
  return [
    { label: L('print.col.code'), width: 11, align: 'left', nowrap: true },
    { label: L('print.col.item'), width: 37, align: 'left' },
    { label: L('print.col.actual'), width: 12, align: 'right' },
    { label: L('print.col.target'), width: 12, align: 'right' },
    { label: L('print.col.result'), width: 15, align: 'left' },
    { label: L('print.col.points'), width: 13, align: 'right' },
  ];
}

/** The plans the units were scored against, each once, in the order met. */
function plansOf(units: readonly PrintUnit[]): Plan[] {
  const seen = new Map<string, Plan>();
  for (const u of units) if (u.plan && !seen.has(u.plan.id)) seen.set(u.plan.id, u.plan);
  return [...seen.values()];
}

/** One line per plan: the document it comes from, as a council cites it. */
export function planAnnex(plans: readonly Plan[], lang: Lang): string[] {
  const L = r(lang);
  return plans.map((p) => L('print.annex.plan', { plan: p.source.document }));
}

export function scorecardsDocument(units: readonly PrintUnit[], opts: PrintOptions): PrintDocument {
  const { lang } = opts;
  const L = r(lang);
  const plans = plansOf(units);
  const first = plans[0] ?? null;
  // One unit reports on itself: its own name is the issuing body; several are compiled by the plan's locality.
  const only = units.length === 1 ? units[0]!.card?.unit.name ?? null : null;
  const header = documentHeader(opts, { authority: localityAuthority(first), issuer: only });

  const body: PrintBlock[] = [];
  for (const p of plans) {
    body.push({ kind: 'paragraph', text: L('print.basis', { plan: p.source.document }), emphasis: 'basis' });
    // The movement as the document names it (issue 13: wherever a plan is shown).
    if (p.movement) body.push({ kind: 'paragraph', text: L('score.view.movement', { movement: p.movement }) });
  }
  body.push({ kind: 'paragraph', text: L('print.intro.scorecards', { count: units.length }) });

  let tableNo = 0;
  units.forEach((unit, n) => {
    const errors = errorCount(unit);
    if (!unit.card || !unit.plan) {
      body.push({ kind: 'heading', text: `${n + 1}. ${unit.source ? sourceName(unit.source) : '?'}`, newPage: n > 0 });
      body.push({ kind: 'flag', text: L('print.flag.unreadable', { reason: unit.failure ?? '—' }) });
      return;
    }
    const view = scorecardView(unit.card, unit.plan, lang);
    body.push({ kind: 'heading', text: `${n + 1}. ${L('print.unit-line', { unit: view.unit, period: view.period })}`, newPage: n > 0 });
    if (errors > 0) body.push({ kind: 'flag', text: L('print.flag.errors', { count: errors }) });
    body.push({ kind: 'paragraph', text: view.group });
    body.push({ kind: 'paragraph', text: L('print.total', { total: view.total.text }), emphasis: 'summary' });
    body.push({ kind: 'paragraph', text: L('print.award', { award: [view.award.award, view.award.statusLabel].filter(Boolean).join(' — ') }), emphasis: 'summary' });
    if (!view.award.eligible && view.award.reasons.length > 0) body.push({ kind: 'list', items: view.award.reasons });

    const rows = view.pillars.flatMap((p) =>
      p.items.map((i) => ({
        // The document's qualification ("khoảng 10%", "Từ năm 2023") under the target's words.
        cells: [[i.targetId], [i.label, ...(i.note ? [L('score.plan.note', { note: i.note })] : [])], [i.actualText], [i.targetText], [`${SYMBOL[i.status] ?? '–'} ${i.statusLabel}`, ...(i.gapText ? [i.gapText] : [])], [i.pointsText]],
        flag: i.status === 'needs-fixing' ? i.statusLabel : null,
      })),
    );
    tableNo++;
    body.push({ kind: 'table', caption: L('print.table', { n: tableNo, title: L('print.table.items', { unit: view.unit }) }), columns: itemColumns(lang), rows, role: 'items' });
    if (view.criteria.length > 0) {
      body.push({ kind: 'paragraph', text: L('print.criteria'), emphasis: 'summary' });
      body.push({
        kind: 'list',
        items: view.criteria.map((c) => `${c.met === null ? '–' : c.met ? '✓' : '✗'} ${L('print.criterion', { label: c.label, status: c.statusLabel })}${c.mandatory ? ` ${L('print.mandatory')}` : ''}`),
      });
    }
    // Every rule of the report's own group (others are not shown), with its status, conditions and the
    // document's note; a proposal that holds reads "Có thể đề nghị" and is marked "?", never "✓".
    if (view.award.rules.length > 0) {
      body.push({ kind: 'paragraph', text: L('print.award-rules'), emphasis: 'summary' });
      body.push({
        kind: 'list',
        items: view.award.rules.map((rule) =>
          [
            `${rule.status === 'eligible' ? '✓' : rule.status === 'proposable' ? '?' : '✗'} ${L('print.award-rule', { award: rule.award, status: rule.statusLabel })}${rule.proposal && rule.status !== 'proposable' ? ` (${L('score.plan.proposal')})` : ''}.`,
            ...(rule.conditions.length > 0 ? [`${L('score.view.award-conditions', { list: rule.conditions.join('; ') })}.`] : []),
            ...(rule.note ? [L('score.plan.note', { note: rule.note })] : []),
          ].join(' '),
        ),
      });
    }
  });

  // The period belongs in the title only when every unit was scored against the same plan.
  const period = plans.length === 1 ? periodPhrase(first, lang) : '';
  return {
    lang,
    orientation: 'portrait',
    pageTitle: L('print.page-title.scorecards'),
    header,
    type: L('print.type.report'),
    summary: L('print.summary.scorecards', { period }).trim(),
    body,
    ...documentClosing(plans, units, opts, (unit) => unit.name ?? unit.code ?? '?'),
  };
}

/**
 * The end every printout shares: signatures, recipients, and the annex — the plans' documents, one
 * line per report (its unit as `unitName` gives it, the file or sheet it came from), the date made.
 */
export function documentClosing(
  plans: readonly Plan[],
  units: readonly PrintUnit[],
  opts: PrintOptions,
  unitName: (unit: Scorecard['unit']) => string,
): Pick<PrintDocument, 'signatures' | 'recipients' | 'annex'> {
  const { lang } = opts;
  const L = r(lang);
  return {
    signatures: signatureBlocks(opts),
    recipients: defaultRecipients(lang),
    annex: {
      title: L('print.annex'),
      items: [
        ...planAnnex(plans, lang),
        L('print.annex.reports'),
        ...units.map((u) => `– ${L('print.annex.report', { unit: u.card ? unitName(u.card.unit) : '?', file: u.source ? sourceName(u.source) : '—' })}`),
        L('print.annex.generated', { date: opts.date ? opts.date.split('-').reverse().join('/') : '……' }),
      ],
    },
  };
}

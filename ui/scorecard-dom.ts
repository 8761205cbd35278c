// Builds the scorecard's DOM from the display model. Shared by the extension panel, the Sheets
// sidebar and the CLI's HTML report, so all three look the same. Every piece of data goes in through
// `textContent` or a validated attribute: plan files and portal payloads are untrusted text.
import { t, msg } from './messages/index.ts';
import type { ItemView, ScorecardView } from '../shared/score/view.ts';

export type { ScorecardView } from '../shared/score/view.ts';

type Attrs = Record<string, string>;

/** `el(doc, 'td', {class: 'x'}, 'text')` — text only, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** A width between 0 and 100 whatever the input, so a bad number can never break the layout. */
export function clampPercent(p: number | null | undefined): number {
  if (typeof p !== 'number' || !Number.isFinite(p)) return 0;
  return Math.min(100, Math.max(0, p));
}

/** One labelled bar: label, value text, track with a fill of `percent`. */
export function renderBar(
  doc: Document,
  bar: { label: string; valueText: string; percent: number | null; status?: string | null; hideLabel?: boolean },
): HTMLLIElement {
  // Two decimals are plenty for a bar and keep float noise (86.24000000000001) out of the style.
  const width = Math.round(clampPercent(bar.percent) * 100) / 100;
  const fill = el(doc, 'span', { class: 'cds-bar-fill' });
  fill.style.width = `${width}%`;
  if (bar.status) fill.setAttribute('data-status', bar.status);
  const track = el(doc, 'span', {
    class: 'cds-bar',
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': String(width),
    'aria-label': bar.label,
  }, fill);
  return el(doc, 'li', { class: 'cds-bar-row' },
    el(doc, 'span', { class: bar.hideLabel ? 'cds-bar-label cds-visually-hidden' : 'cds-bar-label' }, bar.label),
    el(doc, 'span', { class: 'cds-bar-value' }, bar.valueText),
    track,
  );
}

const STATUS_SYMBOL: Record<string, string> = { 'met': '✓', 'not-met': '✗', 'missing': '–', 'needs-fixing': '⚠', 'not-applicable': '–' };
const KNOWN_STATUS = new Set(Object.keys(STATUS_SYMBOL));

/** A status badge: symbol + words, so status is never told by colour alone. */
export function renderStatus(doc: Document, status: string, label: string): HTMLSpanElement {
  const safe = KNOWN_STATUS.has(status) ? status : 'missing';
  return el(doc, 'span', { class: 'cds-status', 'data-status': safe }, `${STATUS_SYMBOL[safe]} ${label}`);
}

export interface ItemsTableOptions {
  /** More content under an item's label (the panel's source of the figure). */
  extra?: (item: ItemView) => Node | null;
}

/**
 * The items of one pillar as a table: actual / target / gap / status / points. Each cell carries
 * its column's name (`data-label`) so that a narrow container shows every row as a stacked card
 * (ui/scorecard.css); a long label is clamped to three lines, its full text in `title`.
 */
export function renderItemsTable(doc: Document, items: readonly ItemView[], caption: string, lang: ScorecardView['lang'], opts: ItemsTableOptions = {}): HTMLTableElement {
  const L = (key: string) => t(msg(key), lang);
  const table = el(doc, 'table', { class: 'cds-items' },
    el(doc, 'caption', { class: 'cds-visually-hidden' }, caption),
    el(doc, 'thead', {}, el(doc, 'tr', {},
      el(doc, 'th', { scope: 'col' }, L('ui.col.item')),
      el(doc, 'th', { scope: 'col', class: 'cds-num' }, L('ui.col.actual')),
      el(doc, 'th', { scope: 'col', class: 'cds-num' }, L('ui.col.target')),
      el(doc, 'th', { scope: 'col' }, L('ui.col.status')),
    )),
  );
  const body = el(doc, 'tbody');
  for (const item of items) {
    const status = KNOWN_STATUS.has(item.status) ? item.status : 'missing';
    const statusCell = el(doc, 'td', {}, renderStatus(doc, status, item.statusLabel));
    if (item.gapText) statusCell.append(el(doc, 'div', { class: 'cds-meta' }, item.gapText));
    statusCell.append(el(doc, 'div', { class: 'cds-meta' }, item.pointsText));
    statusCell.setAttribute('data-label', L('ui.col.status'));
    const labelCell = el(doc, 'td', { class: 'cds-item-label' }, el(doc, 'span', { class: 'cds-clamp', title: item.label }, item.label));
    // The document's own qualification of the target ("khoảng 10%", "Từ năm 2023").
    if (item.note) labelCell.append(el(doc, 'div', { class: 'cds-meta cds-item-note' }, item.note));
    const extra = opts.extra?.(item);
    if (extra) labelCell.append(extra);
    body.append(el(doc, 'tr', { 'data-target-id': item.targetId, 'data-status': status },
      labelCell,
      el(doc, 'td', { class: 'cds-num', 'data-label': L('ui.col.actual') }, item.actualText),
      el(doc, 'td', { class: 'cds-num', 'data-label': L('ui.col.target') }, item.targetText),
      statusCell,
    ));
  }
  table.append(body);
  return table;
}

/** Renders a whole scorecard: total, pillars with their items, criteria, award, gains, deadlines, notes. */
export function renderScorecardView(doc: Document, view: ScorecardView): HTMLElement {
  const L = (key: string) => t(msg(key), view.lang);
  const root = el(doc, 'section', { class: 'cds-card cds-scorecard', lang: view.lang, 'aria-label': view.title });

  root.append(el(doc, 'h2', {}, view.title));
  root.append(el(doc, 'p', { class: 'cds-meta' }, [view.unit, view.level, view.group, view.period].filter(Boolean).join(' · ')));
  if (view.movement) root.append(el(doc, 'p', { class: 'cds-meta cds-movement' }, t(msg('score.view.movement', { movement: view.movement }), view.lang)));

  root.append(el(doc, 'div', { class: 'cds-total', 'data-testid': 'cds-total' },
    el(doc, 'span', { class: 'cds-total-value' }, view.total.text),
  ));
  root.append(el(doc, 'ul', { class: 'cds-bars' },
    renderBar(doc, { label: L('ui.total'), valueText: '', percent: view.total.barPercent, hideLabel: true }),
  ));

  for (const p of view.pillars) {
    const section = el(doc, 'div', { class: 'cds-section', 'data-pillar': p.pillar });
    section.append(el(doc, 'h3', {}, p.label));
    section.append(el(doc, 'ul', { class: 'cds-bars' },
      renderBar(doc, { label: p.metText, valueText: p.pointsText, percent: p.barPercent }),
    ));
    if (p.items.length > 0) section.append(renderItemsTable(doc, p.items, p.label, view.lang));
    root.append(section);
  }

  if (view.criteria.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ui.criteria')));
    const list = el(doc, 'ul', { class: 'cds-list' });
    for (const c of view.criteria) {
      const status = c.met === null ? 'missing' : c.met ? 'met' : 'not-met';
      list.append(el(doc, 'li', { 'data-criterion-id': c.criterionId },
        `${c.label}${c.mandatory ? ` (${L('ui.mandatory')})` : ''} `,
        renderStatus(doc, status, c.statusLabel),
      ));
    }
    section.append(list);
    root.append(section);
  }

  const award = view.award;
  const awardSection = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ui.award')));
  const box = el(doc, 'div', { class: 'cds-award', 'data-eligible': String(award.eligible), 'data-status': award.status },
    el(doc, 'p', {}, [award.award, award.statusLabel].filter(Boolean).join(' — ')),
  );
  if (award.reasons.length > 0) {
    const reasons = el(doc, 'ul', { class: 'cds-list' });
    for (const r of award.reasons) reasons.append(el(doc, 'li', {}, r));
    box.append(reasons);
  }
  const head = award.rules.find((r) => r.ruleId === award.ruleId);
  if (head?.note) box.append(el(doc, 'p', { class: 'cds-meta cds-award-note' }, head.note));
  // The group's other rules, each with its own status ("Có thể đề nghị" for a proposal) and note.
  const others = award.rules.filter((r) => r.ruleId !== award.ruleId);
  if (others.length > 0) {
    const list = el(doc, 'ul', { class: 'cds-list' });
    for (const r of others) {
      const li = el(doc, 'li', { 'data-eligible': String(r.eligible), 'data-status': r.status, 'data-rule-id': r.ruleId }, `${r.award} — ${r.statusLabel}`);
      if (r.note) li.append(el(doc, 'div', { class: 'cds-meta cds-award-note' }, r.note));
      list.append(li);
    }
    box.append(list);
  }
  awardSection.append(box);
  root.append(awardSection);

  if (view.gains.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ui.gains')));
    const list = el(doc, 'ol', { class: 'cds-list' });
    for (const g of view.gains) list.append(el(doc, 'li', { 'data-target-id': g.targetId }, `${g.label} — ${g.text}`));
    section.append(list);
    root.append(section);
  }

  if (view.deadlines.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ui.deadlines')));
    const list = el(doc, 'ul', { class: 'cds-list' });
    for (const d of view.deadlines) list.append(el(doc, 'li', { 'data-status': d.status }, `${d.dateText} — ${d.label} (${d.daysLeftText})`));
    section.append(list);
    root.append(section);
  }

  if (view.notes.length > 0) {
    const list = el(doc, 'ul', { class: 'cds-list cds-meta cds-notes' });
    for (const n of view.notes) list.append(el(doc, 'li', {}, n));
    root.append(el(doc, 'div', { class: 'cds-section' }, list));
  }

  return root;
}

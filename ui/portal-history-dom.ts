// The periods viewed, in the portal panel (issue 11 §4): the change since the previous period per
// group and per plan target, and the pace to the plan's deadline. Text only (textContent); the
// look is the panel's (ext-ui styles it). Mounted by the content script into the panel's body.
import type { PortalHistoryView } from '../shared/portal/history.ts';
import { el } from './scorecard-dom.ts';

export function renderPortalHistory(doc: Document, view: PortalHistoryView | null, lang: string): HTMLElement | null {
  if (!view) return null;
  const section = el(doc, 'section', { class: 'cds-history', 'data-testid': 'history', lang }, el(doc, 'h3', {}, view.title));
  if (view.note) section.append(el(doc, 'p', { class: 'cds-note', 'data-testid': 'history-note' }, view.note));
  if (view.rows.length > 0) {
    const head = el(doc, 'tr');
    for (const c of view.columns) head.append(el(doc, 'th', { scope: 'col' }, c));
    const body = el(doc, 'tbody');
    for (const r of view.rows) {
      const dir = r.delta === null ? 'unknown' : r.delta > 0 ? 'up' : r.delta < 0 ? 'down' : 'same';
      body.append(el(doc, 'tr', { 'data-testid': 'history-row', 'data-code': r.code, 'data-change': dir },
        el(doc, 'th', { scope: 'row' }, r.label), el(doc, 'td', {}, r.previous), el(doc, 'td', {}, r.current), el(doc, 'td', {}, r.change)));
    }
    section.append(el(doc, 'table', { class: 'cds-table' }, el(doc, 'thead', {}, head), body));
  }
  if (view.pace.length > 0) {
    const list = el(doc, 'ul', { 'data-testid': 'history-pace' });
    for (const p of view.pace) list.append(el(doc, 'li', { 'data-target-id': p.targetId, 'data-meets': String(p.meets) }, p.text));
    section.append(list);
    if (view.paceMethod) section.append(el(doc, 'p', { class: 'cds-note' }, view.paceMethod));
  }
  return section;
}

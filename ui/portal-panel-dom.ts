// The portal overlay's DOM (extension panel and popup) from its display model. Text only: every
// string from the portal or a plan goes in through textContent.
import { t, msg } from '../shared/messages/index.ts';
import type { PortalPanelView } from '../shared/portal/panel-view.ts';
import { el, renderBar, renderItemsTable } from './scorecard-dom.ts';

export interface PanelHandlers {
  /** Show the collapse button and a fixed, collapsible panel (the page overlay); off in the popup. */
  floating: boolean;
  collapsed?: boolean;
  loading?: boolean;
  onToggle?: (collapsed: boolean) => void;
  onLoad?: () => void;
  onOptions?: () => void;
}

/** Notices first (role=alert so screen readers announce a changed format), then the figures. */
export function renderPortalPanel(doc: Document, view: PortalPanelView, h: PanelHandlers): HTMLElement {
  const L = (key: string) => t(msg(key), view.lang);
  const collapsed = h.floating && Boolean(h.collapsed);
  const root = el(doc, 'section', {
    class: `cds-card${h.floating ? ' cds-panel' : ''}`,
    lang: view.lang,
    role: 'region',
    'aria-label': view.title,
    'data-state': view.state,
    'data-collapsed': String(collapsed),
  });

  const bodyId = 'cds-panel-body';
  const header = el(doc, 'div', { class: 'cds-panel-header' }, el(doc, 'h2', {}, view.title));
  if (h.floating) {
    const toggle = el(doc, 'button', {
      type: 'button',
      class: 'cds-button',
      'data-variant': 'secondary',
      'data-action': 'toggle',
      'aria-expanded': String(!collapsed),
      'aria-controls': bodyId,
    }, L(collapsed ? 'ext.panel.expand' : 'ext.panel.collapse'));
    toggle.addEventListener('click', () => h.onToggle?.(!collapsed));
    header.append(toggle);
  }
  root.append(header);

  const body = el(doc, 'div', { class: 'cds-panel-body', id: bodyId });
  root.append(body);
  // Escape folds the panel away from the page's content, as keyboard users expect of an overlay.
  if (h.floating) {
    root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && !collapsed) h.onToggle?.(true);
    });
  }

  if (view.unitText) body.append(el(doc, 'p', { class: 'cds-meta', 'data-testid': 'unit' }, view.unitText));
  if (view.planTitle) body.append(el(doc, 'p', { class: 'cds-meta', 'data-testid': 'plan' }, view.planTitle));

  for (const n of view.notices) body.append(el(doc, 'div', { class: 'cds-notice', role: 'alert', 'data-testid': 'notice' }, n));
  if (view.message) body.append(el(doc, 'div', { class: 'cds-notice', 'data-kind': 'info', role: 'status', 'data-testid': 'message' }, view.message));

  if (view.total) {
    body.append(el(doc, 'div', { class: 'cds-total', 'data-testid': 'total' },
      el(doc, 'span', { class: 'cds-total-value' }, view.total.text),
      el(doc, 'span', { class: 'cds-total-max', 'data-testid': 'rank' }, view.total.rankText),
    ));
    body.append(el(doc, 'ul', { class: 'cds-bars' }, renderBar(doc, { label: view.total.text, valueText: '', percent: view.total.barPercent, hideLabel: true })));
  }

  if (view.groups.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ext.panel.groups')));
    const list = el(doc, 'ul', { class: 'cds-bars', 'data-testid': 'groups' });
    for (const g of view.groups) {
      const row = renderBar(doc, { label: g.label, valueText: g.text, percent: g.barPercent });
      row.setAttribute('data-group', g.code);
      list.append(row);
    }
    section.append(list);
    body.append(section);
  }

  if (view.targets.length > 0 || view.targetsNote) {
    const section = el(doc, 'div', { class: 'cds-section', 'data-testid': 'targets' }, el(doc, 'h3', {}, L('ext.panel.targets')));
    if (view.targets.length > 0) section.append(renderItemsTable(doc, view.targets, L('ext.panel.targets'), view.lang));
    if (view.targetsNote) section.append(el(doc, 'p', { class: 'cds-meta' }, view.targetsNote));
    body.append(section);
  }

  if (view.priorities.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ext.panel.gains')));
    const list = el(doc, 'ol', { class: 'cds-list', 'data-testid': 'priorities' });
    for (const p of view.priorities) list.append(el(doc, 'li', { 'data-code': p.code }, p.text));
    section.append(list);
    body.append(section);
  }

  const footer = el(doc, 'div', { class: 'cds-section' });
  footer.append(el(doc, 'p', { class: 'cds-meta', 'data-testid': 'period' }, view.readAtText ?? view.periodText));
  if (h.onLoad || h.onOptions) {
    const actions = el(doc, 'div', { class: 'cds-panel-header' });
    if (h.onLoad) {
      const load = el(doc, 'button', { type: 'button', class: 'cds-button', 'data-action': 'load' }, L(h.loading ? 'ext.panel.loading' : 'ext.panel.load'));
      if (h.loading) load.setAttribute('disabled', '');
      load.addEventListener('click', () => h.onLoad?.());
      actions.append(load);
    }
    if (h.onOptions) {
      const options = el(doc, 'button', { type: 'button', class: 'cds-button', 'data-variant': 'secondary', 'data-action': 'options' }, L('ext.panel.options'));
      options.addEventListener('click', () => h.onOptions?.());
      actions.append(options);
    }
    footer.append(actions);
  }
  body.append(footer);
  return root;
}

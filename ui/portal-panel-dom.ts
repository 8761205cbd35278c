// The portal overlay's DOM (extension panel and popup) from its display model. Text only: every
// string from the portal or a plan goes in through textContent.
//
// Floating on the portal page, the panel is docked to the right (the page is narrowed to make room,
// see extension/utils/page-dock.ts) and has two states: a compact chip (total, rank, "n/m chỉ tiêu
// đạt") that expands on click or Enter/Space, and the full panel that folds back with its button or
// Escape. Every figure carries its source (period, counts, rule) in a <details>.
import { t, msg } from './messages/index.ts';
import type { FigureSource } from '../shared/portal/panel-sources.ts';
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
  /** Scrolls the page to the unit's row; false when the page shows no such row. */
  onShowRow?: () => boolean;
  /** The unit's report spreadsheet (https), set in the options; opened for the items the portal cannot measure. */
  reportUrl?: string | null;
  /** Opens the options' report section (how to make the report) when no link is set. */
  onReport?: () => void;
}

const BODY_ID = 'cds-panel-body';

/** Notices first (role=alert so screen readers announce a changed format), then the figures. */
export function renderPortalPanel(doc: Document, view: PortalPanelView, h: PanelHandlers): HTMLElement {
  const L = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), view.lang);
  const collapsed = h.floating && Boolean(h.collapsed);
  const root = el(doc, 'section', {
    class: `cds-card${h.floating ? ' cds-panel' : ''}`,
    lang: view.lang,
    role: 'region',
    'aria-label': view.title,
    'data-state': view.state,
    'data-collapsed': String(collapsed),
  });

  if (collapsed) {
    root.append(renderChip(doc, view, h));
    return root;
  }

  const header = el(doc, 'div', { class: 'cds-panel-header' }, el(doc, 'h2', {}, view.title));
  if (h.floating) {
    const toggle = el(doc, 'button', {
      type: 'button',
      class: 'cds-button',
      'data-variant': 'secondary',
      'data-action': 'toggle',
      'aria-expanded': 'true',
      'aria-controls': BODY_ID,
    }, L('ext.panel.collapse'));
    toggle.addEventListener('click', () => h.onToggle?.(true));
    header.append(toggle);
    // Escape folds the panel away from the page's content, as keyboard users expect of an overlay.
    root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') h.onToggle?.(true);
    });
  }
  root.append(header);

  const body = el(doc, 'div', { class: 'cds-panel-body', id: BODY_ID });
  root.append(body);

  if (view.unitText) body.append(el(doc, 'p', { class: 'cds-meta', 'data-testid': 'unit' }, view.unitText));
  if (view.planTitle) body.append(el(doc, 'p', { class: 'cds-meta cds-clamp', 'data-testid': 'plan', title: view.planTitle }, view.planTitle));

  for (const n of view.notices) body.append(el(doc, 'div', { class: 'cds-notice', role: 'alert', 'data-testid': 'notice' }, n));
  if (view.message) body.append(el(doc, 'div', { class: 'cds-notice', 'data-kind': 'info', role: 'status', 'data-testid': 'message' }, view.message));

  if (view.total) {
    body.append(el(doc, 'div', { class: 'cds-total', 'data-testid': 'total' },
      el(doc, 'span', { class: 'cds-total-value' }, view.total.text),
      el(doc, 'span', { class: 'cds-total-max', 'data-testid': 'rank' }, view.total.rankText),
    ));
    body.append(el(doc, 'ul', { class: 'cds-bars' }, renderBar(doc, { label: view.total.text, valueText: '', percent: view.total.barPercent, hideLabel: true })));
    if (view.sources) body.append(el(doc, 'p', { class: 'cds-meta', 'data-testid': 'total-source' }, view.sources.total));
    if (h.onShowRow) body.append(renderShowRow(doc, view, h.onShowRow));
  }

  if (view.groups.length > 0) {
    const section = el(doc, 'div', { class: 'cds-section' }, el(doc, 'h3', {}, L('ext.panel.groups')));
    const list = el(doc, 'ul', { class: 'cds-bars', 'data-testid': 'groups' });
    for (const g of view.groups) {
      const row = renderBar(doc, { label: g.label, valueText: g.text, percent: g.barPercent });
      row.setAttribute('data-group', g.code);
      const metrics = view.sources?.groups[g.code] ?? [];
      if (metrics.length > 0) {
        const details = el(doc, 'details', { class: 'cds-source', 'data-testid': 'group-source' },
          el(doc, 'summary', { 'aria-label': L('extui.group.details', { group: g.label }) }, L('extui.source.title')));
        const lines = el(doc, 'ul', { class: 'cds-source-list' });
        for (const m of metrics) {
          lines.append(el(doc, 'li', { 'data-metric': m.code },
            el(doc, 'span', { class: 'cds-source-name' }, m.name),
            ' ',
            el(doc, 'span', { class: 'cds-source-figure' }, m.text),
            renderSourceLines(doc, m.source, L, false),
          ));
        }
        details.append(lines);
        row.append(details);
      }
      list.append(row);
    }
    section.append(list);
    body.append(section);
  }

  if (view.targets.length > 0 || view.targetsNote) {
    const section = el(doc, 'div', { class: 'cds-section', 'data-testid': 'targets' }, el(doc, 'h3', {}, L('ext.panel.targets')));
    if (view.targets.length > 0) {
      const sources = view.sources?.targets ?? {};
      section.append(renderItemsTable(doc, view.targets, L('ext.panel.targets'), view.lang, {
        extra: (item) => {
          const s = sources[item.targetId];
          if (!s) return null;
          return el(doc, 'details', { class: 'cds-source', 'data-testid': 'target-source' },
            el(doc, 'summary', {}, L('extui.source.title')), renderSourceLines(doc, s, L, true));
        },
      }));
    }
    if (view.targetsNote) section.append(el(doc, 'p', { class: 'cds-meta' }, view.targetsNote));
    body.append(section);
  }

  if (view.unmeasured.length > 0) body.append(renderUnmeasured(doc, view, h));

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
    const actions = el(doc, 'div', { class: 'cds-panel-actions' });
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

/** The collapsed state: one button that says the essentials and expands the panel. */
function renderChip(doc: Document, view: PortalPanelView, h: PanelHandlers): HTMLElement {
  const L = (key: string) => t(msg(key), view.lang);
  const chip = view.chip;
  const lines: HTMLElement[] = [];
  if (chip) {
    lines.push(el(doc, 'span', { class: 'cds-chip-total', 'data-testid': 'chip-total' }, chip.total));
    if (chip.rank) lines.push(el(doc, 'span', { class: 'cds-chip-line', 'data-testid': 'chip-rank' }, chip.rank));
    if (chip.met) lines.push(el(doc, 'span', { class: 'cds-chip-line', 'data-testid': 'chip-met' }, chip.met));
  } else {
    lines.push(el(doc, 'span', { class: 'cds-chip-line' }, view.message ?? view.title));
  }
  if (view.notices.length > 0) lines.push(el(doc, 'span', { class: 'cds-chip-alert', role: 'alert' }, `! ${view.notices[0]}`));
  const label = [L('extui.chip.expand'), ...(chip ? [chip.total, chip.rank, chip.metDetail] : [view.message])].filter(Boolean).join(' · ');
  const button = el(doc, 'button', {
    type: 'button',
    class: 'cds-chip',
    'data-action': 'toggle',
    'aria-expanded': 'false',
    'aria-controls': BODY_ID,
    'aria-label': label,
    title: label,
  }, el(doc, 'span', { class: 'cds-chip-title' }, 'CĐS'), ...lines);
  // A <button> already expands on Enter and Space; a click anywhere on the chip does the same.
  button.addEventListener('click', () => h.onToggle?.(false));
  return button;
}

function renderSourceLines(doc: Document, s: FigureSource, L: (key: string, params?: Record<string, string | number>) => string, withWhere: boolean): HTMLElement {
  const list = el(doc, 'ul', { class: 'cds-source-lines' });
  if (withWhere) list.append(el(doc, 'li', {}, s.where));
  if (s.counts) list.append(el(doc, 'li', { 'data-testid': 'source-counts' }, s.counts));
  if (s.numeratorLabel) list.append(el(doc, 'li', { class: 'cds-meta' }, L('extui.source.numerator', { text: s.numeratorLabel })));
  if (s.denominatorLabel) list.append(el(doc, 'li', { class: 'cds-meta' }, L('extui.source.denominator', { text: s.denominatorLabel })));
  if (s.rule) list.append(el(doc, 'li', { 'data-testid': 'source-rule' }, s.rule));
  return list;
}

function renderShowRow(doc: Document, view: PortalPanelView, onShowRow: () => boolean): HTMLElement {
  const L = (key: string) => t(msg(key), view.lang);
  const status = el(doc, 'span', { class: 'cds-meta', role: 'status' });
  const button = el(doc, 'button', { type: 'button', class: 'cds-link', 'data-action': 'show-row' }, L('extui.source.show-row'));
  button.addEventListener('click', () => {
    status.textContent = onShowRow() ? '' : L('extui.source.row-missing');
  });
  return el(doc, 'p', { class: 'cds-show-row' }, button, ' ', status);
}

/** The plan's targets the portal cannot measure, each with "nhập trong báo cáo", and the way to the report. */
function renderUnmeasured(doc: Document, view: PortalPanelView, h: PanelHandlers): HTMLElement {
  const L = (key: string, params: Record<string, string | number> = {}) => t(msg(key, params), view.lang);
  const section = el(doc, 'div', { class: 'cds-section', 'data-testid': 'unmeasured' },
    el(doc, 'h3', {}, L('extui.report.title', { count: view.unmeasured.length })),
    el(doc, 'p', { class: 'cds-meta' }, L('extui.report.intro')),
  );
  const list = el(doc, 'ul', { class: 'cds-report-list' });
  for (const u of view.unmeasured) {
    const full = `${u.label} — ${u.targetText}`;
    list.append(el(doc, 'li', { 'data-target-id': u.targetId },
      el(doc, 'span', { class: 'cds-clamp cds-report-label', title: full }, u.label),
      el(doc, 'span', { class: 'cds-report-target' }, u.targetText),
      el(doc, 'span', { class: 'cds-status', 'data-status': 'missing' }, L('extui.report.status')),
    ));
  }
  section.append(list);
  const safeUrl = h.reportUrl && /^https:\/\//i.test(h.reportUrl) ? h.reportUrl : null;
  if (safeUrl) {
    section.append(el(doc, 'p', {}, el(doc, 'a', { class: 'cds-link', href: safeUrl, target: '_blank', rel: 'noopener noreferrer', 'data-action': 'report' }, L('extui.report.open'))));
  } else if (h.onReport) {
    const b = el(doc, 'button', { type: 'button', class: 'cds-link', 'data-action': 'report' }, L('extui.report.how'));
    b.addEventListener('click', () => h.onReport?.());
    section.append(el(doc, 'p', {}, b));
  }
  return section;
}

// The overlay on the portal's service-quality page: reads the evaluation payloads the page itself
// received (through the main-world capture script), checks them with the core's schemas (my unit's
// rows strictly and in full, the others as far as ranking needs: shared/portal/scan.ts), and shows
// my unit's QĐ 766 figures next to my plan's targets in a shadow-root panel.
import '../../../ui/scorecard.css';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { msg, t } from '../../../shared/messages/index.ts';
import { portalPanelView, portalReport, portalSummary, yearPeriod, type PortalPanelView } from '../../../shared/portal/index.ts';
import type { Indicator } from '../../../shared/schema/indicator.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { compiledFor, type CompiledPlan } from '../../../shared/plan/compile.ts';
import { renderPortalPanel } from '../../../ui/portal-panel-dom.ts';
import { renderPortalHistory } from '../../../ui/portal-history-dom.ts';
import { createPeriodHistory } from '../../utils/period-history.ts';
import { ENDPOINT_LABEL } from '../../../shared/portal/endpoints.ts';
import { openCaptureChannel } from '../../utils/capture-channel.ts';
import { isPortalPage } from '../../utils/capture-protocol.ts';
import { failedParts, isolate, isolateAsync } from '../../utils/isolate.ts';
import { loadFigures } from '../../utils/load-figures.ts';
import { showReloadNotice } from '../../utils/reload-notice.ts';
import { createUnitMemory, pageIdle } from '../../utils/unit-memory.ts';
import { PayloadStore } from '../../utils/payload-store.ts';
import { placeBadge, removeBadges, showUnitRow } from '../../utils/rank-badge.ts';
import { dockPage, undockPage } from '../../utils/page-dock.ts';
import { initialPanelState, panelStateItem } from '../../utils/panel-state.ts';
import { reportLinkItem } from '../../utils/report-link.ts';
import { formatReadAt } from '../../utils/read-at.ts';
import {
  DEFAULT_SETTINGS, activePlanItem, lastFiguresItem, settingsItem,
  type ActivePlan, type Settings,
} from '../../utils/storage.ts';

export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlay(ctx);
  },
});

async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const store = new PayloadStore([]);
  let settings: Settings = DEFAULT_SETTINGS;
  let active: ActivePlan | null = null;
  let indicatorById: ReadonlyMap<string, Indicator> = new Map();
  let collapsed = false;
  let reportUrl: string | null = null;
  let loading = false;
  let loadError: string | null = null;
  let lastArrivalAt: number | null = null;
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let container: HTMLElement | null = null;
  let view: PortalPanelView | null = null;

  // Storage calls fail once the extension was reloaded or updated under the page.
  const guard = async <T>(f: () => Promise<T>): Promise<T | undefined> => {
    if (ctx.isInvalid) return undefined;
    try {
      return await f();
    } catch (e) {
      if (String(e).includes('context invalidated') || ctx.isInvalid) ctx.notifyInvalidated();
      return undefined;
    }
  };

  // Take the capture script's private port at once (document_start, before any page script): only
  // what arrives over it is read. The page's first responses may arrive before the panel is ready.
  const pending: { url: string; body: string; request: string | null; at: number }[] = [];
  let ready = false;
  const channel = openCaptureChannel(window, (payload) => {
    if (!ready) pending.push(payload);
    else accept(payload.url, payload.body, payload.request, payload.at);
  }, location.origin);
  ctx.onInvalidated(() => channel.close());

  const periodHistory = createPeriodHistory(guard);
  // The seen-units list is collected in idle time, after the panel is drawn.
  const unitMemory = createUnitMemory(pageIdle(ctx, window), guard);
  const rememberUnits = () => {
    const payload = store.all().at(-1);
    if (payload) isolate('unit-memory', () => unitMemory.remember(payload));
  };

  function accept(url: string, body: string, request: string | null, at: number) {
    const result = store.accept(url, body, request, new Date());
    lastArrivalAt = at;
    if (result.ok && result.formalityId === null) rememberUnits();
    render();
  }

  // Each part of the overlay runs in its own error boundary (isolate): a failing badge, unit memory,
  // history or popup memory never takes the panel down, nor the panel the others.
  let compiled: CompiledPlan | undefined;
  function render() {
    if (!container || ctx.isInvalid) return;
    const plan = active?.plan ?? null;
    const unit = settings.unitCode;
    const figs = isolate('figures', () => (unit ? store.figures(unit) : null)) ?? null;
    // The plan is compiled once, then again only when the officer picks another plan.
    const card = isolate('scorecard', () => (figs && plan ? scoreReportWith(portalReport(figs, plan, indicatorById), plan, indicatorById, [], (compiled = compiledFor(plan, compiled, indicatorById))) : null)) ?? null;
    // History first: the panel shows the comparison of the figures it draws.
    const summary = figs && plan && unit ? isolate('summary', () => portalSummary(figs, card, plan, indicatorById)) ?? null : null;
    if (summary && unit && plan) isolate('history', () => periodHistory.update(summary, figs?.period ?? null, unit, plan.id, (store.lastArrival ?? new Date()).toISOString()));
    view = null; // a panel that fails to draw leaves no stale badge text behind
    isolate('panel', () => renderPanel(figs, card, plan, unit));
    isolate('badge', () => placeBadge(document, { code: figs?.unit.code ?? unit, name: figs?.unit.name ?? settings.unitName }, view?.badgeText ?? null));
    // For the bench: when the latest payload arrived and when the panel (and badge) were ready.
    if (ui) {
      ui.shadowHost.setAttribute('data-cds-arrival', String(lastArrivalAt ?? ''));
      ui.shadowHost.setAttribute('data-cds-ready', String(performance.now()));
    }
    if (summary && plan && unit && view) {
      const shown = view;
      isolate('popup-memory', () => {
        void guard(() => lastFiguresItem.setValue({ savedAt: (store.lastArrival ?? new Date()).toISOString(), unitCode: unit, planId: plan.id, view: shown, summary }));
      });
    }
  }

  function renderPanel(figs: ReturnType<PayloadStore['figures']>, card: ReturnType<typeof scoreReportWith> | null, plan: ActivePlan['plan'] | null, unit: string | null) {
    if (!container) return;
    const notices = store.notices(unit);
    view = portalPanelView({
      lang: settings.lang,
      unitCode: unit,
      figs,
      card,
      plan,
      indicators: indicatorById,
      readAt: figs && store.lastArrival ? formatReadAt(store.lastArrival) : null,
      notices: loadError ? [...notices, msg('ext.panel.load-failed', { reason: loadError })] : notices,
    });
    const panel = renderPortalPanel(document, view, {
      floating: true,
      collapsed,
      loading,
      onToggle: (next) => {
        collapsed = next;
        void guard(() => panelStateItem.setValue(next ? 'collapsed' : 'expanded'));
        render();
        container?.querySelector<HTMLElement>('[data-action="toggle"]')?.focus();
      },
      onLoad: unit ? () => void loadForMyUnit() : undefined,
      onOptions: () => void guard(() => browser.runtime.sendMessage({ type: 'cds:open-options' })),
      onShowRow: () => showUnitRow(document, { code: figs?.unit.code ?? unit, name: figs?.unit.name ?? settings.unitName }),
      reportUrl,
      onReport: () => void guard(() => browser.runtime.sendMessage({ type: 'cds:open-options' })),
    });
    container.replaceChildren(panel);
    // The periods viewed (ui/portal-history-dom.ts), inside the open panel's body.
    if (!collapsed && figs && plan) {
      isolate('history', () => {
        const part = renderPortalHistory(document, periodHistory.view(plan, settings.lang, unit, figs.period?.key ?? null), settings.lang);
        if (part) (panel.querySelector('.cds-panel-body') ?? panel).append(part);
      });
    }
    dockPage(document, collapsed ? 'collapsed' : 'expanded');
  }

  async function loadForMyUnit() {
    const unit = settings.unitCode;
    if (!unit || loading) return;
    const root = settings.rootDepartmentId ?? store.rootFor(unit);
    if (!root) {
      loadError = t(msg('ext.panel.no-province'), settings.lang);
      render();
      return;
    }
    loading = true;
    loadError = null;
    render();
    const current = store.figures(unit)?.period ?? store.all().at(-1)?.period ?? yearPeriod(new Date().getFullYear());
    // One group that fails is named; the groups that answered are kept (Promise.allSettled).
    const result = await isolateAsync('loader', () => loadFigures(location.origin, root, current));
    if (!result) loadError = failedParts.get('loader') ?? '?';
    else {
      for (const r of result.responses) {
        store.accept(r.url, r.body, r.request, new Date());
        rememberUnits();
      }
      lastArrivalAt = performance.now();
      loadError = result.failures.length === 0 ? null : result.failures.map((f) => `${ENDPOINT_LABEL[f.endpoint]} (${f.endpoint}): ${f.reason}`).join('; ');
    }
    loading = false;
    render();
  }

  // Settings first, then the panel; storage changes (options page) re-render live.
  const useActive = (a: ActivePlan | null) => {
    active = a;
    indicatorById = new Map((a?.indicators ?? []).map((i) => [i.id, i]));
    store.setIndicators(a?.indicators ?? []);
  };
  settings = (await guard(() => settingsItem.getValue())) ?? DEFAULT_SETTINGS;
  store.setUnit(settings.unitCode);
  await isolateAsync('history', () => periodHistory.load());
  useActive((await guard(() => activePlanItem.getValue())) ?? null);
  // Open the first time, the compact chip afterwards unless the officer left it open.
  const start = initialPanelState((await guard(() => panelStateItem.getValue())) ?? null);
  collapsed = start.collapsed;
  void guard(() => panelStateItem.setValue(start.store));
  reportUrl = (await guard(() => reportLinkItem.getValue())) ?? null;
  const unwatch = [
    settingsItem.watch((v) => { settings = v ?? DEFAULT_SETTINGS; store.setUnit(settings.unitCode); loadError = null; render(); }),
    activePlanItem.watch((v) => { useActive(v); render(); }),
    reportLinkItem.watch((v) => { reportUrl = v ?? null; render(); }),
  ];
  ctx.onInvalidated(() => {
    for (const u of unwatch) u();
    removeBadges(document);
    undockPage(document);
    isolate('reload-notice', () => showReloadNotice(document, settings.lang));
  });

  await domReady();
  if (ctx.isInvalid) return;
  ui = await createShadowRootUi(ctx, {
    name: 'cds-portal-panel',
    // Closed: no page script can reach into the panel to read or rewrite its figures.
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (uiContainer) => {
      container = uiContainer;
      render();
      return uiContainer;
    },
    onRemove: () => {
      container = null;
      undockPage(document);
    },
  });
  const onPage = (url: string | URL) => {
    if (isPortalPage(url)) {
      if (!container) ui?.mount();
    } else {
      ui?.remove();
      removeBadges(document);
    }
  };
  onPage(location.href);

  ready = true;
  for (const p of pending.splice(0)) accept(p.url, p.body, p.request, p.at);

  // The portal is a single-page application: follow its in-page navigation.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => onPage(newUrl));

  // The page redraws its tables as it pleases: put the badge back when it disappears.
  let badgeTimer: number | null = null;
  const observer = new MutationObserver(() => {
    if (badgeTimer !== null || !view?.badgeText) return;
    badgeTimer = ctx.setTimeout(() => {
      badgeTimer = null;
      if (view && container) isolate('badge', () => placeBadge(document, { code: settings.unitCode, name: settings.unitName }, view!.badgeText));
    }, 300);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading' && document.body) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

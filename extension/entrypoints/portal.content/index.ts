// The overlay on the portal's service-quality page: reads the evaluation payloads the page itself
// received (through the main-world capture script), checks them with the core's schemas, and shows
// my unit's QĐ 766 figures next to my plan's targets in a shadow-root panel.
import '../../../ui/scorecard.css';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { msg, t } from '../../../shared/messages/index.ts';
import { portalPanelView, portalReport, portalSummary, yearPeriod, type PortalPanelView } from '../../../shared/portal/index.ts';
import type { Indicator } from '../../../shared/schema/indicator.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { renderPortalPanel } from '../../../ui/portal-panel-dom.ts';
import {
  CONTENT_SOURCE, PROTOCOL_VERSION, asCapturedPayload, isPortalPage,
} from '../../utils/capture-protocol.ts';
import { loadFigures } from '../../utils/load-figures.ts';
import { PayloadStore } from '../../utils/payload-store.ts';
import { placeBadge, removeBadges } from '../../utils/rank-badge.ts';
import { formatReadAt } from '../../utils/read-at.ts';
import {
  DEFAULT_SETTINGS, activePlanItem, lastFiguresItem, mergeSeenUnits, panelCollapsedItem, seenUnitsItem, settingsItem,
  type ActivePlan, type SeenUnit, type Settings,
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

  // Listen at once: the page's first responses may arrive before anything else is ready.
  const pending: { url: string; body: string; request: string | null; at: number }[] = [];
  let ready = false;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const payload = asCapturedPayload(event.data);
    if (!payload) return;
    if (!ready) pending.push(payload);
    else accept(payload.url, payload.body, payload.request, payload.at);
  });

  const seenBuffer: SeenUnit[] = [];
  let seenTimer: number | null = null;
  const rememberUnits = () => {
    const payload = store.all().at(-1);
    if (!payload) return;
    for (const f of payload.units) {
      const root = payload.rootDepartmentId ?? (f.unit.type === 'PROVINCE' ? f.unit.id : null);
      seenBuffer.push({ id: f.unit.id, code: f.unit.code, name: f.unit.name, level: f.unit.level, type: f.unit.type, rootDepartmentId: root });
    }
    if (seenTimer !== null) return;
    seenTimer = ctx.setTimeout(() => {
      seenTimer = null;
      const fresh = seenBuffer.splice(0);
      void guard(async () => seenUnitsItem.setValue(mergeSeenUnits(await seenUnitsItem.getValue(), fresh)));
    }, 400);
  };

  function accept(url: string, body: string, request: string | null, at: number) {
    const result = store.accept(url, body, request, new Date());
    lastArrivalAt = at;
    if (result.ok && result.formalityId === null) rememberUnits();
    render();
  }

  function render() {
    if (!container || ctx.isInvalid) return;
    const plan = active?.plan ?? null;
    const unit = settings.unitCode;
    const figs = unit ? store.figures(unit) : null;
    const card = figs && plan ? scoreReportWith(portalReport(figs, plan, indicatorById), plan, indicatorById) : null;
    const notices = store.notices();
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
        void guard(() => panelCollapsedItem.setValue(next));
        render();
        container?.querySelector<HTMLElement>('[data-action="toggle"]')?.focus();
      },
      onLoad: unit ? () => void loadForMyUnit() : undefined,
      onOptions: () => void guard(() => browser.runtime.sendMessage({ type: 'cds:open-options' })),
    });
    container.replaceChildren(panel);
    placeBadge(document, { code: figs?.unit.code ?? unit, name: figs?.unit.name ?? settings.unitName }, view.badgeText);
    // For the bench: when the latest payload arrived and when the panel (and badge) were ready.
    if (ui) {
      ui.shadowHost.setAttribute('data-cds-arrival', String(lastArrivalAt ?? ''));
      ui.shadowHost.setAttribute('data-cds-ready', String(performance.now()));
    }
    if (figs && plan && unit) {
      const summary = portalSummary(figs, card, plan, indicatorById);
      void guard(() => lastFiguresItem.setValue({ savedAt: (store.lastArrival ?? new Date()).toISOString(), unitCode: unit, planId: plan.id, view: view!, summary }));
    }
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
    try {
      const responses = await loadFigures(location.origin, root, current);
      for (const r of responses) store.accept(r.url, r.body, r.request, new Date());
      lastArrivalAt = performance.now();
      rememberUnits();
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    } finally {
      loading = false;
      render();
    }
  }

  // Settings first, then the panel; storage changes (options page) re-render live.
  const useActive = (a: ActivePlan | null) => {
    active = a;
    indicatorById = new Map((a?.indicators ?? []).map((i) => [i.id, i]));
    store.setIndicators(a?.indicators ?? []);
  };
  settings = (await guard(() => settingsItem.getValue())) ?? DEFAULT_SETTINGS;
  useActive((await guard(() => activePlanItem.getValue())) ?? null);
  collapsed = (await guard(() => panelCollapsedItem.getValue())) ?? false;
  const unwatch = [
    settingsItem.watch((v) => { settings = v ?? DEFAULT_SETTINGS; loadError = null; render(); }),
    activePlanItem.watch((v) => { useActive(v); render(); }),
  ];
  ctx.onInvalidated(() => {
    for (const u of unwatch) u();
    removeBadges(document);
    showReloadNotice(settings);
  });

  await domReady();
  if (ctx.isInvalid) return;
  ui = await createShadowRootUi(ctx, {
    name: 'cds-portal-panel',
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
  // Ask the capture script for anything it saw before this script listened.
  window.postMessage({ source: CONTENT_SOURCE, version: PROTOCOL_VERSION, kind: 'replay' }, location.origin);

  // The portal is a single-page application: follow its in-page navigation.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => onPage(newUrl));

  // The page redraws its tables as it pleases: put the badge back when it disappears.
  let badgeTimer: number | null = null;
  const observer = new MutationObserver(() => {
    if (badgeTimer !== null || !view?.badgeText) return;
    badgeTimer = ctx.setTimeout(() => {
      badgeTimer = null;
      if (view && container) placeBadge(document, { code: settings.unitCode, name: settings.unitName }, view.badgeText);
    }, 300);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading' && document.body) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** After an update the old panel is gone: say so in the page (text only), instead of failing silently. */
function showReloadNotice(settings: Settings) {
  if (!document.body || document.querySelector('[data-cds-invalidated]')) return;
  const note = document.createElement('div');
  note.setAttribute('data-cds-invalidated', '');
  note.setAttribute('role', 'status');
  note.textContent = t(msg('ext.panel.invalidated'), settings.lang);
  Object.assign(note.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', background: '#fff8c5', color: '#1b1f24',
    border: '1px solid #9a6700', borderRadius: '6px', padding: '8px 12px', font: '14px/1.4 system-ui, sans-serif',
  });
  document.body.append(note);
}

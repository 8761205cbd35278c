// Test harness for the portal content script in happy-dom: starts it, plays the capture script's
// part of the private channel (one MessageChannel, offered once), and opens the closed shadow root.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { activePlanFor } from '../../extension/utils/active-plan.ts';
import { CHANNEL_OFFER } from '../../extension/utils/capture-protocol.ts';
import { activePlanItem, DEFAULT_SETTINGS, settingsItem } from '../../extension/utils/storage.ts';

let lastRoot: ShadowRoot | null = null;

/** A fresh portal page: the fake browser emptied, no panel left from a test before, no network. */
export function freshPortalPage(): void {
  fakeBrowser.reset();
  document.body.replaceChildren();
  vi.stubGlobal('fetch', vi.fn(async () => new Response('')));
}

/** The officer's settings: UBND xã Hy Cương (H44.104) on the Vạn Phúc plan, made active. */
export async function hyCuongOnVanPhuc(): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, unitCode: 'H44.104', unitName: 'UBND xã Hy Cương', planId: 'van-phuc-2023-2025' });
  await activePlanItem.setValue(activePlanFor('van-phuc-2023-2025', []));
}

/** The panel's shadow root (closed: the page cannot see it; the test keeps the reference). */
export function panelRoot(): ShadowRoot | null {
  const host = document.querySelector('cds-portal-panel');
  return host ? lastRoot : null;
}

export async function startContentScript(ctx: ContentScriptContext): Promise<{ capture: MessagePort }> {
  // Keep the closed root the content script attaches, as a page never could.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    if (this.localName === 'cds-portal-panel') lastRoot = root;
    return root;
  });
  const script = (await import('../../extension/entrypoints/portal.content/index.ts')).default;
  const started = script.main(ctx);
  const channel = new MessageChannel();
  window.dispatchEvent(new MessageEvent(CHANNEL_OFFER, { ports: [channel.port2], cancelable: true }));
  await started;
  return { capture: channel.port1 };
}

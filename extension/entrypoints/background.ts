// The only background work: content scripts cannot open the options page themselves.
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'cds:open-options') {
      void browser.runtime.openOptionsPage();
    }
    return undefined;
  });
});

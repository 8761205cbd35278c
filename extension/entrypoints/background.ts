// Background: keeps the resolved plan in storage for the content script, and opens the options
// page on the panel's request (content scripts cannot open it themselves).
import { browser } from 'wxt/browser';
import { refreshActivePlan } from '../utils/active-plan.ts';
import { importedPlansItem, settingsItem } from '../utils/storage.ts';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void refreshActivePlan());
  browser.runtime.onStartup.addListener(() => void refreshActivePlan());
  settingsItem.watch(() => void refreshActivePlan());
  importedPlansItem.watch(() => void refreshActivePlan());
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'cds:open-options') {
      void browser.runtime.openOptionsPage();
    }
    return undefined;
  });
});

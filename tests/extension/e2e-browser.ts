// Real Chromium with the BUILT extension (.output/chrome-mv3), the portal's URL answered locally.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Route } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const PORTAL_PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cds-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  // Nothing leaves the machine: every request not answered by a test route is refused.
  await context.route(/^https?:\/\//, (route: Route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

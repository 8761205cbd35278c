// Real Chromium with the BUILT extension (.output/chrome-mv3), the portal's URL answered locally.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Route } from 'playwright-core';

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

/**
 * The panel lives in a CLOSED shadow root, which page scripts (and Playwright's locators) cannot
 * enter. The tests reach it through the DevTools protocol, as only the browser itself can: the
 * document tree with shadow roots pierced, the root resolved to an object, functions run on it.
 */
export class ClosedPanel {
  private session: CDPSession | null = null;
  private readonly page: Page;
  private readonly host: string;
  constructor(page: Page, host = 'cds-portal-panel') {
    this.page = page;
    this.host = host;
  }

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** Runs `fn(root, ...args)` on the closed shadow root; null when the panel is not mounted. */
  async run<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    const s = await this.cdp();
    const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findNode(root, (n) => n.localName === this.host);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await s.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const r = await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (...args) { return (${fn})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    await s.send('Runtime.releaseObject', { objectId: object.objectId! });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  }

  /** textContent of the first match (null when absent). */
  text(selector: string): Promise<string | null> {
    return this.run<string | null>('(root, sel) => root.querySelector(sel)?.textContent ?? null', selector);
  }

  /** textContent of the n-th match (0-based). */
  nthText(selector: string, n: number): Promise<string | null> {
    return this.run<string | null>('(root, sel, n) => root.querySelectorAll(sel)[n]?.textContent ?? null', selector, n);
  }

  async count(selector: string): Promise<number> {
    return (await this.run<number>('(root, sel) => root.querySelectorAll(sel).length', selector)) ?? 0;
  }

  attr(selector: string, name: string): Promise<string | null> {
    return this.run<string | null>('(root, sel, name) => root.querySelector(sel)?.getAttribute(name) ?? null', selector, name);
  }

  async click(selector: string): Promise<void> {
    const ok = await this.run<boolean>('(root, sel) => { const e = root.querySelector(sel); if (!e) return false; e.click(); return true; }', selector);
    if (!ok) throw new Error(`no ${selector} in the panel`);
  }

  async focus(selector: string): Promise<void> {
    const ok = await this.run<boolean>('(root, sel) => { const e = root.querySelector(sel); if (!e) return false; e.focus(); return true; }', selector);
    if (!ok) throw new Error(`no ${selector} in the panel`);
  }

  /** Whether the panel's root is reachable from the page's own scripts (it must not be). */
  pageSeesRoot(): Promise<boolean> {
    return this.page.evaluate((h) => document.querySelector(h)?.shadowRoot != null, this.host);
  }
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const f = findNode(c, test);
    if (f) return f;
  }
  return null;
}

/** The extension's local storage, read through its service worker. */
export async function extensionStorage(b: Browser, key: string): Promise<unknown> {
  const worker = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k], key);
}

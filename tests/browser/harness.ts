import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
import { afterAll, beforeAll, inject } from 'vitest';

export { CHROMIUM, CHROMIUM_ARGS };

export const SCREENSHOTS = resolve('test-results/screenshots');

/** Browser tests need the built app and Debian's Chromium; without them they fail loudly, never skip quietly. */
export function requireBuildAndBrowser(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "npm run install-browser" (browser tests are never skipped).`);
  if (!existsSync(resolve('dist/index.html'))) throw new Error('dist/ is missing: run "npm run build" first ("npm test" does).');
}

/** The built site: the one server every browser test file shares, or a server of its own on a fixed port. */
export async function serveDist(port = 0): Promise<{ url: string; server: PreviewServer }> {
  const shared = port === 0 ? inject('siteUrl') : undefined;
  // The shared server outlives the file: closing it here is a no-op (the files only ever close it).
  if (shared) return { url: shared, server: { close: async () => undefined } as unknown as PreviewServer };
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: port !== 0 }, logLevel: 'silent' });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** Chromium: the one every browser test file shares (closing it disconnects), or its own with `extraArgs`. */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  const shared = extraArgs.length === 0 ? inject('browserEndpoint') : undefined;
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface Watched {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

const DESKTOP = { width: 1280, height: 800 };

interface Pooled { page: Page; stop(): void }
/** Each browser's open pages by their context options, the viewport aside (a page takes any viewport). */
const pools = new WeakMap<Browser, Map<string, Pooled>>();

/**
 * A page that records every request it makes and every console error, for the "no other origin" checks.
 * A test that leaves its page open hands it to the next `openPage` with the same options, which loads its
 * address there: the renderer, the scripts and their compiled code are warm, about a second less per test
 * on two cores. A test that needs a page of its own (routes, init scripts, print media, a count of what
 * the network serves, which a warm cache changes) closes its context when done.
 */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const { viewport = DESKTOP, ...rest } = options;
  const key = JSON.stringify(rest);
  const pool = pools.get(browser) ?? new Map<string, Pooled>();
  pools.set(browser, pool);
  const kept = pool.get(key);
  kept?.stop();
  const reused = kept && !kept.page.isClosed() ? kept.page : undefined;
  if (reused && viewport) await reused.setViewportSize(viewport);
  const open = reused ?? (await (await browser.newContext({ viewport, ...rest })).newPage());
  const watched: Watched = { page: open, requests: [], consoleErrors: [] };
  pool.set(key, { page: open, stop: record(watched) });
  await open.goto(url);
  await waitForLive(open);
  return watched;
}

/** Records the page's requests and console errors into `watched`; the function returned stops it. */
function record(watched: Watched): () => void {
  const { page, requests, consoleErrors } = watched;
  const onRequest = (request: { url(): string }) => requests.push(request.url());
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  const onError = (error: Error) => consoleErrors.push(error.message);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  };
}

/**
 * Waits until the app's scripts run the page (`html[data-live]`, src/app/Root.tsx). A pre-rendered page looks
 * ready before: a click then would reach markup that nothing listens to yet. Pages the app does not run (a host
 * page, about:blank) and pages whose scripts fail go on at once, and the test then judges them.
 */
export async function waitForLive(page: Page | Frame, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live') || !document.querySelector('#root[data-story]') || !document.querySelector('.startup-status')?.hasAttribute('hidden'), null, { timeout });
}

/**
 * Starts the WebGL map as a reader would, without moving it: the SVG map is the first view, and focusing its
 * zoom buttons loads maplibre-gl. Focus then goes back to where it was, so keyboard tests start as before.
 */
export async function wakeMap(page: Page | Frame, timeout = 30_000): Promise<void> {
  await waitForLive(page, timeout);
  const wake = page.locator('[data-testid="map-wake"] button').first();
  await wake.waitFor({ state: 'attached', timeout });
  await wake.evaluate((button: HTMLElement) => {
    const before = document.activeElement;
    button.focus();
    if (before instanceof HTMLElement && before !== document.body) before.focus();
    else button.blur();
  });
}

/** Waits for the map's first `idle` (the app exposes its map as `window.__atlas.map`), waking it first if it sleeps. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  const awake = await page.evaluate(() => Boolean((window as unknown as { __atlas?: unknown }).__atlas));
  if (!awake) await wakeMap(page, timeout);
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __atlas?: { map?: { loaded(): boolean; areTilesLoaded(): boolean } } }).__atlas?.map;
      return Boolean(map && map.loaded() && map.areTilesLoaded());
    },
    undefined,
    { timeout },
  );
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { __atlas: { map: { once(event: string, cb: () => void): void; triggerRepaint(): void } } }).__atlas.map;
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The WCAG 2.2 A and AA rule sets the reader is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the page as it stands, one line each: rule id, then the elements it found. */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Waits for the SVG map (the fallback without WebGL2, or the copy kept for print) drawn at its measured size
 * (its `viewBox`): a hydrated page shows the pre-rendered frame until that drawing, made in slices, is done.
 */
export async function waitForStaticMap(page: Page, testId: 'static-map' | 'print-map' = 'static-map', timeout = 30_000): Promise<void> {
  await page.locator(`[data-testid="${testId}"] svg[viewBox] path`).first().waitFor({ state: 'attached', timeout });
}

/**
 * One test file's browser and server: serves `dist/`, launches Chromium with `extraArgs`, hands
 * both to `started`, and stops them after the file's tests.
 */
export function browserSuite(started: (suite: { browser: Browser; base: string }) => void, extraArgs: string[] = []): void {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    requireBuildAndBrowser();
    const served = await serveDist();
    server = served.server;
    browser = await launch(extraArgs);
    started({ browser, base: served.url });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

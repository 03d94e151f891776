import type { Browser, Request } from 'playwright-core';
import { gzipSize } from './serve';
import { kindOf, type ByteKind } from './kinds';
import { installProbe } from './pageProbe';

export interface ResourceRecord {
  url: string;
  kind: ByteKind;
  /** Bytes on the wire for the body, as the browser counted them (gzip when the server compressed). */
  transferred: number;
  /** The body once decoded. */
  raw: number;
  /** What a production server sends: the body gzipped by zlib (default level), or as is when that is smaller (woff2). */
  gzip: number;
}

export interface PageRun {
  mapIdleMs: number;
  /** The first frame with a map on screen: the app's SVG map, or the floor's first idle. */
  mapPixelsMs: number;
  /** From the reader's reach for the WebGL map (focus on its zoom button) to its first idle; null for the floor. */
  wakeToIdleMs: number | null;
  firstContentfulPaintMs: number | null;
  articleMs: number | null;
  countriesMs: number | null;
  totalBlockingTimeMs: number;
  longTaskCount: number;
  heapUsedBytes: number;
  resources: ResourceRecord[];
}

interface ProbeState {
  idle: number | null;
  mapPixels: number | null;
  article: number | null;
  countries: number | null;
  longTasks: { start: number; duration: number }[];
}

// tsx compiles named inner functions with esbuild's `__name` helper, which the page does not have.
const PROBE = `globalThis.__name ??= (f) => f;\n(${installProbe.toString()})();`;
const SETTLE_MS = 1000;

/**
 * One cold load in a fresh context with the cache disabled, measured until the map's first `idle` (plus a quiet
 * second). A page whose first view is an SVG map (the app) counts the bytes of that first view, before a reader
 * would start the WebGL map.
 */
export async function measurePage(browser: Browser, url: string, timeoutMs = 60_000): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript({ content: PROBE });

    const finished: Promise<ResourceRecord | null>[] = [];
    page.on('requestfinished', (request) => finished.push(record(request)));

    await page.goto(url, { waitUntil: 'commit' });
    // The app's first view is its SVG map: its bytes are those loaded until it is drawn (and a quiet second).
    // The WebGL map then starts as a reader starts it, by reaching its zoom buttons, and is timed to its idle.
    const wake = page.locator('[data-testid="map-wake"] button').first();
    const sleeping = await Promise.race([
      wake.waitFor({ state: 'attached', timeout: timeoutMs }).then(() => true),
      page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.idle !== null, undefined, { timeout: timeoutMs, polling: 50 }).then(() => false),
    ]);
    let firstView: Promise<ResourceRecord | null>[] | undefined;
    let wokeAt: number | null = null;
    if (sleeping) {
      await page.waitForTimeout(SETTLE_MS);
      firstView = [...finished];
      wokeAt = await page.evaluate(() => performance.now());
      await wake.focus();
    }
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.idle !== null, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    await page.waitForTimeout(SETTLE_MS);

    const probe = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const resources = (await Promise.all(firstView ?? finished)).filter((r): r is ResourceRecord => r !== null);
    return {
      mapIdleMs: probe.idle!,
      mapPixelsMs: probe.mapPixels ?? probe.idle!,
      wakeToIdleMs: wokeAt === null ? null : probe.idle! - wokeAt,
      firstContentfulPaintMs: fcp,
      articleMs: probe.article,
      countriesMs: probe.countries,
      totalBlockingTimeMs: blockingTime(probe.longTasks, probe.idle! + SETTLE_MS),
      longTaskCount: probe.longTasks.length,
      heapUsedBytes: heap.usedSize,
      resources,
    };
  } finally {
    await context.close();
  }
}

/** Total Blocking Time as Lighthouse sums it (each long task's time beyond 50 ms), over the whole load. */
export function blockingTime(tasks: readonly { start: number; duration: number }[], until: number): number {
  return tasks.filter((task) => task.start < until).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

async function record(request: Request): Promise<ResourceRecord | null> {
  const url = request.url();
  if (!url.startsWith('http')) return null;
  const response = await request.response();
  if (!response) return null;
  const sizes = await request.sizes();
  const body = await response.body().catch(() => fetchIdentity(url));
  const headers = response.headers();
  // A worker's own script comes back with no size from the browser: the Content-Length sent is then the best count.
  const transferred = sizes.responseBodySize > 0 || body.length === 0 ? sizes.responseBodySize : Number(headers['content-length'] ?? body.length);
  return {
    url,
    kind: kindOf(url, headers['content-type'] ?? ''),
    transferred,
    raw: body.length,
    gzip: Math.min(body.length, gzipSize(body)),
  };
}

async function fetchIdentity(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  return Buffer.from(await response.arrayBuffer());
}

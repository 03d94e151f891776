import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, requireBuildAndBrowser, serveDist, waitForStaticMap, wakeMap } from './harness';

// Issue #17: a context lost before the map's load, containers added late, bad targets, unknown ids from a host,
// and a host that sandboxes the map without allow-same-origin.
const STORY = 'blinken-astana-2023-02-28';
let browser: Browser;
let mapServer: PreviewServer;
let mapBase: string;
let hostServer: Server;
let hostBase: string;
let plainServer: Server;
let plainBase: string;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/json', '.woff2': 'font/woff2', '.mjs': 'text/javascript' };

/** dist/ from a plain static server that sends no Access-Control-Allow-Origin, as many hosts do. */
function plainStatic(): Server {
  return createServer((request, response) => {
    const path = join(resolve('dist'), decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    readFile(path).then(
      (body) => {
        response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        response.end(body);
      },
      () => {
        response.statusCode = 404;
        response.end();
      },
    );
  });
}

const PAGES: Record<string, (map: string) => string> = {
  '/late': (map) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Late</title></head><body>
<button id="bad-target" data-dispatch-atlas-select="KAZ" data-dispatch-atlas-target="#[">Bad</button>
<button id="no-target" data-dispatch-atlas-select="KAZ" data-dispatch-atlas-target="#nowhere">None</button>
<div id="first" data-dispatch-atlas="${STORY}"></div>
<script src="${map}embed.js"></script>
<script>setTimeout(() => { const late = document.createElement('section'); late.innerHTML = '<div id="late" data-dispatch-atlas="${STORY}"></div>'; document.body.append(late); }, 300);</script>
</body></html>`,
  '/sandboxed': (map) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sandboxed</title></head><body>
<iframe id="boxed" sandbox="allow-scripts" src="${map}embed.html?story=${STORY}" style="width:700px;height:600px"></iframe>
</body></html>`,
  '/sandboxed-plain': () => PAGES['/sandboxed']!(plainBase),
};

beforeAll(async () => {
  requireBuildAndBrowser();
  ({ url: mapBase, server: mapServer } = await serveDist());
  hostServer = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end((PAGES[request.url ?? ''] ?? PAGES['/late']!)(mapBase));
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  hostBase = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  plainServer = plainStatic();
  await new Promise<void>((done) => plainServer.listen(0, '127.0.0.1', done));
  plainBase = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mapServer?.close();
  hostServer?.close();
  plainServer?.close();
});

describe('a WebGL context lost before the map’s load', () => {
  it('shows the static map with its notice once 3 s pass without the context coming back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Takes the map's context away right after MapLibre creates it, long before the style and tiles are in.
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
        const gl = original.call(this, type as '2d', options as never) as WebGL2RenderingContext | null;
        const w = window as unknown as { __lost?: boolean; __lostBeforeLoad?: boolean; __atlas?: unknown };
        if (type === 'webgl2' && gl && !w.__lost && this.classList.contains('maplibregl-canvas')) {
          w.__lost = true;
          setTimeout(() => {
            w.__lostBeforeLoad = w.__atlas === undefined;
            gl.getExtension('WEBGL_lose_context')?.loseContext();
          }, 0);
        }
        return gl;
      } as typeof original;
    });
    const page = await context.newPage();
    await page.goto(`${mapBase}?story=${STORY}`);
    await wakeMap(page);
    await page.getByTestId('static-notice').waitFor({ timeout: 20_000 });
    await waitForStaticMap(page, 'static-map', 20_000);
    expect(await page.evaluate(() => (window as unknown as { __lostBeforeLoad?: boolean }).__lostBeforeLoad)).toBe(true);
    expect(await page.getByTestId('static-notice').isVisible()).toBe(true);
    await context.close();
  });
});

describe('a part of the page that throws while rendering', () => {
  it('becomes a message naming its file, with Retry, while the article and the map keep working', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A fault in one component (here every date it formats throws) that the data checks cannot see.
    await context.addInitScript(() => {
      const w = window as unknown as { __failDates: boolean };
      w.__failDates = true;
      const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!.get!;
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get(this: Intl.DateTimeFormat) {
          if (w.__failDates) throw new Error('injected: dates cannot be formatted');
          return original.call(this);
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${mapBase}?story=${STORY}`);
    const alerts = page.locator('.load-error');
    await expect.poll(() => alerts.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await alerts.first().textContent()).toContain(`${STORY}/story.json`);
    await expect.poll(() => page.getByTestId('article').textContent()).toContain('Blinken');
    await wakeMap(page);
    await page.locator('[data-testid="map"] canvas').waitFor({ state: 'attached' });
    await page.evaluate(() => ((window as unknown as { __failDates: boolean }).__failDates = false));
    // A list's own message waits in its hidden tab; the ones on screen are retried.
    const shownAlerts = page.locator('.load-error:visible');
    while ((await shownAlerts.count()) > 0) await shownAlerts.first().getByRole('button').click();
    await expect.poll(() => page.locator('header time').textContent()).toContain('2023');
    await context.close();
  });
});

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  return (await handle!.contentFrame())!;
}

describe('embed.js on a page that changes', () => {
  it('embeds a container added after it ran, and ignores a trigger whose target is invalid or matches nothing', async () => {
    const { page, consoleErrors } = await openPage(browser, `${hostBase}/late`);
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.locator('#late iframe').waitFor({ state: 'attached', timeout: 10_000 });
    const first = await frameOf(page, '#first iframe');
    await first.locator('.app').waitFor({ timeout: 60_000 });
    await page.locator('#bad-target').click();
    await page.locator('#no-target').click();
    await expect.poll(() => warnings.filter((w) => w.includes('data-dispatch-atlas-target')).length).toBe(2);
    await page.waitForTimeout(1000);
    expect(await first.locator('#context-title').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('a host’s select with an id the story lacks changes nothing', async () => {
    const { page } = await openPage(browser, `${hostBase}/late`);
    const first = await frameOf(page, '#first iframe');
    await first.locator('.app').waitFor({ timeout: 60_000 });
    await first.waitForFunction(() => document.title !== 'Dispatch Atlas');
    const before = first.url();
    await page.evaluate(() => {
      window.DispatchAtlas!.send(0, { type: 'select', place: 'constructor' });
      window.DispatchAtlas!.send(0, { type: 'select', country: 'ZZZ' });
    });
    await page.waitForTimeout(1500);
    expect(first.url()).toBe(before);
    expect(await first.locator('#context-title').count()).toBe(0);
  });
});

describe('a host that sandboxes the map without allow-same-origin (an opaque origin)', () => {
  const shown = (frame: Frame) => frame.evaluate(() => document.querySelector('.app h1')?.textContent ?? document.querySelector('#root')?.textContent ?? '');

  it('shows the story from a server with the production headers (Access-Control-Allow-Origin: *)', async () => {
    const { page } = await openPage(browser, `${hostBase}/sandboxed`);
    const frame = await frameOf(page, '#boxed');
    await expect.poll(() => shown(frame), { timeout: 30_000 }).toContain('Blinken');
    // The pre-rendered story shows without scripts: the app must also be running.
    await frame.waitForSelector('html[data-live]', { timeout: 30_000 });
  });

  it('from a server without that header, says why above the pre-rendered story, which stays readable', async () => {
    const { page } = await openPage(browser, `${hostBase}/sandboxed-plain`);
    const frame = await frameOf(page, '#boxed');
    await expect.poll(() => frame.locator('.startup-status').textContent(), { timeout: 15_000 }).toContain('allow-same-origin');
    expect(await frame.locator('[role="alert"]').count()).toBe(1);
    expect(await shown(frame)).toContain('Blinken');
  });
});

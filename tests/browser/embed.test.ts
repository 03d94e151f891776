import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, requireBuildAndBrowser, screenshot, serveDist, waitForMapIdle, wakeMap } from './harness';

let browser: Browser;
let mapServer: PreviewServer;
let mapBase: string;
let hostServer: Server;
let hostBase: string;
let plainSnippet = '';

/** A news article on another origin that embeds three maps with the snippet, and includes the script twice. */
function hostPage(mapOrigin: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host article</title></head>
<body style="font-family:sans-serif;max-width:760px;margin:0 auto;padding:1rem">
<h1>Un article hôte</h1>
<p>Le <button id="select-kaz" data-dispatch-atlas-select="KAZ" data-dispatch-atlas-target="#first">Kazakhstan</button> partage 7 500 km de frontière avec la Russie.</p>
<div id="first" data-dispatch-atlas="blinken-astana-2023-02-28"></div>
<p style="height:400px">Texte entre les deux cartes.</p>
<div id="second" data-dispatch-atlas="blinken-astana-2023-02-28" data-country="RUS"></div>
<div id="distrustful" data-dispatch-atlas="blinken-astana-2023-02-28" data-trust="http://127.0.0.1:9"></div>
<p style="height:1200px">Fin.</p>
<script>
  window.__events = [];
  for (const type of ['ready', 'resize', 'select']) {
    document.addEventListener('dispatch-atlas:' + type, (event) => window.__events.push({ type, target: event.target.id, detail: event.detail }));
  }
</script>
<script async src="${mapOrigin}embed.js"></script>
<script async src="${mapOrigin}embed.js"></script>
</body></html>`;
}

beforeAll(async () => {
  requireBuildAndBrowser();
  ({ url: mapBase, server: mapServer } = await serveDist());
  hostServer = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // `/plain`: a page that carries only the plain-iframe snippet a test put in `plainSnippet`.
    response.end(request.url === '/plain' ? `<!doctype html><html lang="fr"><title>Hôte</title><body style="margin:0">${plainSnippet}</body></html>` : hostPage(mapBase));
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  hostBase = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}/`;
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mapServer?.close();
  hostServer?.close();
});

interface HostEvent {
  type: string;
  target: string;
  detail: { height?: number; country?: string | null };
}

interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  problems: string[];
}

async function openHost(): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  // Runs in every frame: a CSP violation anywhere becomes a console error the test sees.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    // SwiftShader's performance notes are about the test machine's software GPU, not the page.
    if ((message.type() === 'error' || message.type() === 'warning') && !message.text().includes('GL Driver Message')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(hostBase);
  return { context, page, requests, problems };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events);

async function mapFrame(page: Page, containerId: string): Promise<Frame> {
  const handle = await page.locator(`#${containerId} iframe`).elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

async function readyFrames(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'ready').map((e) => e.target), { timeout: 60_000 }).toEqual(expect.arrayContaining(ids));
}

describe('the embed inside another origin’s page', () => {
  it('turns each snippet into one lazy, titled, full-width iframe, even with the script included twice', async () => {
    const { page, context } = await openHost();
    const frames = page.locator('iframe');
    await expect.poll(() => frames.count()).toBe(3);
    for (const frame of await frames.all()) {
      expect(await frame.getAttribute('loading')).toBe('lazy');
      expect(await frame.getAttribute('title')).toMatch(/Carte interactive/);
      expect(await frame.evaluate((node) => node.getBoundingClientRect().width)).toBeGreaterThan(700);
    }
    expect(await page.evaluate(() => Object.keys(window).filter((key) => key.toLowerCase().includes('atlas')))).toEqual(['DispatchAtlas']);
    await context.close();
  });

  it('sizes each iframe to its content through postMessage', async () => {
    const { page, context } = await openHost();
    await readyFrames(page, ['first', 'second']);
    await expect
      .poll(async () => {
        const heights = (await events(page)).filter((e) => e.type === 'resize' && e.target === 'first').map((e) => e.detail.height!);
        const frameHeight = await page.locator('#first iframe').evaluate((node) => node.getBoundingClientRect().height);
        return heights.length > 0 && Math.abs(frameHeight - heights.at(-1)!) <= 1 && frameHeight !== 480;
      })
      .toBe(true);
    await page.locator('#first').scrollIntoViewIfNeeded();
    await screenshot(page, 'embed-host-page');
    await context.close();
  });

  it('lets a sentence in the host page select a country, and tells the host what the reader clicked', async () => {
    const { page, context } = await openHost();
    await readyFrames(page, ['first', 'second']);
    await page.locator('#select-kaz').click();
    const first = await mapFrame(page, 'first');
    await expect.poll(() => first.locator('#context-title').textContent().catch(() => null)).toContain('Kazakhstan');
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'select' && e.target === 'first' && e.detail.country === 'KAZ')).toBe(true);

    const second = await mapFrame(page, 'second');
    await page.locator('#second').scrollIntoViewIfNeeded();
    await wakeMap(second);
    await second.waitForFunction(() => (window as unknown as { __atlas?: { map?: { loaded(): boolean } } }).__atlas?.map?.loaded());
    const point = await second.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number } } } }).__atlas.map;
      return map.project([64.5, 41.5]);
    });
    await second.locator('.maplibregl-canvas').click({ position: { x: point.x, y: point.y } });
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'select' && e.target === 'second' && e.detail.country === 'UZB')).toBe(true);
    await context.close();
  });

  it('ignores messages from untrusted origins and malformed ones', async () => {
    const { page, context } = await openHost();
    await readyFrames(page, ['first', 'distrustful']);
    await page.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')];
      const send = (frame: HTMLIFrameElement, data: unknown) => frame.contentWindow!.postMessage(data, '*');
      const first = frames[0]!;
      send(first, { namespace: 'dispatch-atlas', version: 1, type: 'select', country: '<img src=x onerror=alert(1)>' });
      send(first, { namespace: 'dispatch-atlas', version: 99, type: 'select', country: 'KAZ' });
      send(first, 'select KAZ');
      send(first, null);
      const distrustful = document.querySelector<HTMLIFrameElement>('#distrustful iframe')!;
      send(distrustful, { namespace: 'dispatch-atlas', version: 1, type: 'select', country: 'KAZ' });
    });
    // The same well-formed message, sent last to the trusting map, is obeyed: the others had their chance.
    await page.evaluate(() => window.DispatchAtlas!.send(document.querySelector('#first')!, { type: 'select', country: 'CHN' }));
    const first = await mapFrame(page, 'first');
    await expect.poll(() => first.locator('#context-title').textContent().catch(() => null)).toContain('Chine');
    const distrustful = await mapFrame(page, 'distrustful');
    expect(await distrustful.locator('#context-title').count()).toBe(0);
    const selects = (await events(page)).filter((e) => e.type === 'select' && e.detail.country && e.target !== 'second');
    expect(selects.map((e) => `${e.target}:${e.detail.country}`)).toEqual(['first:CHN']);
    await context.close();
  });

  it('scrolls the host page, not the map, when the reader scrolls over it', async () => {
    const { page, context } = await openHost();
    await readyFrames(page, ['first']);
    const frame = await mapFrame(page, 'first');
    await wakeMap(frame);
    await frame.waitForFunction(() => (window as unknown as { __atlas?: { map?: { loaded(): boolean } } }).__atlas?.map?.loaded());
    const zoom = () => frame.evaluate(() => (window as unknown as { __atlas: { map: { getZoom(): number } } }).__atlas.map.getZoom());
    const before = { zoom: await zoom(), scroll: await page.evaluate(() => window.scrollY) };
    const box = (await page.locator('#first iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll);
    expect(await zoom()).toBeCloseTo(before.zoom, 5);
    await context.close();
  });

  it('makes no request to any origin but the map’s and the host’s, with a clean console and no CSP violation', async () => {
    const { page, context, requests, problems } = await openHost();
    await readyFrames(page, ['first', 'second', 'distrustful']);
    await page.waitForTimeout(500);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([new URL(hostBase).origin, new URL(mapBase).origin].sort());
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the embed page on its own', () => {
  it.each([
    ['the first view', ''],
    ['a country selected', '&country=KAZ'],
    ['English', '&lang=en'],
  ])('has no WCAG 2.2 A or AA violation in %s', async (_state, query) => {
    const { page } = await openPage(browser, `${mapBase}embed.html?story=blinken-astana-2023-02-28${query}`, { viewport: { width: 360, height: 640 } });
    await waitForMapIdle(page);
    if (query.includes('country')) await page.locator('#context-title').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `embed-360${query.replace(/[&=]/g, '-')}`);
    await page.context().close();
  });
});

describe('the embed keeps the host page still', () => {
  it('keeps the iframe’s height when the host page selects a country, so the host’s text does not move', async () => {
    const { page, context } = await openHost();
    await readyFrames(page, ['first']);
    const frame = await mapFrame(page, 'first');
    await wakeMap(frame);
    await frame.waitForFunction(() => (window as unknown as { __atlas?: { map?: { loaded(): boolean } } }).__atlas?.map?.loaded());
    // The reader is reading the paragraph under the map, with the map's lower part still on screen (a frame
    // off screen is not laid out until it comes back, so that would prove nothing).
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#first')!.getBoundingClientRect().top + window.scrollY + 300));
    const where = () =>
      page.evaluate(() => ({
        frame: document.querySelector('#first iframe')!.getBoundingClientRect().height,
        text: document.querySelector('#second')!.previousElementSibling!.getBoundingClientRect().top,
      }));
    await page.waitForTimeout(500);
    const before = await where();
    await page.evaluate(() => window.DispatchAtlas!.send(document.querySelector('#first')!, { type: 'select', country: 'RUS' }));
    await expect.poll(() => frame.locator('#context-title').textContent().catch(() => null)).toContain('Russie');
    await page.waitForTimeout(1000);
    expect(await where()).toEqual(before);
    await page.evaluate(() => window.DispatchAtlas!.send(document.querySelector('#first')!, { type: 'step', step: 'border' }));
    await page.waitForTimeout(1000);
    expect(await where()).toEqual(before);
    await context.close();
  });

  it('writes a plain iframe as tall as the embed at the width the share dialog is asked for, step navigation included', async () => {
    const width = 600;
    const { page } = await openPage(browser, mapBase, { viewport: { width: 1280, height: 800 } });
    await waitForMapIdle(page);
    await page.locator('.share-button').click();
    await page.locator('#share-width').fill(String(width));
    const area = page.locator('#share-iframe');
    await expect.poll(() => area.getAttribute('data-measured'), { timeout: 60_000 }).toBe('true');
    const snippet = await area.inputValue();
    const height = Number(/height:(\d+)px/.exec(snippet)?.[1]);
    expect(snippet).toContain(`width:${width}px`);
    expect(height).toBeGreaterThan(300);
    await page.context().close();

    // The snippet as is, in a host page with room for it: nothing of the embed is cut off, in any state.
    const host = await browser.newContext({ viewport: { width: 800, height: 1200 } });
    const hostPage = await host.newPage();
    plainSnippet = snippet;
    await hostPage.goto(`${hostBase}plain`);
    const frame = (await (await hostPage.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('[data-testid="step-next"]').waitFor();
    const fits = () =>
      frame.evaluate(() => {
        const next = document.querySelector('[data-testid="step-next"]')!.getBoundingClientRect();
        return { content: document.documentElement.scrollHeight, nextBottom: Math.ceil(next.bottom), view: window.innerHeight };
      });
    for (let step = 0; step < 3; step++) {
      const { content, nextBottom, view } = await fits();
      expect(view).toBe(height);
      expect(content, `step ${step}`).toBeLessThanOrEqual(height);
      expect(nextBottom, `step ${step}`).toBeLessThanOrEqual(height);
      await frame.locator('[data-testid="step-next"]').click();
    }
    await host.close();
  });
});


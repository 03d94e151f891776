import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, requireBuildAndBrowser, serveDist } from './harness';

const EMBEDS = 20;
let browser: Browser;
let mapServer: PreviewServer;
let hostServer: Server;
let hostBase: string;

/** A live blog on another origin with twenty maps, one per update. */
function hostPage(mapOrigin: string): string {
  const updates = Array.from({ length: EMBEDS }, (_, i) => `<h2>Mise à jour ${i + 1}</h2><div id="map-${i}" data-dispatch-atlas="blinken-astana-2023-02-28"></div>`).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Direct</title></head><body>${updates}<script async src="${mapOrigin}embed.js"></script></body></html>`;
}

beforeAll(async () => {
  requireBuildAndBrowser();
  const served = await serveDist();
  mapServer = served.server;
  hostServer = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(hostPage(served.url));
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

const canvases = (frame: Frame) => frame.locator('canvas.maplibregl-canvas').count();

describe('a page with twenty embeds', () => {
  it('shows twenty maps, and only the ones a reader touches take a WebGL context', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('GL Driver Message')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(hostBase);
    await expect.poll(() => page.locator('iframe').count()).toBe(EMBEDS);

    const frames: Frame[] = [];
    for (let i = 0; i < EMBEDS; i++) {
      // The iframes load lazily: each is brought into view, as a reader scrolling the page would.
      await page.locator(`#map-${i}`).scrollIntoViewIfNeeded();
      const frame = (await (await page.locator(`#map-${i} iframe`).elementHandle())!.contentFrame())!;
      await frame.waitForSelector('html[data-live] [data-testid="static-map"] svg path', { timeout: 60_000 });
      frames.push(frame);
    }
    const shown = await Promise.all(frames.map((frame) => frame.locator('[data-testid="static-map"] svg text', { hasText: 'Astana' }).count()));
    const before = await Promise.all(frames.map(canvases));

    // A reader zooms two of them: those two, and no other, start WebGL.
    for (const i of [3, 17]) {
      await page.locator(`#map-${i}`).scrollIntoViewIfNeeded();
      await frames[i]!.locator('[data-testid="map-wake"] button').first().click();
      await frames[i]!.waitForSelector('canvas.maplibregl-canvas', { timeout: 60_000 });
    }
    const after = await Promise.all(frames.map(canvases));
    await context.close();

    expect(shown.filter((count) => count > 0), 'maps naming Astana').toHaveLength(EMBEDS);
    expect(before.reduce((a, b) => a + b, 0), 'WebGL maps before any touch').toBe(0);
    expect(after.flatMap((count, i) => (count > 0 ? [i] : []))).toEqual([3, 17]);
    expect(problems).toEqual([]);
  });
});

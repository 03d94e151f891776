import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, openPage, waitForMapIdle, waitForStaticMap } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

/** The chunks that carry maplibre-gl: the WebGL map's module, maplibre-gl itself and its worker. */
const WEBGL_CHUNK = /\/assets\/(MapView|maplibre-gl)[-.]/;
const viewport = { width: 1280, height: 800 };

const zoomOf = (page: Page) => page.evaluate(() => (window as unknown as { __atlas: { map: { getZoom(): number } } }).__atlas.map.getZoom());

describe('the WebGL map on demand', () => {
  it('selects Kazakhstan on a click on the SVG map before any maplibre-gl chunk is requested', async () => {
    // The build has such chunks, so that their absence from the network log means something.
    expect(readdirSync(resolve('dist/assets')).filter((file) => WEBGL_CHUNK.test(`/assets/${file}`)).length).toBeGreaterThan(0);
    const { page, requests, consoleErrors } = await openPage(browser, base, { viewport });
    await waitForStaticMap(page);
    await page.locator('[data-testid="static-map"] [data-focus-key="static-KAZ"]').click();
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Kazakhstan');
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    expect(requests.filter((url) => WEBGL_CHUNK.test(url))).toEqual([]);
    expect(await page.evaluate(() => 'maplibregl' in window || Boolean((window as unknown as { __atlas?: unknown }).__atlas))).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('loads WebGL at a wheel gesture on the map, then zooms by it', async () => {
    // The same view woken without a gesture: the zoom the wheel starts from.
    const still = await openPage(browser, base, { viewport });
    await waitForMapIdle(still.page);
    const startZoom = await zoomOf(still.page);
    await still.page.context().close();

    const { page, requests, consoleErrors } = await openPage(browser, base, { viewport });
    await waitForStaticMap(page);
    expect(requests.filter((url) => WEBGL_CHUNK.test(url))).toEqual([]);
    const box = (await page.locator('[data-testid="static-map"] > svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await waitForMapIdle(page);
    expect(requests.filter((url) => WEBGL_CHUNK.test(url)).length).toBeGreaterThan(0);
    expect(await zoomOf(page)).toBeGreaterThan(startZoom + 0.2);
    // The SVG map has handed over: it is the hidden print copy now.
    await expect.poll(() => page.getByTestId('print-map').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([[390, 844], [1440, 900]])('hands over with the map’s buttons where they were, at %i px', async (width, height) => {
    const { page } = await openPage(browser, base, { viewport: { width, height } });
    await waitForStaticMap(page);
    const boxes = (selectors: string[]) => Promise.all(selectors.map(async (selector) => page.locator(selector).first().boundingBox()));
    const before = await boxes(['.wake-controls__zoom-in', '.wake-controls__zoom-out', '.wake-controls .reset-view', '.wake-controls__fullscreen']);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('print-map').count()).toBe(1);
    const after = await boxes(['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl .reset-view', '.maplibregl-ctrl-fullscreen']);
    await page.context().close();
    const moved = before.map((box, i) => Math.max(Math.abs(box!.x - after[i]!.x), Math.abs(box!.y - after[i]!.y)));
    expect(Math.max(...moved), 'zoom in, zoom out, reset, fullscreen: largest move in px').toBeLessThanOrEqual(1);
  });
});

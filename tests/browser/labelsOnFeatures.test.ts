import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, openPage, waitForMapIdle } from './harness';
import { pixelsAround } from './pixels';

/** The range where MapLibre used to blend the globe into Mercator: the default view on a phone and in an embed. */
const ZOOMS = [1.5, 2, 2.5, 3];
/**
 * A phone, the embed and a desktop. The blend's error grew with the distance from the centre, which the test
 * sets as a share of the width, so 360 and 1024 px (run until the suite had to fit in six minutes) added no case.
 */
const WIDTHS = [390, 600, 1440];
const PLACES = { astana: [71.45, 51.17], moscow: [37.62, 55.75] } as const;

let browser: Browser;
let base: string;
browserSuite((suite) => ({ browser, base } = suite));

/**
 * Puts the place a third of the map's width right of the centre: MapLibre's globe-to-Mercator blend drew
 * features away from where labels and clicks expected them, more so the further from the centre.
 */
async function jump(page: Page, at: readonly [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ at, zoom }) => {
    const map = (window as unknown as { __atlas: { map: { jumpTo(o: object): void; getCanvas(): HTMLCanvasElement } } }).__atlas.map;
    const degrees = (0.3 * map.getCanvas().clientWidth * 360) / (512 * 2 ** zoom);
    map.jumpTo({ center: [at[0] - degrees, at[1] - degrees / 3], zoom });
  }, { at, zoom });
  await waitForMapIdle(page);
}

/** Where the map says a point is, in page pixels. */
async function projected(page: Page, at: readonly [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((at) => {
    const map = (window as unknown as { __atlas: { map: { project(p: readonly [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } }).__atlas.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(at);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, at);
}

const dark = ([r, g, b]: [number, number, number]) => r + g + b < 200;

describe('labels and clicks stay on their features at every zoom', () => {
  for (const width of WIDTHS) {
    it(`draws the Astana and Moscow dots where the map puts them, and a click there selects them, at ${width} px, zooms 1.5 to 3 (clicks at 2)`, async () => {
      const { page } = await openPage(browser, base, { viewport: { width, height: width < 700 ? 844 : 900 }, reducedMotion: 'reduce' });
      await waitForMapIdle(page);
      const misses: string[] = [];
      const cases = ZOOMS.flatMap((zoom) => Object.entries(PLACES).map(([id, at]) => ({ zoom, id, at })));
      for (const { zoom, id, at } of cases) {
        await jump(page, at, zoom);
        const point = await projected(page, at);
        const over = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? 'nothing', point);
        if (over !== 'maplibregl-canvas') misses.push(`zoom ${zoom}: ${id} at ${Math.round(point.x)},${Math.round(point.y)} is under "${over}"`);
        const clip = { x: Math.round(point.x) - 3, y: Math.round(point.y) - 3, width: 7, height: 7 };
        const [patch] = pixelsAround(await page.screenshot({ clip }), [{ x: 3, y: 3 }], 3);
        if (patch!.filter(dark).length < 3) misses.push(`zoom ${zoom}: no ${id} dot drawn at its place`);
      }
      // A click opens the place's card, which takes part of a phone's screen: Back closes it before the next click.
      // Clicks are tried at the middle of the former blend, where it was worst.
      for (const { zoom, id, at } of cases.filter((c) => c.zoom === 2)) {
        await jump(page, at, zoom);
        const point = await projected(page, at);
        await page.mouse.click(point.x, point.y);
        const selected = await page.evaluate(() => new URL(location.href).searchParams.get('place'));
        if (selected !== id) misses.push(`zoom ${zoom}: a click on ${id} selected ${selected ?? 'no place'}`);
        await page.goBack();
        await page.waitForFunction(() => !new URL(location.href).searchParams.has('place'));
      }
      expect(misses).toEqual([]);
    });
  }
});

describe('on the author’s globe step', () => {
  for (const width of [390, 1440]) {
    it(`draws the Astana and Washington dots where the globe puts them, at ${width} px`, async () => {
      const { page } = await openPage(browser, `${base}?step=first-tranche`, { viewport: { width, height: width < 700 ? 844 : 900 }, reducedMotion: 'reduce' });
      await waitForMapIdle(page);
      const globe = await page.evaluate(() => JSON.stringify((window as unknown as { __atlas: { map: { getProjection(): unknown } } }).__atlas.map.getProjection()));
      expect(globe).toContain('vertical-perspective');
      const misses: string[] = [];
      for (const [id, at] of Object.entries({ astana: PLACES.astana, washington: [-77.04, 38.9] as const })) {
        const point = await projected(page, at);
        const clip = { x: Math.round(point.x) - 3, y: Math.round(point.y) - 3, width: 7, height: 7 };
        const [patch] = pixelsAround(await page.screenshot({ clip }), [{ x: 3, y: 3 }], 3);
        if (patch!.filter(dark).length < 3) misses.push(`no ${id} dot drawn at ${Math.round(point.x)},${Math.round(point.y)}`);
      }
      expect(misses).toEqual([]);
    });
  }
});

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, waitForMapIdle } from './harness';
import { pixelsAround } from './pixels';

/** The range where MapLibre used to blend the globe into Mercator: the default view on a phone and in an embed. */
const ZOOMS = [1.5, 2, 2.5, 3];
const WIDTHS = [360, 390, 600, 1024, 1440];
const PLACES = { astana: [71.45, 51.17], moscow: [37.62, 55.75] } as const;

let browser: Browser;
let base: string;
browserSuite((suite) => ({ browser, base } = suite));

/** Centres the map a little off the place, so that it is in view but not under the centre's own labels. */
async function jump(page: Page, at: readonly [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ at, zoom }) => {
    const map = (window as unknown as { __atlas: { map: { jumpTo(o: object): void } } }).__atlas.map;
    map.jumpTo({ center: [at[0] + 3, at[1] - 2], zoom });
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
    it(`draws the Astana and Moscow dots where the map puts them, and a click there selects them, at ${width} px, zooms 1.5 to 3`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 700 ? 844 : 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(base);
      await waitForMapIdle(page);
      const misses: string[] = [];
      for (const zoom of ZOOMS) {
        for (const [id, at] of Object.entries(PLACES)) {
          await jump(page, at, zoom);
          const point = await projected(page, at);
          const [patch] = await pixelsAround(browser, await page.screenshot(), [point], 3);
          if (patch!.filter(dark).length < 3) misses.push(`zoom ${zoom}: no ${id} dot drawn at its place`);
          await page.mouse.click(point.x, point.y);
          const selected = await page.evaluate(() => new URL(location.href).searchParams.get('place'));
          if (selected !== id) misses.push(`zoom ${zoom}: a click on ${id} selected ${selected ?? 'no place'}`);
          await page.keyboard.press('Escape');
        }
      }
      await context.close();
      expect(misses).toEqual([]);
    });
  }
});

import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../src/app/map/theme';
import { browserSuite, openPage, SCREENSHOTS, waitForMapIdle } from './harness';
import { colourDistance, hex, pixelsAround } from './pixels';

/**
 * Inland points of land across the world, each with the zoom from which its country is wide enough that a
 * 5×5 pixel patch around it lies wholly on land: none of them may ever be drawn in the sea's colour.
 */
const LAND: Record<string, [lon: number, lat: number, minZoom: number]> = {
  Warsaw: [21.01, 52.23, 0], Berlin: [13.4, 52.52, 1], Rome: [12.6, 41.95, 3.5], Belgrade: [20.46, 44.8, 1], Minsk: [27.56, 53.9, 0],
  Madrid: [-3.7, 40.4, 0], Abuja: [7.49, 9.06, 0], Cairo: [31.0, 29.9, 1], Kinshasa: [15.3, -4.3, 0], Ottawa: [-75.9, 45.3, 1.5],
  Denver: [-104.99, 39.74, 0], Mexico: [-99.13, 19.43, 1.5], Seoul: [127.2, 37.5, 3], Kabul: [69.2, 34.5, 0], Tehran: [51.4, 35.7, 1.5],
  Ulaanbaatar: [106.9, 47.9, 0], Delhi: [77.2, 28.6, 0], Riyadh: [46.7, 24.7, 0], Irkutsk: [104.3, 52.3, 1], Kyiv: [30.5, 50.45, 0],
};
const SEA = hex(lightTheme.sea);
/**
 * Every size walks the first view and the steps. The country links, each a page load, are checked at the phone's
 * and the desktop's sizes only (kept under the suite's six minutes): the land drawn is the same data at every width.
 */
const SIZES = [
  { width: 390, height: 844, links: true },
  { width: 600, height: 450, links: false },
  { width: 1440, height: 900, links: true },
];
const manifest = JSON.parse(readFileSync(resolve('dist/data/blinken-astana-2023-02-28/story.json'), 'utf8')) as { steps: { id: string }[] };
const STEPS = ['', ...manifest.steps.map((step) => `?step=${step.id}`)];
/** A link to a country opens on its frame; selecting it in a page already open does not move the camera. */
const LINKS = ['?country=RUS', '?country=USA', '?country=FRA'];

let browser: Browser;
let base: string;
browserSuite((suite) => ({ browser, base } = suite));

/** The world's land comes after the first view: waits until the map has drawn it. */
async function waitForWorld(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlas: { map: { querySourceFeatures(id: string): unknown[] } } }).__atlas.map;
    return map.querySourceFeatures('land').length > 0;
  }, undefined, { timeout: 20_000 });
  await waitForMapIdle(page);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForMapIdle(page);
  await waitForWorld(page);
}

/** Goes to an address of the story as Back or Forward does (a new history entry, then `popstate`), and waits for the map. */
async function visit(page: Page, search: string): Promise<void> {
  await page.evaluate((search) => {
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  await waitForMapIdle(page);
}

interface Placed { name: string; x: number; y: number }

/** The land points the map shows, where nothing of the page covers it, in page pixels. */
async function landInView(page: Page): Promise<Placed[]> {
  return page.evaluate((land) => {
    type MapLike = { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement; getCenter(): { lng: number; lat: number }; getZoom(): number; getProjection(): { type?: unknown } };
    const map = (window as unknown as { __atlas: { map: MapLike } }).__atlas.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const center = map.getCenter();
    const globe = JSON.stringify(map.getProjection()?.type ?? '').includes('perspective');
    const toRad = Math.PI / 180;
    const facing = ([lon, lat]: [number, number]) =>
      !globe || Math.sin(lat * toRad) * Math.sin(center.lat * toRad) + Math.cos(lat * toRad) * Math.cos(center.lat * toRad) * Math.cos((lon - center.lng) * toRad) > 0.35;
    return Object.entries(land).flatMap(([name, [lon, lat, minZoom]]) => {
      const at: [number, number] = [lon, lat];
      if (!facing(at) || map.getZoom() < minZoom) return [];
      const p = map.project(at);
      const [x, y] = [rect.left + p.x, rect.top + p.y];
      if (x < rect.left + 12 || y < rect.top + 12 || x > rect.right - 12 || y > rect.bottom - 12) return [];
      const covered = [[0, 0], [-6, -6], [6, 6], [-6, 6], [6, -6]].some(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!) !== map.getCanvas());
      return covered ? [] : [{ name, x, y }];
    });
  }, LAND);
}

describe('all land is drawn, at every view the reader can reach', () => {
  for (const size of SIZES) {
    it(`draws no land point in the sea's colour at ${size.width}×${size.height}, in the first view, each step${size.links ? ' and the selections of Russia, the USA and France' : ''}`, async () => {
      const { page } = await openPage(browser, 'about:blank', { viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
      const checked = new Set<string>();
      const failures: string[] = [];
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The steps are reached as Back and Forward reach them, without a reload; each country link opens a page.
      for (const view of [...STEPS, ...(size.links ? LINKS : [])]) {
        if (view === '' || LINKS.includes(view)) await open(page, `${base}${view}`);
        else await visit(page, view);
        const points = await landInView(page);
        const png = await page.screenshot({ path: resolve(SCREENSHOTS, `world-${size.width}x${size.height}-${view.replace(/\W+/g, '_') || 'first'}.png`) });
        const patches = pixelsAround(png, points, 2);
        points.forEach((point, i) => {
          checked.add(point.name);
          const seaLike = patches[i]!.filter((pixel) => colourDistance(pixel, SEA) < 10).length;
          if (seaLike > patches[i]!.length / 2) failures.push(`${view || 'first view'}: ${point.name} is drawn as sea`);
        });
      }
      expect(failures).toEqual([]);
      // The views reach Europe, Africa or the Americas, and Asia: the check is not vacuous.
      expect(checked.size, [...checked].join(', ')).toBeGreaterThanOrEqual(6);
    });
  }
});

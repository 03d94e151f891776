import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, openPage, screenshot, waitForMapIdle, waitForStaticMap } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

const STORY = 'blinken-astana-2023-02-28';
const TOLERANCE_PX = 2;
/** Labels the SVG map must set at every width: the host and the five states, and the place the story happens in. */
const REQUIRED = ['c-KAZ', 'c-UZB', 'c-KGZ', 'c-TJK', 'c-TKM', 'p-astana'];

type Point = [number, number];
/** Every label point of the story, by the id the SVG map gives its label (`c-` countries, `p-` places, `b-` border figures). */
function labelPoints(): Map<string, Point> {
  const read = (file: string) =>
    JSON.parse(readFileSync(resolve('dist/data', STORY, file), 'utf8')) as { features: { properties: { id: string; labelAt?: Point }; geometry: { coordinates: Point } }[] };
  return new Map([
    ...read('labels.geojson').features.map((f) => [`c-${f.properties.id}`, f.geometry.coordinates] as const),
    ...read('places.geojson').features.map((f) => [`p-${f.properties.id}`, f.geometry.coordinates] as const),
    ...read('borders.geojson').features.flatMap((f) => (f.properties.labelAt ? [[`b-${f.properties.id}`, f.properties.labelAt] as const] : [])),
  ]);
}

type AtlasMap = { project(p: Point): { x: number; y: number }; getCanvas(): HTMLCanvasElement; isMoving(): boolean };

/** The print copy laid over the WebGL map, in the same frame (it is `display: none` on screen). */
async function showPrintCopy(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await waitForStaticMap(page, 'print-map');
  await page.evaluate(() => {
    const copy = document.querySelector<HTMLElement>('[data-testid="print-map"]')!;
    Object.assign(copy.style, { display: 'block', position: 'absolute', inset: '0', zIndex: '5' });
  });
  // Drawn again at the frame it measures (a ResizeObserver), then laid out.
  await page.waitForFunction(() => {
    const svg = document.querySelector('[data-testid="print-map"] svg');
    const canvas = document.querySelector('.maplibregl-canvas');
    if (!svg || !canvas) return false;
    const [a, b] = [svg.getBoundingClientRect(), canvas.getBoundingClientRect()];
    return Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;
  });
}

interface Offsets {
  /** Label id to the distance in px between its SVG anchor and the WebGL map's projection of its point. */
  labels: Record<string, number>;
  /** Label ids the WebGL map has placed. */
  webgl: string[];
}

/** In the page: where the SVG map puts each label's anchor, against `map.project` of the same point on the canvas. */
function offsets(page: Page, points: Map<string, Point>): Promise<Offsets> {
  return page.evaluate((points) => {
    const map = (window as unknown as { __atlas: { map: AtlasMap & { queryRenderedFeatures(g?: unknown, o?: { layers: string[] }): { layer: { id: string }; properties: { id: string } }[] } } }).__atlas.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const labels: Record<string, number> = {};
    for (const group of document.querySelectorAll<SVGGElement>('[data-testid="print-map"] [data-label]')) {
      const id = group.dataset.label!;
      const matrix = group.getScreenCTM()!;
      const at = map.project(points[id]!);
      labels[id] = Math.hypot(matrix.e - (canvas.left + at.x), matrix.f - (canvas.top + at.y));
    }
    const placed = map.queryRenderedFeatures(undefined, { layers: ['country-labels', 'borders-emphasis-label', 'borders-emphasis-label-overview', 'places-label', 'places-context-label', 'places-detail-label'] });
    const prefix = (layer: string) => (layer === 'country-labels' ? 'c' : layer.startsWith('borders-emphasis-label') ? 'b' : 'p');
    const webgl = placed.map((f) => `${prefix(f.layer.id)}-${f.properties.id}`);
    return { labels, webgl };
  }, Object.fromEntries(points));
}

/** The distance in px between the centre of the SVG dot of a place and the WebGL map's projection of it. */
function dotOffset(page: Page, id: string, point: Point): Promise<number> {
  return page.evaluate(({ id, point }) => {
    const map = (window as unknown as { __atlas: { map: AtlasMap } }).__atlas.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const circles = document.querySelectorAll(`[data-testid="print-map"] [data-place="${id}"] circle`);
    const dot = circles[circles.length - 1]!.getBoundingClientRect();
    const at = map.project(point);
    return Math.hypot(dot.left + dot.width / 2 - (canvas.left + at.x), dot.top + dot.height / 2 - (canvas.top + at.y));
  }, { id, point });
}

describe('the SVG map and the WebGL map', () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 600, height: 450 }, { width: 1440, height: 900 }]) {
    it(`put Astana and every label anchor on the same pixel, within ${TOLERANCE_PX} px, at ${viewport.width}×${viewport.height}`, async () => {
      const points = labelPoints();
      const { page, consoleErrors } = await openPage(browser, base, { viewport, deviceScaleFactor: 1 });
      await waitForMapIdle(page);
      await page.waitForFunction(() => !(window as unknown as { __atlas: { map: AtlasMap } }).__atlas.map.isMoving());
      await screenshot(page, `svg-vs-webgl-${viewport.width}-webgl`);
      await showPrintCopy(page);
      await screenshot(page, `svg-vs-webgl-${viewport.width}-svg`);

      const astana = await dotOffset(page, 'astana', points.get('p-astana')!);
      const { labels, webgl } = await offsets(page, points);
      const worst = Math.max(astana, ...Object.values(labels));
      console.info(`${viewport.width}×${viewport.height}: Astana ${astana.toFixed(2)} px, ${Object.keys(labels).length} SVG labels, largest error ${worst.toFixed(2)} px; WebGL only: ${webgl.filter((id) => !(id in labels)).join(' ')}; SVG only: ${Object.keys(labels).filter((id) => !webgl.includes(id)).join(' ')}`);
      expect(astana).toBeLessThanOrEqual(TOLERANCE_PX);
      expect(Object.keys(labels)).toEqual(expect.arrayContaining(REQUIRED));
      expect(Object.entries(labels).filter(([, d]) => d > TOLERANCE_PX)).toEqual([]);
      // The names the WebGL map sets are, for the most part, the names the SVG map sets.
      const shared = webgl.filter((id) => id in labels);
      expect(shared.length / webgl.length).toBeGreaterThanOrEqual(0.75);
      expect(consoleErrors).toEqual([]);
    });
  }
});

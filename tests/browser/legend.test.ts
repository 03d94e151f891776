import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CountryRole, StoryManifest } from '../../src/shared/contract';
import { messagesFor } from '../../src/app/i18n';
import { SHOT_VIEWPORTS } from '../../scripts/viewports';
import { browserSuite, openPage, screenshot, waitForMapIdle } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

const FIVE = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const story = JSON.parse(readFileSync('dist/data/blinken-astana-2023-02-28/story.json', 'utf8')) as StoryManifest;
/** The legend's words for a role the story's legend lists. */
const legendLine = (role: CountryRole) => {
  if (!story.legend.some((entry) => entry.role === role)) throw new Error(`the story's legend has no ${role}`);
  return messagesFor('fr').legendRole[role];
};

interface Box { left: number; top: number; right: number; bottom: number }

/** Each of the five states' box on the page, from its polygons as the map projects them now. */
const stateBoxes = (page: Page, ids: string[]) =>
  page.evaluate((wanted) => {
    type Geometry = { type: string; coordinates: unknown };
    const map = (window as unknown as { __atlas: { map: {
      querySourceFeatures(source: string): { properties: { id: string }; geometry: Geometry }[];
      project(p: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
    } } }).__atlas.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const boxes: Record<string, Box> = {};
    const points = (value: unknown): [number, number][] =>
      Array.isArray(value) && typeof value[0] === 'number' ? [value as [number, number]] : (value as unknown[]).flatMap(points);
    for (const feature of map.querySourceFeatures('countries')) {
      if (!wanted.includes(feature.properties.id)) continue;
      for (const point of points(feature.geometry.coordinates)) {
        const { x, y } = map.project(point);
        const box = (boxes[feature.properties.id] ??= { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity });
        box.left = Math.min(box.left, canvas.left + x);
        box.right = Math.max(box.right, canvas.left + x);
        box.top = Math.min(box.top, canvas.top + y);
        box.bottom = Math.max(box.bottom, canvas.top + y);
      }
    }
    return boxes;
  }, ids);

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the legend', () => {
  it.each(SHOT_VIEWPORTS.filter((v) => v.width >= 1024).map((v) => [`${v.width}×${v.height}`, v] as const))(
    'at %s covers none of the five states, and lists only the roles on screen',
    async (size, viewport) => {
      const { page } = await openPage(browser, base, { viewport: { width: viewport.width, height: viewport.height } });
      await waitForMapIdle(page);
      const legend = page.locator('.legend');
      expect(await legend.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(true);
      const rect = await legend.evaluate((node) => {
        const r = node.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const boxes = await stateBoxes(page, FIVE);
      expect(Object.keys(boxes).sort()).toEqual([...FIVE].sort());
      expect(FIVE.filter((id) => intersects(rect, boxes[id]!)), `states under the legend at ${size}`).toEqual([]);
      // The United States are off the first view: their role is not in its legend.
      const actor = legendLine('actor');
      await expect.poll(() => legend.textContent()).not.toContain(actor);
      expect(await legend.textContent()).toContain(legendLine('host'));
      await screenshot(page, `legend-${size}`);
    },
  );

  it('leaves out the ring and the lines when the map shows neither (France’s frame)', async () => {
    const { page } = await openPage(browser, `${base}?country=FRA`, { viewport: { width: 1440, height: 900 } });
    await waitForMapIdle(page);
    const legend = page.locator('.legend');
    await expect.poll(() => legend.textContent()).not.toContain(messagesFor('fr').legendRelations);
    const text = await legend.textContent();
    expect(text).not.toContain(messagesFor('fr').legendHere('Astana'));
    expect(text).not.toContain(legendLine('host'));
    expect(text).toContain(legendLine('mentioned'));
  });

  it('is folded on a phone', async () => {
    const { page } = await openPage(browser, base, { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page);
    expect(await page.locator('.legend').evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
  });
});

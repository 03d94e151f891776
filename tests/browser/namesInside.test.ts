import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOT_VIEWPORTS } from '../../scripts/viewports';
import { browserSuite, openPage, waitForStaticMap } from './harness';

let browser: Browser;
let base: string;
browserSuite((suite) => ({ browser, base } = suite));

const FIVE = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

/**
 * Below 1024 px Uzbekistan's and Turkmenistan's names are about as wide as the countries: centred, they would
 * collide with Kyrgyzstan's and Tajikistan's. They are smaller there and move within their own country first
 * (countryNameOffsets.ts), never beside their point over the neighbour while a place inside is free.
 */
describe('the five states’ names sit inside their countries in the first view', () => {
  it.each(SHOT_VIEWPORTS.map((v) => [`${v.width}×${v.height}`, v] as const))('at %s', (size, viewport) => namesInside(size, viewport));
});

async function namesInside(size: string, viewport: { width: number; height: number }): Promise<void> {
  const { page } = await openPage(browser, base, { viewport: { width: viewport.width, height: viewport.height } });
  await waitForStaticMap(page);
  // The SVG map places names as the WebGL style does (svgMatchesWebgl.test.ts): each name's middle must lie in its own country.
  const outside = await page.evaluate((ids) => {
    const map = document.querySelector('[data-testid="static-map"] svg')!;
    return ids.flatMap((id) => {
      const text = map.querySelector<SVGTextElement>(`[data-label="c-${id}"] text`);
      const country = map.querySelector<SVGPathElement>(`[data-focus-key="static-${id}"]`);
      if (!text || !country) return [`${id}: ${text ? 'no country' : 'no name'}`];
      const box = text.getBBox();
      const toMap = (text.parentNode as SVGGElement).transform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
      const middle = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(toMap);
      return country.isPointInFill(middle) ? [] : [`${id} at ${Math.round(middle.x)},${Math.round(middle.y)}`];
    });
  }, FIVE);
  expect(outside, `names outside their country at ${size}`).toEqual([]);
}

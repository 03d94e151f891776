import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cameraFor } from '../../src/app/map/camera';
import type { StoryManifest } from '../../src/shared/contract';
import { browserSuite, openPage, screenshot, waitForMapIdle } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

const STORY = 'blinken-astana-2023-02-28';
const PHONE = { width: 390, height: 844 };
const manifest = JSON.parse(readFileSync(resolve(`dist/data/${STORY}/story.json`), 'utf8')) as StoryManifest;

const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((node) => {
    const r = node.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });

/**
 * Every part of the step (title, sentence, each event) is laid out, and lies whole inside the panel's
 * visible box and the screen: nothing to open or scroll to read it.
 */
async function stepReadable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid="panel"]')!.getBoundingClientRect();
    const parts = [...document.querySelectorAll('.walk__title, .walk__body, .walk__events li')];
    const problems: string[] = [];
    if (!document.querySelector('.walk__body')) problems.push('no sentence');
    if (!document.querySelector('.walk__events li')) problems.push('no events');
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      const name = `${part.className || part.tagName}: ${part.textContent?.slice(0, 30)}`;
      if (r.height === 0) problems.push(`${name} not shown`);
      else if (r.top < panel.top - 0.5 || r.bottom > panel.bottom + 0.5) problems.push(`${name} outside the panel's visible box`);
      else if (r.top < 0 || r.bottom > window.innerHeight + 0.5) problems.push(`${name} off screen`);
    }
    return problems;
  });
}

describe('on a phone (390×844)', () => {
  it('gives the map at least 55% of the height in the first view', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE });
    await waitForMapIdle(page);
    expect((await box(page, '[data-testid="map"]')).height / PHONE.height).toBeGreaterThanOrEqual(0.55);
  });

  it('shows a step’s title, sentence and events without opening anything', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE });
    await waitForMapIdle(page);
    for (let i = 0; i < 4; i++) await page.locator('[data-testid="step-next"]').click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('step'))).toBe('visit');
    await page.waitForTimeout(400);
    expect(await stepReadable(page)).toEqual([]);
    // The map stays a map.
    expect((await box(page, '[data-testid="map"]')).height).toBeGreaterThan(300);
    await screenshot(page, 'phone-step-visit');
  });

  it('keeps a usable map once a country is tapped', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE });
    await waitForMapIdle(page);
    await page.locator('.tabs__bar button').nth(1).click();
    await page.locator('[data-focus-key="country-RUS"]').click();
    await page.locator('#context-title').waitFor();
    await page.waitForTimeout(600);
    expect((await box(page, '[data-testid="map"]')).height).toBeGreaterThanOrEqual(280);
    // The card's title is not under the walk.
    const title = await box(page, '#context-title');
    const walk = await box(page, '.walk');
    expect(title.top >= walk.bottom - 0.5 || title.bottom <= walk.top + 0.5).toBe(true);
    await screenshot(page, 'phone-country-RUS');
  });
});

describe('in the embed (600 px wide)', () => {
  it('shows a step’s title, sentence and events without opening anything', async () => {
    const { page } = await openPage(browser, `${base}embed.html?story=${STORY}&step=visit`, { viewport: { width: 600, height: 450 } });
    await waitForMapIdle(page);
    // The embed grows to its content in the host page: its viewport here is the host's frame, as tall as the content.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 600, height });
    expect(await stepReadable(page)).toEqual([]);
  });
});

describe('a phone reader on the border step', () => {
  const border = manifest.steps.find((step) => step.id === 'border')!;

  it('walking there, gets the frame for the map’s size once the sheet has grown to hold the step', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE, reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /Suivant|Commencer/ }).click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('step'))).toBe('border');
    // The sheet grows over 250 ms; the frame is fitted again once the map's size holds.
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    const map = await page.evaluate(() => {
      const m = (window as unknown as { __atlas: { map: { getZoom(): number; getCanvas(): HTMLCanvasElement } } }).__atlas.map;
      return { zoom: m.getZoom(), width: m.getCanvas().clientWidth, height: m.getCanvas().clientHeight };
    });
    const expected = cameraFor(border, { width: map.width, height: map.height }).zoom;
    expect(Math.abs(map.zoom - expected), `zoom ${map.zoom.toFixed(2)}, framed for ${map.width}×${map.height}: ${expected.toFixed(2)}`).toBeLessThan(0.05);
  });

  it('from a link, sees the article’s figure drawn on the border, with Moscow and Astana', async () => {
    const { page } = await openPage(browser, `${base}?step=border`, { viewport: PHONE, reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    const view = await page.evaluate(() => {
      type MapLike = {
        getCanvas(): HTMLCanvasElement;
        project(p: [number, number]): { x: number; y: number };
        queryRenderedFeatures(g: undefined, o: { layers: string[] }): unknown[];
      };
      const map = (window as unknown as { __atlas: { map: MapLike } }).__atlas.map;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      const inside = (at: [number, number]) => {
        const { x, y } = map.project(at);
        return x >= 0 && x <= w && y >= 0 && y <= h;
      };
      return { figure: map.queryRenderedFeatures(undefined, { layers: ['borders-emphasis-label'] }).length, moscow: inside([37.62, 55.75]), astana: inside([71.45, 51.17]) };
    });
    await screenshot(page, 'phone-border-link');
    expect(view).toEqual({ figure: 1, moscow: true, astana: true });
  });
});

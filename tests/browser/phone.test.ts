import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, openPage, screenshot, waitForMapIdle } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

const STORY = 'blinken-astana-2023-02-28';
const PHONE = { width: 390, height: 844 };

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
    await page.context().close();
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
    await page.context().close();
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
    await page.context().close();
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
    await page.context().close();
  });
});

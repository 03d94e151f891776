import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSuite, openPage, screenshot, waitForStaticMap, wakeMap } from './harness';

let browser: Browser;
let base: string;

// A browser with no WebGL at all: maplibre-gl 6 cannot start, and the reader must not notice more than a notice.
browserSuite((suite) => ({ browser, base } = suite), ['--disable-webgl', '--disable-3d-apis']);

async function openStatic(query = ''): Promise<{ page: Page; consoleErrors: string[] }> {
  const watched = await openPage(browser, `${base}${query}`);
  await waitForStaticMap(watched.page);
  // The SVG map is the first view everywhere: the notice comes when the reader reaches for the WebGL map.
  await wakeMap(watched.page);
  await watched.page.getByTestId('static-notice').waitFor();
  return watched;
}

describe('without WebGL', () => {
  it('shows the story as an SVG map with a notice that says why, and no canvas', async () => {
    const { page, consoleErrors } = await openStatic();
    expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')))).toBe(false);
    expect(await page.getByTestId('static-notice').textContent()).toContain('WebGL2');
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    // Every story country inside the drawing is a button (the United States lie outside it; the lists have them).
    const ids = await page.locator('[data-testid="static-map"] [role="button"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-focus-key')));
    expect(ids).toEqual(expect.arrayContaining(['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'RUS', 'CHN', 'UKR'].map((id) => `static-${id}`)));
    expect(await page.locator('[data-focus-key="static-KAZ"]').getAttribute('aria-label')).toBe('Kazakhstan · 19 mentions');
    expect(await page.locator('[data-testid="static-map"] > svg').getAttribute('aria-label')).toMatch(/^Carte du récit/);
    expect(await page.locator('#static-map-description').textContent()).toContain('Carte centrée sur le Kazakhstan');
    expect(await page.getByTestId('article').textContent()).toContain('7.500 kilomètres');
    expect(consoleErrors).toEqual([]);
    await screenshot(page, 'fallback-first-view');
    const violations = await axeViolations(page);
    expect(violations, `axe violations on the static map:\n${violations.join('\n')}`).toEqual([]);
  });

  it('selects a country by click, with the same context card', async () => {
    const { page } = await openStatic();
    await page.locator('[data-focus-key="static-KAZ"]').click();
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Kazakhstan');
    expect(await page.locator('.context').textContent()).toContain('7.500 kilomètres de frontière');
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    expect(await page.locator('[data-focus-key="static-KAZ"]').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'fallback-kazakhstan');
  });

  it('selects a country with Tab and Enter, keeps focus on the map, and Esc closes the card', async () => {
    const { page } = await openStatic();
    let reached = '';
    for (let i = 0; i < 40 && !reached.startsWith('Ouzbékistan'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(reached).toMatch(/^Ouzbékistan/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Ouzbékistan');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toBe('static-UZB');
    await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe('Ouzbékistan sélectionné');
    await screenshot(page, 'fallback-keyboard-uzbekistan');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.context').count()).toBe(0);
  });

  it('follows the story walk and the language', async () => {
    const { page } = await openStatic('?lang=en');
    expect(await page.getByTestId('static-notice').textContent()).toMatch(/^Static map/);
    expect(await page.locator('[data-focus-key="static-UZB"]').getAttribute('aria-label')).toBe('Uzbekistan · 2 mentions');
    await page.getByTestId('step-next').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('invasion');
  });
});

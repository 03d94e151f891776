import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSuite, openPage, screenshot, SCREENSHOTS, waitForMapIdle, waitForStaticMap } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

async function openReader(query = '', options: BrowserContextOptions = {}): Promise<Page> {
  const { page } = await openPage(browser, `${base}${query}`, options);
  await waitForMapIdle(page);
  return page;
}

/** The page as a reader first gets it: the SVG map, before any gesture starts WebGL. */
async function openFirstView(query = ''): Promise<Page> {
  const { page } = await openPage(browser, `${base}${query}`);
  await waitForStaticMap(page);
  return page;
}

type AtlasMap = {
  isMoving(): boolean;
  getCenter(): { lng: number; lat: number };
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[];
  getLayoutProperty(layer: string, property: string): unknown;
};
const onMap = <T>(page: Page, fn: (map: AtlasMap) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__atlas.map)`) as Promise<T>;

/** What the focused element is, for assertions and for messages when a walk goes astray. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim(), key: el?.getAttribute('data-focus-key') ?? '', label: el?.getAttribute('aria-label') ?? '' };
  });

/** Presses Tab until the focused element matches, as a keyboard-only reader would; fails after `max` presses. */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80): Promise<number> {
  const path: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return i;
    path.push(`${now.tag}${now.id ? `#${now.id}` : ''} "${(now.label || now.text).slice(0, 30)}"`);
  }
  throw new Error(`Tab never reached the target; the path was:\n  ${path.join('\n  ')}`);
}

describe('accessibility checks (axe-core, WCAG 2.2 A and AA)', () => {
  // The first view and English are checked with the SVG map a reader gets first, the selection with WebGL's.
  for (const [state, query, open] of [
    ['the first view, with the SVG map', '', openFirstView],
    ['a selected country, with the WebGL map', '?country=KAZ', openReader],
    ['English, with the SVG map', '?lang=en', openFirstView],
  ] as const) {
    it(`finds no violation in ${state}`, async () => {
      const page = await open(query);
      if (query === '?country=KAZ') await expect.poll(() => page.locator('#context-title').textContent()).toContain('Kazakhstan');
      const violations = await axeViolations(page);
      expect(violations, `axe violations in ${state}:\n${violations.join('\n')}`).toEqual([]);
    });
  }

  it('has one h1, no skipped heading level, and the four landmarks', async () => {
    const page = await openReader('?country=KAZ');
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Kazakhstan');
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1));
    for (const role of ['banner', 'main', 'complementary', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
    expect(await page.getByRole('contentinfo').textContent()).toContain('AFP');
    const map = page.getByTestId('map');
    expect(await map.getAttribute('aria-label')).toMatch(/^Carte du récit/);
    const description = await page.locator('#map-description').textContent();
    expect(description).toContain('Carte centrée sur le Kazakhstan');
    expect(description).toContain('12 pays du récit');
    expect(description).toContain('7 500 km de frontière (Frontière)');
  });
});

describe('a keyboard-only reader', () => {
  it('reaches Kazakhstan with Tab and Enter, reads its context, and Esc closes it and returns focus', async () => {
    const page = await openReader();
    const tabs = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Pays');
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.key === 'country-KAZ', 10);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px', colour: 'rgb(21, 84, 192)' });
    await screenshot(page, 'keyboard-focus-kazakhstan');
    await page.keyboard.press('Enter');

    const panel = page.getByTestId('panel');
    await expect.poll(() => panel.locator('.context').textContent()).toContain('7.500 kilomètres de frontière');
    await expect.poll(async () => (await focused(page)).id).toBe('context-title');
    await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe('Kazakhstan sélectionné');
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    await screenshot(page, 'keyboard-kazakhstan-context');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.locator('.context').count()).toBe(0);
    await expect.poll(async () => (await focused(page)).key).toBe('country-KAZ');
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    expect(tabs).toBeLessThan(40);
  });

  it('returns focus to the article mention that opened a country, once Esc closes it', async () => {
    const page = await openFirstView();
    const mention = page.getByTestId('article').getByRole('button', { name: 'Ouzbékistan' }).first();
    const key = await mention.getAttribute('data-focus-key');
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('context-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('panel').locator('.context').count()).toBe(0);
    await expect.poll(async () => (await focused(page)).key).toBe(key);
  });

  it('reaches every event of the story as a button', async () => {
    const page = await openFirstView();
    await page.getByRole('button', { name: 'Événements', exact: true }).click();
    const events = page.getByTestId('event-list').getByRole('button');
    await expect.poll(() => events.count()).toBe(9);
    await events.filter({ hasText: 'Tokaïev réélu' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('re-election');
  });

  it('walks the story with the arrow keys, but not while the map canvas has focus', async () => {
    const page = await openReader();
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('invasion');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get('step')).toBe('invasion');
  });
});

describe('two languages', () => {
  it('?lang=en shows the interface, the lists and the map labels in English, and keeps the article in French', async () => {
    const page = await openReader('?lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('article').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.header time').textContent()).toBe('28 February 2023');
    await page.getByRole('button', { name: 'Countries', exact: true }).click();
    const list = page.getByTestId('country-list');
    expect(await list.textContent()).toContain('Uzbekistan');
    expect(await list.textContent()).not.toContain('Ouzbékistan');
    expect(await onMap(page, (map) => JSON.stringify(map.getLayoutProperty('country-labels', 'text-field')))).toContain('name_en');
    const label = await onMap(page, (map) => map.queryRenderedFeatures({ layers: ['country-labels'] }).find((f) => f.properties.id === 'KAZ')?.properties.name_en);
    expect(label).toBe('Kazakhstan');
    await screenshot(page, 'english-first-view');
  });

  it('the visible switch changes the language of the page, the map controls and the canvas name', async () => {
    const page = await openReader();
    await page.getByRole('button', { name: 'Read the interface in English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect.poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toMatch(/^Interactive map/);
    expect(await page.getByRole('button', { name: 'Lire l’interface en français' }).getAttribute('lang')).toBe('fr');
  });
});

describe('motion', () => {
  const stepNow = async (page: Page) => {
    await page.getByTestId('step-next').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === 'invasion');
    return onMap(page, (map) => ({ moving: map.isMoving(), ...map.getCenter() }));
  };

  it('with prefers-reduced-motion, a step change jumps: the camera is on target at once, not flying', async () => {
    const page = await openReader('', { reducedMotion: 'reduce' });
    const after = await stepNow(page);
    expect(after.moving).toBe(false);
    // The step's author camera is centred on [45, 50].
    expect(after.lng).toBeCloseTo(45, 5);
    expect(after.lat).toBeCloseTo(50, 5);
  });

  it('without it, the same step change is a flight (so the test above can fail)', async () => {
    const page = await openReader('', { reducedMotion: 'no-preference' });
    const after = await stepNow(page);
    expect(after.moving).toBe(true);
  });
});

describe('print', () => {
  it('prints the SVG map, the selected country’s context and the source, not the canvas', async () => {
    const page = await openReader('?country=KAZ');
    await waitForStaticMap(page, 'print-map');
    expect(await page.getByTestId('print-map').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const svg = await page.locator('[data-testid="print-map"] svg').boundingBox();
    expect(svg?.height).toBeGreaterThan(200);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(false);
    expect(await page.locator('.maplibregl-control-container').isVisible()).toBe(false);
    expect(await page.locator('.context').isVisible()).toBe(true);
    expect(await page.locator('.context').textContent()).toContain('7.500 kilomètres de frontière');
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'print-kazakhstan.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(resolve(SCREENSHOTS, 'print-kazakhstan.pdf'), pdf);
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    await page.context().close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, openPage, screenshot, type Watched, waitForMapIdle } from './harness';
import { distinctColours } from './pixels';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

async function openReader(query = '', options = {}): Promise<Watched> {
  const watched = await openPage(browser, `${base}${query}`, options);
  await waitForMapIdle(watched.page);
  return watched;
}

const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } } }).__atlas.map;
    const { lng, lat } = map.getCenter();
    return { lng, lat, zoom: map.getZoom() };
  });

/** The countries the map outlines, as [id, 'selected' | 'hover'], from the tiles it has drawn. */
const outlined = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: { querySourceFeatures(source: string): { properties: { id: string; highlight: string } }[] } } }).__atlas.map;
    const seen = new Set(map.querySourceFeatures('highlight').map((f) => `${f.properties.id} ${f.properties.highlight}`));
    return [...seen].sort();
  });

async function clickCountry(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate((at) => {
    const map = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } }).__atlas.map;
    const { x, y } = map.project(at);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, lngLat);
  await page.mouse.click(point.x, point.y);
}

describe('the reader in headless Chromium', () => {
  it('draws the map with the story layers, and asks nothing of any other origin', async () => {
    const { page, requests, consoleErrors } = await openReader();
    const layers = await page.evaluate(() =>
      (window as unknown as { __atlas: { map: { getStyle(): { layers: { id: string }[] } } } }).__atlas.map.getStyle().layers.map((layer) => layer.id),
    );
    expect(layers).toEqual(expect.arrayContaining(['countries-fill', 'borders-line', 'places-circle', 'relations-line']));
    const png = await page.locator('[data-testid="map"] canvas').screenshot();
    expect(distinctColours(png)).toBeGreaterThan(20);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].filter((origin) => origin !== new URL(base).origin && origin !== 'null')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await screenshot(page, 'desktop-first-view');
    await page.context().close();
  });

  it('fetches each font file once, the map’s labels sharing the page’s faces', async () => {
    const { page, requests } = await openReader();
    const fonts = requests.filter((url) => url.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts).toEqual([...new Set(fonts)]);
    const labels = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { queryRenderedFeatures(o: object): { properties: { name_fr?: string } }[] } } }).__atlas.map;
      return map.queryRenderedFeatures({ layers: ['country-labels', 'places-label'] }).map((f) => f.properties.name_fr ?? '').join('');
    });
    expect(labels).toContain('Astana');
    for (const weight of [400, 700]) expect(await page.evaluate(([w, text]) => document.fonts.check(`${w} 16px "Noto Sans"`, text), [weight, labels] as const)).toBe(true);
    await page.context().close();
  });

  it('creates the map only once the font subset of a label beyond latin has arrived', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/places.geojson', async (route) => {
      const response = await route.fetch();
      const places = (await response.json()) as { features: { properties: { id: string; name: Record<string, string> } }[] };
      const ashgabat = places.features.find((feature) => feature.properties.id === 'ashgabat');
      expect(ashgabat).toBeDefined();
      ashgabat!.properties.name = { fr: 'Aşgabat', en: 'Aşgabat' };
      await route.fulfill({ response, json: places });
    });
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        const scope = window as unknown as { mapContextAt?: number };
        if (String(args[0]).startsWith('webgl')) scope.mapContextAt ??= performance.now();
        return (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
      } as typeof getContext;
    });
    const page = await context.newPage();
    await page.goto(base);
    await waitForMapIdle(page);
    const timing = await page.evaluate(() => ({
      map: (window as unknown as { mapContextAt: number }).mapContextAt,
      subsets: performance
        .getEntriesByType('resource')
        .filter((entry) => /noto-sans-latin-ext-(400|700)-normal/.test(entry.name))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    }));
    expect(timing.subsets).toHaveLength(2);
    for (const arrived of timing.subsets) expect(arrived).toBeLessThan(timing.map);
    await context.close();
  });

  it('shows Kazakhstan’s context, with the 7,500 km border paragraph, when its polygon is clicked', async () => {
    const { page } = await openReader();
    await clickCountry(page, [67.5, 48.5]);
    const panel = page.getByTestId('panel');
    await expect.poll(() => panel.textContent()).toContain('7.500 kilomètres de frontière');
    await expect.poll(() => panel.locator('#context-title').textContent()).toContain('Kazakhstan');
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    await expect.poll(() => outlined(page)).toContain('KAZ selected');
    await screenshot(page, 'desktop-kazakhstan');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBeNull();
    await expect.poll(() => outlined(page)).not.toContain('KAZ selected');
    await page.context().close();
  });

  it('selects a country from a mention in the article', async () => {
    const { page } = await openPage(browser, base);
    await page.getByTestId('article').getByRole('button', { name: 'Ouzbékistan' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('UZB');
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Ouzbékistan');
  });

  it('restores a selection and a step from a deep link, and Back returns to the previous state', async () => {
    const { page } = await openReader('?country=RUS&step=border');
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('Russie');
    expect(await page.locator('.walk').textContent()).toContain('7 500 km de frontière avec la Russie');
    await clickCountry(page, [67.5, 48.5]);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('RUS');
  });

  it('starts at the deep-linked step, where walking to it leads, and does not move the camera by itself', async () => {
    const open = async (query: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      // Counts the app's camera calls from the map's load on (a resize would be a move event, not a call).
      await page.addInitScript(() => {
        let atlas: unknown;
        const calls: string[] = [];
        (window as unknown as { __cameraCalls: string[] }).__cameraCalls = calls;
        Object.defineProperty(window, '__atlas', {
          configurable: true,
          get: () => atlas,
          set: (value: { map: Record<string, (...args: unknown[]) => unknown> }) => {
            atlas = value;
            for (const name of ['jumpTo', 'flyTo', 'easeTo', 'fitBounds']) {
              const original = value.map[name]!.bind(value.map);
              value.map[name] = (...args: unknown[]) => {
                calls.push(name);
                return original(...args);
              };
            }
          },
        });
      });
      await page.goto(`${base}${query}`);
      await waitForMapIdle(page);
      return page;
    };
    const calls = (page: Page) => page.evaluate(() => (window as unknown as { __cameraCalls: string[] }).__cameraCalls);

    const linked = await open('?step=border');
    await linked.waitForTimeout(1500);
    expect(await calls(linked)).toEqual([]);
    const start = await mapState(linked);
    await linked.context().close();

    const walked = await open('');
    await walked.waitForTimeout(1500);
    expect(await calls(walked)).toEqual([]);
    for (let i = 0; i < 10 && new URL(walked.url()).searchParams.get('step') !== 'border'; i++) {
      await walked.getByTestId('step-next').click();
    }
    expect(new URL(walked.url()).searchParams.get('step')).toBe('border');
    await waitForMapIdle(walked);
    const end = await mapState(walked);
    expect(start.lng).toBeCloseTo(end.lng, 4);
    expect(start.lat).toBeCloseTo(end.lat, 4);
    expect(start.zoom).toBeCloseTo(end.zoom, 4);
    await walked.context().close();
  });

  it('ignores unknown values with a notice instead of a blank page', async () => {
    const { page } = await openPage(browser, base + '?country=%3Cscript%3E&step=nowhere&country=KAZ');
    await expect.poll(() => page.getByTestId('notice').textContent()).not.toBe('');
    expect(await page.locator('h1').textContent()).toContain('Astana');
  });

  it('moves the camera along the story walk with the Next button and the arrow keys', async () => {
    const { page } = await openReader();
    const before = await mapState(page);
    await page.getByTestId('step-next').click();
    await waitForMapIdle(page);
    const first = await mapState(page);
    expect(Math.abs(first.lng - before.lng) + Math.abs(first.lat - before.lat) + Math.abs(first.zoom - before.zoom)).toBeGreaterThan(0.5);
    expect(new URL(page.url()).searchParams.get('step')).toBe('invasion');
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('first-tranche');
  });

  it('keeps the map usable on a phone, with the panel as a bottom sheet', async () => {
    const { page } = await openReader('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await screenshot(page, 'phone-first-view');
    const map = await page.getByTestId('map').boundingBox();
    const panel = await page.getByTestId('panel').boundingBox();
    expect(map!.width).toBeGreaterThan(380);
    expect(map!.height).toBeGreaterThan(250);
    expect(panel!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    await page.context().close();
  });
});

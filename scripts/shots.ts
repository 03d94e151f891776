/**
 * `npm run shots`: screenshots of the built app (`dist/`, run `npm run build` first) for an editor to look at.
 * The first view, each step of the story walk, and three countries selected as a reader would (a click on
 * their row in the country list, so the camera flies to their compiled frame), at every width the issue
 * names. Written to `test-results/shots/<width>x<height>-<nn>-<what>.png`.
 *
 *   npm run shots                 every width
 *   npm run shots -- 390 1440     only these widths
 *   npm run shots -- --embed      the embed page (embed.html) instead of the main page
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { SHOT_VIEWPORTS } from './viewports';


/** Selected by a click on their row in the country list, as a reader would. */
const SELECTIONS = ['RUS', 'USA', 'FRA'] as const;
const STORY = 'blinken-astana-2023-02-28';
const OUT = resolve('test-results/shots');

type AtlasWindow = { __atlas?: { map?: { loaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean; once(e: string, cb: () => void): void; triggerRepaint(): void } } };

/** Waits until the map has stopped flying, has every tile, and has drawn an idle frame. */
export async function waitForSettledMap(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as AtlasWindow).__atlas?.map;
      return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());
    },
    undefined,
    { timeout, polling: 100 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as AtlasWindow).__atlas!.map!;
        const timer = setTimeout(done, 5000);
        map.once('idle', () => {
          clearTimeout(timer);
          done();
        });
        map.triggerRepaint();
      }),
  );
  // The sheet's height transition (0.25 s) resizes the map once more.
  await page.waitForTimeout(350);
  await page.waitForFunction(() => !(window as unknown as AtlasWindow).__atlas!.map!.isMoving(), undefined, { timeout });
}

/**
 * Waits for what the reader sees: the SVG map drawn at its size, or, once a step or a gesture has started the
 * WebGL map (a globe step does), that map settled. The first view is the SVG map: nothing wakes WebGL for it.
 */
async function waitForView(page: Page): Promise<void> {
  // A step that needs WebGL starts it at once; give it the time to say so before judging the SVG map enough.
  await page.waitForTimeout(500);
  const awake = await page.evaluate(() => Boolean((window as unknown as AtlasWindow).__atlas));
  if (awake) return waitForSettledMap(page);
  await page.locator('[data-testid="static-map"] svg[viewBox] path').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(350);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const embed = args.includes('--embed');
  const widths = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const viewports = SHOT_VIEWPORTS.filter((v) => widths.length === 0 || widths.includes(v.width));
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "npm run install-browser".`);
  if (!existsSync(resolve('dist/index.html'))) throw new Error('dist/ is missing: run "npm run build" first.');
  mkdirSync(OUT, { recursive: true });

  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
  const start = embed ? `${base}embed.html?story=${STORY}` : `${base}?story=${STORY}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const written: string[] = [];
  try {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${viewport.width}] ${error.message}`));
      const prefix = `${embed ? 'embed-' : ''}${viewport.width}x${viewport.height}`;
      let n = 0;
      const shoot = async (what: string) => {
        const path = resolve(OUT, `${prefix}-${String(n++).padStart(2, '0')}-${what}.png`);
        // The embed grows to its content: shoot the whole frame, as the host page shows it.
        await page.screenshot({ path, fullPage: embed });
        written.push(path);
      };

      await page.goto(start);
      await waitForView(page);
      await shoot('overview');

      // Each step, in reading order, with the "next" button the reader uses.
      const next = page.locator('[data-testid="step-next"]');
      for (let step = 1; await next.isEnabled(); step++) {
        await next.click();
        await waitForView(page);
        const id = await page.evaluate(() => new URLSearchParams(window.location.search).get('step') ?? 'step');
        await shoot(`step-${id}`);
      }

      for (const country of SELECTIONS) {
        await page.goto(start);
        await waitForView(page);
        // The country list's tab, then the country's row (the embed folds its lists under the sheet's handle).
        if (embed) await page.locator('.sheet-handle').click();
        await page.locator('.tabs__bar button').nth(1).click();
        await page.locator(`[data-focus-key="country-${country}"]`).click();
        await page.locator('#context-title').waitFor();
        await waitForView(page);
        await shoot(`select-${country}`);
      }
      await context.close();
      console.log(`${prefix}: ${n} screenshots`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${written.length} screenshots in ${OUT}`);
}

await main();

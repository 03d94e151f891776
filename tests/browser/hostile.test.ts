import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeeds } from '../../src/shell/compileSeeds';
import { writeDataDir } from '../../src/shell/writeDataDir';
import { launch, openPage, requireBuildAndBrowser, screenshot, serveDist, waitForMapIdle, waitForStaticMap } from './harness';
import { distinctColours } from './pixels';

let browser: Browser;
let seedServer: PreviewServer;
let seedBase: string;
let hostileServer: PreviewServer;
let hostileBase: string;
let hostileDist: string;

/** The built app with the hostile fixture story as its only data, served with the production headers. */
async function serveHostile(): Promise<void> {
  hostileDist = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  cpSync(resolve('dist'), hostileDist, { recursive: true });
  writeDataDir(join(hostileDist, 'data'), compileSeeds(resolve('tests/fixtures/hostile')));
  hostileServer = await preview({ build: { outDir: hostileDist }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  hostileBase = `http://127.0.0.1:${(hostileServer.httpServer.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  requireBuildAndBrowser();
  ({ url: seedBase, server: seedServer } = await serveDist());
  await serveHostile();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await seedServer?.close();
  await hostileServer?.close();
  if (hostileDist) rmSync(hostileDist, { recursive: true, force: true });
});

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

/** Records Content-Security-Policy violations in every frame as console errors. */
async function watchCsp(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
}

describe('hostile text stays text', () => {
  it('shows markup, javascript: links and control characters from the article and annotation literally, and runs none of it', async () => {
    const dialogs: string[] = [];
    const { page, consoleErrors, requests } = await openPage(browser, hostileBase);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('<img src=x onerror="window.__pwned=5">Titre piégé');
    const article = page.getByTestId('article');
    expect(await article.textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await article.textContent()).toContain('[lien](javascript:window.__pwned=3)');
    expect(await article.textContent()).toContain('<a href="javascript:window.__pwned=4">cliquez ici</a>');
    expect(await page.locator('[data-testid="article"] img, [data-testid="article"] script, [data-testid="article"] a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('img[src="x"], iframe[src^="javascript"], svg[onload]').count()).toBe(0);
    await page.getByTestId('step-next').click();
    await expect.poll(() => page.locator('.walk').textContent()).toContain('<img src=x onerror="window.__pwned=13">étape');
    await page.locator('body').press('Escape');
    await page.getByRole('button', { name: /^Lieux|^Places/ }).click();
    await page.getByTestId('place-list').getByRole('button').first().click();
    await expect.poll(() => page.locator('#context-title').textContent()).toContain('<img src=x onerror="window.__pwned=8">Astana');
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set([new URL(hostileBase).origin]));
    await screenshot(page, 'hostile-story');
    await page.context().close();
  });
});

describe('failures are explained and the rest keeps working', () => {
  const cases: [string, string, (body: string) => string | null][] = [
    ['a missing file (404)', 'relations.geojson', () => null],
    ['a cut-off JSON file', 'relations.geojson', (body) => body.slice(0, body.length / 2)],
    ['valid JSON of the wrong shape', 'places.geojson', () => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: 42 }] })],
    // One file, two layers: one message and one retry, not one per layer.
    ['a forged basemap topology', 'basemap.topo.json', () => JSON.stringify({
      type: 'Topology',
      arcs: [],
      objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] }, borders: { type: 'GeometryCollection', geometries: [] } },
    })],
  ];

  it.each(cases)('shows a clear message with a retry for %s', async (_name, file, corrupt) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let broken = true;
    await context.route(`**/data/blinken-astana-2023-02-28/${file}`, async (route) => {
      if (!broken) return route.continue();
      const response = await route.fetch();
      const body = corrupt(await response.text());
      if (body === null) await route.fulfill({ status: 404, body: 'Not found' });
      else await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(seedBase);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain(file);
    expect(await alert.count()).toBe(1);
    await waitForMapIdle(page);
    expect(await page.getByTestId('article').textContent()).toContain('7.500 kilomètres');
    broken = false;
    await alert.getByRole('button').click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it.each([
    ['markup', '?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a very long value', `?step=${'a'.repeat(5000)}`],
    ['a repeated parameter', '?country=KAZ&country=RUS'],
    ['an unknown story', '?story=no-such-story'],
  ])('ignores %s in the address with a notice', async (_name, query) => {
    const { page, consoleErrors } = await openPage(browser, `${seedBase}${query}`);
    await waitForStaticMap(page);
    await expect.poll(() => page.getByTestId('notice').textContent()).not.toBe('');
    expect(await page.locator('h1').textContent()).toContain('Astana');
    expect(consoleErrors).toEqual([]);
  });
});

describe('the map survives its WebGL context', () => {
  it('draws again after the context is lost and restored', async () => {
    const { page } = await openPage(browser, seedBase);
    await waitForMapIdle(page);
    await page.evaluate(async () => {
      const map = (window as unknown as { __atlas: { map: { getCanvas(): HTMLCanvasElement } } }).__atlas.map;
      const gl = map.getCanvas().getContext('webgl2')!;
      const extension = gl.getExtension('WEBGL_lose_context')!;
      extension.loseContext();
      await new Promise((done) => setTimeout(done, 500));
      extension.restoreContext();
    });
    await waitForMapIdle(page);
    const png = await page.locator('[data-testid="map"] canvas').screenshot();
    expect(distinctColours(png)).toBeGreaterThan(20);
  });

  it('falls back to the static map when the context does not come back', async () => {
    const { page } = await openPage(browser, seedBase);
    await waitForMapIdle(page);
    await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { getCanvas(): HTMLCanvasElement } } }).__atlas.map;
      map.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await waitForStaticMap(page);
    expect(await page.getByTestId('article').textContent()).toContain('7.500 kilomètres');
  });
});

describe('under the production Content-Security-Policy', () => {
  it('loads, selects and walks the story with zero violations and zero requests elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await watchCsp(page);
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(`${seedBase}?country=KAZ`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForMapIdle(page);
    await page.getByTestId('step-next').click();
    await waitForMapIdle(page);
    expect(problems).toEqual([]);
    expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set([new URL(seedBase).origin]));
    await context.close();
  });
});

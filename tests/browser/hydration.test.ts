import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, requireBuildAndBrowser, waitForLive } from './harness';

/**
 * The pre-rendered pages, hydrated by React's development build, which (unlike production's) reports every
 * attribute and text that differs between the build's markup and the browser's first render.
 */
let browser: Browser;
let server: ViteDevServer;
let base: string;

const PAGES = [
  { name: 'the page', built: 'dist/index.html', entry: '/src/app/main.tsx', viewport: { width: 390, height: 844 } },
  { name: 'the embed', built: 'dist/embed.html', entry: '/src/app/embed.tsx', viewport: { width: 600, height: 450 } },
  { name: 'the page on a wide screen', built: 'dist/index.html', entry: '/src/app/main.tsx', viewport: { width: 1440, height: 900 } },
];

// What @vitejs/plugin-react's index.html transform adds in development; the built page has a transform's output already.
const REFRESH_PREAMBLE = `<script type="module">import { injectIntoGlobalHook } from '/@react-refresh'; injectIntoGlobalHook(window); window.$RefreshReg$ = () => {}; window.$RefreshSig$ = () => (type) => type;</script>`;

/** Beside the site's own pages, so that their relative links (startup.js, data/) resolve as they do there. */
const route = (built: string) => `/hydrate-${built.replace(/\W/g, '-')}`;

beforeAll(async () => {
  requireBuildAndBrowser();
  server = await createServer({ configLoader: 'runner', logLevel: 'silent', appType: 'custom', server: { host: '127.0.0.1', port: 0, hmr: false } });
  // Each built page with its scripts swapped for the app's sources, served as Vite serves index.html.
  server.middlewares.use(async (request, response, next) => {
    const page = PAGES.find((p) => request.url === route(p.built));
    if (!page) return next();
    // startup.js would load the built script after the first paint: the page starts the sources instead.
    const built = readFileSync(resolve(page.built), 'utf8')
      .replace(/ data-app="[^"]*" data-modules="[^"]*"/, '')
      .replace('</head>', `${REFRESH_PREAMBLE}<script type="module" src="${page.entry}"></script></head>`)
      .replace(/<link rel="(stylesheet|preload" as="font)"[^>]*>/g, '');
    response.setHeader('Content-Type', 'text/html');
    response.end(built);
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('React hydrates the pre-rendered markup as it is', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))('%s: no mismatch, and the pre-rendered elements are kept', async (_name, { built, viewport }) => {
    const { page, consoleErrors } = await openPage(browser, 'about:blank', { viewport });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && /hydrat|did not match|server/i.test(message.text())) warnings.push(message.text());
    });
    // Elements as the HTML parser made them, before any script ran: hydration must adopt, not replace, them.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const w = window as unknown as { prerendered: Element[] };
        w.prerendered = ['h1', '[data-testid="static-map"] svg', '.article p', '.walk'].map((selector) => document.querySelector(selector)!);
      });
    });
    await page.goto(new URL(route(built), base).href);
    await waitForLive(page, 60_000);
    const kept = await page.evaluate(() => (window as unknown as { prerendered: (Element | null)[] }).prerendered.map((e) => Boolean(e?.isConnected)));
    await page.context().close();
    expect(consoleErrors, 'console errors while hydrating').toEqual([]);
    expect(warnings).toEqual([]);
    expect(kept, 'h1, map, first paragraph, walk still the parsed elements').toEqual([true, true, true, true]);
  });
});

/* global window, console, URL, setTimeout, process */
// Takes screenshots of the built app: `npx vite preview --port 4173 --strictPort`, then `node tests/app/screenshot.mjs [url-suffix...]`.
import { chromium } from 'playwright-core';

const BASE = process.env.ATLAS_URL ?? 'http://localhost:4173/';
const OUT = new URL('./screenshots/', import.meta.url);
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const CASES = process.argv.slice(2).length ? process.argv.slice(2) : ['', '?step=visit', '?country=KAZ', '?step=first-tranche', '?country=<script>&step=nope&lang=en'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const foreign = new Set();
for (const viewport of VIEWPORTS) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${viewport.name}] ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => console.log(`[${viewport.name}] pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(new URL(BASE).origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.add(r.url()); });
  for (const suffix of CASES) {
    await page.goto(BASE + suffix);
    await page.waitForFunction(() => window.__atlas?.map?.loaded(), null, { timeout: 30_000 }).catch(() => console.log('map never loaded'));
    await page.evaluate(() => new Promise((resolve) => { const map = window.__atlas?.map; if (!map) return resolve(); map.once('idle', resolve); setTimeout(resolve, 8000); }));
    await page.waitForTimeout(2500);
    const name = `${viewport.name}-${suffix.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`;
    await page.screenshot({ path: new URL(name, OUT).pathname });
    console.log('wrote', name);
  }
  await page.close();
}
console.log('requests to other origins:', [...foreign]);
await browser.close();

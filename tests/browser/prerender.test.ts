import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frStartup } from '../../src/app/i18n/fr';
import { messagesFor } from '../../src/app/i18n';
import type { StoryIndex, StoryManifest } from '../../src/shared/contract';
import { browserSuite } from './harness';

let browser: Browser;
let base: string;
browserSuite((suite) => ({ browser, base } = suite));

const index = JSON.parse(readFileSync('dist/data/index.json', 'utf8')) as StoryIndex;
const t = messagesFor('fr');

/** Each story's page and embed page, and the root pages, which show the first story. */
const PAGES = index.stories.flatMap(({ id }, i) => [
  ...(i === 0 ? [{ path: '', id, embed: false }, { path: 'embed.html', id, embed: true }] : []),
  { path: `stories/${id}/`, id, embed: false },
  { path: `stories/${id}/embed.html`, id, embed: true },
]);

describe('a story page read with JavaScript off', () => {
  it.each(PAGES.map((p) => [p.path || '/', p] as const))('%s shows the article, the lists and the SVG map', async (_path, { path, id, embed }) => {
    const story = JSON.parse(readFileSync(`dist/data/${id}/story.json`, 'utf8')) as StoryManifest;
    const context = await browser.newContext({ viewport: embed ? { width: 600, height: 450 } : { width: 1440, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(path, base).href);
    const firstParagraph = story.paragraphs.find((p) => p.kind === 'body')!;
    const seen = {
      title: await page.locator('h1').textContent(),
      article: (await page.getByTestId('article').innerText()).replace(/\s+/g, ' ').includes(firstParagraph.text.slice(0, 60).replace(/\s+/g, ' ')),
      lists: await Promise.all([t.tabCountries, t.tabPlaces, t.tabRelations, t.tabEvents].map((name) => page.getByRole('heading', { name, exact: true }).isVisible())),
      countryInList: await page.locator('.tabs__panel').getByText(story.countries[0]!.name.fr, { exact: true }).first().isVisible(),
      mapAreas: await page.locator('[data-testid="static-map"] svg path').count(),
      mapCountries: await page.locator('[data-testid="static-map"] svg path[data-country]').count(),
      mapNames: await page.locator('[data-testid="static-map"] svg text').allTextContents(),
      notice: await page.locator('noscript').count(),
      bodyText: await page.locator('body').innerText(),
    };
    await context.close();
    expect(seen.title).toBe(story.title.fr);
    expect(seen.article, 'the first paragraph').toBe(true);
    expect(seen.lists, 'countries, places, relations, events').toEqual([true, true, true, true]);
    expect(seen.countryInList).toBe(true);
    // The world's land is one path, each border style one; the story's countries are a path each.
    expect(seen.mapAreas).toBeGreaterThan(20);
    expect(seen.mapCountries, 'the five states at least').toBeGreaterThanOrEqual(5);
    expect(seen.mapNames.join(' ')).toContain('Astana');
    expect(seen.notice).toBe(1);
    expect(seen.bodyText).toContain(frStartup.withoutScript);
  });
});

describe('a story page before its scripts arrive', () => {
  it('shows the story and its map as built, with no status in their place', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Held, not failed: a failed script makes startup.js say why.
    await page.route(/\/assets\/[^/]+\.js$/, () => undefined);
    // `commit`: the page's load (and DOMContentLoaded) waits for the held module scripts.
    await page.goto(new URL(`stories/${index.stories[0]!.id}/`, base).href, { waitUntil: 'commit' });
    await page.locator('[data-testid="static-map"] > svg').waitFor();
    const seen = {
      title: await page.locator('h1').isVisible(),
      map: await page.locator('[data-testid="static-map"] > svg').isVisible(),
      status: await page.locator('.startup-status').isVisible(),
      live: await page.evaluate(() => document.documentElement.hasAttribute('data-live')),
    };
    await context.close();
    expect(seen).toEqual({ title: true, map: true, status: false, live: false });
  });

  it('says why when they fail, and the story stays readable', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
    await page.goto(new URL(`stories/${index.stories[0]!.id}/`, base).href);
    const status = page.locator('.startup-status[role="alert"]');
    await status.waitFor();
    const seen = { status: await status.textContent(), article: await page.getByTestId('article').isVisible() };
    await context.close();
    expect(seen).toEqual({ status: frStartup.startupFailed, article: true });
  });
});

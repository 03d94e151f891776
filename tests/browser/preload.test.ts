import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORLD_FILE } from '../../src/shared/contract';
import { FIRST_VIEW_FILES } from '../../src/shell/storyPreload';
import { browserSuite, openPage } from './harness';

let browser: Browser;
let base: string;

browserSuite((suite) => ({ browser, base } = suite));

const STORY = (JSON.parse(readFileSync('dist/data/index.json', 'utf8')) as { stories: { id: string }[] }).stories[0]!.id;

describe('the first view’s preloads', () => {
  it.each([['?story=' + STORY], ['?story=not-a-story']])('with %s are the story the app shows, each file fetched once', async (search) => {
    const { page, requests } = await openPage(browser, `${base}${search}`);
    await page.locator('h1').waitFor();
    const hinted = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    // The page is pre-rendered: it preloads what its markup draws, the world's land included, to hydrate it.
    const wanted = [...FIRST_VIEW_FILES, WORLD_FILE].map((file) => `${base}data/${STORY}/${file}`);
    expect(hinted.sort()).toEqual([...wanted, `${base}data/index.json`].sort());
    // A preload the app's fetch cannot use (another mode, another address) shows as a second request.
    await expect.poll(() => wanted.filter((url) => requests.includes(url)).length).toBe(wanted.length);
    for (const url of wanted) expect(requests.filter((request) => request === url), url).toHaveLength(1);
    await page.context().close();
  });
});

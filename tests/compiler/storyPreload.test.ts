import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_FILES, indexPreloadTags, withStoryPreload } from '../../src/shell/storyPreload';

const PAGE = '<head><script src="./startup.js"></script></head><body><div id="root"></div></body>';
const files = new Map([
  ['index.json', JSON.stringify({ stories: [{ id: 'first' }, { id: 'second' }] })],
  ['first/story.json', '{}'],
  ['second/story.json', '{}'],
]);
const STARTUP = readFileSync('public/startup.js', 'utf8');

/** Runs public/startup.js as the built page would, and returns the hrefs it preloads (relative to the page). */
function preloadedBy(search: string, html = withStoryPreload(PAGE, files)): string[] {
  const dataset = Object.fromEntries([...html.matchAll(/data-(stories|files)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const links: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
  runInNewContext(STARTUP, {
    addEventListener: () => undefined,
    location: { search },
    URLSearchParams,
    document: { currentScript: { dataset }, createElement: () => ({}), head: { appendChild: (link: (typeof links)[number]) => (links.push(link), link) } },
  });
  for (const link of links) expect(link).toMatchObject({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
  return links.map((link) => link.href);
}

const filesOf = (story: string) => FIRST_VIEW_FILES.map((file) => `data/${story}/${file}`);

describe('the story the page preloads', () => {
  it('is the one ?story= asks for, not the index’s first', () => {
    expect(preloadedBy('?story=second')).toEqual(filesOf('second'));
  });

  it('is the index’s first without ?story=, or when the index lacks the one asked for, as the app chooses', () => {
    expect(preloadedBy('')).toEqual(filesOf('first'));
    expect(preloadedBy('?story=third')).toEqual(filesOf('first'));
    expect(preloadedBy('?story=constructor')).toEqual(filesOf('first'));
  });

  it('is the first value of a repeated ?story=, as the address parser reads it', () => {
    expect(preloadedBy('?story=second&story=first')).toEqual(filesOf('second'));
  });

  it('is none when the build lists no story, or on a page the build did not write', () => {
    expect(preloadedBy('?story=second', withStoryPreload(PAGE, new Map()))).toEqual([]);
    expect(preloadedBy('?story=second', PAGE)).toEqual([]);
  });
});

describe('what the build writes into the page', () => {
  it('lists the stories in the index’s order on the startup script', () => {
    expect(withStoryPreload(PAGE, files)).toContain(`<script src="./startup.js" data-stories="first second" data-files="${FIRST_VIEW_FILES.join(' ')}"></script>`);
  });

  it('hints the index alone, never a story’s file', () => {
    expect(indexPreloadTags(files).map((tag) => tag.attrs?.href)).toEqual(['./data/index.json']);
  });

  it('refuses a page without the startup script', () => {
    expect(() => withStoryPreload('<head></head>', files)).toThrow(/startup\.js/);
  });
});

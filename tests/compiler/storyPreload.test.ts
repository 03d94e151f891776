import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withLoadingStatus } from '../../src/shell/loadingStatus';
import { prerenderedHtml } from '../../src/shell/prerenderedHtml';
import { FIRST_VIEW_FILES, indexPreloadTags, withStoryPreload } from '../../src/shell/storyPreload';

const PAGE = '<head><script src="./startup.js"></script></head><body><div id="root"></div></body>';
const files = new Map([
  ['index.json', JSON.stringify({ stories: [{ id: 'first' }, { id: 'second' }] })],
  ['first/story.json', '{}'],
  ['second/story.json', '{}'],
]);
const STARTUP = readFileSync('public/startup.js', 'utf8');
/** The parts of a built page that the build's later steps fill. */
const BUILT = '<html><head><meta charset="UTF-8" /><title>Dispatch Atlas</title><script src="./startup.js"></script><script type="module" crossorigin src="./assets/main.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/boot.js">\n</head><body><div id="root"></div><noscript>x</noscript></body></html>';

/** Runs public/startup.js as the built page at `path` would: the hrefs it preloads (relative to the page), and where it sends the reader. */
interface Browser {
  PerformanceObserver?: unknown;
  addEventListener?: (type: string, callback: () => void) => unknown;
  setTimeout?: (callback: () => void, ms?: number) => unknown;
  requestAnimationFrame?: (callback: () => void) => unknown;
  visibilityState?: 'visible' | 'hidden';
}

function startup(search: string, html = withStoryPreload(PAGE, files), path = '/', browser: Browser = {}): { preloads: string[]; scripts: string[]; scriptsNow: () => string[]; replaced: string | null } {
  const dataset = Object.fromEntries([...html.matchAll(/data-(stories|files|story|app|modules)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const links: { rel: string; as?: string; crossOrigin: string; href?: string; src?: string; type?: string }[] = [];
  let replaced: string | null = null;
  runInNewContext(STARTUP, {
    addEventListener: () => undefined,
    // The first paint, then the task after it: run at once here.
    requestAnimationFrame: (callback: () => void) => callback(),
    setTimeout: (callback: () => void) => callback(),
    location: { search, hash: '', pathname: path, replace: (url: string) => (replaced = url) },
    URLSearchParams,
    URL,
    document: { baseURI: 'https://news.example/atlas/', visibilityState: browser.visibilityState ?? 'visible', currentScript: { dataset }, createElement: () => ({}), head: { appendChild: (link: (typeof links)[number]) => (links.push(link), link) } },
    ...(browser.PerformanceObserver ? { PerformanceObserver: browser.PerformanceObserver } : {}),
    ...(browser.requestAnimationFrame ? { requestAnimationFrame: browser.requestAnimationFrame } : {}),
    ...(browser.addEventListener ? { addEventListener: browser.addEventListener } : {}),
    ...(browser.setTimeout ? { setTimeout: browser.setTimeout } : {}),
  });
  const preloads = links.filter((link) => link.rel === 'preload');
  for (const link of preloads) expect(link).toMatchObject({ as: 'fetch', crossOrigin: 'anonymous' });
  const scriptsNow = () => links.filter((link) => link.rel !== 'preload').map((link) => link.src ?? `${link.rel} ${link.href}`);
  return { preloads: preloads.map((link) => link.href!), scripts: scriptsNow(), scriptsNow, replaced };
}

const preloadedBy = (search: string, html?: string) => startup(search, html).preloads;

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

describe('a pre-rendered page', () => {
  const prerendered = (story: string) => prerenderedHtml(withLoadingStatus(withStoryPreload(BUILT, files)), { root: '<main></main>', storyId: story, title: 'T', depth: 0, files: ['story.json', 'world.topo.json'] });

  it('preloads its own story’s files, the ones its markup draws', () => {
    expect(startup('', prerendered('second'))).toMatchObject({ preloads: ['data/second/story.json', 'data/second/world.topo.json'], replaced: null });
  });

  it('asks for its script once it has painted, not from its markup, where it would hold back the styles and fonts', () => {
    const page = prerendered('first');
    expect(page).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(startup('', page).scripts).toEqual(['modulepreload ./assets/boot.js', './assets/main.js']);
  });

  it('where the browser reports paints, asks for its script after the first contentful paint, not the first paint', () => {
    let report: ((list: { getEntriesByName(name: string): unknown[] }, observer: { disconnect(): void }) => void) | undefined;
    const observed: string[] = [];
    class PerformanceObserver {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      constructor(callback: typeof report) {
        report = callback;
      }
      observe(options: { type: string }) {
        observed.push(options.type);
      }
    }
    const painted = (...names: string[]) => report!({ getEntriesByName: (name) => names.filter((n) => n === name) }, { disconnect: () => observed.push('disconnected') });
    const links: unknown[] = [];
    const page = prerendered('first');
    const run = startup('', page, '/', { PerformanceObserver, requestAnimationFrame: () => links.push('a frame was asked for') });
    expect(run.scripts).toEqual([]);
    expect(observed).toEqual(['paint']);
    painted('first-paint');
    expect(run.scriptsNow()).toEqual([]);
    painted('first-paint', 'first-contentful-paint');
    expect(run.scriptsNow()).toEqual(['modulepreload ./assets/boot.js', './assets/main.js']);
    expect(observed).toEqual(['paint', 'disconnected']);
    expect(links).toEqual([]);
  });

  it('asks for its script a second after its load event when nothing paints (a frame the browser does not render)', () => {
    const loads: (() => void)[] = [];
    const timers: number[] = [];
    class PerformanceObserver {
      static supportedEntryTypes = ['paint'];
      observe() {}
    }
    const run = startup('', prerendered('first'), '/', {
      PerformanceObserver,
      addEventListener: (type: string, callback: () => void) => type === 'load' && loads.push(callback),
      setTimeout: (callback: () => void, ms = 0) => (timers.push(ms), callback()),
    });
    expect(run.scripts).toEqual([]);
    loads.forEach((callback) => callback());
    expect(timers).toEqual([1000]);
    expect(run.scriptsNow()).toEqual(['modulepreload ./assets/boot.js', './assets/main.js']);
  });

  it('asks for its script at once in a hidden page, which paints nothing', () => {
    const page = prerendered('first');
    expect(startup('', page, '/', { PerformanceObserver: class {}, requestAnimationFrame: () => undefined, visibilityState: 'hidden' }).scripts).toEqual(['modulepreload ./assets/boot.js', './assets/main.js']);
  });

  it('sends an old ?story= link to another story to that story’s page, keeping the address’s query', () => {
    expect(startup('?story=second&country=KAZ', prerendered('first')).replaced).toBe('https://news.example/atlas/stories/second/?story=second&country=KAZ');
    expect(startup('?story=second', prerendered('first'), '/atlas/embed.html').replaced).toBe('https://news.example/atlas/stories/second/embed.html?story=second');
  });

  it('stays for its own story, and for a story the index does not have', () => {
    expect(startup('?story=first', prerendered('first')).replaced).toBeNull();
    expect(startup('?story=nowhere', prerendered('first')).replaced).toBeNull();
  });

  it('sets a base two folders up on a story’s own page, so its links stay the site’s', () => {
    const page = prerenderedHtml(withLoadingStatus(withStoryPreload(BUILT, files)), { root: '', storyId: 'first', title: 'T', depth: 2, files: [] });
    expect(page).toContain('<base href="../../" />');
    expect(page).toContain('<div id="root" data-story="first">');
  });

  it('writes the title and the story id as text, never as markup', () => {
    const page = prerenderedHtml(withLoadingStatus(withStoryPreload(BUILT, files)), { root: '', storyId: 'first', title: '<script>x</script> & co', depth: 0, files: [] });
    expect(page).toContain('<title>&lt;script&gt;x&lt;/script&gt; &amp; co</title>');
  });
});

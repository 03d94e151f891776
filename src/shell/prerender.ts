import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { AppMode } from '../app/appMode';
import type { Loaded, ReadJson } from '../app/data/loadStory';
import type { RenderedPage } from '../app/prerender/renderPage';
import { messagesFor, REFERENCE_LANG } from '../app/i18n';
import { prerenderedHtml } from './prerenderedHtml';
import { FIRST_VIEW_FILES } from './storyPreload';
import { WORLD_FILE } from '../shared/contract';

/** What a pre-rendered page draws, the world's land included (src/app/data/preload.ts). */
const PRERENDERED_FILES = [...FIRST_VIEW_FILES, WORLD_FILE];

type RenderPage = (mode: AppMode, storyId: string, read: ReadJson) => Promise<RenderedPage>;

const PAGES: readonly { file: string; mode: AppMode }[] = [
  { file: 'index.html', mode: 'page' },
  { file: 'embed.html', mode: 'embed' },
];

/**
 * Pre-renders each story's page and embed page once the app is built: `stories/<id>/index.html` and
 * `stories/<id>/embed.html`, and the site's root pages with the first story. The app's own components render
 * them (src/app/prerender/renderPage.tsx), built for Node and run here.
 */
export function prerenderStories(entry = 'src/app/prerender/renderPage.tsx'): Plugin {
  let outDir = '';
  return {
    name: 'dispatch-atlas-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const renderPage = await loadRenderer(resolve(entry));
      const read = readFrom(join(outDir, 'data'));
      const index = JSON.parse(readFileSync(join(outDir, 'data', 'index.json'), 'utf8')) as { stories: { id: string }[] };
      const t = messagesFor(REFERENCE_LANG);
      // The latin subset in the two weights the page sets (the @fontsource files' names carry a hash).
      const fonts = readdirSync(join(outDir, 'assets')).filter((file) => /^noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file)).sort().map((file) => `assets/${file}`);
      for (const { file, mode } of PAGES) {
        const template = readFileSync(join(outDir, file), 'utf8');
        for (const [i, { id }] of index.stories.entries()) {
          if (!/^[\w-]+$/.test(id)) throw new Error(`prerender: story id "${id}" cannot name a folder`);
          const { html, story } = await renderPage(mode, id, read);
          const page = (depth: number) => prerenderedHtml(template, { root: html, storyId: id, title: `${story.title[REFERENCE_LANG]} · ${t.appName}`, depth, files: PRERENDERED_FILES, fonts });
          mkdirSync(join(outDir, 'stories', id), { recursive: true });
          writeFileSync(join(outDir, 'stories', id, file), page(2));
          // The root pages show the first story, so old addresses without `?story=` open as before.
          if (i === 0) writeFileSync(join(outDir, file), page(0));
        }
      }
    },
  };
}

/** Builds the render entry for Node, into a folder of its own, and imports it. */
async function loadRenderer(entry: string): Promise<RenderPage> {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-atlas-prerender-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      ssr: { noExternal: true },
      build: { ssr: entry, outDir: dir, emptyOutDir: true, minify: false, rollupOptions: { output: { format: 'cjs', entryFileNames: 'render.cjs' } } },
    });
    // Required, not imported: `--configLoader runner` runs this file in Vite's module runner, closed by now.
    const module = createRequire(import.meta.url)(join(dir, 'render.cjs')) as { renderPage: RenderPage };
    return module.renderPage;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The app's data reader, over the files the build wrote. */
function readFrom(dataDir: string): ReadJson {
  return async (path): Promise<Loaded<unknown>> => {
    try {
      return { ok: true, data: JSON.parse(readFileSync(join(dataDir, decodeURIComponent(path)), 'utf8')) };
    } catch (error) {
      return { ok: false, file: path, failure: 'missing', detail: String(error) };
    }
  };
}

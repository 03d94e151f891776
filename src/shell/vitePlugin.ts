import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { OutputFiles } from '../compiler/compileAll';
import { formatAuthorError, isCompileError } from '../compiler/errors';
import { compileSeeds } from './compileSeeds';
import { withLoadingStatus } from './loadingStatus';
import { reviewMiddleware } from './reviewPage';
import { seedsStamp } from './seedsStamp';
import { indexPreloadTags, withStoryPreload } from './storyPreload';

/** Compiles `seeds/` into `data/`: emitted by `vite build`, served from memory and recompiled on change by `vite`. */
export function dispatchAtlas(options: { seeds?: string } = {}): Plugin {
  const seedsDir = resolve(options.seeds ?? 'seeds');
  let files: OutputFiles = new Map();
  let stamp = '';
  let base = '/';
  return {
    name: 'dispatch-atlas',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      stamp = seedsStamp(seedsDir);
      files = compileOrExplain(seedsDir);
      this.addWatchFile(seedsDir);
    },
    transformIndexHtml(html) {
      return { html: withStoryPreload(withLoadingStatus(html), files), tags: indexPreloadTags(files) };
    },
    generateBundle() {
      for (const [path, source] of files) this.emitFile({ type: 'asset', fileName: `data/${path}`, source });
    },
    configureServer(server) {
      server.watcher.add(seedsDir);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(seedsDir)) recompileIfChanged(server);
      });
      server.middlewares.use(reviewMiddleware(seedsDir, () => base));
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!;
        const prefix = `${base}data/`;
        if (!path.startsWith(prefix)) return next();
        recompileIfChanged(server);
        const name = decodedOrNull(path.slice(prefix.length));
        const file = name === null ? undefined : files.get(name);
        // Never the app's index.html for a data URL: a deleted story is a 404, as on a static server.
        response.statusCode = name === null ? 400 : file === undefined ? 404 : 200;
        response.setHeader('Content-Type', file === undefined ? 'text/plain; charset=utf-8' : contentType(path));
        response.end(file ?? (name === null ? 'Bad Request: malformed URL encoding' : 'Not Found'));
      });
    },
  };

  function recompileIfChanged(server: ViteDevServer) {
    const now = seedsStamp(seedsDir);
    if (now === stamp) return;
    stamp = now;
    try {
      files = compileOrExplain(seedsDir);
      server.ws.send({ type: 'full-reload' });
    } catch (error) {
      server.ws.send({ type: 'error', err: { message: error instanceof Error ? error.message : String(error), stack: '' } });
    }
  }
}

function compileOrExplain(seedsDir: string): OutputFiles {
  try {
    return compileSeeds(seedsDir);
  } catch (error) {
    if (!isCompileError(error)) throw error;
    const message = `The seeds do not compile:\n${error.errors.map((problem) => `  ${formatAuthorError(problem)}`).join('\n')}`;
    throw Object.assign(new Error(message), { stack: message });
  }
}

function decodedOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function contentType(path: string): string {
  if (path.endsWith('.geojson')) return 'application/geo+json';
  return 'application/json';
}

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The gzip size a production server would send (zlib's default level, as nginx `gzip_comp_level 6`). */
export function gzipSize(body: Buffer): number {
  return gzipSync(body).length;
}

/**
 * A static server with the headers production would send: gzip for text (when the browser asks),
 * long-lived caching for hashed assets, and none for the document and the data.
 */
export async function serveDir(root: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = resolvePath(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(path);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const wantsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && wantsGzip) {
      let body = gzipped.get(path);
      if (!body) gzipped.set(path, (body = gzipSync(readFileSync(path))));
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': String(statSync(path).size) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A file inside root, or the folder's index.html; never a path that climbs out of root. */
function resolvePath(root: string, pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return undefined;
  let path = join(root, relative);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

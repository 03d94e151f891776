import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchAtlas } from '../../src/build/vitePlugin';

const STORY = 'blinken-astana-2023-02-28';
let dir: string;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
  cpSync(resolve('seeds'), join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dev</title>');
  server = await createServer({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins: [dispatchAtlas({ seeds: join(dir, 'seeds') })],
    server: { host: '127.0.0.1', port: 0, hmr: false },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const title = async () => ((await (await fetch(`${base}data/${STORY}/story.json`)).json()) as { title: { fr: string } }).title.fr;

describe('the Vite plugin in the dev server', () => {
  it('serves the compiled story from memory', async () => {
    const index = (await (await fetch(`${base}data/index.json`)).json()) as { stories: { id: string }[] };
    expect(index.stories.map((story) => story.id)).toEqual([STORY]);
    expect(await title()).toContain('Blinken à Astana');
  });

  it('serves an edited seed at the next request, whether or not the file watcher saw the edit', async () => {
    const file = join(dir, 'seeds', STORY, 'story.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('fr: "Blinken à Astana', 'fr: "Édité : Blinken à Astana'));
    expect(await title()).toContain('Édité : Blinken à Astana');
  });

  it('keeps serving the last good story when an edit breaks the seed, shows why, and serves the repair', async () => {
    const file = join(dir, 'seeds', STORY, 'story.yaml');
    const good = readFileSync(file, 'utf8');
    const sent: unknown[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: unknown) => sent.push(payload)) as typeof server.ws.send;
    try {
      // Same size as before: only the contents tell the two versions apart.
      writeFileSync(file, good.replace('title:', 'titel:'));
      expect(await title()).toContain('Édité : Blinken à Astana');
      expect(JSON.stringify(sent)).toMatch(/"type":"error".*story\.yaml/);
      writeFileSync(file, good.replace('Édité : Blinken', 'Réparé : Blinken'));
      expect(await title()).toContain('Réparé : Blinken à Astana');
    } finally {
      server.ws.send = send;
    }
  });
});

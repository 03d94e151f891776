import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchAtlas } from '../../src/shell/vitePlugin';

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

  it('answers a malformed percent-encoding in a data URL with 400, not 500', async () => {
    expect((await fetch(`${base}data/%E0%A4%A`)).status).toBe(400);
  });

  it('answers a deleted story\'s data URL with 404, not the app\'s page', async () => {
    const response = await fetch(`${base}data/deleted-story/story.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });

  it('obeys the seed rules: an article linked to a secrets file is refused, and the secret is never served', async () => {
    writeFileSync(join(dir, 'secret.env'), 'CI_TOKEN=hunter2\n');
    mkdirSync(join(dir, 'seeds', 'linked-secret'));
    symlinkSync(join(dir, 'secret.env'), join(dir, 'seeds', 'linked-secret', 'article.txt'));
    const sent: unknown[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: unknown) => sent.push(payload)) as typeof server.ws.send;
    try {
      const index = await (await fetch(`${base}data/index.json`)).text();
      expect(index).not.toContain('hunter2');
      expect(JSON.stringify(sent)).toContain('linked-secret/article.txt is a symbolic link');
    } finally {
      server.ws.send = send;
      rmSync(join(dir, 'seeds', 'linked-secret'), { recursive: true });
    }
  });
});

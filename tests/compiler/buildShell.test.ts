import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeDataDir } from '../../src/shell/writeDataDir';

const ROOT = resolve(__dirname, '../..');
// What `npm run compile` runs.
const COMPILE = join(ROOT, 'scripts/compile.mjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function compile() {
  return spawnSync(process.execPath, [COMPILE, '--seeds', 'seeds', '--out', 'dist/data'], { cwd: dir, encoding: 'utf8' });
}

describe('npm run compile', () => {
  it('writes the index, the manifest, the seven layers of each story and the two topologies the app loads', () => {
    const result = compile();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Compiled 1 story into dist\/data \(11 files\)/);
    expect(readdirSync(join(dir, 'dist/data/blinken-astana-2023-02-28')).sort()).toEqual([
      'basemap.topo.json', 'borders.geojson', 'boundaries.geojson', 'countries.geojson', 'labels.geojson', 'land.geojson', 'places.geojson',
      'relations.geojson', 'story.json', 'world.topo.json',
    ]);
  });

  it('stops on a broken annotation, lists located errors without a stack trace, and leaves the previous data as it was', () => {
    expect(compile().status).toBe(0);
    const before = readFileSync(join(dir, 'dist/data/index.json'), 'utf8');
    const published = readlinkSync(join(dir, 'dist/data'));
    const yaml = join(dir, 'seeds/blinken-astana-2023-02-28/story.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('{ id: KAZ, role: host }', '{ id: KZA, role: host }').replace('date: "2022-09-22"', 'date: "2022-13"'));
    const result = compile();
    expect(result.status).toBe(1);
    const line = readFileSync(yaml, 'utf8').split('\n').findIndex((text) => text.includes('{ id: KZA, role: host }')) + 1;
    expect(result.stderr).toContain(`seeds/blinken-astana-2023-02-28/story.yaml:${line}:11 countries[0].id: unknown country "KZA" (did you mean "KAZ"?)`);
    expect(result.stderr).toContain('events[1].date: impossible date "2022-13"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'dist/data/index.json'), 'utf8')).toBe(before);
    expect(readlinkSync(join(dir, 'dist/data'))).toBe(published);
  });

  it('reports a read-only output folder as a located problem, not an internal error', () => {
    expect(compile().status).toBe(0);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    chmodSync(dir, 0o755);
    // As root, only another user meets the permissions.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [COMPILE, '--seeds', 'seeds', '--out', 'locked/data'], { cwd: dir, encoding: 'utf8', ...asUser });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('locked/data cannot write the output: permission denied');
    expect(result.stderr).not.toContain('Internal error');
  });

  it('refuses an empty article', () => {
    writeFileSync(join(dir, 'seeds/blinken-astana-2023-02-28/article.txt'), '\uFEFF\r\n\r\n');
    const result = compile();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('seeds/blinken-astana-2023-02-28/article.txt the article is empty');
  });

  it('finds the places of a story folder that has only an article', () => {
    cpSync(join(ROOT, 'seeds/blinken-astana-2023-02-28/article.txt'), join(dir, 'seeds/bare-story/article.txt'));
    expect(compile().status).toBe(0);
    const story = JSON.parse(readFileSync(join(dir, 'dist/data/bare-story/story.json'), 'utf8'));
    expect(story.annotated).toBe(false);
    expect(story.countries.map((country: { id: string }) => country.id)).toEqual(expect.arrayContaining(['KAZ', 'RUS', 'USA', 'CHN', 'UZB']));
    const places = JSON.parse(readFileSync(join(dir, 'dist/data/bare-story/places.geojson'), 'utf8'));
    expect(places.features.map((feature: { id: string }) => feature.id)).toEqual(expect.arrayContaining(['astana', 'washington', 'moscow']));
  });
});

describe('writeDataDir', () => {
  const out = () => join(dir, 'dist/data');
  const listing = () => readdirSync(join(dir, 'dist')).map((name) => name.replace(/^data\.v-\d+-\w+$/, 'data.v-…')).sort();

  it('publishes dist/data by renaming a link into place, one atomic step, to a folder that holds the whole data', () => {
    writeDataDir(out(), new Map([['a.json', '1']]));
    writeDataDir(out(), new Map([['b.json', '2'], ['s/c.json', '3']]));
    expect(lstatSync(out()).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out())).toMatch(/^data\.v-\d+-\w+$/);
    expect(readdirSync(out()).sort()).toEqual(['b.json', 's']);
    expect(listing()).toEqual(['data', 'data.v-…', 'data.versions.json']);
  });

  it('publishes a new folder for each write, even two in the same millisecond', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      writeDataDir(out(), new Map([['a.json', '1']]));
      writeDataDir(out(), new Map([['b.json', '2']]));
    } finally {
      now.mockRestore();
    }
    expect(readdirSync(out())).toEqual(['b.json']);
  });

  it('replaces a data folder that vite build wrote', () => {
    mkdirSync(out(), { recursive: true });
    writeFileSync(join(out(), 'a.json'), '1');
    writeDataDir(out(), new Map([['b.json', '2']]));
    expect(readdirSync(out())).toEqual(['b.json']);
    expect(listing()).toEqual(['data', 'data.v-…', 'data.versions.json']);
  });

  it('never deletes or moves folders it did not make, even named like its own', () => {
    writeDataDir(out(), new Map([['a.json', '1']]));
    for (const name of ['data.tmp-99999', 'data.old-12345', 'data.v-1-x']) mkdirSync(join(dir, 'dist', name, 'mine'), { recursive: true });
    rmSync(out());
    writeDataDir(out(), new Map([['b.json', '2']]));
    expect(readdirSync(out())).toEqual(['b.json']);
    for (const name of ['data.tmp-99999', 'data.old-12345', 'data.v-1-x']) expect(readdirSync(join(dir, 'dist', name))).toEqual(['mine']);
  });

  it('cleans up the folders and links that a killed build of its own left behind', () => {
    writeDataDir(out(), new Map([['a.json', '1']]));
    mkdirSync(join(dir, 'dist/data.v-99999-killed/story'), { recursive: true });
    symlinkSync('data.v-99999-killed', join(dir, 'dist/data.link-99999'));
    const made = join(dir, 'dist/data.versions.json');
    writeFileSync(made, JSON.stringify([...JSON.parse(readFileSync(made, 'utf8')), 'data.link-99999', 'data.v-99999-killed']));
    writeDataDir(out(), new Map([['b.json', '2']]));
    expect(readdirSync(out())).toEqual(['b.json']);
    expect(listing()).toEqual(['data', 'data.v-…', 'data.versions.json']);
  });

  it('leaves the previous data when writing fails, and nothing of the failed build', () => {
    writeDataDir(out(), new Map([['a.json', '1']]));
    expect(() => writeDataDir(out(), new Map([['a.json/../../../../../../dev/null/x', 'boom']]))).toThrow();
    expect(readFileSync(join(out(), 'a.json'), 'utf8')).toBe('1');
    expect(listing()).toEqual(['data', 'data.v-…', 'data.versions.json']);
  });

  it('stops while another live build holds the lock, and takes over the lock of a dead one', () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(`${out()}.lock`, String(process.ppid));
    expect(() => writeDataDir(out(), new Map([['a.json', '1']]))).toThrow(`another compile (process ${process.ppid}) is writing ${out()}`);
    expect(existsSync(out())).toBe(false);
    writeFileSync(`${out()}.lock`, '2147483646');
    writeDataDir(out(), new Map([['a.json', '1']]));
    expect(readdirSync(out())).toEqual(['a.json']);
    expect(existsSync(`${out()}.lock`)).toBe(false);
  });
});

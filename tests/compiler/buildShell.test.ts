import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDataDir } from '../../src/build/writeDataDir';

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
  it('writes the index, the manifest, the five layers of each story and the basemap topology the app loads', () => {
    const result = compile();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Compiled 1 story into dist\/data \(8 files\)/);
    expect(readdirSync(join(dir, 'dist/data/blinken-astana-2023-02-28')).sort()).toEqual([
      'basemap.topo.json', 'borders.geojson', 'countries.geojson', 'labels.geojson', 'places.geojson', 'relations.geojson', 'story.json',
    ]);
  });

  it('stops on a broken annotation, lists located errors without a stack trace, and leaves the previous data as it was', () => {
    expect(compile().status).toBe(0);
    const before = readFileSync(join(dir, 'dist/data/index.json'), 'utf8');
    const yaml = join(dir, 'seeds/blinken-astana-2023-02-28/story.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('{ id: KAZ, role: host }', '{ id: KZA, role: host }').replace('date: "2022-09"', 'date: "2022-13"'));
    const result = compile();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('seeds/blinken-astana-2023-02-28/story.yaml:18:11 countries[0].id: unknown country "KZA" (did you mean "KAZ"?)');
    expect(result.stderr).toContain('events[1].date: impossible date "2022-13"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'dist/data/index.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['data']);
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
  it('replaces the data folder whole and cleans up what a killed build left behind', () => {
    const out = join(dir, 'dist/data');
    writeDataDir(out, new Map([['a.json', '1']]));
    execFileSync('mkdir', ['-p', `${out}.tmp-99999/x`]);
    writeDataDir(out, new Map([['b.json', '2']]));
    expect(readdirSync(out)).toEqual(['b.json']);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['data']);
  });

  it('leaves no trace of a build killed between its two renames', () => {
    const out = join(dir, 'dist/data');
    writeDataDir(out, new Map([['a.json', '1']]));
    execFileSync('mv', [out, `${out}.old-12345`]);
    writeDataDir(out, new Map([['b.json', '2']]));
    expect(readdirSync(out)).toEqual(['b.json']);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['data']);
  });

  it('leaves the previous data when writing fails', () => {
    const out = join(dir, 'dist/data');
    writeDataDir(out, new Map([['a.json', '1']]));
    expect(() => writeDataDir(out, new Map([['a.json/../../../../../../dev/null/x', 'boom']]))).toThrow();
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('1');
    expect(existsSync(join(dir, 'dist'))).toBe(true);
  });
});

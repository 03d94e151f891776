import { describe, expect, it } from 'vitest';
import { countBytes } from '../../bench/bytes';
import { byteBudgets, byteRows, TARGETS, timingRows } from '../../bench/figures';
import { asReported, formatTable } from '../../bench/table';
import { kindOf } from '../../bench/kinds';
import type { ResourceRecord } from '../../bench/measurePage';
import type { PagePair, PageSummary } from '../../bench/pageRuns';

const resource = (path: string, gzip: number): ResourceRecord => {
  const url = `http://127.0.0.1:4173/${path}`;
  return { url, kind: kindOf(url), transferred: gzip, raw: gzip * 3, gzip };
};

const page = (resources: ResourceRecord[]): PageSummary => ({
  runs: 1, mapIdleMs: 1, mapPixelsMs: 1, wakeToIdleMs: null, firstContentfulPaintMs: 1, articleMs: 1, countriesMs: 1, articleBeforeIdle: 1, countriesBeforeIdle: 1,
  totalBlockingTimeMs: 0, heapUsedBytes: 0, bytes: countBytes(resources), samples: [],
});

const floor = page([resource('assets/index.js', 400_000), resource('data/story/countries.geojson', 60_000)]);
const pair = (extra: number): PagePair => ({
  floor,
  app: page([resource('assets/boot.js', 400_000), resource('data/story/basemap.topo.json', 60_000), resource('assets/app.js', extra)]),
});

describe('the bench sorts what a page loads', () => {
  it.each([
    ['data/story/basemap.topo.json', 'data'],
    ['data/story/relations.geojson', 'data'],
    ['data/index.json', 'data'],
    ['assets/maplibre-gl-worker-abc.mjs', 'js'],
    ['assets/boot-abc.css', 'css'],
    ['assets/noto-sans-latin-400-normal.woff2', 'fonts'],
    ['index.html', 'other'],
  ])('counts %s as %s', (path, kind) => {
    expect(kindOf(`http://127.0.0.1:4173/${path}`)).toBe(kind);
  });

  it('counts a file fetched twice once, and lists the second fetch apart', () => {
    const bytes = countBytes([resource('assets/font.woff2', 13_000), resource('assets/font.woff2', 13_000)]);
    expect(bytes.byKind.fonts).toMatchObject({ gzip: 13_000, requests: 1 });
    expect(bytes.duplicates).toEqual([{ url: '/assets/font.woff2', gzip: 13_000 }]);
  });

  it('counts only the files under data/ as the story data', () => {
    const bytes = countBytes([resource('data/story/story.json', 5), resource('assets/b.js', 7), resource('config.json', 11)]);
    expect(bytes.storyData.gzip).toBe(5);
    expect(bytes.byKind.data.gzip).toBe(16);
  });
});

describe('the script before a click works', () => {
  const scriptRow = (resources: ResourceRecord[]) => byteRows({ floor, app: page(resources) }, byteBudgets({ floor, app: page(resources) })).find((r) => r.figure.startsWith('Script before'))!;

  it('passes with the app’s own script under 120 KB and no maplibre-gl', () => {
    expect(scriptRow([resource('assets/boot-abc.js', 110 * 1024)]).verdict).toBe('pass');
  });

  it('fails once the WebGL map’s chunk or maplibre-gl’s worker came with the first view', () => {
    expect(countBytes([resource('assets/MapView-abc.js', 1000)]).webgl).toBe(true);
    expect(countBytes([resource('assets/maplibre-gl-worker-abc.mjs', 1000)]).webgl).toBe(true);
    expect(scriptRow([resource('assets/boot-abc.js', 10 * 1024), resource('assets/MapView-abc.js', 1000)]).verdict).toBe('miss');
  });
});

describe('the byte budget CI fails on', () => {
  it('holds at exactly the floor plus 150 KB', () => {
    expect(byteBudgets(pair(TARGETS.firstViewOverFloorGzip)).firstViewOk).toBe(true);
  });

  it('is missed one byte beyond it', () => {
    const budgets = byteBudgets(pair(TARGETS.firstViewOverFloorGzip + 1));
    expect(budgets.firstViewOk).toBe(false);
    expect(budgets.firstViewGzip - budgets.firstViewLimit).toBe(1);
  });

  it('is missed when the story data passes 120 KB gzip', () => {
    const heavy: PagePair = { floor, app: page([resource('data/story/relations.geojson', TARGETS.storyDataGzip + 1)]) };
    expect(byteBudgets(heavy).storyDataOk).toBe(false);
  });
});

describe('what a quick run prints', () => {
  const slow: PagePair = { floor, app: { ...page([]), mapIdleMs: 10, mapPixelsMs: 10, articleBeforeIdle: 0 } };

  it('labels a missed timing target as a reported figure, never MISS', () => {
    const table = formatTable(asReported(timingRows(slow)));
    expect(table).toContain('REPORTED');
    expect(table).not.toMatch(/MISS|PASS/);
  });

  it('leaves figures with no target unlabelled', () => {
    const rows = asReported(timingRows(slow));
    expect(rows.find((row) => row.figure === 'First map pixels (SVG map): app')?.verdict).toBe('');
  });

  it('still judges the byte budgets', () => {
    const heavy = pair(TARGETS.firstViewOverFloorGzip + 1);
    expect(formatTable(byteRows(heavy, byteBudgets(heavy)))).toContain('MISS');
  });
});

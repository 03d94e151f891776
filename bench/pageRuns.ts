import type { Browser } from 'playwright-core';
import { countBytes, type FirstViewBytes } from './bytes';
import { measurePage, type PageRun } from './measurePage';
import { median } from './stats';

export interface PageSummary {
  runs: number;
  mapIdleMs: number;
  mapPixelsMs: number;
  wakeToIdleMs: number | null;
  firstContentfulPaintMs: number | null;
  articleMs: number | null;
  countriesMs: number | null;
  /** In how many runs the article (and the way to the country list) showed before the map's first idle. */
  articleBeforeIdle: number;
  countriesBeforeIdle: number;
  totalBlockingTimeMs: number;
  heapUsedBytes: number;
  /** The bytes of the run whose gzip total is the median. */
  bytes: FirstViewBytes;
  samples: Omit<PageRun, 'resources'>[];
}

export interface PagePair {
  app: PageSummary;
  floor: PageSummary;
}

/** Loads the app and the floor page in turn, `runs` times each, so both see the same machine load. */
export async function measurePair(browser: Browser, appUrl: string, floorUrl: string, runs: number, log: (line: string) => void): Promise<PagePair> {
  const app: PageRun[] = [];
  const floor: PageRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await measurePage(browser, appUrl));
    floor.push(await measurePage(browser, floorUrl));
    log(`  run ${i + 1}/${runs}: app idle ${Math.round(app[i]!.mapIdleMs)} ms, floor idle ${Math.round(floor[i]!.mapIdleMs)} ms`);
  }
  return { app: summarise(app), floor: summarise(floor) };
}

function summarise(runs: readonly PageRun[]): PageSummary {
  const optional = (pick: (run: PageRun) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length === runs.length ? median(values) : null;
  };
  const counted = runs.map((run) => countBytes(run.resources));
  const byTotal = [...counted].sort((a, b) => a.byKind.total.gzip - b.byKind.total.gzip);
  return {
    runs: runs.length,
    mapIdleMs: median(runs.map((r) => r.mapIdleMs)),
    mapPixelsMs: median(runs.map((r) => r.mapPixelsMs)),
    wakeToIdleMs: optional((r) => r.wakeToIdleMs),
    firstContentfulPaintMs: optional((r) => r.firstContentfulPaintMs),
    articleMs: optional((r) => r.articleMs),
    countriesMs: optional((r) => r.countriesMs),
    articleBeforeIdle: runs.filter((r) => r.articleMs !== null && r.articleMs < r.mapIdleMs).length,
    countriesBeforeIdle: runs.filter((r) => r.countriesMs !== null && r.countriesMs < r.mapIdleMs).length,
    totalBlockingTimeMs: median(runs.map((r) => r.totalBlockingTimeMs)),
    heapUsedBytes: median(runs.map((r) => r.heapUsedBytes)),
    bytes: byTotal[Math.floor((byTotal.length - 1) / 2)]!,
    samples: runs.map(withoutResources),
  };
}

function withoutResources(run: PageRun): Omit<PageRun, 'resources'> {
  const copy: Partial<PageRun> = { ...run };
  delete copy.resources;
  return copy as Omit<PageRun, 'resources'>;
}

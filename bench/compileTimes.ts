import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from './corpus';
import { median } from './stats';

export interface CompileTimes {
  seedWallMs: number;
  corpusWallMs: number;
  /** What the command itself reports (its compile and write, without Node starting up and loading it). */
  seedReportedMs: number | null;
  corpusReportedMs: number | null;
  /** The 25 stories compiled in this process after one warm-up compile of the seed (basemap loaded): the first time, new regions included. */
  corpusInProcessFirstMs: number;
  /** The same again (median of the repeats): regions already simplified by the compiler's per-process cache. */
  corpusInProcessMs: number;
  /** The seed's first compile in this process, the basemap's preparation included. */
  seedInProcessColdMs: number;
  corpusStories: number;
  corpusAnnotated: number;
}

/** What `npm run compile` runs, without npm's own start-up. */
const COMPILE_SCRIPT = resolve('scripts/compile.mjs');

/** Times the compile command on the seed and on a 25-story corpus, as separate processes and in this one. */
export async function measureCompile(runs: number, seedsDir = resolve('seeds')): Promise<CompileTimes> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  try {
    const seedStory = join(seedsDir, 'blinken-astana-2023-02-28');
    const corpus = writeCorpus(seedStory, join(work, 'corpus'));
    const seed = repeat(runs, () => runCli(seedsDir, join(work, 'out-seed')));
    const many = repeat(runs, () => runCli(corpus.dir, join(work, 'out-corpus')));

    const { compileSeeds } = await import('../src/shell/compileSeeds');
    let started = performance.now();
    compileSeeds(seedsDir);
    const seedInProcessColdMs = performance.now() - started;
    const inProcess: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      compileSeeds(corpus.dir);
      inProcess.push(performance.now() - started);
    }
    return {
      seedWallMs: median(seed.map((r) => r.wallMs)),
      corpusWallMs: median(many.map((r) => r.wallMs)),
      seedReportedMs: medianOrNull(seed.map((r) => r.reportedMs)),
      corpusReportedMs: medianOrNull(many.map((r) => r.reportedMs)),
      corpusInProcessFirstMs: inProcess[0]!,
      corpusInProcessMs: median(inProcess.length > 1 ? inProcess.slice(1) : inProcess),
      seedInProcessColdMs,
      corpusStories: corpus.stories,
      corpusAnnotated: corpus.annotated,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface CliRun {
  wallMs: number;
  reportedMs: number | null;
}

function runCli(seeds: string, out: string): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [COMPILE_SCRIPT, '--seeds', seeds, '--out', out], { encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`compile of ${seeds} failed:\n${result.stderr || result.stdout}`);
  const reported = /in (\d+) ms/.exec(result.stdout);
  return { wallMs, reportedMs: reported ? Number(reported[1]) : null };
}

function repeat<T>(times: number, run: () => T): T[] {
  return Array.from({ length: times }, run);
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}

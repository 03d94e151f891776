import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser';
import { measureCompile } from './compileTimes';
import { byteBudgets, byteRows, compileRows, lighthouseRows, timingRows, TARGETS } from './figures';
import { buildFloor } from './floor/buildFloor';
import { lighthouseAvailable, lighthouseScores, type LighthouseScores, type Preset } from './lighthouse';
import { measurePair } from './pageRuns';
import { serveDir } from './serve';
import { asReported, formatTable, kb, type Row } from './table';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 5));
const lighthouseRuns = Number(values['lighthouse-runs'] ?? runs);
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  if (!values['no-build']) {
    log('Building the app (npm run build)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-30).join('\n')}`);
  }
  // A private copy: a build started meanwhile by anyone else (npm test rebuilds dist/) cannot change what is measured.
  const dist = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
  cpSync(resolve('dist'), dist, { recursive: true });
  try {
    return await measureAll(dist);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

async function measureAll(dist: string): Promise<number> {
  const story = firstStory(dist);
  log(`Story: ${story.id}. Building the floor page (bench/floor)…`);
  const floorDist = await buildFloor(dist, story.id);

  const app = await serveDir(dist);
  const floor = await serveDir(floorDist);
  const browser = await launchChromium();
  let lighthouse: Partial<Record<Preset, LighthouseScores>> | null = null;
  // The floor's own scores, on the same machine in the same run: what this machine allows at best.
  let lighthouseFloor: Partial<Record<Preset, LighthouseScores>> | null = null;
  let pages;
  const [lon, lat] = story.camera?.center ?? [0, 0];
  const floorUrl = `${floor.url}?story=${encodeURIComponent(story.id)}&lon=${lon}&lat=${lat}&zoom=${story.camera?.zoom ?? 2}`;
  try {
    log(`Loading the app and the floor page, ${runs} ${runs === 1 ? 'time' : 'times'} each…`);
    pages = await measurePair(browser, `${app.url}?story=${encodeURIComponent(story.id)}`, floorUrl, runs, log);
    await browser.close();
    if (!quick && !values['no-lighthouse'] && lighthouseAvailable()) {
      lighthouse = {};
      lighthouseFloor = {};
      for (const preset of ['desktop', 'mobile'] as const) {
        log(`Lighthouse ${preset}, ${lighthouseRuns} runs of the app and of the floor…`);
        lighthouse[preset] = await lighthouseScores(app.url, preset, lighthouseRuns);
        lighthouseFloor[preset] = await lighthouseScores(floorUrl, preset, lighthouseRuns);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await app.close();
    await floor.close();
  }

  log(`Timing the compiler, ${runs} ${runs === 1 ? 'time' : 'times'} each…`);
  const compile = await measureCompile(runs);

  const budgets = byteBudgets(pages);
  const timings = (rows: Row[]) => (quick ? asReported(rows) : rows);
  const rows = [...timings(timingRows(pages)), ...byteRows(pages, budgets), ...timings(compileRows(compile, runs)), ...lighthouseRows(lighthouse, lighthouseRuns, lighthouseFloor)];
  const table = formatTable(rows);
  log(`\n${table}\n`);
  if (!lighthouse) log(`Lighthouse: skipped (${quick ? '--quick' : values['no-lighthouse'] ? '--no-lighthouse' : 'not installed'})`);

  writeFileSync(
    resolve('bench/results.json'),
    JSON.stringify({ mode: quick ? 'quick' : 'full', runs, story: story.id, targets: TARGETS, budgets, pages, compile, lighthouse, lighthouseFloor, rows }, null, 2) + '\n',
  );
  log('Wrote bench/results.json');

  // CI fails on bytes only: timings on shared machines are too noisy to gate a build.
  const missed = [
    ...(budgets.storyDataOk ? [] : [`story data ${kb(budgets.storyDataGzip)} gzip > ${kb(TARGETS.storyDataGzip)}`]),
    ...(budgets.firstViewOk ? [] : [`first view ${kb(budgets.firstViewGzip)} gzip > floor + 150 KB = ${kb(budgets.firstViewLimit)}`]),
  ];
  if (quick && missed.length) {
    console.error(`Byte budget missed: ${missed.join('; ')}`);
    return 1;
  }
  return 0;
}

function firstStory(dist: string): { id: string; camera?: { center: [number, number]; zoom: number } } {
  const index = JSON.parse(readFileSync(resolve(dist, 'data/index.json'), 'utf8')) as { stories: { id: string }[] };
  const id = index.stories[0]?.id;
  if (!id) throw new Error('dist/data/index.json lists no story');
  const manifest = JSON.parse(readFileSync(resolve(dist, 'data', id, 'story.json'), 'utf8')) as { camera?: { center: [number, number]; zoom: number } };
  return { id, ...(manifest.camera ? { camera: manifest.camera } : {}) };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exitCode = 2;
  },
);

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const COMPILE = join(ROOT, 'scripts/compile.mjs');
const SEED = 'blinken-astana-2023-02-28';
const LARGE = 6;
// Three rounds: a paused compile resumed, one killed mid-write, and the lock it left taken over.
const ROUNDS = 3;
const nap = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'small'), { recursive: true });
  for (let i = 0; i < LARGE; i++) cpSync(join(ROOT, 'seeds', SEED), join(dir, 'large', `story-${i}`), { recursive: true });
  mkdirSync(join(dir, 'dist'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (seeds: string) => [COMPILE, '--seeds', seeds, '--out', 'dist/data'];

/** The published folder holds an index and, for each story it lists, the ten files of a story (the manifest, seven layers, two topologies), each whole JSON. */
function expectComplete(): void {
  const out = join(dir, 'dist/data');
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { stories: { id: string }[] };
  expect([1, LARGE]).toContain(index.stories.length);
  for (const { id } of index.stories) {
    const files = readdirSync(join(out, id));
    expect(files, id).toHaveLength(10);
    for (const file of files) JSON.parse(readFileSync(join(out, id, file), 'utf8'));
  }
}

/** Busy-waits (synchronously, so as not to miss it) until the compile has written a few stories of its folder, then pauses it. */
function pauseMidWrite(pid: number): boolean {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const staging = readdirSync(join(dir, 'dist')).find((name) => name.includes(`-${pid}`));
    if (staging !== undefined && entries(join(dir, 'dist', staging)) >= 3) {
      process.kill(pid, 'SIGSTOP');
      return true;
    }
    nap(2);
  }
  return false;
}

function entries(folder: string): number {
  try {
    return readdirSync(folder).length;
  } catch {
    return 0;
  }
}

describe('two compiles into one output folder', () => {
  it('never publish an incomplete folder, even with the larger one paused mid-write or killed there', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const large = spawn(process.execPath, args('large'), { cwd: dir, stdio: 'pipe' });
      const exited = new Promise<number | null>((done) => large.on('exit', (code) => done(code)));
      expect(pauseMidWrite(large.pid!)).toBe(true);
      const small = spawnSync(process.execPath, args('small'), { cwd: dir, encoding: 'utf8' });
      // The paused compile is alive: the second one stops and says why, instead of deleting its work.
      expect(small.status).toBe(1);
      expect(small.stderr).toMatch(new RegExp(`another compile \\(process ${large.pid}\\) is writing \\S*dist/data`));
      if (existsSync(join(dir, 'dist/data'))) expectComplete();
      // Odd rounds kill the paused compile mid-write; the next round takes its lock over.
      process.kill(large.pid!, round % 2 === 0 ? 'SIGCONT' : 'SIGKILL');
      if (round % 2 === 1) process.kill(large.pid!, 'SIGCONT');
      await exited;
      expectComplete();
    }
    // After a killed build, the next one takes the lock over, publishes, and leaves only its own folder.
    expect(spawnSync(process.execPath, args('small'), { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    expectComplete();
    expect(readdirSync(join(dir, 'dist')).filter((name) => !name.startsWith('data.v-'))).toEqual(['data', 'data.versions.json']);
    expect(readdirSync(join(dir, 'dist')).filter((name) => name.startsWith('data.v-'))).toHaveLength(1);
  }, 120_000);
});

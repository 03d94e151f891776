import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAYER_FILES, type StoryIndex, type StoryLayers, type StoryManifest } from '../../src/shared/contract';

const DATA = resolve(__dirname, '../../dist/data');

/** The compiled data in dist/data, compiling the seeds first when it is not there. */
export function compiledStories(): { manifest: StoryManifest; layers: StoryLayers }[] {
  if (!existsSync(join(DATA, 'index.json'))) compileOrWait();
  if (!existsSync(join(DATA, 'index.json'))) throw new Error(`No compiled data in ${DATA}: run \`npm run compile\`.`);
  const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as StoryIndex;
  if (index.stories.length === 0) throw new Error('dist/data/index.json lists no story');
  return index.stories.map(({ id }) => {
    const dir = join(DATA, id);
    const files = readdirSync(dir);
    const read = <T>(file: string): T => {
      if (!files.includes(file)) throw new Error(`${dir} has no ${file}`);
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
    };
    return {
      manifest: read<StoryManifest>('story.json'),
      layers: Object.fromEntries(Object.entries(LAYER_FILES).map(([layer, file]) => [layer, read(file)])) as unknown as StoryLayers,
    };
  });
}

/**
 * Test files run in parallel: when another one is compiling the seeds, this compile stops (one
 * compile publishes at a time), so wait for the other one to publish instead.
 */
function compileOrWait(): void {
  try {
    execFileSync('npm', ['run', '--silent', 'compile'], { cwd: resolve(__dirname, '../..'), stdio: 'pipe' });
  } catch (error) {
    const deadline = Date.now() + 60_000;
    while (existsSync(`${DATA}.lock`) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    if (!existsSync(join(DATA, 'index.json'))) throw error;
  }
}

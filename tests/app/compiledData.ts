import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_FILES, type StoryIndex, type StoryLayers, type StoryManifest } from '../../src/shared/contract';
import { COMPILED_FOR_TESTS as DATA } from '../setup/compiledSeeds';

/** The seeds as the compiler wrote them for this test run (tests/setup/compiledSeeds.ts compiles them once). */
export function compiledStories(): { manifest: StoryManifest; layers: StoryLayers }[] {
  if (!existsSync(join(DATA, 'index.json'))) throw new Error(`No compiled data in ${DATA}: the unit project's globalSetup compiles it.`);
  const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as StoryIndex;
  if (index.stories.length === 0) throw new Error(`${DATA}/index.json lists no story`);
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

import { readFileSync } from 'node:fs';
import { compileStory, type CompiledStory } from '../../../src/compiler/story/compileStory';
import { loadWorld } from '../../../src/shell/loadWorld';

export const SEED_ID = 'blinken-astana-2023-02-28';

let compiled: CompiledStory | undefined;

/** The seed story compiled in process, once per test file. */
export function seedStory(): CompiledStory {
  const read = (name: string) => readFileSync(new URL(`../../../seeds/${SEED_ID}/${name}`, import.meta.url), 'utf8');
  compiled ??= compileStory(
    {
      id: SEED_ID,
      article: { file: `seeds/${SEED_ID}/article.txt`, text: read('article.txt') },
      annotation: { file: `seeds/${SEED_ID}/story.yaml`, text: read('story.yaml') },
    },
    loadWorld(),
  );
  return compiled;
}

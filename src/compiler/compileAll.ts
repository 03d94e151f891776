import { BASEMAP_FILE, LAYER_FILES, WORLD_FILE, type StoryIndex } from '../shared/contract';
import { basemapTopology, worldTopology } from './story/basemapTopology';
import { CompileError, isCompileError, type AuthorError } from './errors';
import { compileStory, type CompiledStory, type StorySource } from './story/compileStory';
import type { World } from './story/world';

/** Output files by path relative to the data folder, e.g. `blinken/story.json`. */
export type OutputFiles = Map<string, string>;

/** Compiles every story, collecting every story's errors before giving up, and returns all output files. */
export function compileAll(sources: readonly StorySource[], world: World, onWarning: (warning: AuthorError) => void = () => undefined): OutputFiles {
  const errors: AuthorError[] = [];
  const compiled: CompiledStory[] = [];
  for (const source of [...sources].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    try {
      compiled.push(compileStory(source, world));
    } catch (error) {
      if (!isCompileError(error)) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) throw new CompileError(errors);
  for (const story of compiled) story.warnings.forEach(onWarning);
  return outputFiles(compiled);
}

export function outputFiles(stories: readonly CompiledStory[]): OutputFiles {
  const files: OutputFiles = new Map();
  const index: StoryIndex = {
    stories: stories.map(({ manifest }) => ({
      id: manifest.id,
      title: manifest.title,
      published: manifest.published,
      language: manifest.language,
    })),
  };
  files.set('index.json', json(index));
  for (const { manifest, layers } of stories) {
    files.set(`${manifest.id}/story.json`, json(manifest));
    for (const [layer, file] of Object.entries(LAYER_FILES)) {
      files.set(`${manifest.id}/${file}`, json(layers[layer as keyof typeof LAYER_FILES]));
    }
    files.set(`${manifest.id}/${BASEMAP_FILE}`, json(basemapTopology(layers)));
    files.set(`${manifest.id}/${WORLD_FILE}`, json(worldTopology(layers)));
  }
  return files;
}

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

import type { StoryIndex, StoryManifest } from '../../shared/contract';
import { storyToShow } from '../state/urlState';
import { LAYER_SOURCES, loadIndex, loadManifest, loadSource, type LayerResults, type ReadJson } from './loadStory';

/** A story's first view, every file of it read and checked before the app renders: what a pre-rendered page draws. */
export interface Preloaded {
  index: StoryIndex;
  storyId: string;
  manifest: StoryManifest;
  layers: Partial<LayerResults>;
}

/**
 * Reads the index and the files of the story asked for (else the first) that its pre-rendered page draws: all of
 * them, the world's land included, which a page the client renders alone loads after its first view. Null when
 * any of them fails: the app then loads them itself and says which file failed, as on any other page.
 */
export async function preloadStory(requested: string | undefined, read?: ReadJson): Promise<Preloaded | null> {
  const index = await loadIndex(undefined, read);
  const storyId = index.ok ? storyToShow(requested, index.data.stories.map((story) => story.id)) : undefined;
  if (!index.ok || !storyId) return null;
  const [manifest, ...sources] = await Promise.all([
    loadManifest(storyId, undefined, read),
    ...LAYER_SOURCES.map((source) => loadSource(storyId, source, undefined, read)),
  ]);
  const layers: Partial<LayerResults> = Object.assign({}, ...sources);
  if (!manifest.ok || Object.values(layers).some((layer) => !layer.ok)) return null;
  return { index: index.data, storyId, manifest: manifest.data, layers };
}

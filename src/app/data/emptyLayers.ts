import { LAYERS, type StoryLayers } from '../../shared/contract';
import type { LayerResults } from './loadStory';

/** The layers that loaded, with an empty collection standing in for each one that did not. */
export function layersOrEmpty(results: Partial<LayerResults>): StoryLayers {
  const empty = { type: 'FeatureCollection', features: [] };
  return Object.fromEntries(LAYERS.map((layer) => {
    const result = results[layer];
    return [layer, result?.ok ? result.data : empty];
  })) as unknown as StoryLayers;
}

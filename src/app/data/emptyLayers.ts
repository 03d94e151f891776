import type { StoryLayers } from '../../shared/contract';
import type { LayerResults } from './loadStory';

/** The layers that loaded, with an empty collection standing in for each one that did not. */
export function layersOrEmpty(results: Partial<LayerResults>): StoryLayers {
  const pick = <K extends keyof StoryLayers>(key: K): StoryLayers[K] => {
    const result = results[key];
    return result?.ok ? result.data : ({ type: 'FeatureCollection', features: [] } as unknown as StoryLayers[K]);
  };
  return {
    countries: pick('countries'),
    borders: pick('borders'),
    places: pick('places'),
    labels: pick('labels'),
    relations: pick('relations'),
    land: pick('land'),
    boundaries: pick('boundaries'),
  };
}

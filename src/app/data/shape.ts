import type { StoryIndex, StoryLayers, StoryManifest } from '../../contract';

/**
 * Light shape checks for what the app reads: enough to tell a cut or wrong file from a good one,
 * not a second copy of the compiler's validation.
 */
export type Check<T> = (value: unknown) => value is T;

const REQUIRED: Record<keyof StoryLayers, readonly string[]> = {
  countries: ['id', 'name', 'role', 'mentionCount', 'emphasis', 'mentions'],
  borders: ['id', 'name', 'countries', 'lengthKm', 'resolution', 'emphasis'],
  places: ['id', 'name', 'kind', 'country', 'rank', 'context', 'mentions'],
  labels: ['id', 'name', 'role', 'emphasis'],
  relations: ['id', 'relation', 'kind', 'from', 'to', 'label', 'directed', 'context'],
  land: ['id'],
  boundaries: ['id', 'kind'],
};

export const isStoryIndex: Check<StoryIndex> = (value): value is StoryIndex =>
  isObject(value) && Array.isArray(value.stories) && value.stories.every((s) => isObject(s) && typeof s.id === 'string');

export const isStoryManifest: Check<StoryManifest> = (value): value is StoryManifest =>
  isObject(value) &&
  typeof value.id === 'string' &&
  isObject(value.title) &&
  (value.language === 'fr' || value.language === 'en') &&
  typeof value.published === 'string' &&
  isObject(value.source) &&
  ['credits', 'paragraphs', 'countries', 'people', 'events', 'claims', 'steps', 'legend', 'mentions'].every((key) =>
    Array.isArray(value[key]),
  ) &&
  Array.isArray(value.bounds) &&
  value.bounds.length === 4;

export function layerCheck<K extends keyof StoryLayers>(layer: K): Check<StoryLayers[K]> {
  const required = REQUIRED[layer];
  return (value): value is StoryLayers[K] =>
    isObject(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.features) &&
    value.features.every(
      (feature) =>
        isObject(feature) &&
        isObject(feature.geometry) &&
        isObject(feature.properties) &&
        required.every((key) => key in (feature.properties as object)),
    );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { LAYER_FILES, type StoryIndex, type StoryLayers, type StoryManifest } from '../../contract';
import { isStoryIndex, isStoryManifest, layerCheck, type Check } from './shape';

export type LoadFailure = 'missing' | 'unreadable' | 'shape';

export type Loaded<T> = { ok: true; data: T } | { ok: false; file: string; failure: LoadFailure; detail: string };

export type LayerResults = { [K in keyof StoryLayers]: Loaded<StoryLayers[K]> };

/** Data files sit next to the document, so the app works under any base path. */
export function dataUrl(path: string, base: string = document.baseURI): string {
  return new URL(`data/${path}`, base).href;
}

export async function fetchChecked<T>(path: string, check: Check<T>, signal?: AbortSignal): Promise<Loaded<T>> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, file: path, failure: 'missing', detail: String(error) };
  }
  if (!response.ok) return { ok: false, file: path, failure: 'missing', detail: `HTTP ${response.status}` };
  let value: unknown;
  try {
    value = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, file: path, failure: 'unreadable', detail: String(error) };
  }
  if (!check(value)) return { ok: false, file: path, failure: 'shape', detail: 'unexpected shape' };
  return { ok: true, data: value };
}

export function loadIndex(signal?: AbortSignal): Promise<Loaded<StoryIndex>> {
  return fetchChecked('index.json', isStoryIndex, signal);
}

export function loadManifest(storyId: string, signal?: AbortSignal): Promise<Loaded<StoryManifest>> {
  return fetchChecked(`${encodeURIComponent(storyId)}/story.json`, isStoryManifest, signal);
}

export function loadLayer<K extends keyof StoryLayers>(
  storyId: string,
  layer: K,
  signal?: AbortSignal,
): Promise<Loaded<StoryLayers[K]>> {
  return fetchChecked(`${encodeURIComponent(storyId)}/${LAYER_FILES[layer]}`, layerCheck(layer), signal);
}

export async function loadLayers(storyId: string, signal?: AbortSignal): Promise<LayerResults> {
  const [countries, borders, places, labels, relations] = await Promise.all([
    loadLayer(storyId, 'countries', signal),
    loadLayer(storyId, 'borders', signal),
    loadLayer(storyId, 'places', signal),
    loadLayer(storyId, 'labels', signal),
    loadLayer(storyId, 'relations', signal),
  ]);
  return { countries, borders, places, labels, relations };
}

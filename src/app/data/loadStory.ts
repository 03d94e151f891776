import { BASEMAP_FILE, BASEMAP_LAYERS, LAYER_FILES, WORLD_FILE, WORLD_LAYERS, type StoryIndex, type StoryLayers, type StoryManifest } from '../../shared/contract';
import { decodeBasemap, decodeWorld } from './basemap';
import { explainIndex, explainLayer, explainManifest, type Explain } from './shape';

export type LoadFailure = 'missing' | 'unreadable' | 'shape';

export type Loaded<T> = { ok: true; data: T } | { ok: false; file: string; failure: LoadFailure; detail: string };

export type LayerResults = { [K in keyof StoryLayers]: Loaded<StoryLayers[K]> };

/** Data files sit next to the document, so the app works under any base path. */
export function dataUrl(path: string, base: string = document.baseURI): string {
  return new URL(`data/${path}`, base).href;
}

/** Reads a data file by its path under `data/`: fetched in a browser, read from the build's output when pre-rendering. */
export type ReadJson = (path: string, signal?: AbortSignal) => Promise<Loaded<unknown>>;

const fetchJson: ReadJson = async (path, signal) => {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, file: path, failure: 'missing', detail: String(error) };
  }
  if (!response.ok) return { ok: false, file: path, failure: 'missing', detail: `HTTP ${response.status}` };
  try {
    return { ok: true, data: await response.json() };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, file: path, failure: 'unreadable', detail: String(error) };
  }
};

export async function fetchChecked<T>(path: string, explain: Explain, signal?: AbortSignal, read: ReadJson = fetchJson): Promise<Loaded<T>> {
  const loaded = await read(path, signal);
  if (!loaded.ok) return loaded;
  return checked<T>(path, loaded.data, explain);
}

/** Checks a file deeply against the contract: anything that does not fit is a file error, never a crash later. */
function checked<T>(file: string, value: unknown, explain: Explain): Loaded<T> {
  const problem = explain(value);
  if (problem === null) return { ok: true, data: value as T };
  console.warn(`${file} does not fit the data contract: ${problem}`);
  return { ok: false, file, failure: 'shape', detail: problem };
}

export function loadIndex(signal?: AbortSignal, read?: ReadJson): Promise<Loaded<StoryIndex>> {
  return fetchChecked('index.json', explainIndex, signal, read);
}

export function loadManifest(storyId: string, signal?: AbortSignal, read?: ReadJson): Promise<Loaded<StoryManifest>> {
  return fetchChecked(`${encodeURIComponent(storyId)}/story.json`, explainManifest, signal, read);
}

/** A file the app loads for a story, and the layers it holds. */
export interface LayerSource {
  file: string;
  layers: readonly (keyof StoryLayers)[];
  /** Splits the file into its layers (undefined when it is not the right kind of file). */
  decode: (value: unknown) => Partial<Record<keyof StoryLayers, unknown>> | undefined;
  /** Loaded once the map's first view is drawn, which does not need it. */
  deferred?: true;
}

const single = (layer: keyof StoryLayers): LayerSource => ({ file: LAYER_FILES[layer], layers: [layer], decode: (value) => ({ [layer]: value }) });

export const LAYER_SOURCES: readonly LayerSource[] = [
  { file: BASEMAP_FILE, layers: BASEMAP_LAYERS, decode: decodeBasemap },
  single('places'),
  single('labels'),
  single('relations'),
  { file: WORLD_FILE, layers: WORLD_LAYERS, decode: decodeWorld, deferred: true },
];

/** The layers the map's first view waits for: all but the deferred world's. */
export const FIRST_VIEW_LAYERS: readonly (keyof StoryLayers)[] = LAYER_SOURCES.filter((source) => !source.deferred).flatMap((source) => source.layers);

export function sourceOf(layer: keyof StoryLayers): LayerSource {
  return LAYER_SOURCES.find((source) => source.layers.includes(layer))!;
}

/** Loads one file and gives a result for each layer in it: all fail together when the file does. */
export async function loadSource(storyId: string, source: LayerSource, signal?: AbortSignal, read: ReadJson = fetchJson): Promise<Partial<LayerResults>> {
  const path = `${encodeURIComponent(storyId)}/${source.file}`;
  const loaded = await read(path, signal);
  const parts = loaded.ok ? source.decode(loaded.data) : undefined;
  return Object.fromEntries(
    source.layers.map((layer) => [layer, loaded.ok ? checked(path, parts?.[layer], explainLayer(layer)) : loaded]),
  );
}

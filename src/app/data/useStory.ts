import { startTransition, useCallback, useEffect, useState } from 'react';
import type { StoryIndex, StoryLayers, StoryManifest } from '../../shared/contract';
import { storyToShow } from '../state/urlState';
import { LAYER_SOURCES, loadIndex, loadManifest, loadSource, sourceOf, type LayerResults, type Loaded } from './loadStory';
import { whenWorldWanted } from './mapSettled';
import type { Preloaded } from './preload';

export interface StoryLoad {
  index: Loaded<StoryIndex> | null;
  storyId: string | undefined;
  manifest: Loaded<StoryManifest> | null;
  layers: Partial<LayerResults>;
  retryIndex: () => void;
  retryManifest: () => void;
  retryLayer: (layer: keyof StoryLayers) => void;
  /** Loads every layer file again. */
  retryLayers: () => void;
}

/**
 * Loads the index, then one story's files; each file can fail and be retried on its own. What was `preloaded`
 * (a pre-rendered page's first view) is there from the first render, and only the rest is fetched.
 */
export function useStory(requested: string | undefined, preloaded?: Preloaded | null): StoryLoad {
  const [index, setIndex] = useState<Loaded<StoryIndex> | null>(() => (preloaded ? { ok: true, data: preloaded.index } : null));
  const [indexTry, setIndexTry] = useState(0);
  const [manifest, setManifest] = useState<Loaded<StoryManifest> | null>(() => (preloaded ? { ok: true, data: preloaded.manifest } : null));
  const [manifestTry, setManifestTry] = useState(0);
  const [layers, setLayers] = useState<Partial<LayerResults>>(() => preloaded?.layers ?? {});
  // What arrived preloaded is not fetched again, unless the reader asks to retry.
  const [first] = useState(() => (preloaded ? { storyId: preloaded.storyId, layers: preloaded.layers } : undefined));
  useEffect(() => {
    if (first && indexTry === 0) return;
    const controller = new AbortController();
    loadIndex(controller.signal).then(setIndex, () => undefined);
    return () => controller.abort();
  }, [indexTry, first]);

  const storyId = storyToShow(requested, index?.ok ? index.data.stories.map((story) => story.id) : []);

  useEffect(() => {
    if (!storyId || (storyId === first?.storyId && manifestTry === 0)) return;
    const controller = new AbortController();
    loadManifest(storyId, controller.signal).then(setManifest, () => undefined);
    return () => controller.abort();
  }, [storyId, manifestTry, first]);

  useEffect(() => {
    if (!storyId) return;
    const controller = new AbortController();
    const load = (source: (typeof LAYER_SOURCES)[number]) =>
      loadSource(storyId, source, controller.signal).then(
        // A layer arriving redraws the map and what lists it: in slices (a transition), not one long task.
        (results) => startTransition(() => setLayers((previous) => ({ ...previous, ...results }))),
        () => undefined,
      );
    for (const source of LAYER_SOURCES) {
      if (storyId === first?.storyId && first.layers[source.layers[0]!]) continue;
      if (source.deferred) {
        void whenWorldWanted().then(() => {
          if (!controller.signal.aborted) void load(source);
        });
      } else void load(source);
    }
    return () => controller.abort();
  }, [storyId, first]);

  const retryLayer = useCallback(
    (layer: keyof StoryLayers) => {
      if (!storyId) return;
      loadSource(storyId, sourceOf(layer)).then((results) => setLayers((previous) => ({ ...previous, ...results })));
    },
    [storyId],
  );

  return {
    index,
    storyId,
    manifest,
    layers,
    retryIndex: useCallback(() => setIndexTry((n) => n + 1), []),
    retryManifest: useCallback(() => setManifestTry((n) => n + 1), []),
    retryLayer,
    retryLayers: useCallback(() => LAYER_SOURCES.forEach((source) => retryLayer(source.layers[0]!)), [retryLayer]),
  };
}

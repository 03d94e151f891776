import { useEffect, useMemo, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Lang, PlaceFeature } from '../../shared/contract';
import { edgeLabels, labelsToFlip } from './edgeLabels';
import { followCamera } from './followCamera';

/**
 * Keeps place names on the map: after each camera move, the names that would run off the right edge are
 * drawn on the left of their dot (the style's `flippedLabels` global state).
 */
export function useEdgeLabels(mapRef: RefObject<MapRef | null>, loaded: boolean, style: unknown, places: readonly PlaceFeature[], lang: Lang): void {
  const labels = useMemo(() => edgeLabels(places, lang), [places, lang]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    return followCamera(map, 'flippedLabels', () => {
      const canvas = map.getCanvas();
      return labelsToFlip(labels, (at) => map.project(at), { width: canvas.clientWidth, height: canvas.clientHeight });
    });
  }, [mapRef, loaded, style, labels]);
}

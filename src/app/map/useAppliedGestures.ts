import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { applyGesture } from './applyGesture';
import type { Gesture } from './gesture';

/** Applies the SVG map's gestures to the WebGL map, each once and in order, after the load's own jump. */
export function useAppliedGestures(mapRef: RefObject<MapRef | null>, loaded: boolean, gestures: readonly Gesture[]): void {
  const applied = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const gesture of gestures.slice(applied.current)) applyGesture(map, gesture);
    applied.current = gestures.length;
  }, [mapRef, loaded, gestures]);
}

import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

/** How long a lost WebGL context may take to come back before the static map takes over. */
export const CONTEXT_GRACE_MS = 3000;

/**
 * A GPU reset or a browser under memory pressure can take the map's WebGL context away.
 * MapLibre redraws when the context is restored; if it is not, the reader gets the static map.
 */
export function useContextLoss(mapRef: RefObject<MapRef | null>, loaded: boolean, onUnavailable?: (error: unknown) => void): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !onUnavailable) return;
    let timer: number | undefined;
    const lost = () => {
      timer = window.setTimeout(() => onUnavailable(new Error('The WebGL context was lost and did not come back.')), CONTEXT_GRACE_MS);
    };
    const restored = () => window.clearTimeout(timer);
    map.on('webglcontextlost', lost);
    map.on('webglcontextrestored', restored);
    return () => {
      window.clearTimeout(timer);
      map.off('webglcontextlost', lost);
      map.off('webglcontextrestored', restored);
    };
  }, [mapRef, loaded, onUnavailable]);
}

import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

/** How long a lost WebGL context may take to come back before the static map takes over. */
export const CONTEXT_GRACE_MS = 3000;

/**
 * A GPU reset or a browser under memory pressure can take the map's WebGL context away, before the map's
 * `load` as well as after (with many embeds on one page, often before). MapLibre redraws when the context
 * is restored; if it is not restored within the grace period, the reader gets the static map.
 *
 * Watches from the moment the map exists: `map` is the instance as soon as it is created, not once loaded.
 * A context already lost by then (in the few milliseconds before React hands the map over) counts too.
 */
export function useContextLoss(map: MaplibreMap | undefined, onUnavailable?: (error: unknown) => void): void {
  useEffect(() => {
    if (!map || !onUnavailable) return;
    let timer: number | undefined;
    const lost = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onUnavailable(new Error('The WebGL context was lost and did not come back.')), CONTEXT_GRACE_MS);
    };
    const restored = () => window.clearTimeout(timer);
    map.on('webglcontextlost', lost);
    map.on('webglcontextrestored', restored);
    if (isContextLost(map)) lost();
    return () => {
      window.clearTimeout(timer);
      map.off('webglcontextlost', lost);
      map.off('webglcontextrestored', restored);
    };
  }, [map, onUnavailable]);
}

function isContextLost(map: MaplibreMap): boolean {
  try {
    const canvas = map.getCanvas();
    // The same context the map draws with: asking for its type again returns it, never a new one.
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return gl?.isContextLost() ?? false;
  } catch {
    return false;
  }
}

import { useCallback } from 'react';
import type { ErrorEvent as MapErrorEvent } from 'react-map-gl/maplibre';

/** react-map-gl reports a map it could not create with no target; a tile or image that fails leaves the map usable. */
export function useMapError(onUnavailable: ((error: unknown) => void) | undefined) {
  return useCallback(
    (event: MapErrorEvent) => {
      if (event.target === null && onUnavailable) onUnavailable(event.error);
      else console.error(event.error);
    },
    [onUnavailable],
  );
}

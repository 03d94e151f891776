import { useCallback, useRef, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

/**
 * The map twice: a ref for handlers, and state holding the map as soon as it is created (react-map-gl hands it
 * over before its `load`), for what must watch it from the start.
 */
export function useMapHandle() {
  const mapRef = useRef<MapRef | null>(null);
  const [created, setCreated] = useState<MapRef | null>(null);
  const setMapRef = useCallback((map: MapRef | null) => {
    mapRef.current = map;
    setCreated(map);
  }, []);
  return { mapRef, created, setMapRef };
}

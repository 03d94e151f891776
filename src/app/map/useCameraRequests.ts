import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { CameraRequest } from '../state/reader';
import { cameraFor } from './camera';

/** Flies to each new camera request once the map has loaded, or jumps there when the reader prefers less motion. */
export function useCameraRequests(mapRef: RefObject<MapRef | null>, loaded: boolean, request: CameraRequest | null): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !request || !map) return;
    const container = map.getContainer();
    const camera = cameraFor(request.target, { width: container.clientWidth, height: container.clientHeight });
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1800, essential: false });
  }, [mapRef, loaded, request]);
}

import { useCallback, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { markMapMoved, markMapSettled } from '../data/mapSettled';
import { cameraFor, type Camera, type CameraTarget, type Viewport } from './camera';

/**
 * The map's `load`: the camera for a frame that changed size since it was measured, a compact attribution
 * kept closed, and the first `idle` reported. `loaded` turns true once this has run.
 */
export function useMapLoad(
  mapRef: RefObject<MapRef | null>,
  start: { frame: Viewport; camera: Camera } | null,
  initialTarget: CameraTarget,
  onSettled: (() => void) | undefined,
): { loaded: boolean; onLoad: () => void } {
  const [loaded, setLoaded] = useState(false);
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    (window as unknown as { __atlas?: unknown }).__atlas = { map };
    const container = map.getContainer();
    // The map starts at the camera for its measured frame; only a frame that changed size since calls for a jump.
    const frame = { width: container.clientWidth, height: container.clientHeight };
    if (frame.width !== start?.frame.width || frame.height !== start.frame.height) map.jumpTo(cameraFor(initialTarget, frame));
    closeAttribution(container);
    // Registered in the load handler itself, so that the first idle cannot pass before anyone listens.
    map.once('idle', () => {
      onSettled?.();
      markMapSettled();
      map.once('movestart', markMapMoved);
    });
    setLoaded(true);
  }, [mapRef, initialTarget, start, onSettled]);
  return { loaded, onLoad };
}

/** A compact attribution opens itself on load and would cover a phone's map; the ⓘ button still opens it. */
function closeAttribution(container: HTMLElement): void {
  const attribution = container.querySelector('.maplibregl-compact-show');
  attribution?.classList.remove('maplibregl-compact-show');
  attribution?.removeAttribute('open');
}

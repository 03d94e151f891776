import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Gesture } from './gesture';

/** Applies a gesture kept from the SVG map to the WebGL map, at once: the SVG map already showed the start. */
export function applyGesture(map: Pick<MapLibreMap, 'getZoom' | 'easeTo' | 'unproject' | 'panBy'>, gesture: Gesture): void {
  if (gesture.kind === 'zoom') {
    const zoom = map.getZoom() + gesture.delta;
    map.easeTo({ zoom, ...(gesture.at ? { around: map.unproject(gesture.at) } : {}), duration: 0 });
  } else if (gesture.kind === 'pan') {
    map.panBy([-gesture.dx, -gesture.dy], { duration: 0 });
  }
}

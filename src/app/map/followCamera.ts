import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Sets a style global state from the camera: now, and after each move or resize. Set only when its value
 * changes, since each set re-evaluates the style's layers. Returns the unsubscribe.
 */
export function followCamera(map: MaplibreMap, property: string, compute: () => unknown): () => void {
  let shown = '';
  const update = () => {
    const value = compute();
    const key = JSON.stringify(value);
    if (key === shown) return;
    shown = key;
    map.setGlobalStateProperty(property, value);
  };
  update();
  map.on('moveend', update);
  map.on('resize', update);
  return () => {
    map.off('moveend', update);
    map.off('resize', update);
  };
}

/**
 * What the reader did to the SVG map that only the WebGL map can answer: kept while maplibre-gl loads, and
 * applied to the WebGL map once it has loaded at the SVG map's camera, so the gesture is not lost.
 * Positions are in the map's CSS pixels.
 */
export type Gesture =
  | { kind: 'zoom'; delta: number; at?: [number, number] }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'none' };

// MapLibre's own wheel rate (1/450 per wheel unit, through a logistic curve), so a wheel notch zooms as much
// before the map has loaded as after.
const WHEEL_RATE = 1 / 450;

/** The zoom change of a wheel event, as MapLibre's scroll-zoom handler makes it. */
export function wheelZoom(deltaY: number): number {
  const scale = 2 / (1 + Math.exp(-Math.abs(deltaY) * WHEEL_RATE));
  return (deltaY < 0 ? 1 : -1) * Math.log2(scale);
}

import { area } from '@turf/area';
import type { Feature } from 'geojson';
import type { Measured } from '../../shared/contract';
import { borderArcsByPair, borderId, borderLines, linesLengthKm } from './borders';
import { roundTo } from './clean';
import { geometryFromPolygons, largestPolygon, polygonsOf, ringBbox } from './polygons';
import type { Topology } from 'topojson-specification';
import type { Bbox } from '../../shared/bbox';
import { RESOLUTION, type AreaGeometry } from './types';

/**
 * How far beyond the box of a country's largest polygon an island still belongs to its mainland, in degrees:
 * Corsica lies within 1° of mainland France's box, Hawaii and Réunion thousands of kilometres away.
 */
export const NEAR_MAINLAND_DEGREES = 2;

/** Area on the map data, in km², rounded to the km². */
export function areaKm2(feature: Feature<AreaGeometry>): Measured {
  return { value: Math.round(area(feature.geometry) / 1e6), unit: 'km²', resolution: RESOLUTION, method: 'turf.area' };
}

const within = (inner: Bbox, outer: Bbox): boolean =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** The feature with only the polygons that lie wholly inside `bbox`, or null if none does. */
export function polygonsWithin<F extends Feature<AreaGeometry>>(feature: F, bbox: Bbox): F | null {
  const kept = polygonsOf(feature.geometry).filter((polygon) => within(ringBbox(polygon[0] ?? []), bbox));
  return kept.length > 0 ? { ...feature, geometry: geometryFromPolygons(kept) } : null;
}

/**
 * A country's mainland: its largest polygon and the islands near it, without its overseas territories and
 * distant exclaves (metropolitan France with Corsica, the contiguous United States).
 */
export function mainland<F extends Feature<AreaGeometry>>(country: F): F {
  const [west, south, east, north] = ringBbox(largestPolygon(country.geometry)[0] ?? []);
  const near = NEAR_MAINLAND_DEGREES;
  // The largest polygon lies inside its own box, so something is always kept.
  return polygonsWithin(country, [west - near, south - near, east + near, north + near])!;
}

/** Length of the land border two countries share on the map data, or undefined if they share none. */
export function borderLengthKm(topology: Topology, a: string, b: string): Measured | undefined {
  const arcs = borderArcsByPair(topology, [a, b]).get(borderId(a, b));
  if (!arcs) return undefined;
  const value = roundTo(linesLengthKm(borderLines(topology, arcs)), 1);
  return { value, unit: 'km', resolution: RESOLUTION, method: 'turf.length' };
}

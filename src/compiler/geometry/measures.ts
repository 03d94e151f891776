import { area } from '@turf/area';
import type { Feature } from 'geojson';
import type { Measured } from '../../shared/contract';
import { borderArcsByPair, borderId, borderLines, linesLengthKm } from './borders';
import { roundTo } from './clean';
import { geometryFromPolygons, largestPolygon, polygonsOf, ringBbox } from './polygons';
import type { Topology } from 'topojson-specification';
import { RESOLUTION, type AreaGeometry, type Bbox } from './types';

/** Where France's European polygons (mainland and Corsica) lie; overseas territories fall outside. */
export const EUROPEAN_FRANCE_BBOX: Bbox = [-6, 41, 10, 52];

export interface AreaOptions {
  /** Measure only the largest polygon (the mainland), leaving islands and exclaves out. */
  mainlandOnly?: boolean;
}

/** Area on the map data, in km², rounded to the km². */
export function areaKm2(feature: Feature<AreaGeometry>, options: AreaOptions = {}): Measured {
  const geometry = options.mainlandOnly ? geometryFromPolygons([largestPolygon(feature.geometry)]) : feature.geometry;
  return { value: Math.round(area(geometry) / 1e6), unit: 'km²', resolution: RESOLUTION, method: 'turf.area' };
}

const within = (inner: Bbox, outer: Bbox): boolean =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** The feature with only the polygons that lie wholly inside `bbox`, or null if none does. */
export function polygonsWithin<F extends Feature<AreaGeometry>>(feature: F, bbox: Bbox): F | null {
  const kept = polygonsOf(feature.geometry).filter((polygon) => within(ringBbox(polygon[0] ?? []), bbox));
  return kept.length > 0 ? { ...feature, geometry: geometryFromPolygons(kept) } : null;
}

/** Metropolitan France: the atlas's France without its overseas territories. */
export function metropolitanFrance<F extends Feature<AreaGeometry>>(france: F): F {
  const european = polygonsWithin(france, EUROPEAN_FRANCE_BBOX);
  if (!european) throw new RangeError('the feature has no polygon in European France');
  return european;
}

/** Length of the land border two countries share on the map data, or undefined if they share none. */
export function borderLengthKm(topology: Topology, a: string, b: string): Measured | undefined {
  const arcs = borderArcsByPair(topology, [a, b]).get(borderId(a, b));
  if (!arcs) return undefined;
  const value = roundTo(linesLengthKm(borderLines(topology, arcs)), 1);
  return { value, unit: 'km', resolution: RESOLUTION, method: 'turf.length' };
}

import { area } from '@turf/area';
import { polygon as turfPolygon } from '@turf/helpers';
import type { Position } from 'geojson';
import type { Bbox } from '../../shared/bbox';
import type { AreaGeometry, PolygonCoords } from './types';

export function polygonsOf(geometry: AreaGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function geometryFromPolygons(polygons: PolygonCoords[]): AreaGeometry {
  const [only] = polygons;
  return polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Planar shoelace area in degrees²: positive when the ring is counter-clockwise. */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

export function ringBbox(ring: readonly Position[]): Bbox {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function polygonAreaM2(polygon: PolygonCoords): number {
  return area(turfPolygon(polygon));
}

export function largestPolygon(geometry: AreaGeometry): PolygonCoords {
  const ranked = polygonsOf(geometry)
    .map((polygon) => ({ polygon, size: polygonAreaM2(polygon) }))
    .sort((a, b) => b.size - a.size);
  const first = ranked[0];
  if (!first) throw new RangeError('geometry has no polygon');
  return first.polygon;
}


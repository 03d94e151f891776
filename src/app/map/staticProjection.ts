import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Geometry, MultiPoint } from 'geojson';

export interface Size {
  width: number;
  height: number;
}

/**
 * An Albers conic projection fitted to `bounds` ([west, south, east, north]), with standard parallels at a
 * sixth and five sixths of its height, clipped to the drawing so far-away countries cost nothing.
 */
export function staticProjection(bounds: readonly [number, number, number, number], size: Size, margin = 16): GeoProjection {
  const [west, south, east0, north] = bounds;
  if (![west, south, east0, north].every(Number.isFinite) || south > north) throw new Error(`staticProjection: invalid bounds ${JSON.stringify(bounds)}`);
  const east = east0 < west ? east0 + 360 : east0;
  const span = north - south;
  const projection = geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + span / 6, north - span / 6]);
  projection.fitExtent([[margin, margin], [size.width - margin, size.height - margin]], boundsOutline([west, south, east, north]));
  return projection.clipExtent([[0, 0], [size.width, size.height]]);
}

/** Points along the edges of a lon/lat box, so that the fit sees its curved sides. */
export function boundsOutline([west, south, east, north]: readonly number[], steps = 16): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = west! + ((east! - west!) * i) / steps;
    const lat = south! + ((north! - south!) * i) / steps;
    coordinates.push([lon, south!], [lon, north!], [west!, lat], [east!, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * GeoJSON (RFC 7946) winds exterior rings counter-clockwise; d3-geo reads a ring as the area on its right, so it
 * needs them clockwise or it fills the rest of the globe. Returns a new geometry with every ring reversed.
 */
export function toD3Winding<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())) };
  return geometry;
}

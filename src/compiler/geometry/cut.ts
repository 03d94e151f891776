import { bbox as turfBbox } from '@turf/bbox';
import { bboxPolygon } from '@turf/bbox-polygon';
import { booleanIntersects } from '@turf/boolean-intersects';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Bbox } from '../../shared/bbox';
import type { AreaGeometry } from './types';

export interface CutOptions {
  /** The story region: countries touching it are kept. */
  bbox: Bbox;
  /** ISO3 codes kept wherever they are (far-away actors the globe view shows). */
  keep?: readonly string[];
}

const overlaps = (a: Bbox, b: Bbox): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function touchesRegion(country: Feature<AreaGeometry>, region: Bbox): boolean {
  return overlaps(turfBbox(country) as Bbox, region) && booleanIntersects(country, bboxPolygon(region));
}

/**
 * The countries a story shows: those touching its region plus the ones it keeps by code, each whole
 * (never clipped: the globe view shows them entire). They come simplified from the shared topology
 * (`topologySimplifier`), so that neighbours keep the very same shared edge.
 */
export function cutCountries<P extends { a3: string }>(
  countries: FeatureCollection<Polygon | MultiPolygon, P> | readonly Feature<Polygon | MultiPolygon, P>[],
  options: CutOptions,
): Feature<Polygon | MultiPolygon, P>[] {
  const keep = new Set(options.keep ?? []);
  const all = 'features' in countries ? countries.features : countries;
  return all.filter((country) => keep.has(country.properties.a3) || touchesRegion(country, options.bbox));
}

import { bbox as turfBbox } from '@turf/bbox';
import { bboxPolygon } from '@turf/bbox-polygon';
import { booleanIntersects } from '@turf/boolean-intersects';
import { simplify } from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cleanAreaGeometry } from './clean';
import { polygonsOf } from './polygons';
import { DEFAULT_PRECISION, type AreaGeometry, type Bbox } from './types';

export interface CutOptions {
  /** The story region: countries touching it are kept. */
  bbox: Bbox;
  /** ISO3 codes kept wherever they are (far-away actors the globe view shows). */
  keep?: readonly string[];
  /**
   * Douglas–Peucker tolerance in degrees for countries touching the region; 0 keeps every vertex.
   * 0.01° (about 1 km) is 1–2 pixels at zoom 7. Pass 0 when the countries come from a topology
   * already simplified with `simplifyTopology` (which keeps shared edges identical; this does not).
   */
  tolerance?: number;
  /** Tolerance for kept countries away from the region, seen whole only at globe zoom. */
  farTolerance?: number;
  decimals?: number;
}

export const DEFAULT_TOLERANCE = 0.01;
export const DEFAULT_FAR_TOLERANCE = 0.05;

const overlaps = (a: Bbox, b: Bbox): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function touchesRegion(country: Feature<AreaGeometry>, region: Bbox): boolean {
  return overlaps(turfBbox(country) as Bbox, region) && booleanIntersects(country, bboxPolygon(region));
}

function simplified<F extends Feature<AreaGeometry>>(country: F, tolerance: number, decimals: number): F | null {
  if (tolerance <= 0) return country;
  const coarse = simplify(country, { tolerance, highQuality: false, mutate: false });
  const geometry = cleanAreaGeometry(polygonsOf(coarse.geometry), decimals);
  return geometry ? { ...country, geometry } : null;
}

/**
 * The countries a story shows: those touching its region plus the ones it keeps by code, each whole
 * (never clipped: the globe view shows them entire), simplified feature by feature. Neighbours are
 * simplified separately, so shared edges may differ by up to `tolerance`.
 */
export function cutCountries<P extends { a3: string }>(
  countries: FeatureCollection<Polygon | MultiPolygon, P> | readonly Feature<Polygon | MultiPolygon, P>[],
  options: CutOptions,
): Feature<Polygon | MultiPolygon, P>[] {
  const keep = new Set(options.keep ?? []);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const farTolerance = options.farTolerance ?? DEFAULT_FAR_TOLERANCE;
  const decimals = options.decimals ?? DEFAULT_PRECISION;
  const all = 'features' in countries ? countries.features : countries;
  return all
    .map((country) => ({ country, near: touchesRegion(country, options.bbox) }))
    .filter(({ country, near }) => near || keep.has(country.properties.a3))
    .map(({ country, near }) => simplified(country, near ? tolerance : farTolerance, decimals))
    .filter((country): country is Feature<Polygon | MultiPolygon, P> => country !== null);
}

import { bboxClip } from '@turf/bbox-clip';
import type { Feature, Position } from 'geojson';
import { labelPoint } from './labelPoint';
import { polygonsOf, signedRingArea } from './polygons';
import type { Bbox } from '../../shared/bbox';
import type { AreaGeometry } from './types';

/** Below this share of the view, a country's visible part is a sliver at the edge: no room for its name. */
const MIN_SHARE = 0.03;

const inside = ([lon = 0, lat = 0]: Position, [west, south, east, north]: Bbox) => lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * Where a country's name goes in a story's first view: its usual label point when that is in view,
 * else the label point of the part of the country the view shows (Russia north of the Caspian rather
 * than in Siberia, off the map), provided that part is big enough to hold a name.
 */
export function labelInView(feature: Feature<AreaGeometry>, usual: Position, view: Bbox): Position {
  if (inside(usual, view)) return usual;
  const polygons = polygonsOf(bboxClip(feature, view).geometry as AreaGeometry)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return usual;
  const [west, south, east, north] = view;
  const share = Math.max(...polygons.map((rings) => Math.abs(signedRingArea(rings[0]!)))) / ((east - west) * (north - south));
  if (share < MIN_SHARE) return usual;
  return labelPoint({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } });
}

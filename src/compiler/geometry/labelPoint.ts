import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { polygon as turfPolygon } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Position } from 'geojson';
import { roundTo } from './clean';
import { largestPolygon, ringBbox } from './polygons';
import { poleOfInaccessibility } from './polylabel';
import { DEFAULT_PRECISION, type AreaGeometry, type PolygonCoords } from './types';

const MAX_LAT = 85.05112878;
const toRadians = Math.PI / 180;

/** Web Mercator in degree-like units: the label should look central on the map readers see. */
function mercator([lon = 0, lat = 0]: Position): Position {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return [lon, Math.log(Math.tan(Math.PI / 4 + (clamped * toRadians) / 2)) / toRadians];
}

function inverseMercator([x = 0, y = 0]: Position): Position {
  return [x, (2 * Math.atan(Math.exp(y * toRadians)) - Math.PI / 2) / toRadians];
}

/**
 * Where a country's name goes: the pole of inaccessibility of its largest polygon, in Web Mercator,
 * so that Russia's label sits in Siberia rather than on an island or in the Arctic Ocean.
 */
export function labelPoint(feature: Feature<AreaGeometry>, decimals = DEFAULT_PRECISION): [number, number] {
  const mainland = largestPolygon(feature.geometry);
  const projected: PolygonCoords = mainland.map((ring) => ring.map(mercator));
  const [w, , e] = ringBbox(mainland[0] ?? []);
  const precision = Math.max(0.001, (e - w) / 1000);
  let point = inverseMercator(poleOfInaccessibility(projected, precision));
  if (!booleanPointInPolygon(point, turfPolygon(mainland))) point = pointOnFeature(turfPolygon(mainland)).geometry.coordinates;
  return [roundTo(point[0] ?? 0, decimals), roundTo(point[1] ?? 0, decimals)];
}

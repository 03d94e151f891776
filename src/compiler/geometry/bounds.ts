import { bbox } from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { Feature, Geometry } from 'geojson';
import type { Bbox } from './types';

/**
 * `[w, s, e, n]` around the features, rounded outwards to `decimals` so that it still contains them.
 * Plain min/max: features on both sides of ±180 give a world-wide box.
 */
export function boundsOf(features: readonly Feature<Geometry>[], decimals = 2): Bbox {
  if (features.length === 0) throw new RangeError('no features to bound');
  const [w = 0, s = 0, e = 0, n = 0] = bbox(featureCollection([...features]));
  const factor = 10 ** decimals;
  const down = (x: number): number => Math.floor(x * factor) / factor + 0;
  const up = (x: number): number => Math.ceil(x * factor) / factor + 0;
  return [down(w), down(s), up(e), up(n)];
}

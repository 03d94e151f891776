import { area } from '@turf/area';
import { bbox as turfBbox } from '@turf/bbox';
import type { Polygon, Position } from 'geojson';
import type { Bbox } from '../../shared/bbox';
import type { AreaGeometry } from '../geometry/types';
import { polygonsOf } from '../geometry/polygons';

/** A country whose largest part is wider than this spans a hemisphere: its frame never takes the whole part. */
const WIDE_PART_DEGREES = 70;
/** Points covering less than this share of the largest part's box are a spot inside it, not a frame. */
const SPOT_SHARE = 0.25;

/**
 * What a selection of a country frames: the points that matter to the story there (its named places and its
 * borders with the story's core countries), widened to its largest part when they are a mere spot in it
 * (Washington in the contiguous United States), or that part alone when there are none (metropolitan France).
 * Russia, whose largest part spans a hemisphere, is framed from Moscow to its border with Kazakhstan.
 */
export function countryFrame(geometry: AreaGeometry, storyPoints: readonly Position[]): Bbox {
  const part = largestPart(geometry);
  const partBox = turfBbox(part) as Bbox;
  if (storyPoints.length === 0) return partBox;
  const points = boxOf(storyPoints);
  const wide = partBox[2] - partBox[0] > WIDE_PART_DEGREES;
  return !wide && boxArea(points) < SPOT_SHARE * boxArea(partBox) ? union(points, partBox) : points;
}

function largestPart(geometry: AreaGeometry): Polygon {
  const parts = polygonsOf(geometry).map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  const areas = parts.map((part) => area(part));
  return parts[areas.indexOf(Math.max(...areas))]!;
}

function boxOf(points: readonly Position[]): Bbox {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const boxArea = ([west, south, east, north]: Bbox): number => Math.max(east - west, 0) * Math.max(north - south, 0);
const union = (a: Bbox, b: Bbox): Bbox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

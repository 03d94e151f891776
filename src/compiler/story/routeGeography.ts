import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox as turfBbox } from '@turf/bbox';
import { length } from '@turf/length';
import { lineString } from '@turf/helpers';
import type { Position } from 'geojson';
import type { RelationKind } from '../../shared/contract';
import type { AnnotationRelation } from '../annotation/schema';
import { greatCirclePositions } from '../geometry';
import type { Bbox } from '../../shared/bbox';
import type { CountryGeometry } from './world';

/** What a route of each kind runs over: a pipeline overland, a shipping lane at sea. */
export const ROUTE_MEDIUM: Partial<Record<RelationKind, 'land' | 'sea'>> = { pipeline: 'land', shipping: 'sea' };

/** Straits (the Bosphorus, 1 km) and coastal terminals are closed or blurred on 1:50m shapes: shorter runs are not reported. */
export const TOLERATED_KM = 25;
const STEP_KM = 5;

export interface RouteProblem {
  /** The path index where the wrong stretch starts. */
  leg: number;
  km: number;
  medium: 'land' | 'sea';
}

/**
 * The longest stretch of a route's path over the wrong medium, when it is longer than a strait. It is blamed on
 * the waypoint after which most of it lies, not on one whose leg only grazes a coast before it.
 */
export function routeProblem(relation: AnnotationRelation, points: Position[], isLand: (point: Position) => boolean): RouteProblem | undefined {
  const medium = ROUTE_MEDIUM[relation.kind];
  if (!medium || points.length < 2) return undefined;
  let worst: RouteProblem | undefined;
  let run = { leg: 0, km: 0, kmInLeg: 0 };
  for (let leg = 1; leg < points.length; leg++) {
    if (run.km > 0 && run.kmInLeg < TOLERATED_KM) run = { ...run, leg: leg - 1, kmInLeg: 0 };
    const samples = legSamples(points[leg - 1]!, points[leg]!);
    // Waypoints themselves are not judged: a terminal or a port sits on the coast.
    for (let i = 1; i < samples.length - 1; i++) {
      const step = length(lineString([samples[i - 1]!, samples[i]!]));
      const wrong = isLand(samples[i]!) !== (medium === 'land');
      run = !wrong ? { leg, km: 0, kmInLeg: 0 } : run.km === 0 ? { leg: leg - 1, km: step, kmInLeg: step } : { ...run, km: run.km + step, kmInLeg: run.leg === leg - 1 ? run.kmInLeg + step : run.kmInLeg };
      if (run.km > TOLERATED_KM && run.km > (worst?.km ?? 0)) worst = { leg: run.leg, km: Math.round(run.km), medium: medium === 'land' ? 'sea' : 'land' };
    }
  }
  return worst;
}

function legSamples(from: Position, to: Position): Position[] {
  const km = length(lineString([from, to]));
  return greatCirclePositions(from, to, Math.max(2, Math.ceil(km / STEP_KM) + 1));
}

/** Point-in-land against the world's countries, with a box test first. */
export function landTest(countries: Iterable<CountryGeometry>): (point: Position) => boolean {
  const indexed = [...countries].map((country) => ({ country, box: turfBbox(country) as Bbox }));
  return ([x = 0, y = 0]) =>
    indexed.some(({ country, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && booleanPointInPolygon([x, y], country));
}

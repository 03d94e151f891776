import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { RelationFeature } from '../../shared/contract';
import type { UnlanedRelation } from './lanes';
import { centralAngle, greatCircleArc, sharedBorders } from '../geometry';
import { AntipodalEnds } from './antipodalEnds';
import type { StoryModel } from './model';
import type { QuotedRelation } from './validateAnnotation';
import type { World } from './world';

type AnchorOf = (id: string) => Position | undefined;

/** Enough for a smooth curve at the zooms arcs are seen at, without bloating the data. */
const ARC_POINTS = 32;

/** One feature per relation and target: an arc, a drawn route, or the shared border itself. */
export function relationFeatures(model: StoryModel, anchorOf: AnchorOf, topology: Topology, world: World): UnlanedRelation[] {
  return model.relations.flatMap((relation, index) =>
    relation.to.map((to): UnlanedRelation => ({
      type: 'Feature',
      id: featureId(relation, to),
      geometry: geometryOf(relation, to, anchorOf, topology, world, index),
      properties: {
        id: featureId(relation, to),
        relation: relation.id,
        kind: relation.kind,
        from: relation.from,
        to,
        label: relation.label,
        quote: relation.quote,
        directed: relation.directed,
        context: relation.context,
        ...(relation.note ? { note: relation.note } : {}),
      },
    })),
  );
}

function featureId(relation: QuotedRelation, to: string): string {
  return relation.to.length > 1 ? `${relation.id}:${to}` : relation.id;
}

function geometryOf(
  relation: QuotedRelation,
  to: string,
  anchorOf: AnchorOf,
  topology: Topology,
  world: World,
  index: number,
): RelationFeature['geometry'] {
  if (relation.kind === 'border' && world.countries.has(relation.from) && world.countries.has(to)) {
    const border = sharedBorders(topology, [relation.from, to], world.nameOf).features[0];
    if (border) return border.geometry;
  }
  const points = relation.path
    ? relation.path.map((point) => (typeof point === 'string' ? anchorOf(point)! : point))
    : [anchorOf(relation.from)!, anchorOf(to)!];
  const names = relation.path ? relation.path.map((point) => (typeof point === 'string' ? point : `[${point.join(', ')}]`)) : [relation.from, to];
  for (let i = 1; i < points.length; i++) {
    if (Math.abs(Math.PI - centralAngle(points[i - 1]!, points[i]!)) < 1e-9) {
      const field = relation.path ? ['path', i] : relation.to.length > 1 ? ['to', relation.to.indexOf(to)] : ['to'];
      throw new AntipodalEnds(['relations', index, ...field], names[i - 1]!, names[i]!);
    }
  }
  return joinArcs(points);
}

/** A point every 50 km or so: a route's short legs between waypoints are nearly straight. */
function arcPoints(from: Position, to: Position): number {
  const km = centralAngle(from, to) * 6371;
  return Math.min(ARC_POINTS, Math.max(2, Math.ceil(km / 50)));
}

/** Great-circle legs between consecutive points, joined into one line where no leg crosses ±180°. */
function joinArcs(points: Position[]): RelationFeature['geometry'] {
  const lines: Position[][] = [];
  for (let i = 1; i < points.length; i++) {
    const leg = greatCircleArc(points[i - 1]!, points[i]!, { npoints: arcPoints(points[i - 1]!, points[i]!), decimals: 2 });
    const parts = leg.type === 'LineString' ? [leg.coordinates] : leg.coordinates;
    for (const part of parts) {
      const last = lines[lines.length - 1];
      if (last && samePoint(last[last.length - 1]!, part[0]!)) last.push(...part.slice(1));
      else lines.push([...part]);
    }
  }
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
}

function samePoint(a: Position, b: Position): boolean {
  return Math.abs(a[0]! - b[0]!) < 1e-9 && Math.abs(a[1]! - b[1]!) < 1e-9;
}

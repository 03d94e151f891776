import type { Position } from 'geojson';
import type { Arc, Topology } from 'topojson-specification';
import { ringBbox } from './polygons';
import type { Bbox } from '../../shared/bbox';

/** Degrees: about 2 km, under a pixel up to zoom 6, for the story's region. */
export const DISPLAY_TOLERANCE = 0.02;
/** Degrees: about 10 km, for what lies outside the region and is seen only at low zoom or on the globe. */
export const FAR_TOLERANCE = 0.1;

export interface TopologySimplifyOptions {
  /** Douglas–Peucker tolerance in degrees for arcs near the story region (seen up to zoom 7). */
  tolerance: number;
  /** Tolerance for arcs away from the region, only ever seen at low zoom. Defaults to `tolerance`. */
  farTolerance?: number;
  /** Arcs whose bounding box touches this box get `tolerance`; the others `farTolerance`. */
  region?: Bbox;
}

/** Absolute coordinates of every arc, undoing the quantisation and delta encoding. */
export function decodeArcs(topology: Topology): Position[][] {
  const { scale = [1, 1], translate = [0, 0] } = topology.transform ?? {};
  if (!topology.transform) return topology.arcs.map((arc) => arc.map((p) => [p[0] ?? 0, p[1] ?? 0]));
  return topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx = 0, dy = 0]) => {
      [x, y] = [x + dx, y + dy];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function distanceToSegmentSq(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  const [ex, ey] = [px - ax - t * dx, py - ay - t * dy];
  return ex * ex + ey * ey;
}

function farthest(points: Position[], first: number, last: number): { index: number; distanceSq: number } {
  let best = { index: -1, distanceSq: -1 };
  for (let i = first + 1; i < last; i++) {
    const d = distanceToSegmentSq(points[i] as Position, points[first] as Position, points[last] as Position);
    if (d > best.distanceSq) best = { index: i, distanceSq: d };
  }
  return best;
}

/**
 * Douglas–Peucker with fixed ends. It always keeps the farthest point (two for a closed arc), so a
 * small country made of two arcs stays a polygon instead of collapsing into a line.
 */
export function simplifyArc(points: Position[], tolerance: number): Position[] {
  if (points.length <= 3 || tolerance <= 0) return points.map((p) => [...p]);
  const keep = new Set([0, points.length - 1]);
  const toleranceSq = tolerance * tolerance;
  const minimum = Math.min(points.length - 2, samePoint(points) ? 2 : 1);
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const { index, distanceSq } = farthest(points, first, last);
    if (index < 0 || distanceSq === 0 || (distanceSq <= toleranceSq && keep.size - 2 >= minimum)) continue;
    keep.add(index);
    stack.push([first, index], [index, last]);
  }
  return points.filter((_, i) => keep.has(i)).map((p) => [...p]);
}

function samePoint(points: Position[]): boolean {
  const [first, last] = [points[0], points[points.length - 1]];
  return first?.[0] === last?.[0] && first?.[1] === last?.[1];
}

const touches = (a: Bbox, b: Bbox): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The tolerance each arc gets: `tolerance` when its bounding box touches the region, `farTolerance` otherwise. */
export function arcTolerances(arcBboxes: readonly Bbox[], options: TopologySimplifyOptions): number[] {
  const farTolerance = options.farTolerance ?? options.tolerance;
  return arcBboxes.map((bbox) => (!options.region || touches(bbox, options.region) ? options.tolerance : farTolerance));
}

export function withArcs<T extends Topology>(topology: T, arcs: Arc[]): T {
  const simplified = { ...topology, arcs };
  delete simplified.transform;
  return simplified;
}

export interface SimplifiedTopology<T extends Topology> {
  topology: T;
  /** The tolerance each arc was simplified with, by arc index. */
  tolerances: readonly number[];
}

/**
 * Simplifies one topology for many regions: each arc is simplified once per tolerance,
 * since a region only chooses between two tolerances per arc. The arcs are shared between results.
 */
export function topologySimplifier<T extends Topology>(topology: T): (options: TopologySimplifyOptions) => SimplifiedTopology<T> {
  const decoded = decodeArcs(topology);
  const bboxes = decoded.map(ringBbox);
  const byTolerance = new Map<number, Arc[]>();
  const arcAt = (index: number, tolerance: number): Arc => {
    let arcs = byTolerance.get(tolerance);
    if (!arcs) byTolerance.set(tolerance, (arcs = []));
    return (arcs[index] ??= simplifyArc(decoded[index] ?? [], tolerance) as Arc);
  };
  return (options) => {
    const tolerances = arcTolerances(bboxes, options);
    return { topology: withArcs(topology, tolerances.map((tolerance, i) => arcAt(i, tolerance))), tolerances };
  };
}

import type { LineString, MultiLineString, Position } from 'geojson';
import { splitLineAtAntimeridian } from './antimeridian';
import { cleanLines, lineGeometry } from './clean';
import { DEFAULT_PRECISION } from './types';

const RAD = Math.PI / 180;

function toVector([lon = 0, lat = 0]: Position): [number, number, number] {
  const [l, p] = [lon * RAD, lat * RAD];
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function toPosition([x, y, z]: [number, number, number]): Position {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/** Central angle between two points, in radians. */
export function centralAngle(from: Position, to: Position): number {
  const [a, b] = [toVector(from), toVector(to)];
  const cross = Math.hypot(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);
  return Math.atan2(cross, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
}

/**
 * `npoints` positions along the shorter great circle, with longitudes made continuous: they may go
 * beyond ±180, which MapLibre draws across world copies but RFC 7946 files must not contain.
 */
export function greatCirclePositions(from: Position, to: Position, npoints = 64): Position[] {
  const angle = centralAngle(from, to);
  if (Math.abs(Math.PI - angle) < 1e-9) throw new RangeError('antipodal points have no single great circle');
  if (angle === 0 || npoints < 2) return [[...from], [...to]];
  const [a, b] = [toVector(from), toVector(to)];
  let previousLon = from[0] ?? 0;
  return Array.from({ length: npoints }, (_, i) => {
    const f = i / (npoints - 1);
    const [ka, kb] = [Math.sin((1 - f) * angle) / Math.sin(angle), Math.sin(f * angle) / Math.sin(angle)];
    const [lon = 0, lat = 0] = toPosition([ka * a[0] + kb * b[0], ka * a[1] + kb * b[1], ka * a[2] + kb * b[2]]);
    previousLon = lon + 360 * Math.round((previousLon - lon) / 360);
    return [previousLon, lat];
  });
}

export interface ArcOptions {
  npoints?: number;
  decimals?: number;
}

/**
 * The great-circle arc between two points, RFC 7946-clean: a LineString within [-180, 180], or a
 * MultiLineString split at the antimeridian when the arc crosses it.
 */
export function greatCircleArc(from: Position, to: Position, options: ArcOptions = {}): LineString | MultiLineString {
  const positions = greatCirclePositions(from, to, options.npoints ?? 64);
  return lineGeometry(cleanLines(splitLineAtAntimeridian(positions), options.decimals ?? DEFAULT_PRECISION));
}

import type { LineString, MultiLineString, Position } from 'geojson';
import { geometryFromPolygons, signedRingArea } from './polygons';
import { DEFAULT_PRECISION, type AreaGeometry, type PolygonCoords, type Ring } from './types';

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0, so that output files never say `-0`.
  return Math.round(value * factor) / factor + 0;
}

export function truncatePosition(p: Position, decimals = DEFAULT_PRECISION): Position {
  return [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
}

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** Truncated positions with consecutive duplicates (created by truncation) removed. */
export function truncateLine(line: readonly Position[], decimals = DEFAULT_PRECISION): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = truncatePosition(p, decimals);
    if (!samePosition(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

/** A truncated, closed ring of at least 4 positions enclosing some area, or null when nothing is left. */
export function cleanRing(ring: readonly Position[], decimals = DEFAULT_PRECISION): Ring | null {
  const line = truncateLine(ring, decimals);
  if (!samePosition(line[0], line[line.length - 1])) line.push([...(line[0] ?? [])]);
  if (line.length < 4 || signedRingArea(line) === 0) return null;
  return line;
}

function orient(ring: Ring, counterClockwise: boolean): Ring {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/** RFC 7946 §3.1.6 right-hand rule: exterior counter-clockwise, holes clockwise. */
export function rewindPolygon(polygon: PolygonCoords): PolygonCoords {
  return polygon.map((ring, i) => orient(ring, i === 0));
}

/** Cleans every ring; a polygon whose exterior vanishes is dropped with its holes. */
export function cleanPolygon(polygon: PolygonCoords, decimals = DEFAULT_PRECISION): PolygonCoords | null {
  const [outer, ...holes] = polygon.map((ring) => cleanRing(ring, decimals));
  if (!outer) return null;
  return rewindPolygon([outer, ...holes.filter((hole): hole is Ring => hole !== null)]);
}

export function cleanAreaGeometry(polygons: PolygonCoords[], decimals = DEFAULT_PRECISION): AreaGeometry | null {
  const kept = polygons.map((polygon) => cleanPolygon(polygon, decimals)).filter((p): p is PolygonCoords => p !== null);
  return kept.length > 0 ? geometryFromPolygons(kept) : null;
}

export function lineGeometry(parts: Position[][]): LineString | MultiLineString {
  const [only] = parts;
  return parts.length === 1 && only ? { type: 'LineString', coordinates: only } : { type: 'MultiLineString', coordinates: parts };
}

export function cleanLines(parts: readonly Position[][], decimals = DEFAULT_PRECISION): Position[][] {
  return parts.map((part) => truncateLine(part, decimals)).filter((part) => part.length >= 2);
}

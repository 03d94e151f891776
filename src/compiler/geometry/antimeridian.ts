import { bboxPolygon } from '@turf/bbox-polygon';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Position } from 'geojson';
import { clipRingToBand, trimOutside } from './bandClip';
import { polygonsOf, ringBbox, signedRingArea } from './polygons';
import type { AreaGeometry, PolygonCoords, Ring } from './types';

const lon = (p: Position): number => p[0] ?? 0;
const lat = (p: Position): number => p[1] ?? 0;

/** A step of more than 180° means the ring took the short way round across ±180. */
export function crossesAntimeridian(coords: readonly Position[]): boolean {
  return coords.some((p, i) => i > 0 && Math.abs(lon(p) - lon(coords[i - 1] ?? p)) > 180);
}

/** Shifts longitudes by multiples of 360 so that no step exceeds 180°: values may leave [-180, 180]. */
export function unwrapLongitudes(coords: readonly Position[]): Position[] {
  let offset = 0;
  return coords.map((p, i) => {
    const previous = coords[i - 1];
    if (previous) {
      const step = lon(p) - lon(previous);
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [lon(p) + offset, lat(p)];
  });
}

/** The 360°-wide copy of the world a longitude falls in: 0 for [-180, 180). */
const worldCopy = (longitude: number): number => Math.floor((longitude + 180) / 360);

const shift = (coords: Position[], degrees: number): Position[] => coords.map((p) => [lon(p) + degrees, lat(p)]);

/** A ring around a pole comes back 360° away from where it started once unwrapped. */
function closeAroundPole(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(lon(last) - lon(first)) < 180) return ring;
  const pole = ring.reduce((sum, p) => sum + lat(p), 0) < 0 ? -90 : 90;
  return [...ring, [lon(last), pole], [lon(first), pole], first];
}

/** Inserts points every 90° along an edge that runs on a pole, so that no step exceeds 180°. */
function densifyPoleEdges(ring: Ring): Ring {
  return ring.flatMap((p, i) => {
    const previous = ring[i - 1];
    const onPole = previous && Math.abs(lat(p)) === 90 && lat(previous) === lat(p);
    return onPole ? alongPole(lon(previous), lon(p), lat(p)).slice(1) : [p];
  });
}

/** Points every 90° along a pole, so that no step of the closing edge exceeds 180°. */
function alongPole(from: number, to: number, pole: number): Position[] {
  const steps = Math.max(1, Math.ceil(Math.abs(to - from) / 90));
  return Array.from({ length: steps + 1 }, (_, i) => [from + ((to - from) * i) / steps, pole]);
}

/** The polygon with its longitudes unwrapped and a ring around a pole closed along it: what gets clipped to each world copy. */
export function unwrapPolygon(polygon: PolygonCoords): PolygonCoords {
  const [outer = [], ...holes] = polygon.map((ring) => closeAroundPole(unwrapLongitudes(ring)));
  const [w, , e] = ringBbox(outer);
  const middle = (w + e) / 2;
  return [
    outer,
    ...holes.map((hole) => {
      const [hw, , he] = ringBbox(hole);
      return shift(hole, 360 * Math.round((middle - (hw + he) / 2) / 360));
    }),
  ];
}

function clipToWorldCopy(polygon: PolygonCoords, copy: number): PolygonCoords[] {
  return clipToBand(polygon, -180 + 360 * copy, 180 + 360 * copy).map((rings) => rings.map((ring) => densifyPoleEdges(shift(ring, -360 * copy))));
}

/** The polygon within west ≤ x ≤ east: a single walk where it can, polyclip (turf's intersect) where it cannot. */
export function clipToBand(polygon: PolygonCoords, west: number, east: number): PolygonCoords[] {
  const walked = clipRingToBand(polygon, west, east);
  if (walked) return walked;
  const clipped = intersect(featureCollection([turfPolygon(trimOutside(polygon, west, east)), bboxPolygon([west, -90, east, 90])]));
  return clipped ? polygonsOf(clipped.geometry) : [];
}

/**
 * Splits a polygon whose rings cross ±180 into pieces on each side, clipped at the antimeridian
 * (RFC 7946 §3.1.9), so that renderers do not draw it across the whole map.
 */
export function splitPolygonAtAntimeridian(polygon: PolygonCoords): PolygonCoords[] {
  if (!polygon.some(crossesAntimeridian)) return [polygon];
  const unwrapped = unwrapPolygon(polygon);
  const [w, , e] = ringBbox(unwrapped[0] ?? []);
  const pieces: PolygonCoords[] = [];
  for (let copy = worldCopy(w); copy <= Math.ceil((e - 180) / 360); copy++) {
    pieces.push(...clipToWorldCopy(unwrapped, copy));
  }
  return pieces.filter((piece) => Math.abs(signedRingArea(piece[0] ?? [])) > 0);
}

export function splitGeometryAtAntimeridian(geometry: AreaGeometry): PolygonCoords[] {
  return polygonsOf(geometry).flatMap(splitPolygonAtAntimeridian);
}

function latitudeAt(a: Position, b: Position, longitude: number): number {
  const t = (longitude - lon(a)) / (lon(b) - lon(a));
  return lat(a) + t * (lat(b) - lat(a));
}

/** Antimeridians (180 + 360k) crossed going from x0 to x1, in travel order, endpoints excluded. */
function meridiansBetween(x0: number, x1: number): number[] {
  const found: number[] = [];
  const [lo, hi] = x0 < x1 ? [x0, x1] : [x1, x0];
  for (let m = 360 * Math.ceil((lo - 180) / 360) + 180; m < hi; m += 360) if (m > lo) found.push(m);
  return x0 < x1 ? found : found.reverse();
}

function cutAtMeridians(points: Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Position;
    const b = points[i] as Position;
    for (const m of meridiansBetween(lon(a), lon(b))) {
      const cut: Position = [m, latitudeAt(a, b, m)];
      pieces.push([...current, cut]);
      current = [cut];
    }
    current.push(b);
    if (isAntimeridian(lon(b)) && i < points.length - 1) {
      pieces.push(current);
      current = [b];
    }
  }
  pieces.push(current);
  return pieces;
}

const isAntimeridian = (longitude: number): boolean => (((longitude - 180) % 360) + 360) % 360 === 0;

/** Joins consecutive parts that ended up in the same world copy (a line touching ±180 and turning back). */
function mergeSameCopy(pieces: Position[][]): Position[][] {
  const merged: { copy: number; piece: Position[] }[] = [];
  for (const piece of pieces) {
    const copy = pieceCopy(piece);
    const previous = merged[merged.length - 1];
    if (previous && previous.copy === copy) previous.piece = [...previous.piece, ...piece.slice(1)];
    else merged.push({ copy, piece });
  }
  return merged.map(({ copy, piece }) => shift(piece, -360 * copy));
}

function pieceCopy(piece: Position[]): number {
  const xs = piece.map(lon);
  return worldCopy((Math.min(...xs) + Math.max(...xs)) / 2);
}

/**
 * Splits a line at ±180 into parts that each stay within [-180, 180] (RFC 7946 §3.1.9).
 * A line that does not cross comes back as a single part, unchanged.
 */
export function splitLineAtAntimeridian(line: readonly Position[]): Position[][] {
  if (!crossesAntimeridian(line) && line.every((p) => Math.abs(lon(p)) <= 180)) return [line.map((p) => [...p])];
  return mergeSameCopy(cutAtMeridians(unwrapLongitudes(line)).filter((piece) => piece.length >= 2));
}

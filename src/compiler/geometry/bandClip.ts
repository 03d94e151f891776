import type { PolygonCoords, Ring } from './types';

/**
 * A polygon's ring clipped to the band `west ≤ x ≤ east` (all latitudes), returned exactly as
 * `@turf/intersect` (polyclip-ts) returns it: the same points, in the same order, in the same pieces.
 *
 * Polyclip sweeps the ring with arbitrary-precision decimals: for Russia's one ring that crosses ±180,
 * clipped at three simplifications, that was 0.7 s of the seed's 1.7 s compile. This does the same cut
 * in one walk along the ring. It covers the case the atlas gives: one ring without holes that does
 * not touch itself, crosses one of the band's edges, touches the edge only where it passes through
 * it, and stays off the poles. For anything else it returns `undefined` and the caller asks polyclip. What it reproduces of polyclip, each rule checked against it by
 * tests/compiler/geometry/bandClip.test.ts:
 * - the crossing's latitude is computed as polyclip computes it (`y0 + round20(dy / dx) * (X - x0)`
 *   from the segment's western end, the quotient rounded half away from zero to 20 decimals);
 * - each piece is counter-clockwise, starts at its lowest westernmost point, and drops every point
 *   exactly in line with its neighbours (tested on the decimals the coordinates print as);
 * - the pieces come in the order of their starting points, west to east, then south to north.
 */
export function clipRingToBand(polygon: PolygonCoords, west: number, east: number): PolygonCoords[] | undefined {
  try {
    return clip(polygon, west, east);
  } catch (error) {
    if (error instanceof NotCovered) return undefined;
    throw error;
  }
}

/** Thrown where the walk cannot vouch for giving polyclip's answer. */
class NotCovered extends Error {}

function clip(polygon: PolygonCoords, west: number, east: number): PolygonCoords[] | undefined {
  // A hole of one repeated point has no segment: polyclip drops it (Antarctica's, at the pole).
  const rings = polygon.map(distinctPoints).filter((ring, i) => i === 0 || ring?.length !== 1);
  const [points, ...holes] = rings;
  if (!points || rings.some((ring) => !ring || ring.length < 3)) return undefined;
  let westOf = 0;
  let eastOf = 0;
  let onEdge = 0;
  for (const ring of rings) {
    for (const { x, y } of ring!) {
      if (!(y >= -90 && y <= 90) || !Number.isFinite(x)) return undefined;
      if (x < west) westOf++;
      else if (x > east) eastOf++;
      else if (x === west || x === east) onEdge++;
    }
  }
  if (westOf + eastOf === 0) {
    // Wholly within the band (Antarctica, closed along the pole and both edges): polyclip only rewrites it.
    if (touchesItself(rings as Point[][], () => false)) return undefined;
    const outer = canonical(points);
    if (!outer) return [];
    const inner = holes.map((hole) => canonical(hole!)).filter((hole): hole is Point[] => hole !== null).sort((a, b) => comparePoints(a[0]!, b[0]!));
    return [[outer, ...inner.map((hole) => [...hole].reverse())].map(toRing)];
  }
  if (holes.length > 0 || (westOf > 0 && eastOf > 0)) return undefined;
  if (onEdge === 0 && westOf + eastOf === points.length) return [];
  const edge = eastOf > 0 ? east : west;
  /** -1 inside, 0 on the edge, 1 outside. */
  const side = (p: Point) => (p.x === edge ? 0 : p.x < edge === (edge === east) ? -1 : 1);
  if (points.some(({ x, y }) => x === (edge === east ? west : east) || y === -90 || y === 90)) return undefined;
  // Segments wholly outside never reach the result: where they cross one another does not matter.
  const n = points.length;
  if (touchesItself([points], (_, i) => side(points[i]!) === 1 && side(points[(i + 1) % n]!) === 1)) return undefined;
  const pieces = cutAt(points, side, edge);
  if (!pieces) return undefined;
  const kept = pieces.map(canonical).filter((ring): ring is Point[] => ring !== null);
  kept.sort((a, b) => comparePoints(a[0]!, b[0]!));
  return kept.map((ring) => [toRing(ring)]);
}

/**
 * The polygon with each run of three or more points outside the band shortened to its first and last
 * point, where that is safe: for polyclip, whose answer it leaves unchanged, when the walk cannot be
 * used (Russia's ring simplified for the far view crosses itself). Polyclip's work grows with the
 * points it is given; what lies outside the band never reaches its answer:
 * - a segment wholly outside is never part of the result, and where it crosses another one outside
 *   only splits segments that are not part of it either;
 * - the shortcut and the points it replaces enclose nothing in the band (the outside is convex), so
 *   every winding number within the band stays the same;
 * - a run is kept whole when the shortcut or a segment it replaces comes near a segment that reaches
 *   the band: polyclip would split that segment, and its crossing would move.
 */
export function trimOutside(polygon: PolygonCoords, west: number, east: number): PolygonCoords {
  const [outer, ...holes] = polygon;
  if (!outer || holes.length > 0) return polygon;
  const points = distinctPoints(outer);
  if (!points || points.length < 4) return polygon;
  const outside = (p: Point) => p.x < west || p.x > east;
  const n = points.length;
  const start = points.findIndex((p) => !outside(p));
  if (start < 0) return polygon;
  // Runs of points outside, as index ranges along the ring from a point that is not.
  const runs: [number, number][] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (!outside(points[i]!)) continue;
    const last = runs[runs.length - 1];
    if (last && (last[1] + 1) % n === i) last[1] = i;
    else runs.push([i, i]);
  }
  const reaching: Segment[] = [];
  for (let i = 0; i < n; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % n]!;
    if (!outside(a) || !outside(b)) reaching.push([a, b]);
  }
  let largest = 1;
  for (const { x, y } of points) largest = Math.max(largest, Math.abs(x), Math.abs(y));
  const margin = 1e-9 * largest;
  const clear = (segment: Segment) => reaching.every((other) => !meetBeyondEnds(segment, other, margin));
  const dropped = new Set<number>();
  for (const [first, last] of runs) {
    const length = (last - first + n) % n + 1;
    if (length < 3) continue;
    const a = points[first]!;
    const b = points[last]!;
    if (a.x === b.x && a.y === b.y) continue;
    const replaced = Array.from({ length: length - 1 }, (_, k): Segment => [points[(first + k) % n]!, points[(first + k + 1) % n]!]);
    if (!clear([a, b]) || !replaced.every(clear)) continue;
    for (let k = 1; k < length - 1; k++) dropped.add((first + k) % n);
  }
  if (dropped.size === 0) return polygon;
  const kept = points.filter((_, i) => !dropped.has(i)).map((p) => [p.x, p.y]);
  return [[...kept, [...kept[0]!]]];
}

const toRing = (ring: Point[]): Ring => ring.map((p) => [p.x, p.y]);

interface Point {
  x: number;
  y: number;
  /** A crossing's latitude exactly, in 10^-PLACES, as polyclip holds it (its `y` is that value as a number). */
  exactY?: bigint;
}

/** Where the ring meets the edge: a new point on a segment, or one of its own points lying on the edge. */
interface Crossing {
  point: Point;
  exit: boolean;
  /** Whether the ring goes east through it: the winding number north of it is one more. */
  eastward: boolean;
  /** The first point inside after an entry; the last inside before an exit. */
  inside: number;
}

/** Positions with consecutive repeats dropped and the closing point left off, as polyclip reads a ring. */
function distinctPoints(ring: Ring): Point[] | undefined {
  const points: Point[] = [];
  for (const [x, y] of ring) {
    if (typeof x !== 'number' || typeof y !== 'number') return undefined;
    const last = points[points.length - 1];
    if (!last || last.x !== x || last.y !== y) points.push({ x, y });
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first.x === last.x && first.y === last.y) points.pop();
  return points;
}

/**
 * Cuts the ring where it crosses the line x = edge: the parts inside, each joined to the next along
 * the line, as lists of points (not repeating the first). A point of the ring on the edge is a
 * crossing when the ring passes through it, an ordinary point when the ring comes back inside; the
 * ring touching the edge from outside, or running along it, is left to polyclip.
 */
function cutAt(points: Point[], side: (p: Point) => number, edge: number): Point[][] | undefined {
  const n = points.length;
  const at = (i: number) => points[((i % n) + n) % n]!;
  const crossings: Crossing[] = [];
  for (let i = 0; i < n; i++) {
    const here = side(at(i));
    if (here === 0) {
      const before = side(at(i - 1));
      const after = side(at(i + 1));
      if (before === 0 || after === 0 || (before === 1 && after === 1)) return undefined;
      if (before !== after) {
        const exit = before === -1;
        crossings.push({ point: at(i), exit, eastward: at(i + 1).x > at(i - 1).x, inside: exit ? (i - 1 + n) % n : (i + 1) % n });
      }
      continue;
    }
    const next = side(at(i + 1));
    if (next === 0 || next === here) continue;
    const exit = here === -1;
    crossings.push({ point: crossingAt(at(i), at(i + 1), edge), exit, eastward: at(i + 1).x > at(i).x, inside: exit ? i : (i + 1) % n });
  }
  // Polyclip keeps what has a non-zero winding number. Along the edge it changes by one at each
  // crossing; the stretches where it is not zero join an exit to an entry. Anything else (a winding
  // of two, say) is left to polyclip.
  const byLatitude = [...crossings].sort((a, b) => compareExact(a.point, b.point));
  const partner = new Map<Crossing, Crossing>();
  let winding = 0;
  for (let i = 0; i < byLatitude.length; i++) {
    const crossing = byLatitude[i]!;
    const above = byLatitude[i + 1];
    if (above && compareExact(crossing.point, above.point) === 0) return undefined;
    winding += crossing.eastward ? 1 : -1;
    if (Math.abs(winding) > 1) return undefined;
    if (winding === 0) continue;
    if (!above || above.exit === crossing.exit) return undefined;
    partner.set(crossing.exit ? crossing : above, crossing.exit ? above : crossing);
  }
  const ringOrder = new Map(crossings.map((crossing, i) => [crossing, i]));
  const used = new Set<Crossing>();
  const pieces: Point[][] = [];
  for (const start of crossings) {
    if (start.exit || used.has(start)) continue;
    const piece: Point[] = [];
    let entry = start;
    for (;;) {
      used.add(entry);
      const exit = crossings[((ringOrder.get(entry) ?? 0) + 1) % crossings.length]!;
      if (!exit.exit) return undefined;
      piece.push(entry.point);
      for (let i = entry.inside; ; i = (i + 1) % n) {
        piece.push(points[i]!);
        if (i === exit.inside) break;
      }
      piece.push(exit.point);
      const next = partner.get(exit);
      if (!next) return undefined;
      if (next === start) break;
      if (used.has(next)) return undefined;
      entry = next;
    }
    pieces.push(piece);
  }
  return pieces;
}

/** Counter-clockwise from its lowest westernmost point, points in line with their neighbours dropped; null when nothing is left. */
function canonical(ring: Point[]): Point[] | null {
  const ordered = signedArea(ring) > 0 ? ring : [...ring].reverse();
  let first = 0;
  for (let i = 1; i < ordered.length; i++) if (comparePoints(ordered[i]!, ordered[first]!) < 0) first = i;
  const events = [...ordered.slice(first), ...ordered.slice(0, first), ordered[first]!];
  // polyclip's RingOut.getGeom, step by step.
  let previous = events[0]!;
  const kept = [previous];
  for (let i = 1; i < events.length - 1; i++) {
    const point = events[i]!;
    if (collinear(point, previous, events[i + 1]!)) continue;
    kept.push(point);
    previous = point;
  }
  if (kept.length === 1) return null;
  if (collinear(kept[0]!, previous, kept[1]!)) kept.shift();
  kept.push(kept[0]!);
  return kept;
}

function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/** West to east, then south to north, on exact values: polyclip's sweep order. */
function comparePoints(a: Point, b: Point): number {
  if (a.x !== b.x) return a.x < b.x ? -1 : 1;
  return compareExact(a, b);
}

function compareExact(a: Point, b: Point): number {
  if (a.exactY === undefined && b.exactY === undefined) return a.y === b.y ? 0 : a.y < b.y ? -1 : 1;
  const ay = exactY(a);
  const by = exactY(b);
  return ay === by ? 0 : ay < by ? -1 : 1;
}

// Exact arithmetic on the decimals the coordinates print as, which is what polyclip computes with.

/** Decimal places every exact value is held at: a coordinate has at most 60 here, a crossing 80. */
const PLACES = 80;
/** polyclip (bignumber.js) rounds a quotient to 20 decimal places. */
const QUOTIENT_PLACES = 20;

/** A number's shortest decimal form as an integer count of 10^-PLACES; undefined if it needs more places. */
function toExact(value: number): bigint | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const places = fraction.length - Number(exponent);
  if (places > PLACES - QUOTIENT_PLACES) return undefined;
  const digits = BigInt(whole + fraction) * 10n ** BigInt(PLACES - places);
  return sign === '-' ? -digits : digits;
}

function exactX(p: Point): bigint {
  const x = toExact(p.x);
  if (x === undefined) throw new NotCovered();
  return x;
}

function exactY(p: Point): bigint {
  if (p.exactY !== undefined) return p.exactY;
  const y = toExact(p.y);
  if (y === undefined) throw new NotCovered();
  return y;
}

/** `a / b` rounded to QUOTIENT_PLACES decimals, half away from zero, as a count of 10^-QUOTIENT_PLACES. */
function roundedQuotient(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const numerator = (a < 0n ? -a : a) * 10n ** BigInt(QUOTIENT_PLACES);
  const denominator = b < 0n ? -b : b;
  let quotient = numerator / denominator;
  if (2n * (numerator % denominator) >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}

function exactToNumber(value: bigint): number {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(PLACES + 1, '0');
  return Number(`${negative ? '-' : ''}${digits.slice(0, -PLACES)}.${digits.slice(-PLACES)}`);
}

/** Where the segment ab crosses x = edge, as polyclip's verticalIntersection computes it from the western end. */
function crossingAt(a: Point, b: Point, edge: number): Point {
  const [left, right] = a.x < b.x ? [a, b] : [b, a];
  const [x0, y0, x1, y1, xe] = [exactX(left), exactY(left), exactX(right), exactY(right), exactX({ x: edge, y: 0 })];
  const slope = roundedQuotient(y1 - y0, x1 - x0);
  // slope · 10^-20 × (xe − x0) · 10^-PLACES, where xe − x0 is a multiple of 10^20 (a coordinate has at most PLACES − 20 places).
  const y = y0 + slope * ((xe - x0) / 10n ** BigInt(QUOTIENT_PLACES));
  // polyclip drops a crossing that rounding put outside the segment's latitudes.
  if (y < (y0 < y1 ? y0 : y1) || y > (y0 < y1 ? y1 : y0)) throw new NotCovered();
  return { x: edge, y: exactToNumber(y), exactY: y };
}

/** Whether a, b and c lie exactly on one line, on their decimal values (polyclip's orient without epsilon). */
function collinear(a: Point, b: Point, c: Point): boolean {
  const [d1, d2, d3, d4] = [a.y - c.y, b.x - c.x, a.x - c.x, b.y - c.y];
  const area = d1 * d2 - d3 * d4;
  // Far from zero in floating point: certainly not collinear. Each difference is off by a few ulps of the
  // largest coordinate (the decimals differ from the doubles by half an ulp, the subtraction rounds once more).
  const largest = Math.max(Math.abs(a.x), Math.abs(a.y), Math.abs(b.x), Math.abs(b.y), Math.abs(c.x), Math.abs(c.y));
  const error = 8 * Number.EPSILON * largest;
  if (Math.abs(area) > error * (Math.abs(d1) + Math.abs(d2) + Math.abs(d3) + Math.abs(d4) + 2 * error) + 4 * Number.EPSILON * (Math.abs(d1 * d2) + Math.abs(d3 * d4))) return false;
  const [ax, ay, bx, by, cx, cy] = [exactX(a), exactY(a), exactX(b), exactY(b), exactX(c), exactY(c)];
  return (ay - cy) * (bx - cx) - (ax - cx) * (by - cy) === 0n;
}

/**
 * Whether the rings cross or touch one another or themselves, or come close enough that rounding could
 * decide it: then polyclip splits them where they meet, and this clip leaves the case to polyclip.
 * Pairs of segments that `ignored` both leave out are not compared. A sweep from west to east
 * compares only segments whose longitudes overlap.
 */
function touchesItself(rings: readonly Point[][], ignored: (ring: number, segment: number) => boolean): boolean {
  const segments: Sweep[] = [];
  let largest = 1;
  rings.forEach((points, ring) => {
    points.forEach((a, index) => {
      const b = points[(index + 1) % points.length]!;
      segments.push({ ring, index, a, b, west: Math.min(a.x, b.x), east: Math.max(a.x, b.x), south: Math.min(a.y, b.y), north: Math.max(a.y, b.y), ignored: ignored(ring, index) });
      largest = Math.max(largest, Math.abs(a.x), Math.abs(a.y));
    });
  });
  const margin = 1e-9 * largest;
  segments.sort((s, t) => s.west - t.west);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (t.west > s.east + margin) break;
      if ((s.ignored && t.ignored) || t.south > s.north + margin || s.south > t.north + margin) continue;
      const [first, second] = s.ring < t.ring || (s.ring === t.ring && s.index < t.index) ? [s, t] : [t, s];
      const length = rings[first.ring]!.length;
      const follows = first.ring === second.ring && second.index === first.index + 1;
      const closes = first.ring === second.ring && first.index === 0 && second.index === length - 1;
      if (follows ? foldsBack([first.a, first.b], [second.a, second.b]) : closes ? foldsBack([second.a, second.b], [first.a, first.b]) : segmentsMeet([s.a, s.b], [t.a, t.b], margin)) return true;
    }
  }
  return false;
}

interface Sweep {
  ring: number;
  index: number;
  a: Point;
  b: Point;
  west: number;
  east: number;
  south: number;
  north: number;
  ignored: boolean;
}

type Segment = readonly [Point, Point];

/** Two consecutive segments that run back along each other, or nearly in line (polyclip may merge them). */
function foldsBack([a, b]: Segment, [, c]: Segment): boolean {
  const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
  const dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
  const scale = Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(c.x - b.x, c.y - b.y);
  return dot < 0 && Math.abs(cross) <= 1e-9 * scale;
}

/** Whether two segments meet anywhere but at an end they share (where they may not run along each other either). */
function meetBeyondEnds(s: Segment, t: Segment, margin: number): boolean {
  const [[a, b], [c, d]] = [s, t];
  if (Math.max(a.x, b.x) + margin < Math.min(c.x, d.x) || Math.max(c.x, d.x) + margin < Math.min(a.x, b.x)) return false;
  if (Math.max(a.y, b.y) + margin < Math.min(c.y, d.y) || Math.max(c.y, d.y) + margin < Math.min(a.y, b.y)) return false;
  for (const p of s) {
    for (const q of t) {
      if (p.x !== q.x || p.y !== q.y) continue;
      const u = s[0] === p ? s[1] : s[0];
      const v = t[0] === q ? t[1] : t[0];
      const cross = (u.x - p.x) * (v.y - p.y) - (u.y - p.y) * (v.x - p.x);
      const dot = (u.x - p.x) * (v.x - p.x) + (u.y - p.y) * (v.y - p.y);
      const scale = Math.hypot(u.x - p.x, u.y - p.y) * Math.hypot(v.x - p.x, v.y - p.y);
      return dot > 0 && Math.abs(cross) <= 1e-9 * scale;
    }
  }
  return segmentsMeet(s, t, margin);
}

/** Whether two segments intersect or pass within `margin` of an end of the other (conservatively). */
function segmentsMeet([a, b]: Segment, [c, d]: Segment, margin: number): boolean {
  if (Math.max(a.x, b.x) + margin < Math.min(c.x, d.x) || Math.max(c.x, d.x) + margin < Math.min(a.x, b.x)) return false;
  if (Math.max(a.y, b.y) + margin < Math.min(c.y, d.y) || Math.max(c.y, d.y) + margin < Math.min(a.y, b.y)) return false;
  const side = (p: Point, q: Point, r: Point) => {
    const value = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    const length = Math.hypot(q.x - p.x, q.y - p.y);
    return Math.abs(value) <= margin * length ? 0 : Math.sign(value);
  };
  const [s1, s2, s3, s4] = [side(a, b, c), side(a, b, d), side(c, d, a), side(c, d, b)];
  if (s1 === 0 || s2 === 0 || s3 === 0 || s4 === 0) return true;
  return s1 !== s2 && s3 !== s4;
}

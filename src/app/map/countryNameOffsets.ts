import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryRole } from '../../shared/contract';
import { COUNTRY_LABEL, type LabelAnchor } from './labelRules';
import { runNow, type Steps } from './slices';

/** A shift in ems from a name's label point: x to the right, y down, as MapLibre's `text-variable-anchor-offset` reads it. */
export type EmOffset = [number, number];

/** A place to try for a name: an anchor and its offset, in the order MapLibre tries them. */
export type AnchorOffset = readonly [LabelAnchor, EmOffset];

/**
 * Where a Central Asian state's name may sit, searched on a grid of shifts from its label point (in ems), and how
 * far inside its country its middle must stay (px). At a phone's zoom the five states are each about as wide as
 * their names; the names of Uzbekistan and Turkmenistan, centred, collide with Kyrgyzstan's and Tajikistan's, and
 * used to go beside their point, over the neighbour. They now move within their own country first.
 */
export const NAME_SHIFTS = { stepX: 0.25, stepY: 0.25, maxX: 3, maxY: 1.5, insideBy: 2 } as const;

/** The roles whose names move within their country before they go beside it: the five states. */
const MOVES_INSIDE: readonly CountryRole[] = ['central-asia'];

export function movesInside(role: CountryRole): boolean {
  return MOVES_INSIDE.includes(role);
}

/**
 * The shifts that keep a name's middle at least `insideBy` px inside its country, nearest first (a shift up or
 * down counts one and a half times a shift sideways: a name that leaves its row reads less as the country's).
 * `rings` are the country's rings in the view's pixels; `size` is the name's size in pixels.
 */
export function insideOffsets(point: readonly [number, number], rings: readonly (readonly Position[])[], size: number): EmOffset[] {
  return runNow(insideOffsetSteps(point, rings, size));
}

/** insideOffsets' work, a step per row of the grid (see slices.ts): a country's search is one of a redraw's longest. */
export function* insideOffsetSteps(point: readonly [number, number], rings: readonly (readonly Position[])[], size: number): Steps<EmOffset[]> {
  const { stepX, stepY, maxX, maxY, insideBy } = NAME_SHIFTS;
  const found: { offset: EmOffset; cost: number }[] = [];
  for (let j = -Math.round(maxY / stepY); j <= Math.round(maxY / stepY); j++) {
    for (let i = -Math.round(maxX / stepX); i <= Math.round(maxX / stepX); i++) {
      const offset: EmOffset = [i * stepX, j * stepY];
      const x = point[0] + offset[0] * size;
      const y = point[1] + offset[1] * size;
      if (!insideRings(x, y, rings) || nearEdge(x, y, rings, insideBy)) continue;
      found.push({ offset, cost: offset[0] ** 2 + (1.5 * offset[1]) ** 2 });
    }
    yield;
  }
  // Ties go to the lower, then the more westerly shift: any fixed order would do, both maps read the same one.
  found.sort((a, b) => a.cost - b.cost || b.offset[1] - a.offset[1] || a.offset[0] - b.offset[0]);
  return found.map((f) => f.offset);
}

/**
 * Every place a country's name may go, in order: within the country for the five states (`insideOffsets`), then
 * beside its label point as for every other country (COUNTRY_LABEL's anchors at the role's radial offset, the
 * baseline allowance left to the renderer, as MapLibre's offsets are written). A name beside its point beats no name.
 */
export function countryNamePlaces(inside: readonly EmOffset[], radial: number): AnchorOffset[] {
  const d = radial / Math.SQRT2;
  const beside: Record<LabelAnchor, EmOffset> = {
    center: [0, 0], top: [0, radial], bottom: [0, -radial], left: [radial, 0], right: [-radial, 0],
    'top-left': [d, d], 'top-right': [-d, d], 'bottom-left': [d, -d], 'bottom-right': [-d, -d],
  };
  return [...inside.map((offset): AnchorOffset => ['center', offset]), ...COUNTRY_LABEL.anchors.map((anchor): AnchorOffset => [anchor, beside[anchor]])];
}

/** The list as the style's `text-variable-anchor-offset` takes it: anchor, offset, anchor, offset… */
export function flatAnchorOffsets(places: readonly AnchorOffset[]): (string | EmOffset)[] {
  return places.flatMap(([anchor, offset]) => [anchor, [offset[0], offset[1]]]);
}

/**
 * A country's rings, projected to the view's pixels, without the vertices closer than half a pixel to the last one
 * kept: at a phone's zoom Kazakhstan's thousand points fall on a few hundred pixels, and each shift tried walks them.
 */
export function projectedRings(geometry: Polygon | MultiPolygon, project: (p: [number, number]) => [number, number]): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map((ring) => {
    const kept: Position[] = [];
    for (const [i, p] of ring.entries()) {
      const point = project([p[0] ?? 0, p[1] ?? 0]);
      const last = kept.at(-1);
      if (last && i < ring.length - 1 && Math.abs(point[0] - last[0]!) < 0.5 && Math.abs(point[1] - last[1]!) < 0.5) continue;
      kept.push(point);
    }
    return kept;
  }));
}

/** Even-odd: inside the country, out of its holes. A ring whose box misses the point crosses its ray an even number of times. */
function insideRings(x: number, y: number, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    const [left, top, right, bottom] = boxOf(ring);
    if (x < left || x > right || y < top || y > bottom) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i]!;
      const [xj = 0, yj = 0] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether an edge of the rings passes closer than `distance` to the point (squared distances: no square root per edge). */
function nearEdge(x: number, y: number, rings: readonly (readonly Position[])[], distance: number): boolean {
  const limit = distance * distance;
  for (const ring of rings) {
    const [left, top, right, bottom] = boxOf(ring);
    if (x < left - distance || x > right + distance || y < top - distance || y > bottom + distance) continue;
    for (let i = 1; i < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i - 1]!;
      const [bx = 0, by = 0] = ring[i]!;
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      const [ex, ey] = [x - (ax + t * dx), y - (ay + t * dy)];
      if (ex * ex + ey * ey < limit) return true;
    }
  }
  return false;
}

const boxes = new WeakMap<readonly Position[], [number, number, number, number]>();

/** A ring's box in pixels, once per ring: each of a name's few hundred shifts meets the same rings. */
function boxOf(ring: readonly Position[]): [number, number, number, number] {
  let box = boxes.get(ring);
  if (!box) {
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of ring) {
      [left, right] = [Math.min(left, x), Math.max(right, x)];
      [top, bottom] = [Math.min(top, y), Math.max(bottom, y)];
    }
    box = [left, top, right, bottom];
    boxes.set(ring, box);
  }
  return box;
}

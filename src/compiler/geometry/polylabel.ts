import type { Position } from 'geojson';
import { ringBbox } from './polygons';
import type { PolygonCoords } from './types';

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the cell centre to the outline: positive inside. */
  distance: number;
  /** The best distance any point of the cell could reach. */
  potential: number;
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = [a[0] ?? 0, a[1] ?? 0];
  let [dx, dy] = [(b[0] ?? 0) - x, (b[1] ?? 0) - y];
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [b[0] ?? 0, b[1] ?? 0];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  [dx, dy] = [px - x, py - y];
  return dx * dx + dy * dy;
}

function signedDistance(x: number, y: number, polygon: PolygonCoords): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function cell(x: number, y: number, half: number, polygon: PolygonCoords): Cell {
  const distance = signedDistance(x, y, polygon);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** A max-heap on `potential`, so the most promising cell is refined first. */
class CellQueue {
  private readonly items: Cell[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Cell): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as Cell).potential >= item.potential) break;
      [items[i], items[parent]] = [items[parent] as Cell, item];
      i = parent;
    }
  }
  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let best = i;
      if (l < items.length && (items[l] as Cell).potential > (items[best] as Cell).potential) best = l;
      if (r < items.length && (items[r] as Cell).potential > (items[best] as Cell).potential) best = r;
      if (best === i) break;
      [items[i], items[best]] = [items[best] as Cell, items[i] as Cell];
      i = best;
    }
    return top;
  }
}

/**
 * Pole of inaccessibility (the polylabel algorithm, Agafonkin 2016): the point inside the polygon
 * farthest from its outline, found to within `precision` in the polygon's own units.
 */
export function poleOfInaccessibility(polygon: PolygonCoords, precision: number): Position {
  const [w, s, e, n] = ringBbox(polygon[0] ?? []);
  const size = Math.min(e - w, n - s);
  if (size === 0) return [w, s];
  const queue = new CellQueue();
  for (let x = w; x < e; x += size) for (let y = s; y < n; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2, polygon));
  let best = cell((w + e) / 2, (s + n) / 2, 0, polygon);
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (next.distance > best.distance) best = next;
    if (next.potential - best.distance <= precision) continue;
    const h = next.half / 2;
    for (const [dx, dy] of [[-h, -h], [h, -h], [-h, h], [h, h]] as const) queue.push(cell(next.x + dx, next.y + dy, h, polygon));
  }
  return [best.x, best.y];
}

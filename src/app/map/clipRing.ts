type Point = [number, number];

/** A rectangle in the view's pixels: [left, top, right, bottom]. */
export type PixelBox = [number, number, number, number];

/**
 * A closed ring cut to a rectangle (Sutherland–Hodgman, one edge of the box at a time). A country drawn far beyond
 * the view keeps only the part near it, so its shape, and the box that tools and readers' browsers measure for
 * it, end at the map's edge: Russia's button no longer reaches under the page's header.
 */
export function clipRing(ring: readonly Point[], [left, top, right, bottom]: PixelBox): Point[] {
  const edges: [inside: (p: Point) => boolean, cross: (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= left, (a, b) => atX(a, b, left)],
    [(p) => p[0] <= right, (a, b) => atX(a, b, right)],
    [(p) => p[1] >= top, (a, b) => atY(a, b, top)],
    [(p) => p[1] <= bottom, (a, b) => atY(a, b, bottom)],
  ];
  let out: Point[] = [...ring];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    });
    if (out.length === 0) return out;
  }
  return out;
}

const atX = ([ax, ay]: Point, [bx, by]: Point, x: number): Point => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
const atY = ([ax, ay]: Point, [bx, by]: Point, y: number): Point => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];

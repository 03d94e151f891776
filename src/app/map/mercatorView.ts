import type { Geometry, Position } from 'geojson';
import { mercatorX, mercatorY, TILE_SIZE } from '../../shared/mercator';
import type { Camera, Viewport } from './camera';
import { clipRing, type PixelBox } from './clipRing';

export type Project = (position: Position) => [number, number];

/**
 * Web Mercator as MapLibre draws a north-up, unpitched camera: lon/lat to the CSS pixels of a view of this size.
 * Longitudes are not wrapped, as in MapLibre: an unwrapped ring (190°E) continues east of the antimeridian.
 */
export function mercatorProjector(camera: Pick<Camera, 'center' | 'zoom'>, viewport: Viewport): Project {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const cx = mercatorX(camera.center[0]);
  const cy = mercatorY(camera.center[1]);
  return ([lon, lat]) => [hundredths((mercatorX(lon!) - cx) * scale + viewport.width / 2), hundredths((mercatorY(lat!) - cy) * scale + viewport.height / 2)];
}

// Node (which pre-renders) and the browser (which hydrates) can differ in Math.log's last bit: rounded, both
// write the same attributes.
function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How far outside the view a line may lie and still be drawn (so a stroke does not end at the edge). */
const MARGIN = 32;

/**
 * An SVG path for a line or area geometry, in the view's pixels. Rings and lines wholly outside the view are
 * left out, and vertices closer than half a pixel to the last one kept are dropped: the world's land costs a few
 * hundred points, not thousands. Returns '' when nothing is in view.
 */
export function pathData(geometry: Geometry, project: Project, viewport: Viewport, bleed: Bleed = NO_BLEED): string {
  const area: PixelBox = [-MARGIN - bleed.x, -MARGIN - bleed.y, viewport.width + MARGIN + bleed.x, viewport.height + MARGIN + bleed.y];
  // A pre-rendered frame (the one with a bleed) is on screen only until the first measure draws the map again, and
  // its paths are most of the page's bytes: it is drawn to the whole pixel.
  const grid = bleed === NO_BLEED ? FINE : COARSE;
  switch (geometry.type) {
    case 'Polygon':
      return rings(geometry.coordinates, project, area, true, grid);
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => rings(polygon, project, area, true, grid)).join('');
    case 'LineString':
      return rings([geometry.coordinates], project, area, false, grid);
    case 'MultiLineString':
      return rings(geometry.coordinates, project, area, false, grid);
    default:
      return '';
  }
}

/** How far past the view's edges a drawing goes, in pixels: a pre-rendered map is drawn for a frame it may overflow. */
export interface Bleed {
  x: number;
  y: number;
}

const NO_BLEED: Bleed = { x: 0, y: 0 };

/** How paths are written: points rounded to `step` tenths of a pixel, and a point dropped when closer than `drop` px to the last kept. */
interface Grid {
  step: number;
  drop: number;
}

const FINE: Grid = { step: 1, drop: 0.5 };
const COARSE: Grid = { step: 10, drop: 1 };

function rings(lines: readonly Position[][], project: Project, area: PixelBox, closed: boolean, { step, drop }: Grid): string {
  let d = '';
  for (const line of lines) {
    if (!boxInArea(line, project, area)) continue;
    const projected = line.map(project);
    const placed = placeIn(projected, area);
    if (placed === 'outside') continue;
    // A ring wholly inside comes out of the clip as it went in: most of a view's rings are.
    const points = closed && placed === 'across' ? clipRing(projected, area) : projected;
    let last: [number, number] | undefined;
    const kept: [number, number][] = [];
    points.forEach((point, i) => {
      const isLast = i === points.length - 1;
      if (last && !isLast && Math.abs(point[0] - last[0]) < drop && Math.abs(point[1] - last[1]) < drop) return;
      kept.push([tenths(point[0], step), tenths(point[1], step)]);
      last = point;
    });
    if (kept.length < 2) continue;
    d += `M${formatTenths(kept[0]![0])},${formatTenths(kept[0]![1])}l${kept.slice(1).map(([x, y], i) => `${formatTenths(x - kept[i]![0])},${formatTenths(y - kept[i]![1])}`).join(' ')}${closed ? 'z' : ''}`;
  }
  return d;
}

const boxes = new WeakMap<readonly Position[], [number, number, number, number]>();

/**
 * Whether a line's lon/lat box, projected, meets the area: Web Mercator keeps east and north in order, so two
 * corners stand for the box. Most of the world's rings are far outside a story's view, and are then never
 * projected point by point. The boxes are kept per ring, which each redraw of the same layers meets again.
 */
function boxInArea(line: readonly Position[], project: Project, [left, top, right, bottom]: PixelBox): boolean {
  let box = boxes.get(line);
  if (!box) {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon = 0, lat = 0] of line) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    box = [west, south, east, north];
    boxes.set(line, box);
  }
  const [x0, y0] = project([box[0], box[3]]);
  const [x1, y1] = project([box[2], box[1]]);
  return x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;
}

/** Where projected points lie against the area, by their box. */
function placeIn(points: readonly [number, number][], [left, top, right, bottom]: PixelBox): 'outside' | 'inside' | 'across' {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (x1 < left || x0 > right || y1 < top || y0 > bottom) return 'outside';
  return x0 >= left && x1 <= right && y0 >= top && y1 <= bottom ? 'inside' : 'across';
}

// Coordinates in tenths of a pixel, each step written relative to the last (rounded) one: the pre-rendered page
// carries these paths in its HTML, and short relative numbers take about half the bytes of absolute ones.
function tenths(value: number, step: number): number {
  return Math.round((value * 10) / step) * step;
}

/**
 * Tenths as the shortest decimal, without a leading zero: `-.5`, `12.3`, `4`. Written by hand because a regular
 * expression per number was a third of a redraw (tests/app/mercatorView.test.ts compares it with that one).
 */
export function formatTenths(inTenths: number): string {
  const whole = Math.trunc(inTenths / 10);
  const tenth = Math.abs(inTenths % 10);
  if (tenth === 0) return String(whole);
  if (whole === 0) return inTenths < 0 ? `-.${tenth}` : `.${tenth}`;
  return `${whole}.${tenth}`;
}

import type { Geometry, Position } from 'geojson';
import { mercatorX, mercatorY, TILE_SIZE } from '../../shared/mercator';
import type { Camera, Viewport } from './camera';
import { clipRing } from './clipRing';

export type Project = (position: Position) => [number, number];

/**
 * Web Mercator as MapLibre draws a north-up, unpitched camera: lon/lat to the CSS pixels of a view of this size.
 * Longitudes are not wrapped, as in MapLibre: an unwrapped ring (190°E) continues east of the antimeridian.
 */
export function mercatorProjector(camera: Pick<Camera, 'center' | 'zoom'>, viewport: Viewport): Project {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const cx = mercatorX(camera.center[0]);
  const cy = mercatorY(camera.center[1]);
  return ([lon, lat]) => [(mercatorX(lon!) - cx) * scale + viewport.width / 2, (mercatorY(lat!) - cy) * scale + viewport.height / 2];
}

/** How far outside the view a line may lie and still be drawn (so a stroke does not end at the edge). */
const MARGIN = 32;

/**
 * An SVG path for a line or area geometry, in the view's pixels. Rings and lines wholly outside the view are
 * left out, and vertices closer than half a pixel to the last one kept are dropped: the world's land costs a few
 * hundred points, not thousands. Returns '' when nothing is in view.
 */
export function pathData(geometry: Geometry, project: Project, viewport: Viewport): string {
  switch (geometry.type) {
    case 'Polygon':
      return rings(geometry.coordinates, project, viewport, true);
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => rings(polygon, project, viewport, true)).join('');
    case 'LineString':
      return rings([geometry.coordinates], project, viewport, false);
    case 'MultiLineString':
      return rings(geometry.coordinates, project, viewport, false);
    default:
      return '';
  }
}

function rings(lines: readonly Position[][], project: Project, viewport: Viewport, closed: boolean): string {
  let d = '';
  for (const line of lines) {
    const projected = line.map(project);
    if (!inView(projected, viewport)) continue;
    const points = closed ? clipRing(projected, [-MARGIN, -MARGIN, viewport.width + MARGIN, viewport.height + MARGIN]) : projected;
    let last: [number, number] | undefined;
    const kept: string[] = [];
    points.forEach((point, i) => {
      const isLast = i === points.length - 1;
      if (last && !isLast && Math.abs(point[0] - last[0]) < 0.5 && Math.abs(point[1] - last[1]) < 0.5) return;
      kept.push(`${round(point[0])},${round(point[1])}`);
      last = point;
    });
    if (kept.length < 2) continue;
    d += `M${kept.join('L')}${closed ? 'Z' : ''}`;
  }
  return d;
}

function inView(points: readonly [number, number][], { width, height }: Viewport): boolean {
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
  return x1 >= -MARGIN && x0 <= width + MARGIN && y1 >= -MARGIN && y0 <= height + MARGIN;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

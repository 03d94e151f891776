import type { Position } from 'geojson';
import { REFERENCE_VIEWPORT, type CameraSpec } from '../../contract';
import { latitudeOfY, longitudeOfX, mercatorX, mercatorY, TILE_SIZE } from '../../mercator';

// Actors farther than this from the focus come from off the map (Washington in a story set in Astana).
const NEAR = { lon: 70, lat: 40 };
const MARGIN = 1.35;

/** A camera on the reference viewport that frames the focus and the actors near it. */
export function frameCamera(focus: Position, others: readonly Position[]): CameraSpec {
  const near = others.filter((p) => Math.abs(p[0]! - focus[0]!) <= NEAR.lon && Math.abs(p[1]! - focus[1]!) <= NEAR.lat);
  const points = [focus, ...near];
  const xs = points.map((p) => mercatorX(p[0]!));
  const ys = points.map((p) => mercatorY(p[1]!));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(x1 - x0, 0.02) * MARGIN;
  const height = Math.max(y1 - y0, 0.02) * MARGIN;
  const zoom = Math.log2(Math.min(REFERENCE_VIEWPORT.width / (width * TILE_SIZE), REFERENCE_VIEWPORT.height / (height * TILE_SIZE)));
  const round = (value: number, step: number) => Math.round(value / step) * step;
  return {
    center: [round(longitudeOfX((x0 + x1) / 2), 0.1), round(latitudeOfY((y0 + y1) / 2), 0.1)].map((v) => Number(v.toFixed(1))) as [number, number],
    zoom: Number(Math.min(6, Math.max(1.2, round(zoom, 0.1))).toFixed(1)),
  };
}

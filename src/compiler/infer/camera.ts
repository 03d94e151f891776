import type { Position } from 'geojson';
import { REFERENCE_VIEWPORT, type CameraSpec } from '../../shared/contract';
import { latitudeOfY, longitudeOfX, mercatorX, mercatorY, TILE_SIZE } from '../../shared/mercator';
import { largestPolygon, ringBbox } from '../geometry/polygons';
import type { World } from '../story/world';

// Actors farther than this from the focus come from off the map (Washington in a story set in Astana).
const NEAR = { lon: 70, lat: 40 };
const MARGIN = 1.25;
// Closer than this, the 1:50m outlines of a small country (Belgium) show their generalisation.
const MAX_ZOOM = 5;

/** A camera on the reference viewport that frames the focus country's mainland and the actors near it. */
export function frameCamera(world: World, focusCountry: string, focus: Position, others: readonly Position[]): CameraSpec {
  const shape = world.countries.get(focusCountry);
  const [west, south, east, north] = shape ? ringBbox(largestPolygon(shape.geometry)[0] ?? [focus]) : [focus[0]!, focus[1]!, focus[0]!, focus[1]!];
  const near = others.filter((p) => Math.abs(p[0]! - focus[0]!) <= NEAR.lon && Math.abs(p[1]! - focus[1]!) <= NEAR.lat);
  const points: Position[] = [focus, [west, south], [east, north], ...near];
  const xs = points.map((p) => mercatorX(p[0]!));
  const ys = points.map((p) => mercatorY(p[1]!));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(x1 - x0, 0.01) * MARGIN;
  const height = Math.max(y1 - y0, 0.01) * MARGIN;
  const zoom = Math.log2(Math.min(REFERENCE_VIEWPORT.width / (width * TILE_SIZE), REFERENCE_VIEWPORT.height / (height * TILE_SIZE)));
  // An unwrapped ring (Russia past 180°) can put the centre beyond the antimeridian: bring it back.
  const lon = ((longitudeOfX((x0 + x1) / 2) + 540) % 360) - 180;
  return {
    center: [round(lon), round(latitudeOfY((y0 + y1) / 2))],
    zoom: round(Math.min(MAX_ZOOM, Math.max(1.2, zoom))),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

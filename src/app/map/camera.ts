import type { Bbox } from '../../shared/bbox';
import type { ProjectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { REFERENCE_VIEWPORT, type CameraSpec } from '../../shared/contract';
import { latitudeOfY, mercatorX, mercatorY, TILE_SIZE } from '../../shared/mercator';

export interface Viewport {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What a step (or the story's overview) says about where to look. */
export interface CameraTarget {
  bounds: Bbox;
  camera?: CameraSpec;
}

export { REFERENCE_VIEWPORT };

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera for a step on this screen: the author's camera, with its zoom scaled to the visible area,
 * or else the step's bounds fitted to the visible area. Padding is the part of the map the panel covers.
 */
export function cameraFor(target: CameraTarget, viewport: Viewport, padding: Padding = NO_PADDING): Camera {
  const visible = visibleArea(viewport, padding);
  if (target.camera) {
    const { center, zoom, bearing = 0, pitch = 0 } = target.camera;
    return { center: [center[0], center[1]], zoom: clamp(zoom + zoomAdjustment(visible), 0, 22), bearing, pitch };
  }
  return { ...fitBounds(target.bounds, visible), bearing: 0, pitch: 0 };
}

/** Zoom steps to add to an author's zoom so that about the same area shows on a smaller or larger screen. */
export function zoomAdjustment(visible: Viewport): number {
  const ratio = Math.min(visible.width / REFERENCE_VIEWPORT.width, visible.height / REFERENCE_VIEWPORT.height);
  return clamp(Math.log2(ratio), -2, 0.5);
}

/** The centre and zoom that show `bounds` ([west, south, east, north]) in a Web Mercator view of this size. */
export function fitBounds(bounds: Bbox, visible: Viewport, margin = 24): { center: [number, number]; zoom: number } {
  const [west, south, east0, north] = bounds;
  if (![west, south, east0, north].every(Number.isFinite) || south > north) throw new Error(`fitBounds: invalid bounds ${JSON.stringify(bounds)}`);
  // Bounds that cross the antimeridian have west > east.
  const east = east0 < west ? east0 + 360 : east0;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const width = Math.max(visible.width - 2 * margin, 1);
  const height = Math.max(visible.height - 2 * margin, 1);
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const zoom = clamp(Math.log2(Math.min(width / (dx * TILE_SIZE), height / (dy * TILE_SIZE))), 0, 12);
  const centerLon = wrapLongitude((west + east) / 2);
  return { center: [centerLon, latitudeOfY((y0 + y1) / 2)], zoom };
}

export function visibleArea(viewport: Viewport, padding: Padding): Viewport {
  return {
    width: Math.max(viewport.width - padding.left - padding.right, 1),
    height: Math.max(viewport.height - padding.top - padding.bottom, 1),
  };
}

/**
 * One projection per view: Mercator, or the author's globe for a step that asks for it. MapLibre's blend of
 * the two (the zoom range where one turns into the other) draws symbols and hit-tests off their features, so
 * the map never passes through it.
 */
export function projectionFor(camera?: CameraSpec): ProjectionSpecification {
  return { type: camera?.projection === 'globe' ? 'vertical-perspective' : 'mercator' };
}

function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** [west, south, east, north] of a geometry's coordinates; longitudes beyond 180 (unwrapped rings) are kept. */
export function geometryBounds(geometry: GeoJSON.Geometry): Bbox | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
      south = Math.min(south, value[1]);
      north = Math.max(north, value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visit('coordinates' in g ? g.coordinates : []);
  else visit(geometry.coordinates);
  return Number.isFinite(west) ? [west, south, east, north] : undefined;
}

/** Whether only the WebGL map can show a target: a globe, or a camera turned or tilted. The SVG map draws the rest. */
export function needsWebGL(target: CameraTarget): boolean {
  const camera = target.camera;
  return Boolean(camera && (camera.projection === 'globe' || (camera.bearing ?? 0) !== 0 || (camera.pitch ?? 0) !== 0));
}

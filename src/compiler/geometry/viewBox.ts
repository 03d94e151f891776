import type { CameraSpec } from '../../contract';
import type { Bbox } from './types';

const TILE = 512;
const MAX_LAT = 85.051129;
const toRadians = Math.PI / 180;

/**
 * The [west, south, east, north] a Web Mercator camera shows on a viewport of this size, as MapLibre
 * draws it (512-pixel tiles). A globe camera has no such box: the caller falls back to the region.
 */
export function viewBox(camera: Pick<CameraSpec, 'center' | 'zoom'>, viewport: { width: number; height: number }): Bbox {
  const size = TILE * 2 ** camera.zoom;
  const [lon, lat] = camera.center;
  const x = ((lon + 180) / 360) * size;
  const y = mercatorY(lat) * size;
  const halfWidth = viewport.width / 2;
  const halfHeight = viewport.height / 2;
  return [
    ((x - halfWidth) / size) * 360 - 180,
    latitudeOf((y + halfHeight) / size),
    ((x + halfWidth) / size) * 360 - 180,
    latitudeOf((y - halfHeight) / size),
  ];
}

/** The box shrunk by a share of its width and height on every side. */
export function insetBox([west, south, east, north]: Bbox, share: number): Bbox {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [west + dx, south + dy, east - dx, north - dy];
}

function mercatorY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * toRadians;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function latitudeOf(y: number): number {
  return Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) / toRadians;
}

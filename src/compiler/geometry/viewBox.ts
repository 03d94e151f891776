import type { CameraSpec } from '../../shared/contract';
import { latitudeOfY, longitudeOfX, mercatorX, mercatorY, TILE_SIZE } from '../../shared/mercator';
import type { Bbox } from '../../shared/bbox';

/**
 * The [west, south, east, north] a Web Mercator camera shows on a viewport of this size, as MapLibre
 * draws it. A globe camera has no such box: the caller falls back to the region.
 */
export function viewBox(camera: Pick<CameraSpec, 'center' | 'zoom'>, viewport: { width: number; height: number }): Bbox {
  const size = TILE_SIZE * 2 ** camera.zoom;
  const x = mercatorX(camera.center[0]);
  const y = mercatorY(camera.center[1]);
  const halfWidth = viewport.width / 2 / size;
  const halfHeight = viewport.height / 2 / size;
  return [longitudeOfX(x - halfWidth), latitudeOfY(y + halfHeight), longitudeOfX(x + halfWidth), latitudeOfY(y - halfHeight)];
}

/** The box shrunk by a share of its width and height on every side. */
export function insetBox([west, south, east, north]: Bbox, share: number): Bbox {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [west + dx, south + dy, east - dx, north - dy];
}

import { REFERENCE_VIEWPORT, type CameraSpec } from '../../shared/contract';
import type { Bbox } from '../../shared/bbox';
import { insetBox, viewBox } from '../geometry';

/** Labels keep this share of the view clear on each side, so that no name is cut by the frame. */
const MARGIN = 0.08;

/**
 * The part of the map a reader sees first: the author's camera on the reference viewport, or the
 * story's region, which the app fits when there is no camera. A globe camera has no box: the region.
 */
export function firstView(region: Bbox, camera?: CameraSpec): Bbox {
  const box = camera && camera.projection !== 'globe' ? viewBox(camera, REFERENCE_VIEWPORT) : region;
  return insetBox(box, MARGIN);
}

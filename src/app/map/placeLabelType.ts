import type { PlaceProperties } from '../../shared/contract';

/**
 * How each kind of place is labelled: the map style draws these, and the camera leaves room for them at the
 * edges of a frame. `radialOffset` is in ems from the dot, as MapLibre's `text-radial-offset` reads it.
 */
export const PLACE_LABEL = {
  here: { size: 16, radialOffset: 1.3, bold: true },
  region: { size: 11, radialOffset: 0, bold: false },
  context: { size: 11, radialOffset: 0.7, bold: false },
  other: { size: 12.5, radialOffset: 0.7, bold: false },
} as const;

export type PlaceLabelType = (typeof PLACE_LABEL)[keyof typeof PLACE_LABEL];

export function placeLabelType(place: Pick<PlaceProperties, 'kind' | 'context' | 'here'>): PlaceLabelType {
  if (place.here) return PLACE_LABEL.here;
  if (place.kind === 'region') return PLACE_LABEL.region;
  return place.context ? PLACE_LABEL.context : PLACE_LABEL.other;
}

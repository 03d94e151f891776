import type { Lang, PlaceFeature } from '../../shared/contract';
import { PAGE_FAMILY } from './fonts';
import { placeLabelType, type PlaceLabelType } from './placeLabelType';

/** A place's name beside its dot: `width` pixels from the dot's centre to the end of the text. */
export interface EdgeLabel {
  id: string;
  at: [number, number];
  width: number;
}

/** A label's text width in pixels, in its type. */
export type MeasureLabel = (text: string, type: PlaceLabelType) => number;

// The halo on each side, and some slack between MapLibre's glyph layout and the browser's.
const HALO = 4;
/** How close to the map's edge a name may end. */
export const EDGE_MARGIN = 6;

/** The names beside the places' dots, measured once per language (buildings and regions have no dot beside them). */
export function edgeLabels(places: readonly PlaceFeature[], lang: Lang, measure: MeasureLabel = measureText): EdgeLabel[] {
  return places
    .filter((place) => place.properties.kind !== 'building' && place.properties.kind !== 'region')
    .map((place) => {
      const type = placeLabelType(place.properties);
      const [lon, lat] = place.geometry.coordinates as [number, number];
      return { id: place.properties.id, at: [lon, lat], width: type.radialOffset * type.size + measure(place.properties.name[lang], type) + HALO };
    });
}

/**
 * The places whose name, drawn right of the dot as usual, would run off the map's right edge while there is
 * room on the left: Beijing at the east edge of a phone's overview. MapLibre never moves a label away from the
 * view's edge by itself, so the map draws these names on the left instead.
 */
export function labelsToFlip(labels: readonly EdgeLabel[], project: (at: [number, number]) => { x: number; y: number }, size: { width: number; height: number }): string[] {
  return labels
    .filter(({ at, width }) => {
      const { x, y } = project(at);
      const onScreen = x >= 0 && x <= size.width && y >= 0 && y <= size.height;
      return onScreen && x + width > size.width - EDGE_MARGIN && x - width >= EDGE_MARGIN;
    })
    .map((label) => label.id);
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** The text's width in the page's font, which MapLibre also draws labels with (fonts.ts); an estimate outside a browser. */
export function measureText(text: string, { size, bold }: PlaceLabelType): number {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * size * 0.58;
  canvas.font = `${bold ? 700 : 400} ${size}px "${PAGE_FAMILY}"`;
  return canvas.measureText(text).width;
}

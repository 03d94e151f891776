import type { Lang, PlaceFeature } from '../../shared/contract';
import { PAGE_FAMILY } from './fonts';
import { placeLabelStyle } from './labelRules';

/** A place's name beside its dot: `width` pixels from the dot's centre to the end of the text. */
export interface EdgeLabel {
  id: string;
  at: [number, number];
  width: number;
}

/** A label's text width in pixels. */
export type MeasureLabel = (text: string, size: number, bold: boolean) => number;

// The halo on each side, and some slack between MapLibre's glyph layout and the browser's.
const HALO = 4;
/** How close to the map's edge a name may end. */
export const EDGE_MARGIN = 6;

/** How far a place's name reaches from its dot: the offset, the text and its halo. */
export function nameReach(text: string, style: { size: number; offset: number; bold: boolean }, measure: MeasureLabel = measureText): number {
  return style.offset * style.size + measure(text, style.size, style.bold) + HALO;
}

/** The names beside the places' dots, measured once per language (buildings and regions have no dot beside them). */
export function edgeLabels(places: readonly PlaceFeature[], lang: Lang, measure: MeasureLabel = measureText): EdgeLabel[] {
  return places
    .filter((place) => place.properties.kind !== 'building' && place.properties.kind !== 'region')
    .map((place) => {
      const style = placeLabelStyle(place.properties, place.properties.here === true);
      const [lon, lat] = place.geometry.coordinates as [number, number];
      return { id: place.properties.id, at: [lon, lat], width: nameReach(place.properties.name[lang], style, measure) };
    });
}

/**
 * Whether a name, drawn right of its dot at `x` as usual, would run off a map `viewWidth` wide while there is
 * room on the left: Beijing at the east edge of a phone's overview. MapLibre never moves a label away from the
 * view's edge by itself, so both maps draw these names on the left instead.
 */
export function flipsAt(x: number, width: number, viewWidth: number): boolean {
  return x + width > viewWidth - EDGE_MARGIN && x - width >= EDGE_MARGIN;
}

/** The places on screen whose names flip to the left of their dots (`flipsAt`). */
export function labelsToFlip(labels: readonly EdgeLabel[], project: (at: [number, number]) => { x: number; y: number }, size: { width: number; height: number }): string[] {
  return labels
    .filter(({ at, width }) => {
      const { x, y } = project(at);
      const onScreen = x >= 0 && x <= size.width && y >= 0 && y <= size.height;
      return onScreen && flipsAt(x, width, size.width);
    })
    .map((label) => label.id);
}

// Where no text metrics are at hand (tests, a canvas-less browser), widths are estimated per character.
export const EM_PER_CHAR = { regular: 0.58, bold: 0.62 };
export const estimateWidth: MeasureLabel = (text, size, bold) => text.length * size * (bold ? EM_PER_CHAR.bold : EM_PER_CHAR.regular);

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * The text's width in the page's font, which MapLibre also draws labels with (fonts.ts), so that both maps set
 * names apart as MapLibre shapes them; an estimate outside a browser.
 */
export function measureText(text: string, size: number, bold: boolean): number {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return estimateWidth(text, size, bold);
  canvas.font = `${bold ? 700 : 400} ${size}px "${PAGE_FAMILY}"`;
  return canvas.measureText(text).width;
}

import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CountryRole, PlaceKind } from '../../shared/contract';

/** Where a label sits around its point, as MapLibre names it: `left` puts the text to the right of the point. */
export type LabelAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * The typography of the map's names, once: the WebGL style's symbol layers and the SVG map's labels read it.
 * Sizes are in pixels, offsets and widths in ems.
 */
export const COUNTRY_LABEL = {
  /** Sizes grow linearly from the first zoom's to the second's (a phone's first view to a desktop's). */
  zooms: [2.5, 4],
  size: { context: [9.5, 10], host: [13, 16], ownStory: [10.5, 12.5], leastEmphasis: [10.5, 11], mostEmphasis: [14, 16] },
  /**
   * Below the first zoom the five states' names shrink further, to `size` at `zoom` and below (a phone's or an
   * embed's overview, zoom 1.2 to 1.6, where each state is about as wide as its name): set within their
   * countries, they then clear one another. MapLibre sizes a label's collision box at its tile's zoom plus one,
   * so the size holds up to zoom 2 and the boxes of a view below zoom 2 are the size the names are drawn.
   */
  small: { zoom: 2, size: 8.5 },
  anchors: ['center', 'top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'],
  radialOffset: { ownStory: 0.45, other: 0.3 },
  maxWidth: 7,
  letterSpacing: 0.02,
  haloWidth: 1.6,
} as const satisfies { anchors: readonly LabelAnchor[] } & Record<string, unknown>;

/** The figure written on an emphasised border: above its point by `offset` ems. */
export const BORDER_FIGURE = { size: 12, offset: 0.6, maxWidth: 14, haloWidth: 2 } as const;

export const PLACE_LABEL = {
  size: { here: 16, region: 11, context: 11, other: 12.5 },
  anchors: ['left', 'right', 'top', 'bottom'],
  radialOffset: { region: 0, here: 1.3, other: 0.7 },
  letterSpacing: { region: 0.12, other: 0 },
  maxWidth: 9,
  haloWidth: 1.8,
} as const satisfies { anchors: readonly LabelAnchor[] } & Record<string, unknown>;

const OWN_STORY: readonly CountryRole[] = ['host', 'central-asia'];

type Pair = readonly [number, number];

function countrySizes(role: CountryRole, emphasis: number): Pair {
  const s = COUNTRY_LABEL.size;
  if (role === 'context') return s.context;
  if (role === 'host') return s.host;
  if (OWN_STORY.includes(role)) return s.ownStory;
  const e = Math.min(1, Math.max(0, emphasis));
  return [s.leastEmphasis[0] + e * (s.mostEmphasis[0] - s.leastEmphasis[0]), s.leastEmphasis[1] + e * (s.mostEmphasis[1] - s.leastEmphasis[1])];
}

/** A country name's size at a zoom. */
export function countryLabelSize(role: CountryRole, emphasis: number, zoom: number): number {
  const [small, large] = countrySizes(role, emphasis);
  const [z0, z1] = COUNTRY_LABEL.zooms;
  if (role === 'central-asia' && zoom < z0) {
    const { zoom: zs, size } = COUNTRY_LABEL.small;
    const t = Math.min(1, Math.max(0, (zoom - zs) / (z0 - zs)));
    return size + t * (small - size);
  }
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return small + t * (large - small);
}

export function countryLabelOffset(role: CountryRole): number {
  return OWN_STORY.includes(role) ? COUNTRY_LABEL.radialOffset.ownStory : COUNTRY_LABEL.radialOffset.other;
}

const get = (property: string): ExpressionSpecification => ['get', property];

/** `countryLabelSize` as the symbol layer's `text-size`. */
export function countryLabelSizeExpression(): ExpressionSpecification {
  const s = COUNTRY_LABEL.size;
  const at = (i: 0 | 1): ExpressionSpecification => [
    'case',
    ['==', get('role'), 'context'],
    s.context[i],
    ['==', get('role'), 'host'],
    s.host[i],
    ['match', get('role'), [...OWN_STORY], true, false],
    s.ownStory[i],
    ['interpolate', ['linear'], ['to-number', get('emphasis'), 0], 0, s.leastEmphasis[i], 1, s.mostEmphasis[i]],
  ];
  const { zoom: zs, size } = COUNTRY_LABEL.small;
  const atSmall: ExpressionSpecification = ['case', ['==', get('role'), 'central-asia'], size, at(0)];
  return ['interpolate', ['linear'], ['zoom'], zs, atSmall, COUNTRY_LABEL.zooms[0], at(0), COUNTRY_LABEL.zooms[1], at(1)];
}

/**
 * Where a country's name may go, as the symbol layer's `text-variable-anchor-offset`: the list the map's
 * `countryNameOffsets` state holds for the country (the five states, worked out for the view by
 * useCountryNameOffsets), or else COUNTRY_LABEL's anchors beside the point at the role's radial offset.
 * Until their list arrives the five states' names try their label point only: MapLibre keeps a name at the
 * anchor it last had while it may, so a name first set beside its point would stay there.
 */
export function countryLabelPlacesExpression(beside: (radial: number) => unknown[], atPoint: unknown[]): ExpressionSpecification {
  const literal = (value: unknown[]) => ['literal', value] as unknown as ExpressionSpecification;
  return [
    'coalesce',
    ['get', get('id'), ['global-state', 'countryNameOffsets']],
    [
      'case',
      ['==', get('role'), 'central-asia'],
      literal(atPoint),
      ['match', get('role'), [...OWN_STORY], true, false],
      literal(beside(COUNTRY_LABEL.radialOffset.ownStory)),
      literal(beside(COUNTRY_LABEL.radialOffset.other)),
    ],
  ] as ExpressionSpecification;
}

export interface PlaceLabelStyle {
  size: number;
  offset: number;
  letterSpacing: number;
  uppercase: boolean;
  bold: boolean;
}

export function placeLabelStyle(place: { kind: PlaceKind; context: boolean }, here: boolean): PlaceLabelStyle {
  const region = place.kind === 'region';
  const { size, radialOffset, letterSpacing } = PLACE_LABEL;
  return {
    size: here ? size.here : region ? size.region : place.context ? size.context : size.other,
    offset: region ? radialOffset.region : here ? radialOffset.here : radialOffset.other,
    letterSpacing: region ? letterSpacing.region : letterSpacing.other,
    uppercase: region,
    bold: here,
  };
}

/** `placeLabelStyle` as the symbol layer's layout properties. */
export function placeLabelLayout(): Record<string, ExpressionSpecification> {
  const here: ExpressionSpecification = ['==', get('here'), true];
  const region: ExpressionSpecification = ['==', get('kind'), 'region'];
  const context: ExpressionSpecification = ['==', get('context'), true];
  const { size, radialOffset, letterSpacing } = PLACE_LABEL;
  return {
    'text-size': ['case', here, size.here, region, size.region, context, size.context, size.other],
    'text-transform': ['case', region, 'uppercase', 'none'],
    'text-letter-spacing': ['case', region, letterSpacing.region, letterSpacing.other],
    // Right of the dot first, unless the name would run off the map's right edge (edgeLabels.ts): then never there.
    'text-variable-anchor-offset': [
      'case',
      ['in', get('id'), ['array', 'string', ['global-state', 'flippedLabels']]],
      ['case', region, anchorOffsets(radialOffset.region, true), here, anchorOffsets(radialOffset.here, true), anchorOffsets(radialOffset.other, true)],
      ['case', region, anchorOffsets(radialOffset.region, false), here, anchorOffsets(radialOffset.here, false), anchorOffsets(radialOffset.other, false)],
    ],
  };
}

/** A place name's anchors, in order: all of PLACE_LABEL's, or, for a name flipped off the right edge, all but `left`. */
export function placeLabelAnchors(flipped: boolean): readonly LabelAnchor[] {
  return flipped ? PLACE_LABEL.anchors.filter((anchor) => anchor !== 'left') : PLACE_LABEL.anchors;
}

/**
 * The anchors with their offsets in ems, as `text-variable-anchor-offset` reads them. A flipped name drops the
 * right side altogether: MapLibre keeps a label's previous anchor while it may, so it would otherwise stay there.
 */
function anchorOffsets(radial: number, flipped: boolean): ExpressionSpecification {
  const offset: Record<string, [number, number]> = { left: [radial, 0], right: [-radial, 0], top: [0, radial], bottom: [0, -radial] };
  return ['literal', placeLabelAnchors(flipped).flatMap((anchor) => [anchor, offset[anchor]])] as unknown as ExpressionSpecification;
}

import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../../shared/contract';
import type { MapLayers } from '../data/mapData';
import { HIGHLIGHT_SOURCE } from './highlight';
import { RELATION_KINDS } from '../../shared/contract';
import { countryNamePlaces, flatAnchorOffsets } from './countryNameOffsets';
import { BORDER_FIGURE, COUNTRY_LABEL, countryLabelPlacesExpression, countryLabelSizeExpression, PLACE_LABEL, placeLabelLayout } from './labelRules';
import { countryFillPaint, PLACE_DOT, placeDotPaint, RELATION_WIDTH, relationOpacityPaint } from './paintRules';
import type { RelationStroke, Theme } from './theme';

export interface StyleOptions {
  theme: Theme;
  lang: Lang;
}

export const SOURCE_IDS = ['land', 'boundaries', 'countries', 'borders', 'borderLabels', 'relations', 'places', 'labels'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Layers whose features react to the pointer. */
export const INTERACTIVE_LAYERS = ['countries-fill', 'relations-line', 'places-circle', 'places-context-circle', 'places-detail-circle'] as const;

/**
 * Style-wide state the app sets with `map.setGlobalStateProperty`. Unlike feature-state it can filter,
 * so hidden labels stop taking room from the ones shown.
 */
export const GLOBAL_STATE = {
  /** Annotated relation ids of the current step. */
  stepRelations: { default: [] as string[] },
  /** The annotated relation id under the pointer. */
  hoverRelation: { default: '' },
  /** No step is on. */
  overview: { default: true },
  /**
   * Annotated relation ids drawn at all: the overview's few, or the step's, plus those of the selected
   * country or place. Every other relation waits for its step, so the first view carries one idea.
   */
  shownRelations: { default: [] as string[] },
  /** Place ids at either end of a relation drawn: their dots show at every zoom, even background ones. */
  endPlaces: { default: [] as string[] },
  /** Place ids whose name would run off the map's right edge from where the camera is: drawn left of the dot. */
  flippedLabels: { default: [] as string[] },
  /**
   * Country id to where its name may go, for the view the camera shows (`text-variable-anchor-offset` entries):
   * the five states' names try places within their country before they go beside it (useCountryNameOffsets).
   */
  countryNameOffsets: { default: {} as Record<string, unknown[]> },
};
export type GlobalStateKey = keyof typeof GLOBAL_STATE;

/** Drawn along directed relations. */
export const ARROW = '›';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function buildStyle(options: StyleOptions, data?: MapLayers): StyleSpecification {
  return {
    version: 8,
    name: 'Dispatch Atlas',
    sources: mapSources(data),
    state: GLOBAL_STATE,
    layers: mapLayers(options),
  };
}

// `promoteId` lets feature-state address features by the contract's string ids.
export function mapSources(data?: MapLayers): Record<SourceId | typeof HIGHLIGHT_SOURCE, SourceSpecification> {
  const source = (id: SourceId): SourceSpecification => ({
    type: 'geojson',
    data: (data?.[id] ?? EMPTY) as GeoJSON.GeoJSON,
    promoteId: 'id',
  });
  return {
    land: source('land'),
    boundaries: source('boundaries'),
    countries: source('countries'),
    borders: source('borders'),
    borderLabels: source('borderLabels'),
    relations: source('relations'),
    places: source('places'),
    labels: source('labels'),
    // Filled by the app as the reader selects and hovers (see highlight.ts).
    [HIGHLIGHT_SOURCE]: { type: 'geojson', data: EMPTY as GeoJSON.GeoJSON },
  };
}

export function mapLayers(options: StyleOptions): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': options.theme.sea } },
    ...landLayers(options),
    ...countryLayers(options),
    ...borderLayers(options),
    disputedLayer(options),
    ...relationLayers(options),
    // MapLibre places the symbols of higher layers first. In the overview the place names come before the
    // border's figure (Moscow's name, in the headline, on a 360 px embed); in a step the figure comes first
    // (the border step's subject, which Astana's name pushed aside on a phone).
    borderLabelLayer(options, 'borders-emphasis-label-overview', true),
    ...placeLabelLayers(options),
    borderLabelLayer(options, 'borders-emphasis-label', false),
    countryLabelLayer(options),
    ...placeLayers(options),
    ...placeDotObstacleLayers(options),
  ];
}

const get = (property: string): ExpressionSpecification => ['get', property];
// The spec's tuple type cannot express a match built from a list, hence the one cast.
const match = (input: ExpressionSpecification, pairs: unknown[], fallback: unknown): ExpressionSpecification =>
  ['match', input, ...pairs, fallback] as unknown as ExpressionSpecification;
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
// A feature outside the current step is dimmed; with no step, `focus` is unset and nothing is.
const dimmed: ExpressionSpecification = ['==', ['feature-state', 'focus'], false];
const localized = (key: string, lang: Lang): ExpressionSpecification => ['coalesce', get(`${key}_${lang}`), get('id')];

/**
 * A constant written so that MapLibre treats it as varying by feature. MapLibre compiles a shader program
 * for each layer type and each set of paint properties that vary by feature, and under software WebGL each
 * one held the first view up by tens of milliseconds. Symbol and circle layers therefore all vary the same
 * properties, and share one program per type (`style.test.ts` checks it).
 */
const perFeature = <T>(value: T): DataDrivenPropertyValueSpecification<T> =>
  ['case', ['has', 'id'], value, value] as unknown as DataDrivenPropertyValueSpecification<T>;

function countryLayers({ theme }: StyleOptions): LayerSpecification[] {
  return [
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: countryFillPaint(theme, dimmed),
    },
    {
      id: 'countries-hover',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['==', get('highlight'), 'hover'],
      paint: { 'line-color': theme.selection, 'line-width': 2, 'line-opacity': 0.9 },
    },
  ];
}

/** All land the story does not draw, quiet under its countries, with faint borders between its states. */
function landLayers({ theme }: StyleOptions): LayerSpecification[] {
  return [
    { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': perFeature(theme.role('context')), 'fill-opacity': perFeature(1) } },
    {
      id: 'boundaries-line',
      type: 'line',
      source: 'boundaries',
      filter: ['==', get('kind'), 'international'],
      paint: { 'line-color': theme.border, 'line-width': 0.6, 'line-opacity': 0.7 },
    },
  ];
}

/** Disputed lines (Kashmir, Western Sahara, Cyprus…) are dashed, never drawn as international borders. */
function disputedLayer({ theme }: StyleOptions): LayerSpecification {
  return {
    id: 'boundaries-disputed',
    type: 'line',
    source: 'boundaries',
    filter: ['==', get('kind'), 'disputed'],
    // Every property the relation lines vary, varied here too, so both dashed layers share one shader program.
    paint: {
      'line-color': perFeature(theme.border),
      'line-width': perFeature(1),
      'line-dasharray': perFeature(['literal', [2, 2]]) as DataDrivenPropertyValueSpecification<number[]>,
      'line-offset': perFeature(0),
      'line-opacity': perFeature(1),
    },
  };
}

function borderLayers({ theme }: StyleOptions): LayerSpecification[] {
  const emphasised: ExpressionSpecification = ['==', get('emphasis'), true];
  return [
    {
      id: 'borders-line',
      type: 'line',
      source: 'borders',
      filter: ['!', emphasised],
      paint: { 'line-color': theme.border, 'line-width': 0.7 },
    },
    {
      id: 'borders-emphasis',
      type: 'line',
      source: 'borders',
      filter: emphasised,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.borderEmphasis, 'line-width': 3.5 },
    },
    {
      id: 'countries-selected',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['==', get('highlight'), 'selected'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.selection, 'line-width': 3 },
    },
  ];
}

// Placed after the relations so that, where they collide, the border's figure wins over their labels.
// It reads as the article states it ("quelque 7 500 km"); the measured length is in the claim card.
function borderLabelLayer({ theme, lang }: StyleOptions, id: string, overview: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'borderLabels',
    filter: ['==', ['to-boolean', ['global-state', 'overview']], overview],
    layout: {
      'text-field': ['to-string', get(`length_${lang}`)],
      'text-font': theme.fontBold,
      'text-size': BORDER_FIGURE.size,
      'text-anchor': 'bottom',
      'text-offset': [0, -BORDER_FIGURE.offset],
      'text-max-width': BORDER_FIGURE.maxWidth,
    },
    paint: {
      'text-color': perFeature(theme.borderEmphasis),
      'text-halo-color': theme.halo,
      'text-halo-width': BORDER_FIGURE.haloWidth,
      'text-opacity': perFeature(1),
    },
  };
}

function byKind<T>(theme: Theme, pick: (stroke: RelationStroke) => T, fallback: T): ExpressionSpecification {
  return match(get('kind'), RELATION_KINDS.flatMap((kind) => [kind, pick(theme.relation(kind))]), fallback);
}

// Lanes keep relations between the same two ends side by side instead of on top of each other.
const HALF_LANE_PX = 2.5;
const LANES = [-4, -3, -2, -1, 1, 2, 3, 4];
const laneOffset = (size: number): DataDrivenPropertyValueSpecification<[number, number]> =>
  match(['to-number', get('lane'), 0], LANES.flatMap((lane) => [lane, ['literal', [0, (lane * HALF_LANE_PX) / size]]]), ['literal', [0, 0]]);

function relationLayers({ theme, lang }: StyleOptions): LayerSpecification[] {
  const focused: ExpressionSpecification = ['==', ['feature-state', 'focus'], true];
  const overview: ExpressionSpecification = ['to-boolean', ['global-state', 'overview']];
  const opacity = relationOpacityPaint({ dimmed, hover: state('hover'), focused, overview });
  const shown: ExpressionSpecification = ['in', get('relation'), ['array', 'string', ['global-state', 'shownRelations']]];
  const isLabelLine: ExpressionSpecification = ['==', get('labelLine'), true];
  return [
    {
      id: 'relations-line',
      type: 'line',
      source: 'relations',
      filter: ['all', ['!', isLabelLine], shown],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': byKind(theme, (s) => s.color, theme.text),
        // A fan to several targets is one gesture: its lines are thinner than a single relation's.
        'line-width': ['*', byKind(theme, (s) => s.width, 2), ['case', state('hover'), RELATION_WIDTH.hover, 1], ['case', ['>', ['to-number', get('targets'), 1], 1], RELATION_WIDTH.fan, 1]],
        'line-dasharray': byKind(theme, (s) => ['literal', s.dash], ['literal', [1, 0]]) as DataDrivenPropertyValueSpecification<number[]>,
        'line-offset': ['*', ['to-number', get('lane'), 0], HALF_LANE_PX],
        'line-opacity': opacity,
      },
    },
    {
      id: 'relations-arrows',
      type: 'symbol',
      source: 'relations',
      filter: ['all', ['==', get('directed'), true], ['!', isLabelLine], shown],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'text-field': ARROW,
        'text-font': theme.fontBold,
        'text-size': 22,
        // Upright text would turn half the arrows around.
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-offset': laneOffset(22),
      },
      paint: {
        'text-color': byKind(theme, (s) => s.color, theme.text),
        'text-halo-color': theme.halo,
        'text-halo-width': 1,
        'text-opacity': ['case', dimmed, 0.12, state('hover'), 1, focused, 1, 0.65],
      },
    },
    {
      id: 'relations-label',
      type: 'symbol',
      source: 'relations',
      // One label per relation, on its label line, for the few relations shown; a border has the figure instead.
      filter: ['all', isLabelLine, shown, ['!=', get('kind'), 'border']],
      layout: {
        // At the middle of the relation's label line: one label per relation, where the line has room.
        'symbol-placement': 'line-center',
        'text-field': localized('label', lang),
        'text-font': theme.font,
        'text-size': 12,
        'text-max-angle': 30,
        'text-offset': [0, -0.9],
      },
      paint: {
        'text-color': byKind(theme, (s) => s.color, theme.text),
        'text-halo-color': theme.halo,
        'text-halo-width': 2,
        'text-opacity': perFeature(1),
      },
    },
  ];
}

// Buildings (the Akorda, the Kremlin) sit on top of their city: shown only once the reader zooms in.
export const DETAIL_ZOOM = 5;
const isBuilding: ExpressionSpecification = ['==', get('kind'), 'building'];
const isRegion: ExpressionSpecification = ['==', get('kind'), 'region'];
const hasDot: ExpressionSpecification = ['all', ['!', isRegion], ['!', isBuilding]];
/**
 * Background places (`context: true`: Tashkent, Bishkek, Dushanbe, Ashgabat…) wait for this zoom, unless a
 * relation drawn ends there (Beijing in the first view). At a phone's first view the five states are a few
 * dozen pixels each: their names come before the dots of their capitals.
 */
export const BACKGROUND_ZOOM = 2.5;
const atEveryZoom: ExpressionSpecification = [
  'any',
  ['!=', get('context'), true],
  ['in', get('id'), ['array', 'string', ['global-state', 'endPlaces']]],
];

function placeLayers({ theme }: StyleOptions): LayerSpecification[] {
  const circle = (id: string, filter: ExpressionSpecification, minzoom?: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: 'places',
    filter,
    ...(minzoom === undefined ? {} : { minzoom }),
    paint: placeDotPaint(theme, state, dimmed),
  });
  return [
    {
      id: 'places-here',
      type: 'circle',
      source: 'places',
      filter: ['==', get('here'), true],
      paint: {
        'circle-radius': perFeature(PLACE_DOT.ring.radius),
        'circle-color': perFeature(theme.halo),
        'circle-opacity': perFeature(PLACE_DOT.ring.opacity),
        'circle-stroke-color': perFeature(theme.here),
        'circle-stroke-width': perFeature(PLACE_DOT.ring.strokeWidth),
        'circle-stroke-opacity': perFeature(1),
      },
    },
    circle('places-circle', ['all', hasDot, atEveryZoom]),
    circle('places-context-circle', ['all', hasDot, ['!', atEveryZoom]], BACKGROUND_ZOOM),
    circle('places-detail-circle', isBuilding, DETAIL_ZOOM),
  ];
}

// Below the country names, which win collisions: the five states must stay named on a phone.
function placeLabelLayers({ theme, lang }: StyleOptions): LayerSpecification[] {
  return [
    placeLabel('places-label', ['all', ['!', isBuilding], ['any', isRegion, atEveryZoom]], theme, lang),
    placeLabel('places-context-label', ['all', hasDot, ['!', atEveryZoom]], theme, lang, BACKGROUND_ZOOM),
    placeLabel('places-detail-label', isBuilding, theme, lang, DETAIL_ZOOM),
  ];
}

// The story's countries are named first: the host and the five states, then the rivals and the actor, then the
// others. Background countries last.
const LABEL_RANK: Record<string, number> = { host: 0, 'central-asia': 1, rival: 2, actor: 3, neighbour: 4, mentioned: 5 };
const CONTEXT_RANK = 9;

/**
 * The country names. At a phone's zoom the five states are a few dozen pixels wide each, so their names are
 * smaller there and may move off their label point (variable anchors) rather than vanish; every place dot is
 * an obstacle they avoid (`placeDotObstacleLayers`), so a dot never sits on a name.
 */
function countryLabelLayer({ theme, lang }: StyleOptions): LayerSpecification {
  const isContext: ExpressionSpecification = ['==', get('role'), 'context'];
  return {
    id: 'country-labels',
    type: 'symbol',
    source: 'labels',
    layout: {
      'text-field': localized('name', lang),
      'text-font': ['case', isContext, ['literal', theme.font], ['literal', theme.fontBold]],
      'text-size': countryLabelSizeExpression(),
      'text-max-width': COUNTRY_LABEL.maxWidth,
      'text-padding': 2,
      // The label point first, then (the five states) within the country, then beside it: a name set a little
      // off its country beats no name.
      'text-variable-anchor-offset': countryLabelPlacesExpression((radial) => flatAnchorOffsets(countryNamePlaces([], radial)), ['center', [0, 0]]),
      'text-justify': 'auto',
      'symbol-sort-key': ['+', match(get('role'), Object.entries(LABEL_RANK).flat(), CONTEXT_RANK), ['-', 1, ['to-number', get('emphasis'), 0]]],
      'text-letter-spacing': COUNTRY_LABEL.letterSpacing,
    },
    paint: {
      'text-color': ['case', isContext, theme.textMuted, theme.text],
      'text-halo-color': theme.halo,
      'text-halo-width': COUNTRY_LABEL.haloWidth,
      'text-opacity': perFeature(1),
    },
  };
}

/**
 * An invisible symbol on each place dot, placed before every label (the top layer is placed first): the dot's
 * disc is then taken in MapLibre's collision index, and country and place names move off it or give way.
 * The dots themselves are circles, which never take part in collisions.
 */
export const DOT_OBSTACLE = '\u2022';
function placeDotObstacleLayers(options: StyleOptions): LayerSpecification[] {
  return [
    placeDotObstacle(options, 'places-dot-obstacle', ['all', hasDot, atEveryZoom]),
    { ...placeDotObstacle(options, 'places-context-dot-obstacle', ['all', hasDot, ['!', atEveryZoom]]), minzoom: BACKGROUND_ZOOM },
  ];
}

function placeDotObstacle({ theme }: StyleOptions, id: string, filter: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'places',
    filter,
    layout: {
      'text-field': DOT_OBSTACLE,
      'text-font': theme.fontBold,
      // About the disc's 12 px, with the padding.
      'text-size': 12,
      'text-padding': 2,
      // Always drawn (invisibly), and in the way of every symbol placed after it.
      'text-allow-overlap': true,
      'text-ignore-placement': false,
    },
    paint: {
      'text-color': perFeature(theme.place),
      'text-halo-color': theme.halo,
      'text-halo-width': 0,
      'text-opacity': perFeature(0),
    },
  };
}

function placeLabel(id: string, filter: ExpressionSpecification, theme: Theme, lang: Lang, minzoom?: number): LayerSpecification {
  const isContext: ExpressionSpecification = ['==', get('context'), true];
  const here: ExpressionSpecification = ['==', get('here'), true];
  return {
    id,
    type: 'symbol',
    source: 'places',
    filter,
    ...(minzoom === undefined ? {} : { minzoom }),
    layout: {
      'text-field': localized('name', lang),
      'text-font': ['case', here, ['literal', theme.fontBold], ['literal', theme.font]],
      ...placeLabelLayout(),
      'text-justify': 'auto',
      'text-max-width': PLACE_LABEL.maxWidth,
      'symbol-sort-key': ['to-number', get('rank'), 99],
    },
    paint: {
      'text-color': ['case', here, theme.text, isContext, theme.placeContext, theme.place],
      'text-halo-color': theme.halo,
      'text-halo-width': PLACE_LABEL.haloWidth,
      'text-opacity': ['case', dimmed, 0.4, 1],
    },
  };
}

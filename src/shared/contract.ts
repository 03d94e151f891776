/**
 * The data contract between the compiler (build time, Node) and the app (browser).
 * Both import this module and nothing else from each other.
 */

import type { Bbox } from './bbox';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

import { DEFAULT_LANG, LANGS, type Lang } from './languages';

export { DEFAULT_LANG, LANGS, type Lang };
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/**
 * The one id rule, for every id an author writes (places, people, relations, events, claims, steps) and
 * every side that reads one: the annotation schema, the address bar, the share link and the embed protocol.
 * Letters, digits, `-` and `_`, starting with a letter or digit, at most `ID_MAX_LENGTH` characters.
 */
export const ID_MAX_LENGTH = 128;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}
/** A country is named by its three-letter code (ISO 3166-1 alpha-3, or Natural Earth's own for a few). */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{3}$/;
export const isCountryCode = (value: unknown): value is string => typeof value === 'string' && COUNTRY_CODE_PATTERN.test(value);
/** A story's id is its folder name: lowercase letters, digits and `-`. */
export const STORY_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const isStoryId = (value: unknown): value is string => isId(value) && STORY_ID_PATTERN.test(value);

/** A text in every language of `LANGS`. */
export type Localized = Record<Lang, string>;

export const PARAGRAPH_KINDS = ['body', 'heading', 'caption'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface Paragraph {
  /** Stable id: `p1`, `p2`… in reading order. */
  id: string;
  kind: ParagraphKind;
  /** The paragraph's words, without the photo credit of a caption. */
  text: string;
  /** A caption's photo credit, such as `POOL / OLIVIER DOULIERY`. */
  credit?: string;
}

/** A span of one paragraph's `text`: `text === paragraph.text.slice(start, end)`. */
export interface TextSpan {
  paragraph: string;
  start: number;
  end: number;
  text: string;
}

export const MENTION_FORMS = ['name', 'adjective', 'place', 'person', 'region'] as const;
export type MentionForm = (typeof MENTION_FORMS)[number];

export interface Mention extends TextSpan {
  /** The entity the words name: an ISO3 country code, a place id, a person id or a region id. */
  entity: string;
  form: MentionForm;
}

/** A quote from the annotation, resolved to the paragraph that holds it. */
export type Quote = TextSpan;

export const COUNTRY_ROLES = ['host', 'central-asia', 'actor', 'rival', 'neighbour', 'mentioned', 'context'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

export const RELATION_KINDS = [
  'border', 'aid', 'alliance', 'customs-union', 'pipeline', 'trade', 'war', 'travel', 'influence', 'diplomacy', 'sanctions', 'shipping',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const PLACE_KINDS = ['capital', 'city', 'building', 'site', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PROJECTIONS = ['mercator', 'globe'] as const;

export interface Source {
  name: string;
  url?: string;
}

export interface StoryEvent {
  id: string;
  /** ISO 8601, day or month precision: `2023-02-28` or `2022-09`. */
  date: string;
  place: string;
  title: Localized;
  quote: Quote;
  /** Where a date does not come from the article itself. */
  note?: Localized;
  /** The event is well-known background, not something the article reports. */
  context: boolean;
}

export interface Measured {
  value: number;
  unit: string;
  /** The map data it was measured on, e.g. `Natural Earth 1:50m`. */
  resolution: string;
  method: string;
}

export interface CitedFigure {
  value: number;
  unit: string;
  /** `name` is a proper name, or a name in each language ("Kazakh government"). */
  source: { name: string | Localized; url?: string };
}

export interface Claim {
  id: string;
  quote: Quote;
  /** Entities the claim is about (ISO3 codes, border ids). */
  subjects: string[];
  statement: Localized;
  cited: CitedFigure;
  /** Further reference figures, each with its source. */
  alsoCited?: CitedFigure[];
  /** What the article says, as a number; `approximate` when the article hedges it ("quelque"). */
  stated: { value: number; unit: string; approximate?: boolean };
  measured?: Measured;
}

/**
 * The map area an author's camera is composed for: a laptop screen beside the reading panel. The app
 * scales a camera's zoom from it to the screen at hand; the build places labels inside it.
 */
export const REFERENCE_VIEWPORT = { width: 860, height: 680 } as const;

export interface CameraSpec {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  projection?: (typeof PROJECTIONS)[number];
}

export interface Step {
  id: string;
  title: Localized;
  body?: Localized;
  events: string[];
  relations: string[];
  countries: string[];
  places: string[];
  /** The area the step concerns, [west, south, east, north]; the app fits it to the reader's screen. */
  bounds: Bbox;
  /** An author's camera, when the annotation sets one. */
  camera?: CameraSpec;
}

/** A role the story's map colours, and its countries; the interface strings word it (`legendRole`). */
export interface LegendEntry {
  role: CountryRole;
  countries: string[];
}

export interface Person {
  id: string;
  name: string;
  country: string;
  role?: Localized;
}

export interface CountrySummary {
  id: string;
  name: Localized;
  /** The name as a sentence uses it: `le Kazakhstan`, `les Etats-Unis`, `the United States`. */
  definite?: Localized;
  role: CountryRole;
  mentionCount: number;
  emphasis: number;
}

export interface StoryManifest {
  id: string;
  title: Localized;
  language: Lang;
  /** ISO date of publication, `YYYY-MM-DD` when the text gives the day. */
  published: string;
  source: Source;
  credits: string[];
  paragraphs: Paragraph[];
  countries: CountrySummary[];
  people: Person[];
  events: StoryEvent[];
  claims: Claim[];
  steps: Step[];
  legend: LegendEntry[];
  /** How `emphasis` was computed from mention counts, a d3-scale scale fixed at build time. */
  emphasisScale: { type: 'sqrt'; domain: [number, number]; range: [number, number] };
  /** Mentions of regions and people, which are not map features of their own. */
  mentions: Mention[];
  bounds: Bbox;
  camera?: CameraSpec;
  /** The first view's relations (annotated ids); without it, the first view draws every relation. */
  overview?: { relations: string[] };
  /** Whether a hand-written annotation exists, or only what the gazetteer found. */
  annotated: boolean;
}

export interface StoryIndexEntry {
  id: string;
  title: Localized;
  published: string;
  language: Lang;
}

export interface StoryIndex {
  stories: StoryIndexEntry[];
}

interface FeatureBase {
  id: string;
  name: Localized;
  /** Every place the article names the feature, in any form, with the words' exact offsets. */
  mentions: Mention[];
}

export interface CountryProperties extends FeatureBase {
  role: CountryRole;
  mentionCount: number;
  /** 0..1, from the build's d3-scale emphasis scale. */
  emphasis: number;
  /**
   * `[west, south, east, north]`: what a selection of the country frames. The story's places in it and its
   * borders with the story's countries, or its largest part (metropolitan France, the contiguous United States).
   */
  frame: Bbox;
}

export interface BorderProperties {
  id: string;
  name: Localized;
  countries: [string, string];
  lengthKm: number;
  resolution: string;
  emphasis: boolean;
  /** An emphasised border's point half-way along it, where the map hangs the article's figure for its length. */
  labelAt?: [number, number];
}

export interface PlaceProperties extends FeatureBase {
  kind: PlaceKind;
  /** ISO3; empty for a region. */
  country: string;
  note?: Localized;
  rank: number;
  context: boolean;
  /** The place the story happens in (issue #15): ringed like the host's capital. */
  focus?: boolean;
  /** The host country's capital, where the story happens: only it carries the field. */
  here?: boolean;
}

export interface LabelProperties {
  id: string;
  name: Localized;
  role: CountryRole;
  emphasis: number;
}

export interface RelationProperties {
  id: string;
  relation: string;
  kind: RelationKind;
  from: string;
  to: string;
  label: Localized;
  quote: Quote | null;
  directed: boolean;
  context: boolean;
  note?: Localized;
  /** Half line widths to offset the line by, so that relations between the same ends lie side by side: -2, 0, 2. */
  lane: number;
}

/** Land the story does not draw as a country (1:110m), keyed by the atlas's ISO3 code. */
export interface LandProperties {
  id: string;
}

export const BOUNDARY_KINDS = ['international', 'disputed'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

/** Lines other than the story's own borders: faint international borders, and dashed disputed lines. */
export interface BoundaryProperties {
  id: BoundaryKind;
  kind: BoundaryKind;
}

export type LandFeature = Feature<Polygon | MultiPolygon, LandProperties>;
export type BoundaryFeature = Feature<LineString | MultiLineString, BoundaryProperties>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export type BorderFeature = Feature<LineString | MultiLineString, BorderProperties>;
export type PlaceFeature = Feature<Point, PlaceProperties>;
export type LabelFeature = Feature<Point, LabelProperties>;
export type RelationFeature = Feature<LineString | MultiLineString, RelationProperties>;

export interface StoryLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<LineString | MultiLineString, BorderProperties>;
  places: FeatureCollection<Point, PlaceProperties>;
  labels: FeatureCollection<Point, LabelProperties>;
  relations: FeatureCollection<LineString | MultiLineString, RelationProperties>;
  land: FeatureCollection<Polygon | MultiPolygon, LandProperties>;
  boundaries: FeatureCollection<LineString | MultiLineString, BoundaryProperties>;
}

/** The story's layers, each one GeoJSON file named after it. */
export const LAYERS = ['countries', 'borders', 'places', 'labels', 'relations', 'land', 'boundaries'] as const;
export type LayerName = (typeof LAYERS)[number];
// `LAYERS` and `StoryLayers` name the same layers: a layer added to one and not the other fails here.
const sameLayers: [LayerName, keyof StoryLayers] extends [keyof StoryLayers, LayerName] ? true : never = true;
void sameLayers;

export const LAYER_FILES = Object.fromEntries(LAYERS.map((layer) => [layer, `${layer}.geojson`])) as { readonly [K in LayerName]: `${K}.geojson` };

/**
 * The countries and borders again, as one TopoJSON topology (objects `countries` and `borders`):
 * a border and the two outlines it separates share their arcs, and coordinates are quantized,
 * so it is less than half the bytes of the two GeoJSON files. The app loads this file; the
 * GeoJSON files stay for any other reader of the data.
 */
export const BASEMAP_FILE = 'basemap.topo.json';
export const BASEMAP_LAYERS = ['countries', 'borders'] as const satisfies readonly (keyof StoryLayers)[];
/** Grid steps across the topology's extent: about 0.004° on a whole-world extent, well under the display simplification. */
export const BASEMAP_QUANTIZATION = 1e5;

/**
 * The land and boundaries again, as a second, coarser topology (objects `land` and `boundaries`). The app
 * loads it once the map's first view is drawn: that view shows the story's own countries.
 */
export const WORLD_FILE = 'world.topo.json';
export const WORLD_LAYERS = ['land', 'boundaries'] as const satisfies readonly (keyof StoryLayers)[];
/** About 0.036° on a whole-world extent: finer than the 1:110m land, and fine enough for the disputed lines. */
export const WORLD_QUANTIZATION = 1e4;

/** The files the app itself loads for a story, beside `story.json`, before its first view (the world file comes after). */
export const APP_LAYER_FILES = [BASEMAP_FILE, LAYER_FILES.places, LAYER_FILES.labels, LAYER_FILES.relations] as const;

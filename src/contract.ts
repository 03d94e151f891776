/**
 * The data contract between the compiler (build time, Node) and the app (browser).
 * Both import this module and nothing else from each other.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

export interface Localized {
  fr: string;
  en: string;
}

export type ParagraphKind = 'body' | 'heading' | 'caption';

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

export type MentionForm = 'name' | 'adjective' | 'place' | 'person' | 'region';

export interface Mention extends TextSpan {
  /** The entity the words name: an ISO3 country code, a place id, a person id or a region id. */
  entity: string;
  form: MentionForm;
}

/** A quote from the annotation, resolved to the paragraph that holds it. */
export type Quote = TextSpan;

export type CountryRole = 'host' | 'central-asia' | 'actor' | 'rival' | 'neighbour' | 'mentioned' | 'context';

export type RelationKind =
  | 'border'
  | 'aid'
  | 'alliance'
  | 'customs-union'
  | 'pipeline'
  | 'trade'
  | 'war'
  | 'travel'
  | 'influence'
  | 'diplomacy'
  | 'sanctions';

export type PlaceKind = 'capital' | 'city' | 'building' | 'site' | 'region';

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
  projection?: 'mercator' | 'globe';
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
  bounds: [number, number, number, number];
  /** An author's camera, when the annotation sets one. */
  camera?: CameraSpec;
}

export interface LegendEntry {
  role: CountryRole;
  label: Localized;
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
  bounds: [number, number, number, number];
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
}

export interface BorderProperties {
  id: string;
  name: Localized;
  countries: [string, string];
  lengthKm: number;
  resolution: string;
  emphasis: boolean;
}

export interface PlaceProperties extends FeatureBase {
  kind: PlaceKind;
  /** ISO3; empty for a region. */
  country: string;
  note?: Localized;
  rank: number;
  context: boolean;
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
}

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
}

export const LAYER_FILES = {
  countries: 'countries.geojson',
  borders: 'borders.geojson',
  places: 'places.geojson',
  labels: 'labels.geojson',
  relations: 'relations.geojson',
} as const satisfies Record<keyof StoryLayers, string>;

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

/** The files the app itself loads for a story, beside `story.json`. */
export const APP_LAYER_FILES = [BASEMAP_FILE, LAYER_FILES.places, LAYER_FILES.labels, LAYER_FILES.relations] as const;

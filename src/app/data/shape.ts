import type { BBox, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
  BOUNDARY_KINDS, COUNTRY_ROLES, LANGS, MENTION_FORMS, PARAGRAPH_KINDS, PLACE_KINDS, PROJECTIONS, RELATION_KINDS,
  type CameraSpec, type Localized, type Mention, type StoryIndex, type StoryLayers, type StoryManifest, type TextSpan,
} from '../../shared/contract';
import type { Bbox } from '../../shared/bbox';
import {
  array, boolean, isRecord, literal, nullable, number, object, offset, oneOf, optional, refine, string, tuple, type Validator,
} from './validate';

/**
 * The data contract as validators: every file the app loads is checked deeply against them before any of
 * it reaches React or the map, so a file of the wrong shape (version skew after a deploy, a hand-edited
 * file, a CDN's error page) ends as a message that names the file, never as a blank page.
 */
export type Check<T> = (value: unknown) => value is T;

const localized: Validator<Localized> = object<Localized>(Object.fromEntries(LANGS.map((lang) => [lang, string])) as Record<keyof Localized, Validator<string>>);
const span: Validator<TextSpan> = refine(
  object<TextSpan>({ paragraph: string, start: offset, end: offset, text: string }),
  (s) => s.start <= s.end,
  'start ≤ end',
);
const mention: Validator<Mention> = refine(
  object<Mention>({ paragraph: string, start: offset, end: offset, text: string, entity: string, form: oneOf(MENTION_FORMS) }),
  (s) => s.start <= s.end,
  'start ≤ end',
);
const strings = array(string);

/** [west, south, east, north]: finite, south ≤ north within ±90°, west ≤ east at most a turn apart. */
export const bounds: Validator<Bbox> = (value, path) => {
  const box = value as Bbox;
  const finite = Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  const ok = finite && box[1] >= -90 && box[3] <= 90 && box[1] <= box[3] && box[0] <= box[2] && box[2] - box[0] <= 360 && Math.abs(box[0]) <= 540 && Math.abs(box[2]) <= 540;
  return ok ? null : `${path}: expected a box [west, south, east, north] of finite degrees`;
};

const latitude = refine(number, (n) => Math.abs(n) <= 90, 'a latitude within ±90');
const camera: Validator<CameraSpec> = object<CameraSpec>({
  center: tuple(number, latitude),
  zoom: refine(number, (n) => n >= 0 && n <= 24, 'a zoom from 0 to 24'),
  bearing: optional(number),
  pitch: optional(refine(number, (n) => n >= 0 && n <= 85, 'a pitch from 0 to 85')),
  projection: optional(oneOf(PROJECTIONS)),
});

/** A source's name: a proper name, or a name in each language. */
const sourceName: Validator<string | Localized> = (value, path) => (typeof value === 'string' ? null : localized(value, path));
const cited = object({ value: number, unit: string, source: object({ name: sourceName, url: optional(string) }) });

export const manifestSchema: Validator<StoryManifest> = object<StoryManifest>({
  id: string,
  title: localized,
  language: oneOf(LANGS),
  published: string,
  source: object({ name: string, url: optional(string) }),
  credits: strings,
  paragraphs: array(object({ id: string, kind: oneOf(PARAGRAPH_KINDS), text: string, credit: optional(string) })),
  countries: array(object({ id: string, name: localized, definite: optional(localized), role: oneOf(COUNTRY_ROLES), mentionCount: offset, emphasis: number })),
  people: array(object({ id: string, name: string, country: string, role: optional(localized) })),
  events: array(object({ id: string, date: string, place: string, title: localized, quote: span, note: optional(localized), context: boolean })),
  claims: array(object({
    id: string,
    quote: span,
    subjects: strings,
    statement: localized,
    cited,
    alsoCited: optional(array(cited)),
    stated: object({ value: number, unit: string, approximate: optional(boolean) }),
    measured: optional(object({ value: number, unit: string, resolution: string, method: string })),
  })),
  steps: array(object({
    id: string, title: localized, body: optional(localized), events: strings, relations: strings, countries: strings, places: strings, bounds, camera: optional(camera),
  })),
  legend: array(object({ role: oneOf(COUNTRY_ROLES), countries: strings })),
  emphasisScale: object({ type: literal('sqrt'), domain: tuple(number, number), range: tuple(number, number) }),
  mentions: array(mention),
  bounds,
  camera: optional(camera),
  overview: optional(object({ relations: strings })),
  annotated: boolean,
});

export const indexSchema: Validator<StoryIndex> = object<StoryIndex>({
  stories: array(object({ id: string, title: localized, published: string, language: oneOf(LANGS) })),
});

/** Coordinates nested `depth` lists deep, each list at least `min` long, every position finite with a real latitude. */
function coordinates<T>(depth: number, min: number): Validator<T> {
  const walk = (value: unknown, level: number, path: string): string | null => {
    if (level === 0) {
      const p = value as Position;
      const ok = Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(p[1]!) <= 90;
      return ok ? null : `${path}: expected a position [longitude, latitude]`;
    }
    if (!Array.isArray(value) || value.length < (level === 1 ? min : 1)) return `${path}: expected a list of coordinates`;
    for (let i = 0; i < value.length; i++) {
      const error = walk(value[i], level - 1, `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };
  return (value, path) => walk(value, depth, path);
}

const geometry = <G extends { type: string; coordinates: unknown }>(type: G['type'], depth: number, min = 1): Validator<G> =>
  object({ type: literal(type), coordinates: coordinates(depth, min) } as never);
const point = geometry<Point>('Point', 0);
const line = geometry<LineString>('LineString', 1, 2);
const multiLine = geometry<MultiLineString>('MultiLineString', 2, 2);
const polygon = geometry<Polygon>('Polygon', 2, 4);
const multiPolygon = geometry<MultiPolygon>('MultiPolygon', 3, 4);

/** `a` for a geometry of `a`'s type, else `b`. */
function either<A, B>(a: Validator<A>, b: Validator<B>, aType: string): Validator<A | B> {
  return (value, path) => (isRecord(value) && value.type === aType ? a(value, path) : b(value, path));
}

const featureId: Validator<string | number | undefined> = (value, path) =>
  value === undefined || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? null : `${path}: expected an id`;
const bbox = optional(array(number)) as Validator<BBox | undefined>;

function collection<G, P>(geometryCheck: Validator<G>, properties: Validator<P>) {
  return object({
    type: literal('FeatureCollection'),
    features: array(object({ type: literal('Feature'), geometry: geometryCheck, properties, id: featureId, bbox })),
    bbox,
  });
}
const areas = either(polygon, multiPolygon, 'Polygon');
const lines = either(line, multiLine, 'LineString');
const countryId = string;

export const layerSchemas: { [K in keyof StoryLayers]: Validator<StoryLayers[K]> } = {
  countries: collection(areas, object({ id: countryId, name: localized, role: oneOf(COUNTRY_ROLES), mentionCount: offset, emphasis: number, mentions: array(mention), frame: bounds })),
  borders: collection(lines, object({ id: string, name: localized, countries: tuple(countryId, countryId), lengthKm: number, resolution: string, emphasis: boolean, labelAt: optional(tuple(number, number)) })),
  places: collection(point, object({
    id: string, name: localized, mentions: array(mention), kind: oneOf(PLACE_KINDS), country: string, note: optional(localized), rank: number, context: boolean, focus: optional(boolean), here: optional(boolean),
  })),
  labels: collection(point, object({ id: string, name: localized, role: oneOf(COUNTRY_ROLES), emphasis: number })),
  relations: collection(lines, object({
    id: string, relation: string, kind: oneOf(RELATION_KINDS), from: string, to: string, label: localized, quote: nullable(span), directed: boolean, context: boolean, note: optional(localized), lane: number,
  })),
  land: collection(areas, object({ id: countryId })),
  boundaries: collection(lines, object({ id: oneOf(BOUNDARY_KINDS), kind: oneOf(BOUNDARY_KINDS) })),
};

/** Why a value does not fit, or null when it does. */
export type Explain = (value: unknown) => string | null;
export const explainManifest: Explain = (value) => manifestSchema(value, '');
export const explainIndex: Explain = (value) => indexSchema(value, '');
export const explainLayer = (layer: keyof StoryLayers): Explain => (value) => layerSchemas[layer](value, '');

export { isRecord as isObject };

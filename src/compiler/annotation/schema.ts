import { z } from 'zod';
import { COUNTRY_ROLES, LANGS, type Lang, ID_MAX_LENGTH, ID_PATTERN, PLACE_KINDS, PROJECTIONS, RELATION_KINDS } from '../../shared/contract';

const idRule = `an id of letters, digits, "-" or "_", at most ${ID_MAX_LENGTH} characters`;
const id = z.string().regex(ID_PATTERN, idRule).max(ID_MAX_LENGTH, idRule);
const localized = z.strictObject(Object.fromEntries(LANGS.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>);
const longitude = z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180');
const latitude = z.number().min(-90, 'a latitude from -90 to 90').max(90, 'a latitude from -90 to 90');
const coordinates = z.tuple([longitude, latitude]);
/** The map is Web Mercator, which ends at ±85.0511°: a view or box beyond it cannot be shown. */
const mapLatitude = z.number().min(-85.0511, 'a latitude from -85.0511 to 85.0511 (the limit of the map)').max(85.0511, 'a latitude from -85.0511 to 85.0511 (the limit of the map)');
const bbox = z.tuple([longitude, mapLatitude, longitude, mapLatitude]).superRefine(([west, south, east, north], context) => {
  const expected = 'expected [west, south, east, north]';
  if (south >= north) context.addIssue({ code: 'custom', path: [1], input: south, message: `south (${south}) must be less than north (${north}); ${expected}` });
  if (west >= east) context.addIssue({ code: 'custom', path: [0], input: west, message: `west (${west}) must be less than east (${east}); ${expected}, not crossing ±180°` });
});
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'an ISO 8601 date, YYYY-MM or YYYY-MM-DD');
/** Which occurrence of a quote the article has more than once, from 1. */
const occurrence = z.number().int('a whole number from 1').min(1, 'a whole number from 1').optional();
const oneOrMany = z.union([id, z.array(id).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' });
const source = z.strictObject({ name: z.string().min(1), url: httpUrl.optional() });


const camera = z.strictObject({
  center: z.tuple([longitude, mapLatitude]),
  zoom: z.number().min(0, 'a zoom from 0 to 22').max(22, 'a zoom from 0 to 22'),
  bearing: z.number().min(-360, 'a bearing from -360 to 360 degrees').max(360, 'a bearing from -360 to 360 degrees').optional(),
  pitch: z.number().min(0).max(85).optional(),
  projection: z.enum(PROJECTIONS).optional(),
});

const country = z.strictObject({ id, role: z.enum(COUNTRY_ROLES) });

const place = z.strictObject({
  id,
  name: localized,
  coordinates,
  /** Required for every kind except `region`. */
  country: id.optional(),
  kind: z.enum(PLACE_KINDS).default('city'),
  aliases: z.array(z.string().min(2)).default([]),
  context: z.boolean().default(false),
  note: localized.optional(),
});

const person = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(2)).default([]),
  country: id,
  role: localized.optional(),
});

const relation = z.strictObject({
  id,
  kind: z.enum(RELATION_KINDS),
  from: id,
  to: oneOrMany,
  label: localized,
  quote: z.string().min(3).optional(),
  occurrence,
  directed: z.boolean().default(true),
  context: z.boolean().default(false),
  /** Waypoints a route is drawn through: place ids or [lon, lat]. Well-known geography, so drawn as context. */
  path: z.array(z.union([id, coordinates])).min(2).optional(),
  note: localized.optional(),
});

const event = z.strictObject({
  id,
  date: isoDate,
  place: id,
  title: localized,
  quote: z.string().min(3),
  occurrence,
  note: localized.optional(),
  context: z.boolean().default(false),
});

const measure = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('area-ratio'), of: id, to: id, mainlandOnly: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('border-length'), between: z.tuple([id, id]) }),
]);

/** A reference figure's source: a proper name (`CIA World Factbook`) or a name that reads in each language. */
const figureSource = z.strictObject({ name: z.union([z.string().min(1), localized]), url: httpUrl.optional() });
const citedFigure = z.strictObject({ value: z.number(), unit: z.string().min(1), source: figureSource });

const claim = z.strictObject({
  id,
  quote: z.string().min(3),
  occurrence,
  subjects: z.array(id).min(1),
  statement: localized,
  /** `approximate`: the article hedges the figure ("quelque 7.500 kilomètres"), and the card keeps the hedge. */
  stated: z.strictObject({ value: z.number(), unit: z.string().min(1), approximate: z.boolean().default(false) }),
  cited: citedFigure,
  /** Further reference figures, each with its own source (an official figure beside an encyclopaedia's). */
  alsoCited: z.array(citedFigure).default([]),
  measure: measure.optional(),
});

const step = z.strictObject({
  id,
  title: localized,
  body: localized.optional(),
  events: z.array(id).default([]),
  relations: z.array(id).default([]),
  countries: z.array(id).default([]),
  places: z.array(id).default([]),
  camera: camera.optional(),
});

export const annotationSchema = z.strictObject({
  title: localized,
  source: source.default({ name: 'AFP' }),
  published: isoDate.optional(),
  region: z.strictObject({ bbox }).optional(),
  camera: camera.optional(),
  /** The first view: the few relations it draws, the ones that carry the headline; the others wait for their step. */
  overview: z.strictObject({ relations: z.array(id).default([]) }).optional(),
  /** Where the story happens: its country is the host, its place is ringed like the host's capital. */
  focus: z.strictObject({ country: id, place: id.optional() }).optional(),
  countries: z.array(country).default([]),
  places: z.array(place).default([]),
  people: z.array(person).default([]),
  relations: z.array(relation).default([]),
  events: z.array(event).default([]),
  claims: z.array(claim).default([]),
  steps: z.array(step).default([]),
});

export type Annotation = z.output<typeof annotationSchema>;
export type AnnotationPlace = Annotation['places'][number];
export type AnnotationRelation = Annotation['relations'][number];
export type AnnotationClaim = Annotation['claims'][number];
export type AnnotationEvent = Annotation['events'][number];
export type AnnotationCamera = z.output<typeof camera>;
